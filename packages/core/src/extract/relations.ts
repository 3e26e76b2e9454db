import { isDirected, type RelationType } from '../ontology/relations.js';
import type { CueName } from './cues.js';
import {
  agentOf,
  authorOf,
  compoundOf,
  copularSubjectOf,
  firstOf,
  leftOf,
  meetingPairBefore,
  modifierOf,
  namedAfter,
  namedSidesIn,
  objectOf,
  pairsOf,
  partiesIn,
  possessorOf,
  subjectOf,
  type TriggerSpan,
} from './frames/index.js';
import type { PatternSet, RelationPattern, Role } from './patterns.js';
import { possessivePronounAfter, possessivePronounBefore } from './possessive-pronouns.js';
import { RELATION_READERS } from './relation-readers.js';
import type { SentenceView, Slot } from './syntax.js';
import { isPassiveVerb, type VerbLexicon } from './verb-lexicon.js';

/** A relation found in a sentence, before evidence and confidence are attached. */
export interface RelationCandidate {
  source: string;
  target: string;
  type: RelationType;
  pattern: string;
  trigger: TriggerSpan;
  /** The slots the actors were read from (for confidence); absent for document-level parties. */
  sourceSlot: Slot;
  targetSlot?: Slot;
  /** The target was taken from the document's conflict parties, not from this sentence. */
  fromDocument?: boolean;
}

/** What the relation finder needs to know beyond the sentence. */
export interface RelationContext {
  /** The state or organization a person or sub-organization acts for. */
  affiliationOf(actorId: string): string | undefined;
  /** Conflict parties the whole document names (for "the ceasefire" without named parties). */
  documentParties: string[];
  /** Whether an actor can be a party to a conflict (a state or an armed group, not a person). */
  isConflictSide(actorId: string): boolean;
  isArmedGroup(actorId: string): boolean;
  /** Whether the actor is a person (for pronouns that refer to states and organizations only). */
  isPerson(actorId: string): boolean;
  /** Whether the actor is a body others can join: an organization, a force or coalition, an armed group. */
  isCollective(actorId: string): boolean;
}

const NEGATION_WINDOW = 3;

/**
 * Applies the pattern of every trigger the relation readers find (relation-readers.ts: the data
 * file's phrases, then every other verb of the verb lexicon).
 */
export function findRelations(
  view: SentenceView,
  patterns: PatternSet,
  verbs: VerbLexicon,
  context: RelationContext,
): RelationCandidate[] {
  const candidates: RelationCandidate[] = [];
  const apply = (written: RelationPattern, trigger: TriggerSpan) => {
    // "Kenya, the host of the talks, urged Ethiopia": the noun names a role, it hosts nobody here.
    if (written.verbal && isNounUse(view, trigger)) return;
    // "an armed attack": a participle used as an adjective names no act.
    if (isAttributive(view, trigger)) return;
    const pattern = voiced(view, written, trigger);
    if (!pattern.negated && view.cues.any('negators', trigger.start - NEGATION_WINDOW, trigger.end)) return;
    // "called on Tehran to restore full cooperation with the IAEA": a goal, not a fact.
    if (view.cues.any('irrealis', trigger.start - NEGATION_WINDOW, trigger.start)) return;
    for (const candidate of applyPattern(view, pattern, trigger, context)) candidates.push(candidate);
  };
  // Tokens an earlier reader took (a data-file pattern, an ignored phrase): later readers leave them alone.
  const taken = new Array<number>(view.tokens.length).fill(0);
  for (const reader of RELATION_READERS) {
    const readings = reader.read(view, { patterns, verbs });
    for (const { pattern, trigger, span } of readings) {
      if (pattern && !isTaken(taken, span.start, span.end)) apply(pattern, trigger);
    }
    for (const { span } of readings) taken.fill(1, span.start, span.end);
  }
  return candidates.filter((c) => acceptable(c, context));
}

