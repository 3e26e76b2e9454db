import type { Actor } from '../ontology/actors.js';

/** The file format of gazetteer data (JSON or YAML): a list of actors. */
export interface GazetteerSource {
  actors: Actor[];
}

/**
 * An immutable set of known actors, indexed by id.
 *
 * Sources are applied in order: an actor whose id appears again in a later source replaces the
 * earlier one, so a user file can correct or extend the built-in data.
 */
export class Gazetteer {
  readonly #actors: Map<string, Actor>;

  constructor(sources: GazetteerSource[] = []) {
    this.#actors = new Map();
    for (const source of sources) {
      for (const actor of source.actors) this.#actors.set(actor.id, actor);
    }
  }

  /** The actor with this id, if known. */
  get(id: string): Actor | undefined {
    return this.#actors.get(id);
  }

  has(id: string): boolean {
    return this.#actors.has(id);
  }

  /** All actors, in insertion order. */
  actors(): Actor[] {
    return [...this.#actors.values()];
  }

  get size(): number {
    return this.#actors.size;
  }

  /** A new gazetteer with `source` applied on top of this one; this one is unchanged. */
  extend(source: GazetteerSource): Gazetteer {
    return new Gazetteer([{ actors: this.actors() }, source]);
  }
}
