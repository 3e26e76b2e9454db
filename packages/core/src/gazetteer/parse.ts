import { parse as parseYaml } from 'yaml';
import { ACTOR_KINDS, type Actor, isActorKind, type Role } from '../ontology/actors.js';
import type { GazetteerSource } from './gazetteer.js';

/** A gazetteer file that cannot be used; the message names the file and the offending actor. */
export class GazetteerError extends Error {
  readonly origin: string;
  readonly actor?: string;

  constructor(message: string, origin: string, actor?: string) {
    super(message);
    this.name = 'GazetteerError';
    this.origin = origin;
    if (actor !== undefined) this.actor = actor;
  }
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Parses a user gazetteer file (`{ actors: [...] }` in JSON or YAML) and validates every actor.
 * @param origin - file name used in error messages.
 * @throws GazetteerError with a message such as `people.yaml: actor #2 ("jane-doe"): kind "human" is not one of ...`.
 */
export function parseGazetteer(
  text: string,
  format: 'json' | 'yaml',
  origin = `<${format}>`,
): GazetteerSource {
  let data: unknown;
  try {
    data = format === 'json' ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new GazetteerError(`${origin}: not valid ${format.toUpperCase()}: ${reason}`, origin);
  }
  return validateGazetteer(data, origin);
}

/** Checks that `data` has the shape of a GazetteerSource; returns it typed. */
export function validateGazetteer(data: unknown, origin: string): GazetteerSource {
  if (!isRecord(data) || !Array.isArray(data.actors)) {
    throw new GazetteerError(`${origin}: expected an object with an "actors" list`, origin);
  }
  const seen = new Set<string>();
  const actors = data.actors.map((raw, index) => {
    const actor = validateActor(raw, index, origin);
    if (seen.has(actor.id)) {
      throw new GazetteerError(
        `${origin}: actor #${index + 1} ("${actor.id}"): duplicate id`,
        origin,
        actor.id,
      );
    }
    seen.add(actor.id);
    return actor;
  });
  return { actors };
}

function validateActor(raw: unknown, index: number, origin: string): Actor {
  const label = isRecord(raw) && typeof raw.id === 'string' ? `"${raw.id}"` : 'without id';
  const fail = (problem: string): never => {
    throw new GazetteerError(
      `${origin}: actor #${index + 1} (${label}): ${problem}`,
      origin,
      isRecord(raw) && typeof raw.id === 'string' ? raw.id : undefined,
    );
  };
  if (!isRecord(raw)) return fail('expected an object');
  if (typeof raw.id !== 'string' || !ID_PATTERN.test(raw.id)) {
    return fail('"id" must be a lower-case slug such as "hakan-fidan"');
  }
  if (typeof raw.name !== 'string' || raw.name.trim() === '')
    return fail('"name" must be a non-empty string');
  if (!isActorKind(raw.kind)) {
    return fail(`kind ${JSON.stringify(raw.kind)} is not one of ${ACTOR_KINDS.join(', ')}`);
  }
  for (const field of ['aliases', 'demonyms', 'metonyms'] as const) {
    const value = raw[field];
    if (
      value !== undefined &&
      !(Array.isArray(value) && value.every((v) => typeof v === 'string' && v.trim()))
    ) {
      fail(`"${field}" must be a list of non-empty strings`);
    }
  }
  for (const field of ['affiliation', 'description'] as const) {
    if (raw[field] !== undefined && typeof raw[field] !== 'string') fail(`"${field}" must be a string`);
  }
  if (raw.roles !== undefined) {
    if (!Array.isArray(raw.roles)) fail('"roles" must be a list');
    (raw.roles as unknown[]).forEach((role, i) => {
      if (!isRole(role))
        fail(`role #${i + 1} must have a "title" string and optional "of", "from", "until" strings`);
    });
  }
  return raw as unknown as Actor;
}

function isRole(value: unknown): value is Role {
  if (!isRecord(value) || typeof value.title !== 'string' || value.title.trim() === '') return false;
  return (['of', 'from', 'until'] as const).every(
    (k) => value[k] === undefined || typeof value[k] === 'string',
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
