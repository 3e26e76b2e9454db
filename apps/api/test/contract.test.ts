import {
  ACTOR_KINDS,
  GRAPH_FILTER_FIELDS,
  POLARITIES,
  RELATION_KINDS,
  RELATION_TYPES,
  RELATIONSHIP_LABELS,
  TIMELINE_BUCKETS,
} from '@entente/core';
import {
  buildSchema,
  type GraphQLEnumType,
  type GraphQLInputObjectType,
  isEnumType,
  isInputObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../src/schema/load.js';

// schema.graphql states the contract; the ontology and the filter are defined once in core. These hold
// the two together, so a relation type added to core cannot be missing from the API, or the reverse.
const schema = buildSchema(loadTypeDefs());

function enumValues(name: string): string[] {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum of the schema.`);
  return (type as GraphQLEnumType).getValues().map((value) => value.name);
}

function inputFields(name: string): Record<string, string> {
  const type = schema.getType(name);
  if (!isInputObjectType(type)) throw new Error(`${name} is not an input of the schema.`);
  return Object.fromEntries(
    Object.values((type as GraphQLInputObjectType).getFields()).map((field) => [
      field.name,
      String(field.type),
    ]),
  );
}

describe('schema.graphql agrees with core', () => {
  it.each([
    ['ActorKind', ACTOR_KINDS],
    ['RelationType', RELATION_TYPES],
    ['RelationKind', RELATION_KINDS],
    ['Polarity', POLARITIES],
    ['RelationshipLabel', RELATIONSHIP_LABELS],
  ])('enum %s has the ontology’s values, in its order', (name, values) => {
    expect(enumValues(name)).toEqual([...values]);
  });

  it('enum TimelineBucket names the core bucket widths', () => {
    expect(enumValues('TimelineBucket')).toEqual(TIMELINE_BUCKETS.map((bucket) => bucket.toUpperCase()));
  });

  it('input GraphFilter has the fields of core’s GraphFilter, with their types', () => {
    expect(inputFields('GraphFilter')).toEqual({
      types: '[RelationType!]',
      polarities: '[Polarity!]',
      kinds: '[ActorKind!]',
      since: 'DateTime',
      until: 'DateTime',
      minWeight: 'Int',
      hideIsolated: 'Boolean',
    });
    expect(Object.keys(inputFields('GraphFilter'))).toEqual([...GRAPH_FILTER_FIELDS]);
  });

  it('the other filters name their fields as GraphFilter does', () => {
    const filter = inputFields('GraphFilter');
    for (const name of ['RelationFilter', 'NeighborFilter']) {
      for (const [field, type] of Object.entries(inputFields(name))) {
        if (field in filter) expect(`${name}.${field}: ${type}`).toBe(`${name}.${field}: ${filter[field]}`);
      }
    }
  });
});
