import { describe, expect, it } from 'vitest';
import {
  COMMUNITY_COLORS,
  communityColor,
  DIMMED_COLOR,
  DIMMED_EDGE_COLOR,
  foldText,
  hashString,
  KIND_COLORS,
  NO_COMMUNITY_COLOR,
  POLARITY_COLORS,
  rgbOf,
  rgbString,
  seededRandom,
} from '../src/common/index.js';
import { createExtractor } from '../src/extract/index.js';
import { foldWord } from '../src/extract/normalize.js';
import { defaultGazetteer } from '../src/gazetteer/index.js';

describe('foldText', () => {
  it('folds case, accents and the Turkish dotless ı and dotted İ alike', () => {
    expect(foldText('Diyarbakır')).toBe('diyarbakir');
    expect(foldText('DİYARBAKIR')).toBe('diyarbakir');
    expect(foldText('Türkiye')).toBe(foldText('TURKIYE'));
    expect(foldText('Erdoğan')).toBe('erdogan');
    expect(foldText('Straße Łódź Ærø Đorđe')).toBe('strasse lodz aero dorde');
    expect(foldText('Türkiye’s')).toBe("turkiye's");
  });

  it('is what the extractor matches names with', () => {
    for (const word of ['Diyarbakır', 'İstanbul', 'Erdoğan', 'Straße'])
      expect(foldWord(word)).toBe(foldText(word));
    const gazetteer = defaultGazetteer().extend({
      actors: [{ id: 'diyarbakir-bar', name: 'Diyarbakır Bar Association', kind: 'organization' }],
    });
    const extractor = createExtractor({ gazetteer });
    const result = extractor.extract({
      id: 'doc',
      text: 'The Diyarbakir Bar Association criticized Turkey on Monday.',
    });
    expect(result.mentions.map((mention) => mention.actorId)).toContain('diyarbakir-bar');
  });
});

/** CIE 1976 ΔE*ab between two #rrggbb colours (sRGB, D65). */
function deltaE(a: string, b: string): number {
  const lab = (hex: string) => {
    const [r, g, bl] = rgbOf(hex).map((channel) => {
      const c = channel / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
    const x = f((r * 0.4124 + g * 0.3576 + bl * 0.1805) / 0.95047);
    const y = f(r * 0.2126 + g * 0.7152 + bl * 0.0722);
    const z = f((r * 0.0193 + g * 0.1192 + bl * 0.9505) / 1.08883);
    return [116 * y - 16, 500 * (x - y), 200 * (y - z)] as const;
  };
  const [l1, a1, b1] = lab(a);
  const [l2, a2, b2] = lab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

describe('palette', () => {
  it('has at least 24 community colours, each far from the others and from every kind, polarity and dimmed colour', () => {
    expect(COMMUNITY_COLORS.length).toBeGreaterThanOrEqual(24);
    const others = [
      ...Object.values(KIND_COLORS),
      ...Object.values(POLARITY_COLORS),
      DIMMED_COLOR,
      DIMMED_EDGE_COLOR,
      NO_COMMUNITY_COLOR,
    ];
    COMMUNITY_COLORS.forEach((color, index) => {
      for (const other of [...COMMUNITY_COLORS.slice(index + 1), ...others])
        expect(deltaE(color, other), `${color} vs ${other}`).toBeGreaterThanOrEqual(20);
    });
  });

  it('keeps kinds apart from each other', () => {
    const kinds = Object.values(KIND_COLORS);
    kinds.forEach((color, index) => {
      for (const other of kinds.slice(index + 1)) expect(deltaE(color, other)).toBeGreaterThanOrEqual(15);
    });
  });

  it('colours communities cyclically and none as grey', () => {
    expect(communityColor(0)).toBe(COMMUNITY_COLORS[0]);
    expect(communityColor(COMMUNITY_COLORS.length + 1)).toBe(COMMUNITY_COLORS[1]);
    expect(communityColor(null)).toBe(NO_COMMUNITY_COLOR);
    expect(communityColor(-1)).toBe(NO_COMMUNITY_COLOR);
  });

  it('converts #rrggbb to rgb() and refuses anything else', () => {
    expect(rgbString('#cf222e')).toBe('rgb(207,34,46)');
    expect(() => rgbOf('red')).toThrow(/#rrggbb/);
  });
});

describe('seeded randomness', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const take = (seed: number) => {
      const next = seededRandom(seed);
      return Array.from({ length: 5 }, next);
    };
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(43));
    for (const value of take(7)) expect(value >= 0 && value < 1).toBe(true);
  });

  it('hashes strings with FNV-1a, stable across runs', () => {
    // Reference values of 32-bit FNV-1a.
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
    expect(hashString('foobar')).toBe(0xbf9cf968);
    expect(hashString('a', 0x9e3779b9)).not.toBe(hashString('a'));
  });
});
