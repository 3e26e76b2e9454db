// Hand-made extraction results: the real input type of the graph builder, written out by hand so the
// graph tests do not depend on what the extractor happens to find.
import type { ExtractedRelation, ExtractionResult } from '../src/extract/types.js';
import type { Actor } from '../src/ontology/actors.js';
import { polarityOf, type RelationType } from '../src/ontology/relations.js';

export const ACTORS: Record<string, Actor> = {
  turkey: { id: 'turkey', name: 'Turkey', kind: 'state', aliases: ['Türkiye'], metonyms: ['Ankara'] },
  israel: { id: 'israel', name: 'Israel', kind: 'state', metonyms: ['Jerusalem'] },
  egypt: { id: 'egypt', name: 'Egypt', kind: 'state', metonyms: ['Cairo'] },
  qatar: { id: 'qatar', name: 'Qatar', kind: 'state', metonyms: ['Doha'] },
  hamas: { id: 'hamas', name: 'Hamas', kind: 'armed_group' },
  'united-states': { id: 'united-states', name: 'United States', kind: 'state', aliases: ['U.S.'] },
  'hakan-fidan': {
    id: 'hakan-fidan',
    name: 'Hakan Fidan',
    kind: 'person',
    aliases: ['Fidan'],
    roles: [{ title: 'foreign minister', of: 'turkey' }],
  },
  'gideon-saar': { id: 'gideon-saar', name: "Gideon Sa'ar", kind: 'person', affiliation: 'israel' },
};

/** `[source, type, target, sentence?, confidence?]` */
export type RelationSpec = [string, RelationType, string, number?, number?];

export interface DocumentSpec {
  date?: string;
  relations: RelationSpec[];
  /** Extra actors mentioned without any relation. */
  mentioned?: string[];
  /** Per-sentence dates, overriding the publication date. */
  sentenceDates?: Record<number, string>;
}

/** An extraction result as the extractor would return it for a document with these relations. */
export function extraction(id: string, spec: DocumentSpec): ExtractionResult {
  const actorIds = new Set<string>(spec.mentioned ?? []);
  const relations: ExtractedRelation[] = spec.relations.map(
    ([source, type, target, sentence = 0, confidence = 0.9]) => {
      actorIds.add(source);
      actorIds.add(target);
      const quote = `${ACTORS[source]?.name ?? source} ${type} ${ACTORS[target]?.name ?? target} (sentence ${sentence}).`;
      const date = spec.sentenceDates?.[sentence] ?? spec.date;
      return {
        source,
        target,
        type,
        polarity: polarityOf(type),
        evidence: {
          document: id,
          sentence,
          start: sentence * 100,
          end: sentence * 100 + quote.length,
          quote,
          confidence,
          ...(date ? { date } : {}),
        },
      };
    },
  );
  const actors = [...actorIds].map(
    (actorId) => ACTORS[actorId] ?? { id: actorId, name: actorId, kind: 'other' as const },
  );
  const mentions = relations.flatMap((relation) =>
    [relation.source, relation.target].map((actorId) => ({
      actorId,
      sentence: relation.evidence.sentence,
      start: relation.evidence.start,
      end: relation.evidence.start + 5,
      text: actorId,
      via: 'name' as const,
    })),
  );
  for (const actorId of spec.mentioned ?? []) {
    mentions.push({ actorId, sentence: 0, start: 0, end: 5, text: actorId, via: 'name' as const });
  }
  return {
    article: {
      id,
      text: relations.map((relation) => relation.evidence.quote).join(' '),
      ...(spec.date ? { publishedAt: spec.date } : {}),
    },
    sentences: [],
    mentions,
    relations,
    actors,
  };
}
