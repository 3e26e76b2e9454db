import { describe, expect, it } from 'vitest';
import { extractRaw, triples } from './helpers-extract.js';

describe('possessive "its" before a noun trigger or after a verb trigger', () => {
  it('takes the nearest actor that is a clause argument ("thanked Norway for its mediation")', () => {
    const found = triples('Colombia thanked Norway for its mediation between Venezuela and Guyana.');
    expect(found).toEqual(
      expect.arrayContaining([
        'colombia praises norway',
        'norway mediates venezuela',
        'norway mediates guyana',
      ]),
    );
    expect(found).not.toContain('colombia mediates venezuela');
  });

  it('reads "its" as the actor of the previous clause, with a pronoun’s lower confidence', () => {
    const result = extractRaw(
      'Azerbaijan has long viewed Russia’s peacekeeping mission with suspicion, and firmly opposes its return to Karabakh.',
    );
    const opposes = result.relations.find((r) => r.type === 'opposes');
    expect(opposes && `${opposes.source} ${opposes.type} ${opposes.target}`).toBe(
      'azerbaijan opposes russia',
    );
    expect(opposes?.evidence.confidence).toBeLessThan(0.9);
  });

  it('skips actors inside prepositional phrases and people', () => {
    expect(
      triples('Kenya praised the talks with Ethiopia, and President William Ruto rejected its proposal.'),
    ).not.toContain('william-ruto opposes ethiopia');
  });

  it('drops the reading when "its" is the subject’s own ("China condemned its exclusion")', () => {
    expect(triples('China condemned its exclusion from the summit.')).toEqual([]);
  });

  it('does not read "its" across a coordinated verb ("its hospitality and praised ...")', () => {
    const found = triples('Ukraine thanked Turkey for its hospitality and praised Qatar.');
    expect(found).toContain('ukraine praises qatar');
    expect(found).not.toContain('turkey praises qatar');
  });

  it('prefers an actor named after "its" ("backed its ally Armenia")', () => {
    expect(triples('France backed its ally Armenia.')).toEqual(['france supports armenia']);
  });
});