function applyPattern(
  view: SentenceView,
  pattern: RelationPattern,
  trigger: TriggerSpan,
  context: RelationContext,
): RelationCandidate[] {
  const make = (source: Slot, target: Slot, sourceId: string, targetId: string): RelationCandidate => ({
    source: sourceId,
    target: targetId,
    type: pattern.type,
    pattern: pattern.id,
    trigger,
    sourceSlot: source,
    targetSlot: target,
  });
  const pairRole = pattern.source.includes('pair') || pattern.source.includes('meetingPair');
  if (pairRole) {
    // A directed relation done together ("Manila and Beijing trade accusations") goes both ways.
    const both = isDirected(pattern.type);
    const pairs = pattern.source.includes('pair')
      ? pairsOf(view, trigger, pattern)
      : meetingPairBefore(view, trigger);
    return pairs.flatMap(([a, b]) => [
      ...crossIds(a, b).map(([x, y]) => make(a, b, x, y)),
      ...(both ? crossIds(b, a).map(([x, y]) => make(b, a, x, y)) : []),
    ]);
  }
  const sources = firstFilled(pattern.source, (role) => resolveRole(view, role, trigger, pattern, context));
  if (sources.length === 0) return [];

  if (isReciprocal(view, trigger)) {
    return sources.flatMap((a) =>
      sources.flatMap((b) => (a === b ? [] : crossIds(a, b).map(([x, y]) => make(a, b, x, y)))),
    );
  }
  const results: RelationCandidate[] = [];
  if (pattern.target.includes('parties')) {
    const sourceIds = new Set(sources.flatMap((s) => s.actorIds));
    let parties = partiesIn(view)
      .flat()
      .filter((slot) => !slot.actorIds.some((id) => sourceIds.has(id)));
    if (parties.length === 0) {
      const sides = namedSidesIn(view, context.isConflictSide, sourceIds);
      // Without an explicit pair, trust only sides that include an armed group (Israel and Hamas, not Turkey and Israel).
      if (sides.some((slot) => slot.actorIds.some(context.isArmedGroup))) parties = sides;
    }
    if (parties.length > 0) {
      for (const source of sources)
        for (const party of parties)
          results.push(...crossIds(source, party).map(([x, y]) => make(source, party, x, y)));
    } else if (pattern.documentParties) {
      for (const source of sources) {
        for (const sourceId of source.actorIds) {
          for (const party of context.documentParties) {
            if (sourceIds.has(party)) continue;
            results.push({
              source: sourceId,
              target: party,
              type: pattern.type,
              pattern: pattern.id,
              trigger,
              sourceSlot: source,
              fromDocument: true,
            });
          }
        }
      }
    }
    return results;
  }
  const targets = firstFilled(pattern.target, (role) =>
    role === 'first'
      ? firstOf(view).filter((slot) => !sources.includes(slot))
      : resolveRole(view, role, trigger, pattern, context),
  );
  if (targets.length === 0 && !isDirected(pattern.type) && sources.length === 1) {
    // "The two leaders held talks": one plural reference holds both sides of a symmetric relation.
    const group = sources[0] as Slot;
    group.actorIds.forEach((x, i) => {
      for (const y of group.actorIds.slice(i + 1)) results.push(make(group, group, x, y));
    });
  }
  if (targets.length === 0 && !isDirected(pattern.type) && sources.length >= 2) {
    for (let i = 0; i < sources.length; i++) {
      for (let j = i + 1; j < sources.length; j++) {
        const a = sources[i] as Slot;
        const b = sources[j] as Slot;
        results.push(...crossIds(a, b).map(([x, y]) => make(a, b, x, y)));
      }
    }
  }
  for (const source of sources) {
    for (const target of targets) {
      if (target === source) continue;
      results.push(...crossIds(source, target).map(([x, y]) => make(source, target, x, y)));
    }
  }
  return results;
}

/** Finds the actors of one role of a pattern around its trigger. */
type RoleReader = (
  view: SentenceView,
  trigger: TriggerSpan,
  pattern: RelationPattern,
  context: RelationContext,
) => Slot[];

/**
 * The frame each role of data/patterns.json reads (frames/), with what this file adds around it:
 * co-agents, pronoun fallbacks, the pattern's demands on the object. "pair", "meetingPair" and
 * "parties" read pairs of actors and are applied by applyPattern. A new role is a frame module and
 * one entry here (and in patterns.ts ROLES).
 */
const ROLE_READERS: Partial<Record<Role, RoleReader>> = {
  subject: (view, trigger, pattern) => {
    const subjects = subjectOf(view, trigger);
    if (pattern.verbalSubject && subjects.some((slot) => slot.end === trigger.start)) return [];
    return [...subjects, ...coAgents(view, trigger)];
  },
  possessor: (view, trigger, _pattern, context) => {
    const possessors = possessorOf(view, trigger);
    return possessors.length > 0 ? possessors : possessivePronounBefore(view, trigger, context.isPerson);
  },
  object: (view, trigger, pattern, context) => {
    const objects = objectOf(view, trigger, pattern);
    const found = objects.length > 0 ? objects : possessivePronounAfter(view, trigger, context.isPerson);
    return headsFit(view, trigger, found, pattern) ? found : [];
  },
  agent: (view, trigger, pattern) => agentOf(view, trigger, pattern),
  compound: (view, trigger) => compoundOf(view, trigger),
  left: (view, trigger) => leftOf(view, trigger),
  first: (view) => firstOf(view),
  named: (view, trigger) => namedAfter(view, trigger),
  author: (view, trigger) => authorOf(view, trigger),
  modifier: (view, trigger) => modifierOf(view, trigger),
  copular: (view, trigger) => {
    const subjects = copularSubjectOf(view, trigger);
    return subjects.length > 0 ? [...subjects, ...coAgents(view, trigger)] : [];
  },
};

function resolveRole(
  view: SentenceView,
  role: Role,
  trigger: TriggerSpan,
  pattern: RelationPattern,
  context: RelationContext,
): Slot[] {
  return ROLE_READERS[role]?.(view, trigger, pattern, context) ?? [];
}

/**
 * The pattern's demands on the noun an object modifies: "welcomed the Saudi effort" supports Saudi
 * Arabia but hosts nobody; "welcomed the ruling on Israel" hosts nobody either.
 */
