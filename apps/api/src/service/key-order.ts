/**
 * Code-unit order of listing keys: the service sorts listings by it, and the resolvers' `paginate`
 * finds a cursor's position by it, so a page walk returns every item once.
 */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
