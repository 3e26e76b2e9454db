// The GEXF export read back by other tools: graphology (what the web and Gephi Lite use) and, when the
// machine has it, networkx (Debian's python3-networkx), which refuses mixed directed/undirected files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/index.js';
import { layoutPositions } from '../src/layout/index.js';
import { toGEXF } from '../src/serialize/index.js';
import { extraction } from './graph-fixtures.js';

const graph = buildGraph([
  extraction('a', {
    date: '2025-10-01',
    relations: [
      ['turkey', 'hosts', 'hamas'],
      ['egypt', 'meets', 'qatar'],
    ],
  }),
  extraction('b', {
    date: '2025-10-05',
    relations: [
      ['turkey', 'hosts', 'hamas'],
      ['israel', 'opposes', 'turkey'],
    ],
  }),
]);
const positions = layoutPositions(graph);
const xml = toGEXF(graph, { positions });
const work = mkdtempSync(join(tmpdir(), 'entente-gexf-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('GEXF read back by graphology', () => {
  it('keeps nodes, edges, positions, colours, the kind of tie and every quote', () => {
    const parsed = parse(MultiGraph, xml);
    expect(parsed.nodes().sort()).toEqual(graph.nodes().sort());
    expect(parsed.edges().sort()).toEqual(graph.edges().sort());
    const turkey = parsed.getNodeAttributes('turkey');
    expect(turkey.x).toBeCloseTo(positions.get('turkey')!.x, 2);
    expect(turkey.y).toBeCloseTo(positions.get('turkey')!.y, 2);
    expect(turkey.color).toMatch(/^rgb\(/);
    const hosts = parsed.getEdgeAttributes('turkey|hosts|hamas');
    expect(hosts).toMatchObject({ type: 'hosts', kind: 'engagement', directed: true, evidenceCount: 2 });
    const evidence = JSON.parse(hosts.evidence as string);
    expect(evidence.map((e: { date: string }) => e.date)).toEqual(['2025-10-01', '2025-10-05']);
    expect(evidence[1].quote).toContain('Turkey hosts Hamas');
    expect(parsed.getEdgeAttributes('egypt|meets|qatar')).toMatchObject({
      directed: false,
      kind: 'engagement',
    });
    // One edge type: every edge is directed; `directed` says whether the relation has a direction.
    expect(parsed.edges().every((edge) => parsed.isDirected(edge))).toBe(true);
  });

  it('carries a spell per day of dated evidence for Gephi’s timeline', () => {
    expect(xml).toContain('<graph defaultedgetype="directed" mode="dynamic" timeformat="date">');
    const hosts = xml.slice(xml.indexOf('<edge id="turkey|hosts|hamas"'));
    expect(hosts.slice(0, hosts.indexOf('</edge>'))).toMatch(
      /<spell start="2025-10-01" end="2025-10-01"\/>\s*<spell start="2025-10-05" end="2025-10-05"\/>/,
    );
  });
});

/** Debian's python3 with networkx, when installed; the test says so when it is not. */
const networkx = spawnSync('python3', ['-c', 'import networkx; print(networkx.__version__)'], {
  encoding: 'utf8',
});
const hasNetworkx = networkx.status === 0;

describe.skipIf(!hasNetworkx)(`GEXF read back by networkx ${networkx.stdout?.trim() ?? ''}`, () => {
  it('reads the file as a directed multigraph with positions, spells and attributes', () => {
    const path = join(work, 'graph.gexf');
    writeFileSync(path, xml);
    const script = [
      'import json, sys, networkx as nx',
      'g = nx.read_gexf(sys.argv[1])',
      'e = [d for u, v, d in g.edges(data=True) if d.get("type") == "hosts"][0]',
      'print(json.dumps({"directed": g.is_directed(), "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),',
      '  "position": g.nodes["turkey"]["viz"]["position"], "spells": e.get("spells"), "kind": e["kind"],',
      '  "evidence": len(json.loads(e["evidence"]))}))',
    ].join('\n');
    const result = spawnSync('python3', ['-c', script, path], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const read = JSON.parse(result.stdout);
    expect(read).toMatchObject({
      directed: true,
      nodes: graph.order,
      edges: graph.size,
      kind: 'engagement',
      evidence: 2,
    });
    expect(read.position.x).toBeCloseTo(positions.get('turkey')!.x, 2);
    expect(read.spells).toEqual([
      ['2025-10-01', '2025-10-01'],
      ['2025-10-05', '2025-10-05'],
    ]);
  });
});
