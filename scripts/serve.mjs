// A small static server for the demo (npm start) and for screenshots. With `live`, requests
// for /dist/<name>.js are answered by bundling src/ on the fly, so pages can be looked at
// without a full build.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.txt': 'text/plain; charset=utf-8',
};

const liveEntries = {
  'article-widgets.js': 'src/index.ts',
  'autoloader.js': 'src/autoloader.ts',
};

async function liveBundle(name, override) {
  const entry = name === 'article-widgets.js' && override ? override : liveEntries[name];
  if (!entry) return undefined;
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    conditions: ['production'],
  });
  return result.outputFiles[0].text;
}

/**
 * @param {{ root: string, port?: number, host?: string, live?: boolean, entry?: string,
 *   headers?: (path: string) => Record<string, string>,
 *   routes?: (url: URL, request: import('node:http').IncomingMessage) => Promise<{ status?: number, type?: string, body: string, headers?: Record<string,string> } | undefined> }} options
 */
export function serve({ root, port = 0, host = '127.0.0.1', live = false, entry, headers = () => ({}), routes }) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    try {
      const routed = routes ? await routes(url, request) : undefined;
      if (routed) {
        response.writeHead(routed.status ?? 200, {
          'content-type': routed.type ?? 'application/json',
          ...headers(url.pathname),
          ...routed.headers,
        });
        response.end(routed.body);
        return;
      }
      let path = decodeURIComponent(url.pathname);
      if (live && path.startsWith('/dist/')) {
        const code = await liveBundle(path.slice('/dist/'.length), entry);
        if (code !== undefined) {
          response.writeHead(200, { 'content-type': types['.js'], ...headers(path) });
          response.end(code);
          return;
        }
      }
      if (path.endsWith('/')) path += 'index.html';
      const file = normalize(join(base, path));
      if (!file.startsWith(base)) throw Object.assign(new Error('outside root'), { code: 'ENOENT' });
      const info = await stat(file);
      const target = info.isDirectory() ? join(file, 'index.html') : file;
      const body = await readFile(target);
      response.writeHead(200, {
        'content-type': types[extname(target)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        ...headers(path),
      });
      response.end(body);
    } catch (error) {
      const missing = error && (error.code === 'ENOENT' || error.code === 'ENOTDIR');
      response.writeHead(missing ? 404 : 500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(missing ? 'Not found' : String(error?.message ?? error));
    }
  });
  return new Promise((resolvePromise) => {
    server.listen(port, host, () => resolvePromise({ server, port: server.address().port }));
  });
}
