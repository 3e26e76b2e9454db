import { isRelationType, type RelationType } from '../ontology/relations.js';
import { type CueName, isCueName, phraseNorms } from './cues.js';
import patternData from './data/patterns.json' with { type: 'json' };
import { TokenTrie } from './trie.js';

/** Where a frame looks for an argument; see the header of data/patterns.json. */
export type Role =
  | 'subject'
  | 'possessor'
  | 'object'
  | 'agent'
  | 'compound'
  | 'left'
  | 'parties'
  | 'pair'
  | 'meetingPair'
  | 'named'
  | 'first'
  | 'author'
  | 'modifier'
  | 'copular';

const ROLES: readonly Role[] = [
  'subject',
  'possessor',
  'object',
  'agent',
  'compound',
  'left',
  'parties',
  'pair',
  'meetingPair',
  'named',
  'first',
  'author',
  'modifier',
  'copular',
];

/** One entry of data/patterns.json. */
export interface RelationPattern {
  id: string;
  type: RelationType;
  triggers: string[];
  source: Role[];
  target: Role[];
  maxGap?: number;
  negated?: boolean;
  documentParties?: boolean;
  confidence?: number;
  /** Whether an object followed by a possessive ("Hamas's enablers") is the target; default true. */
  possessedObject?: boolean;
  /** Whether the two actors of a hyphen pair before a meeting noun ("hosts Iran-US talks") are objects; default false. */
  meetingParticipants?: boolean;
  /** Whether the object must own a plan or move ("concern over Turkey's bid"; cues.json intentionNouns); default false. */
  possessedIntention?: boolean;
  /** Whether a subject right before the trigger ("Israeli alarm over") is refused as a mere modifier; default false. */
  verbalSubject?: boolean;
  /** Whether the trigger is a verb only: after a determiner or before 'of' (cues.json nounDeterminers, nounFollowers) it is a noun ("the host of the talks"); default false. */
  verbal?: boolean;
  /** A cues.json list: the object must modify one of its nouns ("welcomed the Saudi effort"). */
  objectHeads?: CueName;
  /** A cues.json list: the object must not modify one of its nouns, nor follow one ("welcomed the ruling"). */
  objectNotHeads?: CueName;
}

/** The file format of data/patterns.json (and of user pattern files). */
export interface PatternFile {
  ignore?: string[];
  patterns: RelationPattern[];
}

/** A trigger match: which pattern, or `null` for an ignored phrase. */
export type TriggerValue = RelationPattern | null;

/** Patterns compiled into one trigger trie. */
export interface PatternSet {
  patterns: RelationPattern[];
  byId: Map<string, RelationPattern>;
  triggers: TokenTrie<TriggerValue>;
}

/**
 * Checks and compiles pattern data. Errors name the pattern, so a user editing the JSON sees
 * what to fix.
 */
export function compilePatterns(data: PatternFile, origin = 'patterns.json'): PatternSet {
  const triggers = new TokenTrie<TriggerValue>();
  for (const phrase of data.ignore ?? []) triggers.add(phraseNorms(phrase), null);
  data.patterns.forEach((pattern, index) => {
    const where = `${origin}: pattern #${index + 1} (${JSON.stringify(pattern.id ?? '')})`;
    if (typeof pattern.id !== 'string' || pattern.id === '') throw new Error(`${where}: "id" is required`);
    if (!isRelationType(pattern.type))
      throw new Error(`${where}: unknown relation type ${JSON.stringify(pattern.type)}`);
    for (const side of ['source', 'target'] as const) {
      const roles = pattern[side];
      if (!Array.isArray(roles) || roles.length === 0 || !roles.every((r) => ROLES.includes(r))) {
        throw new Error(`${where}: "${side}" must be a list of roles among ${ROLES.join(', ')}`);
      }
    }
    for (const option of ['objectHeads', 'objectNotHeads'] as const) {
      const list = pattern[option];
      if (list !== undefined && !isCueName(list))
        throw new Error(`${where}: "${option}" must name a list of cues.json, not ${JSON.stringify(list)}`);
    }
    if (!Array.isArray(pattern.triggers) || pattern.triggers.length === 0) {
      throw new Error(`${where}: "triggers" must be a non-empty list of phrases`);
    }
    for (const trigger of pattern.triggers) triggers.add(phraseNorms(trigger), pattern);
  });
  return { patterns: data.patterns, byId: new Map(data.patterns.map((p) => [p.id, p])), triggers };
}

let builtIn: PatternSet | undefined;

/** The built-in patterns of data/patterns.json. */
export function defaultPatterns(): PatternSet {
  builtIn ??= compilePatterns(patternData as PatternFile);
  return builtIn;
}
