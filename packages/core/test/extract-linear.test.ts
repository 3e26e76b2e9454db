import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/extract/index.js';

const extractor = createExtractor();

/** Longest actor name a text can create: a name stops after eight tokens. */
const MAX_ACTOR_NAME = 120;

/** Words that start names, titles, lists and clauses: the material of adversarial text. */
const VOCABULARY = [
  'and',
  'Prime',
  'King',
  'him',
  'his',
  '(',
  ')',
  '“',
  '”',
  'including',
  'by',
  'Agency',
  '(AEOI)',
  'BRUSSELS',
  '(AP)',
  '—',
  'Foreign',
  'Minister',
  'President',
  'Deputy',
  'Secretary',
  'General',
  'of',
  'the',
  'and',
  ',',
  '.',
  '-',
  '’s',
  'Turkey',
  'Egypt',
  'Israel',
  'Hamas',
  'met',
  'hosted',
  'urged',
  'said',
  'that',
  'who',
  'with',
  'between',
  'Ahmed',
  'Al',
  'bin',
  'Jane',
  'Doe',
  'Washington',
  'he',
  'they',
  'both',
  'countries',
  '\n',
];

const adversarialText = fc
  .array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 400 })
  .map((words) => words.join(' '));

function cpuMs(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

describe('extraction on any text', () => {
  it('creates no runaway actor and quotes its evidence exactly, whatever the words', () => {
    fc.assert(
      fc.property(fc.oneof(adversarialText, fc.string({ minLength: 1, maxLength: 2000 })), (text) => {
        if (text.trim() === '') return;
        const result = extractor.extract({ text });
        for (const actor of result.actors) expect(actor.name.length).toBeLessThanOrEqual(MAX_ACTOR_NAME);
        for (const relation of result.relations) {
          const { start, end, quote } = relation.evidence;
          expect(text.slice(start, end)).toBe(quote);
        }
      }),
      // A fixed seed keeps CI reproducible; change it (or run with more runs) to explore new inputs.
      { numRuns: 300, seed: 20261202 },
    );
  });

  // Quadruple the text, and the work may at most grow eightfold: linear with room for noise, where a
  // quadratic reading (a name or a list running to the end of the text) would grow sixteenfold.
  it.each([
    ['repeated titles', (n: number) => 'Foreign Minister '.repeat(n)],
    ['repeated presidents', (n: number) => 'President '.repeat(n)],
    ['one endless meeting', (n: number) => 'Turkey met Egypt and Israel '.repeat(n)],
    ['one endless list', (n: number) => `${'Turkey, Egypt, '.repeat(n)}and Israel met.`],
    ['capitalised words', (n: number) => 'Jane Doe Al Ahmed '.repeat(n)],
  ])('reads %s in time linear in their length', (_name, make) => {
    const sized = (bytes: number) => {
      const unit = make(1);
      return make(Math.ceil(bytes / unit.length));
    };
    extractor.extract({ text: sized(4_000) });
    const small = Math.max(
      1,
      cpuMs(() => extractor.extract({ text: sized(20_000) })),
    );
    const large = cpuMs(() => extractor.extract({ text: sized(80_000) }));
    expect(large / small).toBeLessThan(8);
  });
});
