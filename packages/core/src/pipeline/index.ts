// The browser-safe part of the pipeline; worker threads and files are in @entente/core/node.
export {
  type CompactExtraction,
  type CompactOptions,
  compactExtraction,
  expandExtraction,
  type SentenceSpan,
} from './compact.js';
export { GraphPipeline, type GraphPipelineOptions } from './graph-pipeline.js';
