import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import type { Plugin } from 'graphql-yoga';

/** graphql-js's hints at names close to a misspelt one: "Did you mean "actors"?", "...the enum value "meets"?". */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

// Not `instanceof GraphQLError`: errors may come from another copy of graphql-js (yoga's, the armor's).
function withoutSuggestion<T extends { message: string }>(error: T): T {
  error.message = error.message.replace(SUGGESTION, '');
  return error;
}

/**
 * Hides "did you mean" hints from validation and variable errors, which otherwise let a stranger
 * reconstruct the schema name by name even with introspection off.
 */
function useNoSuggestions(): Plugin {
  return {
    onValidate:
      () =>
      ({ valid, result, setResult }) => {
        if (!valid) setResult(result.map(withoutSuggestion));
      },
    onExecute: () => ({
      onExecuteDone({ result }) {
        if ('errors' in result && result.errors) result.errors.forEach(withoutSuggestion);
      },
    }),
  };
}

/**
 * The plugins that keep the schema to itself in production: no introspection, no name suggestions.
 * None when `disclose` (development, or ENTENTE_INTROSPECTION set).
 */
export function schemaDisclosurePlugins(disclose: boolean): Plugin[] {
  return disclose ? [] : [useDisableIntrospection(), useNoSuggestions()];
}
