import { invalidArgument } from './errors.js';

/** Largest page a connection returns, and largest `limit` a ranking takes. */
export const MAX_PAGE_SIZE = 500;

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/**
 * Cursors are opaque to clients: base64url of `<kind>:<sort key>`. They name a position in the sort
 * order rather than an offset, so a page walk does not skip or repeat items when others are added.
 */
export function encodeCursor(kind: string, key: string): string {
  return Buffer.from(`${kind}:${key}`, 'utf8').toString('base64url');
}

export function decodeCursor(kind: string, cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith(`${kind}:`) || encodeCursor(kind, decoded.slice(kind.length + 1)) !== cursor) {
    throw invalidArgument(`"${cursor}" is not a cursor of this list.`, 'after');
  }
  return decoded.slice(kind.length + 1);
}

/** Checks a page size or ranking limit argument. */
export function checkCount(value: number, argument: string): number {
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) {
    throw invalidArgument(`${argument} must be an integer between 0 and ${MAX_PAGE_SIZE}.`, argument);
  }
  return value;
}

/**
 * One page of `items`, which must be sorted by `keyOf` in code-unit order with unique keys: the items
 * whose key comes after the cursor's, at most `first` of them.
 */
export function paginate<T>(
  kind: string,
  items: readonly T[],
  keyOf: (item: T) => string,
  first: number,
  after: string | null | undefined,
): Connection<T> {
  checkCount(first, 'first');
  let start = 0;
  if (after) {
    const afterKey = decodeCursor(kind, after);
    start = firstIndexAfter(items, keyOf, afterKey);
  }
  const page = items.slice(start, start + first);
  const edges = page.map((node) => ({ cursor: encodeCursor(kind, keyOf(node)), node }));
  return {
    edges,
    nodes: page,
    pageInfo: { hasNextPage: start + first < items.length, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: items.length,
  };
}

/**
 * The same page with each node replaced by `map(node)`: lets a listing page over lightweight entries
 * (keys, sort records) and materialise only the nodes of the page.
 */
export function mapConnection<T, U>(page: Connection<T>, map: (node: T) => U): Connection<U> {
  const nodes = page.nodes.map(map);
  return {
    ...page,
    nodes,
    edges: page.edges.map((edge, index) => ({ cursor: edge.cursor, node: nodes[index]! })),
  };
}

/** Binary search for the first item whose key is greater than `key`. */
function firstIndexAfter<T>(items: readonly T[], keyOf: (item: T) => string, key: string): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (keyOf(items[middle]!) <= key) low = middle + 1;
    else high = middle;
  }
  return low;
}