function headsFit(
  view: SentenceView,
  trigger: TriggerSpan,
  objects: Slot[],
  pattern: RelationPattern,
): boolean {
  const first = objects[0];
  if (!first || (!pattern.objectHeads && !pattern.objectNotHeads)) return true;
  if (pattern.objectHeads)
    return objects.some((slot) => headsNoun(view, slot, pattern.objectHeads as CueName));
  const list = pattern.objectNotHeads as CueName;
  return (
    !view.cues.any(list, trigger.end, first.start) && !objects.some((slot) => headsNoun(view, slot, list))
  );
}

/**
 * Whether the slot modifies a noun of the list, over its possessive and at most one adjective, or
 * through a possessed noun ("the Lebanese leadership's response").
 */
function headsNoun(view: SentenceView, slot: Slot, list: CueName): boolean {
  const head = view.after(slot);
  if (view.cues.has(list, head)) return true;
  const word = view.tokens[head];
  if (word?.kind !== 'word' || word.capitalized) return false;
  if (view.cues.has(list, head + 1)) return true;
  return view.tokens[head + 1]?.kind === 'possessive' && view.cues.has(list, head + 2);
}

const CO_AGENT_WINDOW = 4;

/** "... mediation alongside Qatar and the United States": co-agents named right after the trigger. */
function coAgents(view: SentenceView, trigger: TriggerSpan): Slot[] {
  let at = trigger.end;
  // "co-mediating the talks alongside Qatar": a short object may come first.
  while (at < Math.min(view.tokens.length, trigger.end + CO_AGENT_WINDOW)) {
    const word = view.norm(at);
    if (word === 'alongside' || (word === 'together' && view.norm(at + 1) === 'with')) break;
    if (view.slotAt(at) || view.isPhraseEnd(at)) return [];
    at++;
  }
  const word = view.norm(at);
  if (word !== 'alongside' && !(word === 'together' && view.norm(at + 1) === 'with')) return [];
  return objectOf(
    view,
    { start: at, end: at + (word === 'together' ? 2 : 1) },
    {
      id: 'co-agents',
      type: 'meets',
      triggers: [],
      source: ['object'],
      target: ['object'],
      maxGap: 3,
    },
  );
}

/**
 * A verb trigger used as a noun: after a determiner ("the host"), a preposition ("under pressure
 * from") or before "of" ("a frequent host of").
 */
function isNounUse(view: SentenceView, trigger: TriggerSpan): boolean {
  const before = trigger.start - 1;
  return (
    view.cues.has('nounDeterminers', before) ||
    (view.cues.has('prepositions', before) && view.norm(before) !== 'to') ||
    view.cues.has('nounFollowers', trigger.end)
  );
}

/** A one-word trigger tagged as an adjective before a noun: "armed attack", "supported candidates". */
function isAttributive(view: SentenceView, trigger: TriggerSpan): boolean {
  if (trigger.end - trigger.start !== 1) return false;
  // "Ankara-mediated peace talks", "U.S.-brokered deal": the actor glued before it still acts.
  if (compoundOf(view, trigger).length > 0) return false;
  return view.tokens[trigger.start]?.pos === 'ADJ' && view.tokens[trigger.end]?.pos === 'NOUN';
}

/**
 * A subject-verb-object pattern whose verb is in the passive voice ("is being blocked by Hungary")
 * reads the other way round: the agent acts on the subject.
 */
function voiced(view: SentenceView, pattern: RelationPattern, trigger: TriggerSpan): RelationPattern {
  if (trigger.end - trigger.start !== 1 || !isPassiveVerb(view, trigger.start)) return pattern;
  if (!pattern.source.includes('subject') || !pattern.target.includes('object')) return pattern;
  return { ...pattern, id: `${pattern.id}.passive`, source: ['agent'], target: ['subject'], verbal: false };
}

/** "accused each other", "met one another". */
function isReciprocal(view: SentenceView, trigger: TriggerSpan): boolean {
  for (let i = trigger.end; i < Math.min(view.tokens.length, trigger.end + 2); i++) {
    if (view.cues.has('reciprocals', i)) return true;
  }
  return false;
}

function firstFilled(roles: Role[], resolve: (role: Role) => Slot[]): Slot[] {
  for (const role of roles) {
    const slots = resolve(role);
    if (slots.length > 0) return slots;
  }
  return [];
}

function crossIds(a: Slot, b: Slot): Array<[string, string]> {
  return a.actorIds.flatMap((x) => b.actorIds.map((y): [string, string] => [x, y]));
}

/** No self-relations, and no person hosting or meeting the state they serve. */
function acceptable(candidate: RelationCandidate, context: RelationContext): boolean {
  const { source, target, type } = candidate;
  if (source === target) return false;
  if (type === 'represents') return true;
  // One joins a body ("joined BRICS", "offered troops to the ISF"), not a state or a person ("joined Egypt in condemning").
  if (type === 'joins' && !context.isCollective(target)) return false;
  return context.affiliationOf(source) !== target && context.affiliationOf(target) !== source;
}

/** Whether any token in [start, end) is marked (a loop: a subarray per trigger costs an allocation). */
function isTaken(taken: readonly number[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i] === 1) return true;
  return false;
}
