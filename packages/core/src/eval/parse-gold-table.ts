import { slugify } from '../extract/normalize.js';
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import { isRelationType, type RelationType } from '../ontology/relations.js';
import { GoldFormatError } from './gold-error.js';
import type { GoldRelation, NegativeRelation } from './types.js';

/** Turns a name as an annotator wrote it ("Türkiye", "the U.S.", "Ankara") into the actor ids it may denote. */
export type ActorResolver = (name: string) => string[];

const FLAGS = ['req', 'opt', 'not'] as const;

/**
 * Reads a gold table, the format of real-article sets annotated by hand without the extractor: one row a
 * line, tab-separated `doc  source  relation  target  flag  where`, `#` comment lines. `source`, `target`
 * and `relation` may list defensible alternatives with `|`; `flag` is `req` (counts for recall), `opt`
 * (defensible, neither rewarded nor penalised) or `not` (a negated act: reading it is an error); `where`
 * is the start of the sentence. Names become actor ids through `resolve`. Required and optional rows hold
 * for their whole document (the set's own scorer counts triples per document); negatives for their sentence.
 */
export function parseGoldTable(
  text: string,
  resolve: ActorResolver,
  origin?: string,
): { gold: GoldRelation[]; negatives: NegativeRelation[] } {
  const gold: GoldRelation[] = [];
  const negatives: NegativeRelation[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const fail = (reason: string): never => {
      throw new GoldFormatError(reason, index + 1, origin);
    };
    const [doc, source, relation, target, flag, where] = line.split('\t').map((cell) => cell.trim());
    if (!doc || !source || !relation || !target || !flag || !where) {
      fail('expected 6 tab-separated cells: doc, source, relation, target, flag, where');
    }
    if (!(FLAGS as readonly string[]).includes(flag as string))
      fail(`unknown flag "${flag}" (req, opt or not)`);
    const types = (relation as string).split('|').map((type) => type.trim().toLowerCase());
    const unknown = types.find((type) => !isRelationType(type));
    if (unknown !== undefined) fail(`unknown relation type "${unknown}"`);
    const sources = resolveAll(source as string, resolve);
    const targets = resolveAll(target as string, resolve);
    const row: GoldRelation = {
      doc: doc as string,
      quote: where as string,
      source: sources[0] as string,
      type: types[0] as RelationType,
      target: targets[0] as string,
      alternatives: { sources, types: types as RelationType[], targets },
      ...(flag === 'opt' ? { optional: true } : {}),
      ...(flag === 'not' ? {} : { wholeDocument: true }),
    };
    (flag === 'not' ? negatives : gold).push(row);
  });
  return { gold, negatives };
}

function resolveAll(cell: string, resolve: ActorResolver): string[] {
  const ids = cell.split('|').flatMap((name) => resolve(name.trim()));
  return [...new Set(ids)];
}

/**
 * A resolver over a gazetteer: a name matches an actor's name, alias, demonym or metonym after folding
 * case and accents and dropping a leading "the"; a name the gazetteer does not know becomes the id the
 * extractor gives unknown actors (its slug).
 */
export function gazetteerResolver(gazetteer: Gazetteer): ActorResolver {
  const index = new Map<string, string[]>();
  const add = (name: string, id: string) => {
    const key = keyOf(name);
    const ids = index.get(key) ?? [];
    if (!ids.includes(id)) ids.push(id);
    index.set(key, ids);
  };
  for (const actor of gazetteer.actors()) {
    for (const name of [
      actor.name,
      ...(actor.aliases ?? []),
      ...(actor.demonyms ?? []),
      ...(actor.metonyms ?? []),
    ]) {
      add(name, actor.id);
    }
  }
  return (name) => index.get(keyOf(name)) ?? [slugify(name.replace(/^the\s+/i, ''))];
}

/** Slug of a name without a leading article, so "the U.S." and "U.S." and "u-s" meet. */
function keyOf(name: string): string {
  return slugify(name.replace(/^the\s+/i, ''));
}
