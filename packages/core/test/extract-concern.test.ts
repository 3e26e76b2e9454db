import { describe, expect, it } from 'vitest';
import { extractRaw, triples } from './helpers-extract.js';

describe('concern or alarm over an actor’s plans as opposition', () => {
  it('reads "deep concern over X’s plans" and "alarm at X’s launches" with a lower confidence', () => {
    const result = extractRaw(
      'The Philippines expressed deep concern over China’s plans to build on the reef.',
    );
    const opposes = result.relations.find((r) => r.type === 'opposes');
    expect(opposes && `${opposes.source} ${opposes.target}`).toBe('philippines china');
    expect(opposes?.polarity).toBe('conflictual');
    expect(opposes?.evidence.confidence).toBeLessThan(0.9);
    expect(triples('Japan expressed alarm at North Korea’s missile launches.')).toEqual([
      'japan opposes north-korea',
    ]);
    expect(triples('Chad was deeply concerned by the RSF’s offensive on El Fasher.')).toEqual([
      'chad opposes rapid-support-forces',
    ]);
  });

  it('needs the actor to own a plan or move, not a situation', () => {
    expect(triples('Egypt voiced concern over Sudan’s humanitarian crisis.')).toEqual([]);
    expect(triples('Seoul expressed concern about the situation in North Korea.')).toEqual([]);
  });

  it('does not read a modifier glued to the noun as the one concerned ("sparked Israeli alarm")', () => {
    expect(triples('The deployment sparked Greek alarm over Turkey’s ambitions.')).toEqual([]);
  });
});
