import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';

/** Content types of what a Vite build emits (and a few more). Unknown extensions are served as bytes. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Shown at `/` when the web app has not been built, so the server is still useful (and says why). */
export function notBuiltPage(webDist: string, graphiql: boolean): string {
  const link = graphiql
    ? '<p>The GraphQL API is running: explore it in <a href="/graphql">GraphiQL</a>.</p>'
    : '<p>The GraphQL API is running at <code>/graphql</code>.</p>';
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Entente</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5}code{background:#eee;padding:0 .2em}</style>
</head>
<body>
<h1>Entente</h1>
<p>The web app is not built: <code>${escapeHtml(webDist)}</code> has no <code>index.html</code>.
Build it with <code>pnpm build</code> (or <code>pnpm --filter @entente/web build</code>) and reload.</p>
${link}
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A file of the root, or undefined when there is none (directories resolve to their index.html). */
async function findFile(root: string, pathname: string): Promise<string | undefined> {
  const path = resolve(root, `.${pathname}`);
  const inside = relative(root, path);
  // `resolve` has already collapsed `..`; anything that still climbs out of the root is refused.
  if (inside.startsWith(`..${sep}`) || inside === '..') return undefined;
  const stats = await stat(path).catch(() => undefined);
  if (stats?.isFile()) return path;
  if (stats?.isDirectory()) {
    const index = join(path, 'index.html');
    if ((await stat(index).catch(() => undefined))?.isFile()) return index;
  }
  return undefined;
}

/**
 * Serves the built single-page app: files as they are, and `index.html` for any other path without a
 * file extension so that client-side routes survive a reload. Hashed assets are cached for good,
 * `index.html` never (it names the current assets).
 */
export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  webDist: string,
  graphiql: boolean,
): Promise<void> {
  const root = resolve(webDist);
  const indexHtml = join(root, 'index.html');
  let file = await findFile(root, pathname);
  if (!file && !extname(pathname)) file = (await findFile(root, '/index.html')) ?? undefined;
  if (!file) {
    const appBuilt = Boolean(await stat(indexHtml).catch(() => undefined));
    if (appBuilt) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(req.method === 'HEAD' ? undefined : `Not found: ${pathname}\n`);
      return;
    }
    const page = Buffer.from(notBuiltPage(root, graphiql));
    res.writeHead(extname(pathname) ? 404 : 200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': String(page.length),
    });
    res.end(req.method === 'HEAD' ? undefined : page);
    return;
  }
  const stats = await stat(file);
  const immutable = relative(root, file).startsWith(`assets${sep}`);
  res.writeHead(200, {
    'Content-Type': contentTypeOf(file),
    'Content-Length': String(stats.size),
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}
