import type { ArticleInput } from '@entente/core';
import type * as Types from '../schema/types.generated.js';
import { StorageError } from '../store/storage-error.js';
import { notFound, storageErrorValue, writeErrorValue } from './errors.js';
import type { MutationResolvers } from './resolvers.generated.js';

/** The core article an `ArticleInput` stands for: GraphQL may send explicit nulls for the optional fields. */
function toArticleInput(input: Types.ArticleInput): ArticleInput {
  const article: ArticleInput = { text: input.text };
  if (input.title != null) article.title = input.title;
  if (input.source != null) article.source = input.source;
  if (input.url != null) article.url = input.url;
  if (input.publishedAt != null) article.publishedAt = input.publishedAt;
  return article;
}

export const Mutation: MutationResolvers = {
  ingestArticle: async (_, { input }, { service }) => {
    try {
      const outcome = await service.ingest(toArticleInput(input));
      return { __typename: 'IngestSuccess' as const, ...outcome };
    } catch (error) {
      const value = writeErrorValue(error);
      if (value) return value;
      throw error;
    }
  },

  removeDocument: async (_, { id }, { service }) => {
    try {
      const outcome = await service.removeDocument(id);
      return outcome ? { __typename: 'RemoveSuccess' as const, id, ...outcome } : notFound('document', id);
    } catch (error) {
      // A removal reads no input and runs no extraction: only the database can refuse it.
      if (error instanceof StorageError) return storageErrorValue(error);
      throw error;
    }
  },
};
