import { describe, expect, it } from 'vitest';
import { triples } from './helpers-extract.js';

describe('clauses and appositions', () => {
  it('gives a relative clause the actor it is attached to as subject', () => {
    expect(triples('The summit was chaired by Emmanuel Macron, who welcomed Kenya and Ghana.')).toEqual(
      expect.arrayContaining(['emmanuel-macron hosts kenya', 'emmanuel-macron hosts ghana']),
    );
    expect(triples('Norway, which has quietly facilitated talks between Russia and Ukraine, spoke.')).toEqual(
      ['norway mediates russia', 'norway mediates ukraine'],
    );
  });

  it('reads a person in apposition after "counterpart" as the person met', () => {
    const found = triples('Emmanuel Macron will meet his Chinese counterpart, Wang Yi, next week.');
    expect(found).toContain('emmanuel-macron meets wang-yi');
    expect(found).not.toContain('emmanuel-macron meets china');
  });

  it('reads "X team, led by Y" with the comma', () => {
    expect(triples('The Egyptian team, led by Hassan Rashad, arrived.')).toContain(
      'hassan-rashad represents egypt',
    );
  });

  it('remembers a title carried by a known name, for "the crown prince" later', () => {
    const text =
      'Crown Prince Mohammed bin Salman received Emmanuel Macron. Later, Macron praised the crown prince.';
    expect(triples(text)).toContain('emmanuel-macron praises mohammed-bin-salman');
  });

  it('skips relations stated as a goal to restore', () => {
    expect(triples('The EU called on Iran to restore full cooperation with Oman.')).toEqual([
      'european-union urges iran',
    ]);
  });
});

describe('objects, exclusions and channels', () => {
  it('does not block the owner of what is blocked ("Hamas’s enablers")', () => {
    expect(triples('Egypt will not permit Hamas’s enablers to operate.')).toEqual([]);
    expect(triples('Egypt will not permit Hamas to operate.')).toEqual(['egypt blocks hamas']);
  });

  it('reads "insisted that neither A nor B" as opposing both', () => {
    expect(triples('Egypt has insisted that neither Hamas nor Israel run the crossing.')).toEqual([
      'egypt opposes hamas',
      'egypt opposes israel',
    ]);
  });

  it('reads security channels with both sides as cooperation', () => {
    expect(
      triples('Jordan, through its security channels with both Israel and Hamas, relays messages.'),
    ).toEqual(['jordan cooperates israel', 'jordan cooperates hamas']);
  });
});

describe('noun readings of verb triggers', () => {
  it('does not read "the host" in an apposition as hosting', () => {
    const found = triples('Kenya, the host of the talks, urged Ethiopia to return to negotiations.');
    expect(found).toContain('kenya urges ethiopia');
    expect(found).not.toContain('kenya hosts ethiopia');
    expect(triples('Qatar, a frequent host of such meetings, praised Egypt.')).not.toContain(
      'qatar hosts egypt',
    );
  });

  it('still reads the verb "host" with an object', () => {
    expect(triples('Kenya will host Ethiopia and Sudan next week.')).toEqual(
      expect.arrayContaining(['kenya hosts ethiopia', 'kenya hosts sudan']),
    );
    expect(triples('Qatar played host to Egypt on Monday.')).toContain('qatar hosts egypt');
  });
});

describe('demonstratives and coordinated verb phrases', () => {
  it('reads "that"/"this" before a noun as a determiner, so the second verb keeps the subject', () => {
    expect(triples('Kyiv rejects that condition and accuses Moscow of stalling.')).toContain(
      'ukraine criticizes russia',
    );
    expect(triples('Kyiv rejected that proposal, and later accused Moscow of stalling.')).toContain(
      'ukraine criticizes russia',
    );
    expect(triples('Kyiv rejects this condition and accuses Moscow of stalling.')).toContain(
      'ukraine criticizes russia',
    );
  });

  it('still ends the clause at a complementizer "that"', () => {
    const found = triples('Egypt warned that Israel rejected that plan and condemned Hamas.');
    expect(found).toContain('israel criticizes hamas');
    expect(found).not.toContain('egypt criticizes hamas');
  });
});
