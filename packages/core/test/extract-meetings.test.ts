import { describe, expect, it } from 'vitest';
import { triples } from './helpers-extract.js';

describe('meetings named by a hyphen pair ("Iran-US talks")', () => {
  it('hosts both participants and makes them meet (headline style)', () => {
    expect(triples('Kazakhstan hosts Armenia-Azerbaijan peace talks in Almaty')).toEqual([
      'kazakhstan hosts armenia',
      'kazakhstan hosts azerbaijan',
      'armenia meets azerbaijan',
    ]);
    expect(triples('Saudi Arabia hosted the Russia-Ukraine summit on Monday.')).toContain(
      'saudi-arabia hosts ukraine',
    );
  });

  it('keeps "talks between A and B" hosted by X', () => {
    expect(triples('Qatar hosted talks between Russia and Ukraine on the return of children.')).toEqual([
      'qatar hosts russia',
      'qatar hosts ukraine',
      'russia meets ukraine',
    ]);
  });

  it('reads a mediator glued to the truce ("Qatar-brokered truce between A and B")', () => {
    expect(triples('A Qatar-brokered truce between Rwanda and Congo held for a week.')).toEqual(
      expect.arrayContaining(['qatar mediates rwanda', 'qatar mediates democratic-republic-of-the-congo']),
    );
  });

  it('does not treat other hyphen pairs or a welcome as a meeting', () => {
    expect(triples('The Armenia-Azerbaijan border clashes worried Russia.')).toEqual([]);
    expect(triples('China welcomed Sudan-Chad consultations.')).not.toContain('china hosts sudan');
  });
});
