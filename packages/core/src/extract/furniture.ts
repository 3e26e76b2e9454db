import furnitureData from './data/furniture.json' with { type: 'json' };

const FURNITURE_LINES: readonly RegExp[] = furnitureData.lines.map((source) => new RegExp(source, 'iu'));

/**
 * Whether a line of the page is furniture rather than article text: a newsletter prompt, a donation
 * appeal, a photo caption "(Name / AFP)", a byline "Name – Outlet". Patterns live in data/furniture.json.
 */
export function isFurnitureLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed !== '' && FURNITURE_LINES.some((pattern) => pattern.test(trimmed));
}
