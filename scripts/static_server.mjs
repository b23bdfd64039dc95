// A small static file server for the built site: used by scripts/serve and by the e2e tests.
// It sets the MIME types a browser needs (application/wasm streams and compiles while downloading)
// and never lists directories.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.gz': 'application/gzip',  // sent as stored, no Content-Encoding: web/boot.js ungzips the start atlas
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

export function mimeType(path) {
  return MIME[extname(path).toLowerCase()] || 'application/octet-stream';
}

// Resolves a URL path inside root; null when it would escape it.
function fileFor(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  if (path.endsWith('/')) path += 'index.html';
  const full = resolve(root, normalize('.' + path));
  return full.startsWith(resolve(root)) ? full : null;
}

export function startServer(root, port = 0, host = '127.0.0.1') {
  const server = createServer(async (request, response) => {
    const file = fileFor(root, request.url || '/');
    try {
      if (!file || !(await stat(file)).isFile()) throw new Error('not found');
      const body = await readFile(file);
      response.writeHead(200, {
        'Content-Type': mimeType(file),
        'Content-Length': body.length,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found\n');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}

// As a program: node scripts/static_server.mjs ROOT [PORT] [HOST]
if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'build/site', port = '8080', host = '127.0.0.1'] = process.argv.slice(2);
  const server = await startServer(join(process.cwd(), root), Number(port), host);
  const { port: actual } = server.address();
  console.log(`Accord is served at http://localhost:${actual}/  (Ctrl+C to stop)`);
}
