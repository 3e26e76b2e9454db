import { createExtractor, IDENTITY_CALIBRATION } from '../src/extract/index.js';
import type { ExtractedRelation } from '../src/extract/types.js';

const extractor = createExtractor();

/** Relations of a text as "source type target" strings, for compact assertions. */
export function triples(text: string, publishedAt?: string): string[] {
  return extractor
    .extract({ text, ...(publishedAt ? { publishedAt } : {}) })
    .relations.map((r: ExtractedRelation) => `${r.source} ${r.type} ${r.target}`);
}

export function extract(text: string, publishedAt?: string) {
  return extractor.extract({ text, ...(publishedAt ? { publishedAt } : {}) });
}

const rawExtractor = createExtractor({ calibration: IDENTITY_CALIBRATION });

/**
 * Like {@link extract}, with the raw confidence scores: the factors of confidence.ts (pronoun, hedge,
 * distance) are asserted on these, before calibration maps them to probabilities.
 */
export function extractRaw(text: string, publishedAt?: string) {
  return rawExtractor.extract({ text, ...(publishedAt ? { publishedAt } : {}) });
}
