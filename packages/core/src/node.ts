// Node-only entry point (@entente/core/node): files, directories and worker threads. Everything else in
// @entente/core runs in browsers too.
export {
  type CorpusFile,
  listCorpus,
  loadGazetteerFile,
  readArticleFile,
  readCorpus,
  readCorpusFile,
} from './files.js';
export { type ExtractFilesOptions, extractFiles } from './pipeline/extract-files.js';
export {
  ExtractionLimitError,
  ExtractionPool,
  type ExtractionPoolOptions,
  type PreparedArticle,
} from './pipeline/extraction-pool.js';
