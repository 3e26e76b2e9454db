import { describe, expect, it } from 'vitest';
import { triples } from './helpers-extract.js';

describe('a body led or chaired by someone and then named ("chaired by X called Y")', () => {
  it('takes the named body as the one represented', () => {
    expect(triples('Mediation fell to a regional bloc chaired by Nigeria known as ECOWAS.')).toEqual([
      'nigeria represents ecowas',
    ]);
    expect(
      triples('Gaza would be run under an international body chaired by Trump called the “Board of Peace.”'),
    ).toContain('donald-trump represents board-of-peace');
  });

  it('does not read a later verb "called" as a name', () => {
    expect(triples('A panel chaired by Kenya called for restraint by Sudan.')).not.toContain(
      'kenya represents sudan',
    );
  });
});
