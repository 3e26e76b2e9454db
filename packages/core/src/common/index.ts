// @entente/core/common: the small helpers every layer shares, browser-safe (no Node built-ins), so the
// web app imports the same colours, text folding and seeded randomness as the extractor and the API.
export { foldText } from './fold.js';
export {
  COMMUNITY_COLORS,
  communityColor,
  DIMMED_COLOR,
  DIMMED_EDGE_COLOR,
  KIND_COLORS,
  NO_COMMUNITY_COLOR,
  POLARITY_COLORS,
  rgbOf,
  rgbString,
} from './palette.js';
export { hashString, seededRandom } from './random.js';
