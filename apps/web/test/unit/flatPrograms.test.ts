import { describe, expect, it } from 'vitest';
import { flatDefinition, spreadItem } from '../../src/sigma/flatPrograms';

const FLOAT = 5126;
const UNSIGNED_BYTE = 5121;

const instanced = {
  VERTICES: 3,
  VERTEX_SHADER_SOURCE: 'vertex',
  FRAGMENT_SHADER_SOURCE: 'fragment',
  METHOD: 4,
  UNIFORMS: ['u_matrix'],
  ATTRIBUTES: [
    { name: 'a_position', size: 2, type: FLOAT },
    { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
  ],
  CONSTANT_ATTRIBUTES: [{ name: 'a_angle', size: 1, type: FLOAT }],
  CONSTANT_DATA: [[0], [1], [2]],
};

describe('flatDefinition', () => {
  it('turns the constant attributes of an instanced program into per-vertex attributes after its own', () => {
    const flat = flatDefinition(instanced);
    expect('CONSTANT_ATTRIBUTES' in flat).toBe(false);
    expect('CONSTANT_DATA' in flat).toBe(false);
    expect(flat.ATTRIBUTES.map((attribute) => attribute.name)).toEqual(['a_position', 'a_color', 'a_angle']);
    expect(flat).toMatchObject({
      VERTICES: 3,
      METHOD: 4,
      VERTEX_SHADER_SOURCE: 'vertex',
      UNIFORMS: ['u_matrix'],
    });
  });

  it('leaves a program that draws no instances as it is', () => {
    const { CONSTANT_ATTRIBUTES: _attributes, CONSTANT_DATA: _data, ...plain } = instanced;
    expect(flatDefinition(plain)).toBe(plain);
  });
});

describe('spreadItem', () => {
  it("writes the item's attributes into each vertex, each followed by that vertex's constants", () => {
    const target = new Float32Array(2 + 3 * 4).fill(-1);
    spreadItem(target, 2, new Float32Array([10, 20, 30]), [[0], [1], [2]]);
    expect([...target]).toEqual([-1, -1, 10, 20, 30, 0, 10, 20, 30, 1, 10, 20, 30, 2]);
  });

  it('handles shapes of several constants per vertex (edge quads)', () => {
    const target = new Float32Array(6 * 3);
    const quad = [
      [0, 1],
      [0, -1],
      [1, 1],
      [0, -1],
      [1, 1],
      [1, -1],
    ];
    spreadItem(target, 0, new Float32Array([7]), quad);
    expect([...target]).toEqual([7, 0, 1, 7, 0, -1, 7, 1, 1, 7, 0, -1, 7, 1, 1, 7, 1, -1]);
  });
});
