import { computeLayout, iterationsFor, layoutInput, seedPosition } from '@entente/core/layout';
import { describe, expect, it } from 'vitest';
import { layoutGraph, layoutSignature } from '../../src/layout/layout';
import { syntheticGraph } from '../../src/perf/synthetic';
import { buildSigmaGraph, edgeSize, nodeSize } from '../../src/sigma/build';
import { view } from './fixtures';

describe('layout', () => {
  it('seeds positions from ids alone', () => {
    expect(seedPosition('israel', 10)).toEqual(seedPosition('israel', 10));
    expect(seedPosition('israel', 10)).not.toEqual(seedPosition('turkey', 10));
  });

  it('gives the same positions for the same data, whatever the order the API sent it in', () => {
    const shuffled = { ...view, nodes: [...view.nodes].reverse(), edges: [...view.edges].reverse() };
    expect(layoutSignature(shuffled)).not.toBe(layoutSignature({ ...view, edges: view.edges.slice(1) }));
    const a = computeLayout(layoutInput(view));
    const b = computeLayout(layoutInput(shuffled));
    expect([...a]).toEqual([...b]);
    expect(a.every(Number.isFinite)).toBe(true);
  });

  it('spreads a generated graph and caches the result in memory', async () => {
    const graph = syntheticGraph(200, 7);
    const first = await layoutGraph(graph);
    expect(first.size).toBe(200);
    expect(await layoutGraph(syntheticGraph(200, 7))).toBe(first);
    const xs = [...first.values()].map((p) => p.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(1);
  });

  it('continues from the previous layout when the graph grows: old actors stay, newcomers join their neighbours', () => {
    const before = syntheticGraph(120, 3);
    const first = computeLayout(layoutInput(before));
    const previous = new Map(
      layoutInput(before).nodes.map((id, i) => [id, { x: first[i * 2]!, y: first[i * 2 + 1]! }]),
    );
    const newcomer = { ...before.nodes[0]!, id: 'newcomer', label: 'Newcomer' };
    const tie = { ...before.edges[0]!, id: 'newcomer|meets|n5', source: 'newcomer', target: 'n5' };
    const after = { ...before, nodes: [...before.nodes, newcomer], edges: [...before.edges, tie] };

    const input = layoutInput(after, previous);
    const seeded = computeLayout(input);
    expect([...computeLayout(layoutInput(after, previous))]).toEqual([...seeded]);
    const fresh = computeLayout(layoutInput(after));
    const at = (layout: Float32Array, id: string) => {
      const i = input.nodes.indexOf(id);
      return { x: layout[i * 2]!, y: layout[i * 2 + 1]! };
    };
    const span = Math.max(...first) - Math.min(...first);
    /** Mean distance of the old actors from where they were, as a share of the map's size. */
    const drift = (layout: Float32Array) =>
      before.nodes.reduce((sum, node) => {
        const a = at(layout, node.id);
        const b = previous.get(node.id)!;
        return sum + Math.hypot(a.x - b.x, a.y - b.y);
      }, 0) /
      before.nodes.length /
      span;
    expect(drift(seeded)).toBeLessThan(0.05);
    expect(drift(fresh)).toBeGreaterThan(drift(seeded) * 3);
    const near = at(seeded, 'newcomer');
    const anchor = at(seeded, 'n5');
    expect(Math.hypot(near.x - anchor.x, near.y - anchor.y) / span).toBeLessThan(0.15);

    // A previous layout of other actors altogether gives nothing to continue from.
    const unrelated = new Map([['elsewhere', { x: 1, y: 1 }]]);
    expect(layoutInput(after, unrelated).seeds).toBeUndefined();
    expect(input.seeds).toBeDefined();
  });

  it('runs fewer iterations on bigger graphs', () => {
    expect(iterationsFor(100)).toBeGreaterThan(iterationsFor(5_000));
    expect(iterationsFor(5_000)).toBeGreaterThan(iterationsFor(20_000));
  });
});

describe('buildSigmaGraph', () => {
  it('makes arrows for directed relation types and lines for symmetric ones', async () => {
    const graph = buildSigmaGraph(view, await layoutGraph(view));
    expect(graph.order).toBe(5);
    expect(graph.size).toBe(5);
    expect(graph.getEdgeAttribute('israel|opposes|turkey', 'type')).toBe('arrow');
    expect(graph.getEdgeAttribute('hamas|meets|turkey', 'type')).toBe('line');
    expect(graph.getEdgeAttribute('israel|opposes|turkey', 'label')).toBe('opposes');
    expect(graph.getNodeAttribute('turkey', 'size')).toBeGreaterThan(graph.getNodeAttribute('oic', 'size'));
  });

  it('bends parallel relations apart and leaves single ones straight', async () => {
    const opposes = view.edges.find((edge) => edge.id === 'israel|opposes|turkey')!;
    const criticizes = { ...opposes, id: 'israel|criticizes|turkey', type: 'criticizes' as const };
    const parallel = { ...view, edges: [...view.edges, criticizes] };
    const graph = buildSigmaGraph(parallel, await layoutGraph(parallel));
    const [a, b] = ['israel|criticizes|turkey', 'israel|opposes|turkey'].map((id) =>
      graph.getEdgeAttributes(id),
    );
    expect([a!.type, b!.type]).toEqual(['curvedArrow', 'curvedArrow']);
    expect(a!.curvature).toBeCloseTo(-b!.curvature);
    expect(Math.abs(a!.curvature)).toBeGreaterThan(0.1);
    expect(graph.getEdgeAttribute('hamas|meets|turkey', 'type')).toBe('line');
    expect(graph.getEdgeAttribute('hamas|meets|turkey', 'curvature')).toBe(0);

    // A symmetric relation beside a directed one in the other direction: both bend, each keeps its program.
    const meets = view.edges.find((edge) => edge.id === 'hamas|meets|turkey')!;
    const supports = {
      ...meets,
      id: 'turkey|supports|hamas',
      source: 'turkey',
      target: 'hamas',
      type: 'supports' as const,
      directed: true,
    };
    const both = buildSigmaGraph({ ...view, edges: [...view.edges, supports] }, await layoutGraph(view));
    expect(both.getEdgeAttribute('hamas|meets|turkey', 'type')).toBe('curved');
    expect(both.getEdgeAttribute('turkey|supports|hamas', 'type')).toBe('curvedArrow');
  });

  it('sizes grow with centrality and weight', () => {
    expect(nodeSize(0.9, 3)).toBeGreaterThan(nodeSize(0.1, 3));
    expect(nodeSize(0, 10)).toBeGreaterThan(nodeSize(0, 1));
    expect(edgeSize(4)).toBeGreaterThan(edgeSize(1));
  });
});

describe('neighbourhoodRatio', () => {
  it('zooms out far enough for the farthest neighbour, within bounds', async () => {
    const { neighbourhoodRatio } = await import('../../src/core/sigma');
    expect(neighbourhoodRatio({ x: 0.5, y: 0.5 }, [{ x: 0.7, y: 0.5 }])).toBeCloseTo(0.52);
    expect(neighbourhoodRatio({ x: 0.5, y: 0.5 }, [])).toBe(0.12);
    expect(neighbourhoodRatio({ x: 0, y: 0 }, [{ x: 1, y: 1 }])).toBe(1);
  });
});
