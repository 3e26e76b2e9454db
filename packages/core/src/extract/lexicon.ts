import type { Gazetteer } from '../gazetteer/gazetteer.js';
import type { Actor } from '../ontology/actors.js';
import { phraseNorms } from './cues.js';
import nonActorData from './data/non-actors.json' with { type: 'json' };
import titleData from './data/titles.json' with { type: 'json' };
import { foldWord } from './normalize.js';
import { type Token, tokenize } from './tokenize.js';
import { TokenTrie } from './trie.js';
import type { MentionVia } from './types.js';

/** How a token of an alias constrains the case of the text token it matches. */
type CaseRule = 'any' | 'capitalized' | 'upper';

/** One way of naming an actor. `actorId` null marks a phrase that shadows aliases without being an actor. */
export interface LexiconEntry {
  actorId: string | null;
  via: MentionVia;
  caseRules: CaseRule[];
}

/** A title such as "foreign minister", as stored in data/titles.json. */
export interface TitleEntry {
  title: string;
}

/** Everything the mention finder looks up, built once per gazetteer. */
export interface Lexicon {
  gazetteer: Gazetteer;
  names: TokenTrie<LexiconEntry>;
  titles: TokenTrie<TitleEntry>;
  nameParticles: Set<string>;
  notNames: Set<string>;
  /** Titles that name no office of their own ("mr.", "counterpart"): they give no `represents`. */
  honorifics: Set<string>;
  /** Words that may stand before a title inside its phrase ("deputy", "acting"). */
  titleModifiers: Set<string>;
  /** Words of a title's complement ("of Foreign Affairs", "for Syria"). */
  portfolioWords: Set<string>;
  /** person id → titles from the gazetteer roles (lower case). */
  personTitles: Map<string, { title: string; of?: string; current: boolean }[]>;
  /** State or organization id → the people with a current role for it, in gazetteer order. */
  currentRoleHolders: Map<string, string[]>;
}

const VIA_RANK: Record<MentionVia, number> = {
  name: 0,
  alias: 1,
  metonym: 2,
  demonym: 3,
  title: 4,
  surname: 5,
  pronoun: 6,
};

const cache = new WeakMap<Gazetteer, Lexicon>();

/** The lexicon of a gazetteer (cached: gazetteers are immutable). */
export function lexiconFor(gazetteer: Gazetteer): Lexicon {
  let lexicon = cache.get(gazetteer);
  if (!lexicon) {
    lexicon = buildLexicon(gazetteer);
    cache.set(gazetteer, lexicon);
  }
  return lexicon;
}

function buildLexicon(gazetteer: Gazetteer): Lexicon {
  const names = new TokenTrie<LexiconEntry>();
  const personTitles = new Map<string, { title: string; of?: string; current: boolean }[]>();
  const taken = new Set<string>();
  const add = (phrase: string, actorId: string | null, via: MentionVia) => {
    const tokens = tokenize(phrase);
    if (tokens.length === 0) return;
    const key = `${tokens.map((t) => t.norm).join(' ')}|${actorId}`;
    if (taken.has(key)) return;
    taken.add(key);
    names.add(
      tokens.map((t) => t.norm),
      { actorId, via, caseRules: tokens.map(caseRuleOf) },
    );
  };
  for (const actor of gazetteer.actors()) {
    add(actor.name, actor.id, 'name');
    for (const alias of actor.aliases ?? []) add(alias, actor.id, 'alias');
    for (const metonym of actor.metonyms ?? []) add(metonym, actor.id, 'metonym');
    for (const demonym of actor.demonyms ?? []) add(demonym, actor.id, 'demonym');
    if (actor.kind === 'person') {
      const surname = surnameOf(actor.name);
      if (surname) add(surname, actor.id, 'surname');
      personTitles.set(actor.id, rolesOf(actor));
    }
  }
  for (const phrase of nonActorData.phrases) add(phrase, null, 'name');
  const currentRoleHolders = new Map<string, string[]>();
  for (const [person, roles] of personTitles) {
    for (const of of new Set(roles.flatMap((role) => (role.current && role.of ? [role.of] : [])))) {
      const holders = currentRoleHolders.get(of);
      if (holders) holders.push(person);
      else currentRoleHolders.set(of, [person]);
    }
  }

  const titles = new TokenTrie<TitleEntry>();
  for (const title of titleData.titles) titles.add(phraseNorms(title), { title: title.toLowerCase() });

  return {
    gazetteer,
    names,
    titles,
    nameParticles: new Set(titleData.nameParticles.map(foldWord)),
    notNames: new Set(titleData.notNames.map(foldWord)),
    honorifics: new Set(titleData.honorifics.map(foldWord)),
    titleModifiers: new Set(titleData.modifiers.map(foldWord)),
    portfolioWords: new Set(titleData.portfolioWords.map(foldWord)),
    personTitles,
    currentRoleHolders,
  };
}

/** Whether the text tokens satisfy an entry's case rules ("US" matches the alias "US", "us" does not). */
export function caseMatches(entry: LexiconEntry, tokens: readonly Token[], start: number): boolean {
  return entry.caseRules.every((rule, i) => {
    const token = tokens[start + i];
    if (!token) return false;
    if (rule === 'upper') return token.allCaps;
    if (rule === 'capitalized') return token.capitalized;
    return true;
  });
}

/** Picks the entry to use when several actors share a phrase: the most direct kind of name wins. */
export function bestEntry(entries: readonly LexiconEntry[]): LexiconEntry | undefined {
  return [...entries].sort((a, b) => VIA_RANK[a.via] - VIA_RANK[b.via])[0];
}

function caseRuleOf(token: Token): CaseRule {
  const letters = token.text.replace(/[^\p{L}]/gu, '');
  if (token.allCaps && letters.length <= 5 && letters.length >= 2) return 'upper';
  if (token.capitalized) return 'capitalized';
  return 'any';
}

/** "Recep Tayyip Erdoğan" → "Erdoğan"; "Khalil al-Hayya" → "al-Hayya"; one-word names have none. */
export function surnameOf(name: string): string | undefined {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return undefined;
  const last = words[words.length - 1] as string;
  return last.replace(/[^\p{L}-]/gu, '').length > 2 ? last : undefined;
}

function rolesOf(actor: Actor): { title: string; of?: string; current: boolean }[] {
  return (actor.roles ?? []).map((role) => ({
    title: foldWord(role.title),
    ...(role.of !== undefined ? { of: role.of } : {}),
    current: role.until === undefined,
  }));
}
