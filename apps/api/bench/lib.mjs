// Shared by the API benchmarks (api.mjs, compare.mjs): the synthetic articles, a GraphQL client, the
// server as a child process, and the read queries measured under load.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '@entente/core';
import autocannon from 'autocannon';

const ACTORS = [
  'Turkey',
  'Egypt',
  'Qatar',
  'Israel',
  'Hamas',
  'Pakistan',
  'Saudi Arabia',
  'Jordan',
  'Indonesia',
  'the United States',
  'Iran',
  'the United Arab Emirates',
];
const PHRASES = [
  (a, b) => `${a} hosted ${b} for talks on the Gaza ceasefire.`,
  (a, b) => `${a} met ${b} on the sidelines of the summit.`,
  (a, b) => `${a} criticized ${b} over the delays in aid deliveries.`,
  (a, b) => `${a} urged ${b} to respect the truce.`,
  (a, b) => `${a} opposes any role for ${b} in the stabilization force.`,
  (a, b) => `${a} praised ${b} for its mediation efforts.`,
];

/** A synthetic wire-style article of a few sentences; `n` makes every text distinct. */
export function syntheticArticle(n, next) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const sentences = [];
  for (let i = 0; i < 6; i += 1) {
    const a = pick(ACTORS);
    let b = pick(ACTORS);
    while (b === a) b = pick(ACTORS);
    const phrase = pick(PHRASES)(a, b);
    sentences.push(phrase.charAt(0).toUpperCase() + phrase.slice(1));
  }
  sentences.push(`The statement was dispatch number ${n} of the day.`);
  const day = String(1 + (n % 28)).padStart(2, '0');
  return { text: sentences.join(' '), title: `Synthetic dispatch ${n}`, publishedAt: `2025-11-${day}` };
}

/** `count` synthetic articles, the same on every run (seeded). */
export function syntheticArticles(count) {
  const next = seededRandom(42);
  return Array.from({ length: count }, (_, n) => syntheticArticle(n, next));
}

export async function graphql(url, query, variables) {
  const response = await fetch(new URL('/graphql', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Starts a built server (`dist/main.js` by default) on a free loopback port and resolves with its URL once it prints it. */
export function startServerProcess(
  dbPath,
  main = fileURLToPath(new URL('../dist/main.js', import.meta.url)),
) {
  const env = { ...process.env, PORT: '0', HOST: '127.0.0.1', ENTENTE_DB: dbPath, NODE_ENV: 'production' };
  delete env.ENTENTE_API_TOKEN;
  const child = spawn(process.execPath, [main], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 60_000);
    child.on('exit', (code) => reject(new Error(`server exited with code ${code}: ${output}`)));
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        url: match[1],
        pid: child.pid,
        close: () =>
          new Promise((done) => {
            child.removeAllListeners('exit');
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}

/** The read queries measured under load, for the strongest alliance pair of the graph at `url`. */
export async function readScenarios(url) {
  const { alliances } = await graphql(url, '{ alliances(limit: 1) { a { id } b { id } } }');
  const pair = alliances[0] ?? { a: { id: 'turkey' }, b: { id: 'egypt' } };
  return [
    [
      'graph (whole view)',
      '{ graph { totalNodes nodes { id label kind community degree centrality mentions } edges { id source target type polarity weight } } }',
    ],
    [
      'actor(id)',
      'query ($id: ID!) { actor(id: $id) { ... on Actor { id name kind mentions degree community centrality relations { id type weight } neighbors { id name } } } }',
      { id: pair.a.id },
    ],
    [
      'relationship(a, b)',
      'query ($a: ID!, $b: ID!) { relationship(a: $a, b: $b) { ... on Relationship { score label alignment { relations evidence } engagement { relations evidence } hostility { relations evidence } relations { id type weight evidenceCount evidence(first: 100) { quote } } } } }',
      { a: pair.a.id, b: pair.b.id },
    ],
  ];
}

/** Load-tests one query with autocannon: `connections` connections for `duration` seconds. */
export function load(url, title, query, variables, { connections, duration }) {
  return autocannon({
    title,
    url: new URL('/graphql', url).href,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
    connections,
    duration,
  });
}
