/**
 * Keeps the `limit` best items seen, best first, without holding every candidate: enumerations such as
 * triangles can produce millions of them. `compare` sorts best first (negative when `a` is better).
 */
export class TopK<T> {
  readonly #items: T[] = [];

  constructor(
    readonly limit: number,
    readonly compare: (a: T, b: T) => number,
  ) {}

  /** Whether an item would be kept; lets callers skip building items that cannot make it. */
  accepts(item: T): boolean {
    if (this.limit <= 0) return false;
    const worst = this.#items[this.limit - 1];
    return worst === undefined || this.compare(item, worst) < 0;
  }

  add(item: T): void {
    if (!this.accepts(item)) return;
    const items = this.#items;
    let index = items.length;
    while (index > 0 && this.compare(item, items[index - 1]!) < 0) index--;
    items.splice(index, 0, item);
    if (items.length > this.limit) items.pop();
  }

  /** The kept items, best first. */
  items(): T[] {
    return [...this.#items];
  }
}
