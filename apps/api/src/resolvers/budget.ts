import { createGraphQLError } from 'graphql-yoga';

/** Objects one request may resolve through nested lists (neighbors of neighbors of ...). */
export const DEFAULT_RESULT_BUDGET = 100_000;

/** A document text costs one object per this many characters, so texts count by their size. */
export const TEXT_CHARS_PER_UNIT = 100;

/**
 * Counts the objects a request's nested list fields produce. Static limits (depth, cost) cannot see
 * list sizes, and `neighbors { neighbors { ... } }` grows with the degree to the power of the depth; the
 * budget stops such a query once it has produced more than any screen can show. Document texts count
 * by size, since a page of relations can name the same long article many times over.
 */
export class ResultBudget {
  #remaining: number;

  constructor(readonly limit: number = DEFAULT_RESULT_BUDGET) {
    this.#remaining = limit;
  }

  /** Takes one object per item from the budget, and returns `items` when it holds them. */
  spend<T>(items: T[]): T[] {
    this.#take(items.length);
    return items;
  }

  /** Takes a text's size from the budget, and returns the text when it holds it. */
  spendText(text: string): string {
    this.#take(Math.ceil(text.length / TEXT_CHARS_PER_UNIT));
    return text;
  }

  #take(units: number): void {
    this.#remaining -= units;
    if (this.#remaining < 0) {
      throw createGraphQLError(
        `This query asks for more than ${this.limit} nested objects (list items, graph nodes and edges); select fewer levels or aliases, or filter.`,
        { extensions: { code: 'TOO_LARGE', limit: this.limit } },
      );
    }
  }
}
