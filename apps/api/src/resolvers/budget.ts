import { createGraphQLError } from 'graphql-yoga';

/** Objects one request may resolve through nested lists (neighbors of neighbors of ...). */
export const DEFAULT_RESULT_BUDGET = 100_000;

/**
 * Counts the objects a request's nested list fields produce. Static limits (depth, cost) cannot see
 * list sizes, and `neighbors { neighbors { ... } }` grows with the degree to the power of the depth; the
 * budget stops such a query once it has produced more than any screen can show.
 */
export class ResultBudget {
  #remaining: number;

  constructor(readonly limit: number = DEFAULT_RESULT_BUDGET) {
    this.#remaining = limit;
  }

  /** Takes `count` objects from the budget, and returns `items` when it holds them. */
  spend<T>(items: T[]): T[] {
    this.#remaining -= items.length;
    if (this.#remaining < 0) {
      throw createGraphQLError(
        `This query asks for more than ${this.limit} nested objects; select fewer levels or use a narrower query.`,
        { extensions: { code: 'TOO_LARGE', limit: this.limit } },
      );
    }
    return items;
  }
}
