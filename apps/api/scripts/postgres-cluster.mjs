// A throwaway PostgreSQL cluster for tests and benchmarks: initdb in a temporary directory, started on a
// free loopback port with its socket in that directory, stopped and deleted afterwards. When running as
// root (initdb refuses root), the cluster belongs to the `postgres` user and its commands run through
// `runuser`. A cluster whose owner process died (a test run killed) is stopped by the next start.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PREFIX = 'entente-pg-';

/** The directory of the newest PostgreSQL server binaries installed (Debian's /usr/lib/postgresql/N/bin). */
export function postgresBinDir() {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) {
    throw new Error(
      'PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install postgresql, or set DATABASE_URL)',
    );
  }
  return join(root, /** @type {string} */ (versions[0]), 'bin');
}

/**
 * A port nobody listens on now, on 127.0.0.1.
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

const isRoot = process.getuid?.() === 0;

/**
 * Runs a server binary as the cluster's owner.
 * @param {string} bin
 * @param {string[]} args
 */
function asOwner(bin, args) {
  const [command, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  return execFileSync(command, argv, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
}

/** @param {number} pid */
function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}

/** Stops (immediately) and deletes the clusters of earlier runs whose owner process is gone. */
export function reapOrphanClusters() {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(PREFIX)) continue;
    const dir = join(tmpdir(), name);
    const ownerFile = join(dir, 'owner.pid');
    if (!existsSync(ownerFile)) continue;
    if (processAlive(Number(readFileSync(ownerFile, 'utf8')))) continue;
    stopCluster(dir);
  }
}

/** @param {string} dir */
function stopCluster(dir) {
  const data = join(dir, 'data');
  if (existsSync(join(data, 'postmaster.pid'))) {
    spawnSync(isRoot ? 'runuser' : join(postgresBinDir(), 'pg_ctl'), [
      ...(isRoot ? ['-u', 'postgres', '--', join(postgresBinDir(), 'pg_ctl')] : []),
      'stop',
      '-D',
      data,
      '-m',
      'immediate',
      '-w',
    ]);
  }
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Starts a cluster and returns `{ url, stop }`: `url` connects as the superuser `postgres` to the database
 * `postgres` (trust authentication, loopback only). Settings favour speed over crash safety of the
 * machine (fsync off): the cluster is thrown away.
 */
export async function startCluster() {
  reapOrphanClusters();
  const bin = postgresBinDir();
  const dir = mkdtempSync(join(tmpdir(), PREFIX));
  writeFileSync(join(dir, 'owner.pid'), String(process.pid));
  if (isRoot) chownSync(dir, uidOf('postgres'), gidOf('postgres'));
  const data = join(dir, 'data');
  const port = await freePort();
  try {
    asOwner(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
    asOwner(join(bin, 'pg_ctl'), [
      'start',
      '-D',
      data,
      '-w',
      '-l',
      join(dir, 'server.log'),
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
    ]);
  } catch (error) {
    const log = existsSync(join(dir, 'server.log')) ? readFileSync(join(dir, 'server.log'), 'utf8') : '';
    stopCluster(dir);
    const { stderr, message } = /** @type {{ stderr?: string, message: string }} */ (error);
    throw new Error(`could not start PostgreSQL: ${stderr ?? message}\n${log}`);
  }
  const stop = () => stopCluster(dir);
  // A run that ends without calling stop (an exception, Ctrl-C) still takes its cluster down.
  process.once('exit', stop);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      process.off('exit', stop);
      stop();
    },
  };
}

/** @param {string} user */
function uidOf(user) {
  return Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
}

/** @param {string} user */
function gidOf(user) {
  return Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());
}

/**
 * `url` with its database name replaced.
 * @param {string} url
 * @param {string} database
 */
export function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
