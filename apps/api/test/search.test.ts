import { foldText } from '@entente/core';
import { describe, expect, it } from 'vitest';
import { MatchRank, matchRank } from '../src/service/search.js';

/** The rank of a raw query against a raw name and aliases, folded as the API folds them. */
const rank = (query: string, name: string, aliases: string[] = []) =>
  matchRank(foldText(query), foldText(name), aliases.map(foldText));

describe('matchRank', () => {
  it('ranks an exact name or alias above everything', () => {
    expect(rank('turkey', 'Turkey')).toBe(MatchRank.exact);
    expect(rank('TÜRKIYE', 'Turkey', ['Türkiye'])).toBe(MatchRank.exact);
    expect(rank('fidan', 'Hakan Fidan', ['Fidan'])).toBe(MatchRank.exact);
  });

  it('ranks name prefix, then a word of the name, then an alias word, then anywhere', () => {
    expect(rank('tur', 'Turkey')).toBe(MatchRank.namePrefix);
    expect(rank('fid', 'Hakan Fidan')).toBe(MatchRank.nameWordPrefix);
    expect(rank('hayya', 'Khalil al-Hayya')).toBe(MatchRank.nameWordPrefix);
    expect(rank('tur', 'National Intelligence Organization', ['Turkish intelligence'])).toBe(
      MatchRank.aliasWordPrefix,
    );
    expect(rank('tion', 'National Intelligence Organization')).toBe(MatchRank.substring);
    expect(rank('kish', 'MIT', ['Turkish intelligence'])).toBe(MatchRank.substring);
  });

  it('finds a word start after an earlier occurrence inside a word', () => {
    // "in" first occurs inside "Palestinian", then starts "Intelligence".
    expect(rank('in', 'Palestinian Intelligence')).toBe(MatchRank.nameWordPrefix);
  });

  it('returns undefined when nothing matches', () => {
    expect(rank('zzz', 'Turkey', ['Türkiye'])).toBeUndefined();
  });
});

describe('search folding', () => {
  it('finds a name written with the Turkish dotless ı from a query typed without it, as extraction does', () => {
    expect(rank('diyarbakir', 'Diyarbakır')).toBe(MatchRank.exact);
    expect(rank('DIYARBAKIR', 'Diyarbakır')).toBe(MatchRank.exact);
    expect(rank('istanbul', 'İstanbul')).toBe(MatchRank.exact);
  });
});
