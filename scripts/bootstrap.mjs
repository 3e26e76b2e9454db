#!/usr/bin/env node
// One entry point for a fresh machine that has only Node and npm: it fetches the pinned pnpm
// (corepack's signature check fails against this registry), installs the workspace, then runs
// the requested job. `start` builds and serves the demo; `test` runs every test suite.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const job = process.argv[2];
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];
const toolsDir = join(root, 'node_modules', '.entente-tools');
const pnpmBin = join(toolsDir, 'node_modules', 'pnpm', 'bin', 'pnpm.cjs');

// turbo looks pnpm up on PATH, so the local copy goes first.
process.env.PATH = `${join(toolsDir, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}`;
process.env.TURBO_TELEMETRY_DISABLED = '1';

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function must(cmd, args, options) {
  const status = run(cmd, args, options);
  if (status !== 0) {
    console.error(`entente: "${[cmd, ...args].join(' ')}" failed with exit code ${status}`);
    process.exit(status);
  }
}

function installedPnpmVersion() {
  if (!existsSync(pnpmBin)) return null;
  const pkg = JSON.parse(readFileSync(join(toolsDir, 'node_modules', 'pnpm', 'package.json'), 'utf8'));
  return pkg.version;
}

function pnpm(args) {
  must(process.execPath, [pnpmBin, ...args]);
}

function ensurePnpm() {
  if (installedPnpmVersion() === pinned) return;
  console.log(`entente: installing pnpm ${pinned} locally`);
  must('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', toolsDir, `pnpm@${pinned}`]);
}

/** Installs a Debian package a test suite needs, as root through apt-get; elsewhere says how and stops. */
function aptInstall(pkg, why, otherwise = '') {
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    console.error(`entente: ${why} need Debian ${pkg} (apt-get install ${pkg})${otherwise}`);
    process.exit(1);
  }
  console.log(`entente: installing Debian ${pkg} for ${why}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  must('apt-get', ['update', '-qq'], { env });
  must('apt-get', ['install', '-y', '-qq', pkg], { env });
}

function ensureChromium() {
  if (!existsSync('/usr/bin/chromium')) aptInstall('chromium', 'the browser tests');
}

// The API's PostgreSQL tests start a throwaway cluster from Debian's server binaries (unless DATABASE_URL
// names a server to use instead).
function ensurePostgres() {
  if (process.env.DATABASE_URL) return;
  const root = '/usr/lib/postgresql';
  const installed =
    existsSync(root) && readdirSync(root).some((version) => existsSync(join(root, version, 'bin', 'initdb')));
  if (!installed)
    aptInstall(
      'postgresql',
      'the PostgreSQL store tests',
      ', or DATABASE_URL set to a server they may create databases on',
    );
}

// Vitest writes one JSON report per package; the summary line lets CI count tests across them.
function printTestSummary() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const group of ['packages', 'apps']) {
    for (const name of readdirSync(join(root, group))) {
      const report = join(root, group, name, 'artifacts', 'vitest.json');
      if (!existsSync(report)) continue;
      const json = JSON.parse(readFileSync(report, 'utf8'));
      passed += json.numPassedTests ?? 0;
      failed += json.numFailedTests ?? 0;
      skipped += (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
    }
  }
  console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
}

ensurePnpm();
const frozen = existsSync(join(root, 'pnpm-lock.yaml')) ? ['--frozen-lockfile'] : [];
pnpm(['install', ...frozen]);

switch (job) {
  case 'start':
    pnpm(['turbo', 'run', 'build']);
    pnpm(['--filter', '@entente/api', 'start']);
    break;
  case 'test':
    ensureChromium();
    ensurePostgres();
    pnpm(['run', 'lint']);
    pnpm(['turbo', 'run', 'typecheck']);
    {
      const status = run(process.execPath, [pnpmBin, 'turbo', 'run', 'test', '--concurrency=1', '--force']);
      printTestSummary();
      process.exit(status);
    }
    break;
  case 'install':
    break;
  default:
    console.error('usage: node scripts/bootstrap.mjs start|test');
    process.exit(2);
}
