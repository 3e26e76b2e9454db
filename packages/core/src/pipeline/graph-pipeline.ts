import { createExtractor, type Extractor } from '../extract/index.js';
import type { ExtractionResult } from '../extract/types.js';
import { GraphBuilder, type GraphBuilderOptions } from '../graph/builder.js';
import type { EntenteGraph } from '../graph/types.js';
import type { Article, ArticleInput, Evidence, EvidenceRef } from '../ontology/documents.js';
import type { CompactExtraction } from './compact.js';

export interface GraphPipelineOptions<E extends EvidenceRef = Evidence> extends GraphBuilderOptions<E> {
  /** What `addArticle` reads articles with. Default: the built-in gazetteer's extractor, made on first use. */
  extractor?: Extractor;
}

/**
 * The one path from articles to a graph: extract → contributions → build, a document at a time, so
 * that a document can be added, replaced or removed without rebuilding the rest. The CLI, the API, the
 * benchmarks and the scripts all build their graphs with it. Documents extracted elsewhere (on worker
 * threads, or read back from a store) join with `add` or `addCompact`.
 */
export class GraphPipeline<E extends EvidenceRef = Evidence> {
  readonly #builder: GraphBuilder<E>;
  #extractor: Extractor | undefined;

  constructor(options: GraphPipelineOptions<E> = {}) {
    this.#extractor = options.extractor;
    this.#builder = new GraphBuilder<E>(options.evidence ? { evidence: options.evidence } : {});
  }

  /** The graph built so far; it changes in place as documents come and go. */
  get graph(): EntenteGraph<E> {
    return this.#builder.graph;
  }

  get extractor(): Extractor {
    this.#extractor ??= createExtractor();
    return this.#extractor;
  }

  /**
   * Extracts an article and adds it (a document with the same id is replaced). Returns the extraction.
   * @throws ArticleInputError for an article the extractor refuses; the graph is then unchanged.
   */
  addArticle(article: ArticleInput): ExtractionResult {
    const result = this.extractor.extract(article);
    this.add(result);
    return result;
  }

  /** Adds a document already extracted; the same document id again replaces its earlier contribution. */
  add(result: ExtractionResult): void {
    this.#builder.add(result);
  }

  /**
   * Adds a document from its article and its compact extraction (as a store or a worker keeps it). The
   * graph needs neither the text nor the sentence boundaries: a store may leave both out.
   */
  addCompact(
    article: Pick<Article, 'id' | 'publishedAt'>,
    extraction: Omit<CompactExtraction, 'sentences'>,
  ): void {
    const { relations, actors, mentions } = extraction;
    this.#builder.add({ article, relations, actors, mentions });
  }

  /** Removes everything a document contributed. Returns false when the document is unknown. */
  removeDocument(id: string): boolean {
    return this.#builder.removeDocument(id);
  }

  hasDocument(id: string): boolean {
    return this.#builder.hasDocument(id);
  }

  /** Ids of the documents in the graph, in the order they were added. */
  documents(): string[] {
    return this.#builder.documents();
  }

  /**
   * Keys of the relations a document reports (added or strengthened by it), in the order it reports
   * them; empty for an unknown document.
   */
  relationKeys(id: string): string[] {
    return this.#builder.relationKeys(id);
  }

  /**
   * Ids of the actors a document names, whether or not a relation between them was read (an article
   * naming none is likely not about diplomacy); empty for an unknown document.
   */
  actorIds(id: string): string[] {
    return this.#builder.actorIds(id);
  }
}
