import { describe, expect, it } from 'vitest';
import { triples } from './helpers-extract.js';

describe('directives and possessed invitations', () => {
  it('reads "ordered/encouraged/told X to" as urging X', () => {
    expect(triples('Washington encouraged Belgrade and Pristina to resume their dialogue.')).toEqual([
      'united-states urges serbia',
      'united-states urges kosovo',
    ]);
    expect(triples('Erdogan told Netanyahu to halt the bombardment.')).toEqual([
      'recep-tayyip-erdogan urges benjamin-netanyahu',
    ]);
    // Without "to", telling or ordering is no urging.
    expect(triples('Lavrov told Al Jazeera that Kyiv had stalled.')).toEqual([]);
  });

  it('reads "demands that X" as urging X', () => {
    expect(triples('Baku demands that Yerevan amend its constitution.')).toEqual([
      'azerbaijan urges armenia',
    ]);
  });

  it('reads "X’s invitation to Y" as X inviting Y, and a declined invitation as nothing', () => {
    expect(triples('Modi’s invitation to Putin angered Kyiv.')).toContain(
      'narendra-modi invites vladimir-putin',
    );
    expect(triples('Zelensky declined Trump’s invitation.')).toEqual([]);
  });
});
