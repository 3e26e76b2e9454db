import type { ArticleInput } from '@entente/core';
import type { ApiContext } from './context.js';
import { notFound, writeErrorValue } from './errors.js';

/** The `ArticleInput` of the schema: GraphQL may send explicit nulls for the optional fields. */
export interface ArticleInputArgs {
  text: string;
  title?: string | null;
  source?: string | null;
  url?: string | null;
  publishedAt?: string | null;
}

function toArticleInput(input: ArticleInputArgs): ArticleInput {
  const article: ArticleInput = { text: input.text };
  if (input.title != null) article.title = input.title;
  if (input.source != null) article.source = input.source;
  if (input.url != null) article.url = input.url;
  if (input.publishedAt != null) article.publishedAt = input.publishedAt;
  return article;
}

export const Mutation = {
  ingestArticle: async (_: unknown, { input }: { input: ArticleInputArgs }, { service }: ApiContext) => {
    try {
      const outcome = await service.ingest(toArticleInput(input));
      return { __typename: 'IngestSuccess' as const, ...outcome };
    } catch (error) {
      const value = writeErrorValue(error);
      if (value) return value;
      throw error;
    }
  },

  removeDocument: async (_: unknown, { id }: { id: string }, { service }: ApiContext) => {
    try {
      const outcome = await service.removeDocument(id);
      return outcome ? { __typename: 'RemoveSuccess' as const, id, ...outcome } : notFound('document', id);
    } catch (error) {
      const value = writeErrorValue(error);
      if (value) return value;
      throw error;
    }
  },
};
