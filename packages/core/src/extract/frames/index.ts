// Frames: where a relation pattern's roles find their actors around a trigger, one module per role
// (subject.ts for "subject", object.ts for "object", …). relations.ts maps each role of
// data/patterns.json to its frame in ROLE_READERS.
export { agentOf } from './agent.js';
export { authorOf } from './author.js';
export { compoundOf } from './compound.js';
export { copularSubjectOf } from './copular.js';
export { firstOf } from './first.js';
export { leftOf } from './left.js';
export { meetingPairBefore } from './meeting-pair.js';
export { modifierOf } from './modifier.js';
export { namedAfter } from './named.js';
export { objectOf } from './object.js';
export { namedSidesIn, pairsOf, partiesIn } from './parties.js';
export { possessorOf } from './possessor.js';
export { subjectOf } from './subject.js';
export type { TriggerSpan } from './trigger.js';
