export { type Calibration, calibrate, defaultCalibration, IDENTITY_CALIBRATION } from './calibration.js';
export { sentenceDate } from './dates.js';
export { documentId } from './document-id.js';
export { createExtractor, type Extractor, type ExtractorOptions } from './extractor.js';
export { isFurnitureLine } from './furniture.js';
export {
  ArticleInputError,
  type ArticleInputErrorCode,
  decodeText,
  MAX_ARTICLE_CHARS,
  validateArticle,
} from './input.js';
export {
  compilePatterns,
  type PatternFile,
  type RelationPattern,
  type Role as PatternRole,
} from './patterns.js';
export { splitSentences } from './sentences.js';
export { type Token, tokenize } from './tokenize.js';
