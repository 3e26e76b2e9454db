import type { Actor } from '../ontology/actors.js';

/**
 * One shared object per distinct description of an actor. Every document's extraction carries its own
 * copy of each actor it names (read back from a store, each is a fresh object), and the builder keeps the
 * actors of every document to recompute a node when one is removed: without sharing, those copies (names,
 * aliases, demonyms, descriptions) were most of a replica's heap. Equal descriptions share one object.
 */
export class ActorTable {
  /** The distinct descriptions seen per actor id; almost always one (the gazetteer's entry). */
  readonly #versions = new Map<string, Actor[]>();

  /** The shared object equal to `actor` (itself, the first time such a description is seen). */
  intern(actor: Actor): Actor {
    const versions = this.#versions.get(actor.id);
    if (!versions) {
      this.#versions.set(actor.id, [actor]);
      return actor;
    }
    const known = versions.find((version) => version === actor || sameJson(version, actor));
    if (known) return known;
    versions.push(actor);
    return actor;
  }

  /** Drops the descriptions of an actor no document names any more. */
  forget(id: string): void {
    this.#versions.delete(id);
  }
}

/** Structural equality of JSON values (what a gazetteer entry is). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  return aKeys.every((key) => Object.hasOwn(right, key) && sameJson(left[key], right[key]));
}
