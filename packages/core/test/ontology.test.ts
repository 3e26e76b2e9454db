import { describe, expect, it } from 'vitest';
import {
  KIND_POLARITY,
  polarityOf,
  RELATION_KINDS,
  RELATION_SPECS,
  RELATION_TYPES,
  relationKindOf,
  TIE_KINDS,
  tieKindOf,
} from '../src/ontology/relations.js';

describe('kinds of tie', () => {
  it('sorts the relation types into alignment, engagement and hostility, with represents a role', () => {
    const byKind = Object.fromEntries(
      RELATION_KINDS.map((kind) => [kind, RELATION_TYPES.filter((type) => relationKindOf(type) === kind)]),
    );
    expect(byKind).toEqual({
      alignment: ['supports', 'praises', 'cooperates', 'aids'],
      engagement: ['hosts', 'meets', 'mediates', 'invites', 'urges'],
      hostility: ['opposes', 'criticizes', 'blocks'],
      role: ['represents'],
    });
  });

  it('gives a role no kind of tie', () => {
    expect(tieKindOf('represents')).toBeNull();
    for (const type of RELATION_TYPES.filter((type) => type !== 'represents')) {
      expect(TIE_KINDS).toContain(tieKindOf(type));
    }
  });

  it('derives polarity from the kind, so contact is never cooperative', () => {
    for (const type of RELATION_TYPES) {
      expect(polarityOf(type)).toBe(KIND_POLARITY[relationKindOf(type)]);
      expect(RELATION_SPECS[type].polarity).toBe(polarityOf(type));
    }
    expect(polarityOf('mediates')).toBe('neutral');
    expect(polarityOf('supports')).toBe('cooperative');
    expect(polarityOf('blocks')).toBe('conflictual');
  });
});
