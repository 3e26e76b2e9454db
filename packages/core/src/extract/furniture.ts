import furnitureData from './data/furniture.json' with { type: 'json' };

// One alternation of every pattern: a line is tested once, not once per pattern.
const FURNITURE_LINE = new RegExp(furnitureData.lines.map((source) => `(?:${source})`).join('|'), 'iu');

/**
 * Whether a line of the page is furniture rather than article text: a newsletter prompt, a donation
 * appeal, a photo caption "(Name / AFP)", a byline "Name – Outlet". Patterns live in data/furniture.json.
 */
export function isFurnitureLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed !== '' && FURNITURE_LINE.test(trimmed);
}
