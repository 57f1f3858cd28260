// Test-server routes for the hardening suites (test/security, test/faults, test/a11y,
// test/memory): answers that break in the ways real servers and networks break (a body cut
// off mid-way, a trickle, redirects to places a fetch must not follow), a store for hostile
// JSON that `src` attributes can load, an in-memory bundle of the elements for the two-copies
// test, and the strict Content-Security-Policy for the pages under test/security/pages/.
import { Buffer } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { litPolicyPrelude } from '../../scripts/lit-policy-prelude.mjs';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The policy the contract promises to work under (DESIGN.md, Security), exactly as written
 * there: nothing is allowed that the elements should not need.
 */
export const hardeningCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function numberParam(url, name, fallback, max) {
  const value = Number(url.searchParams.get(name) ?? fallback);
  return Number.isFinite(value) && value >= 0 ? Math.min(value, max) : fallback;
}

/** Resolves once the client has gone (aborted fetch, removed image, closed page). */
function clientGone(context) {
  return new Promise((resolve) => {
    if (context.req.destroyed || context.res.destroyed) resolve();
    context.req.on('close', resolve);
    context.res.on('close', resolve);
  });
}

const article = {
  url: 'https://publisher.example/hardening/article',
  headline: 'A headline that arrived in full',
  description: 'The standfirst.',
  datePublished: '2021-12-02T17:05:00+01:00',
  image: { src: 'img/relative.svg', alt: 'A relative image' },
};

// Hostile JSON posted by a test, served back item by item to `src` attributes. A few batches
// are kept; older ones are dropped so a long run cannot grow the server's memory.
const stored = new Map();
let storedCount = 0;
const MAX_BATCHES = 24;

async function readBody(request, limit) {
  const chunks = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size > limit) throw new Error(`body larger than ${limit} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Writes a raw response, bypassing Koa (which would buffer it whole). */
function raw(context, status, headers) {
  context.respond = false;
  context.res.writeHead(status, headers);
  return context.res;
}

const routes = {
  /** Half of a JSON body, then the connection is destroyed: a server crash or a dropped link. */
  async 'midbody.json'(context) {
    const body = Buffer.from(JSON.stringify(article));
    const res = raw(context, 200, {
      'content-type': 'application/json',
      'content-length': String(body.length),
      'access-control-allow-origin': '*',
      'cache-control': 'no-store',
    });
    res.write(body.subarray(0, Math.floor(body.length / 2)));
    await sleep(50);
    context.req.socket.destroy();
  },

  /** A valid JSON body sent one byte every `interval` ms: finishes long after any sane timeout. */
  async 'trickle.json'(context, url) {
    const interval = numberParam(url, 'interval', 250, 5000);
    const body = Buffer.from(JSON.stringify(article));
    const res = raw(context, 200, {
      'content-type': 'application/json',
      'access-control-allow-origin': '*',
      'cache-control': 'no-store',
    });
    let gone = false;
    void clientGone(context).then(() => (gone = true));
    const deadline = Date.now() + 20_000;
    for (let i = 0; i < body.length && !gone && Date.now() < deadline; i++) {
      res.write(body.subarray(i, i + 1));
      await sleep(interval);
    }
    if (!gone) res.end();
  },

  /** A redirect to `to` (any string, also `javascript:`), with status `status` (default 302). */
  redirect(context, url) {
    const status = numberParam(url, 'status', 302, 399);
    const to = url.searchParams.get('to') ?? '/hardening/article.json';
    const res = raw(context, status >= 300 ? status : 302, {
      location: to,
      'access-control-allow-origin': '*',
      'cache-control': 'no-store',
    });
    res.end();
  },

  /**
   * Any status code with a JSON (or `type`) body: `?code=410&type=text/html&body=…`. Written
   * straight to the response, as the dev server turns a 4xx/5xx from a plugin's serve() into 200.
   */
  status(context, url) {
    const code = numberParam(url, 'code', 200, 599);
    const res = raw(context, code >= 200 ? code : 200, {
      'content-type': url.searchParams.get('type') ?? 'application/json',
      'access-control-allow-origin': '*',
      'cache-control': 'no-store',
    });
    res.end(url.searchParams.get('body') ?? '{}');
  },

  /** A redirect to itself: browsers give up after 20 hops. */
  loop(context) {
    raw(context, 302, {
      location: '/hardening/loop',
      'access-control-allow-origin': '*',
      'cache-control': 'no-store',
    }).end();
  },

  /** Our article shape, with a relative image URL (resolves against the final URL). */
  'article.json'(context) {
    context.set('access-control-allow-origin', '*');
    context.type = 'application/json';
    context.body = JSON.stringify(article);
  },

  /** A list of stories, with relative URLs. */
  'stories.json'(context) {
    context.set('access-control-allow-origin', '*');
    context.type = 'application/json';
    context.body = JSON.stringify({
      stories: [
        { url: 'story-1', headline: 'First related story', image: { src: 'img/one.svg', alt: '' } },
        { url: 'story-2', headline: 'Second related story' },
      ],
    });
  },

  /** Valid JSON without `Access-Control-Allow-Origin`: readable from this origin only. */
  'nocors.json'(context) {
    context.type = 'application/json';
    context.body = JSON.stringify(article);
  },

  /** An image request that is never answered (until the client goes, or 30 s). */
  async 'hang.png'(context) {
    await Promise.race([clientGone(context), sleep(30_000)]);
    context.status = 404;
    context.body = '';
  },

  /** A small valid SVG, for the images relative URLs point at. */
  'image.svg'(context) {
    context.type = 'image/svg+xml';
    context.body =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 9"><rect width="16" height="9" fill="#456"/></svg>';
  },

  /** POST a JSON array; answers `{ id }`. Its items are then at `/hardening/stored/<id>/<index>`. */
  async store(context) {
    if (context.method !== 'POST') {
      context.status = 405;
      return;
    }
    const text = await readBody(context.req, 200_000_000);
    const items = JSON.parse(text);
    if (!Array.isArray(items)) {
      context.status = 400;
      context.body = 'expected an array';
      return;
    }
    const id = String(++storedCount);
    stored.set(
      id,
      items.map((item) => JSON.stringify(item)),
    );
    while (stored.size > MAX_BATCHES) stored.delete(stored.keys().next().value);
    context.type = 'application/json';
    context.body = JSON.stringify({ id, count: items.length });
  },
};

async function storedItem(context, path) {
  const [, id, index] = /^\/hardening\/stored\/(\d+)\/(\d+)$/.exec(path) ?? [];
  const body = id === undefined ? undefined : stored.get(id)?.[Number(index)];
  context.set('access-control-allow-origin', '*');
  context.set('cache-control', 'no-store');
  if (body === undefined) {
    context.status = 404;
    context.body = 'no such item';
    return;
  }
  context.type = 'application/json';
  context.body = body;
}

/**
 * A page of server-rendered elements (the HTML test/ssr/make-fixtures.ts writes with
 * article-widgets/ssr.js) under the strict CSP: what a publisher using the SSR entry serves.
 * `?styles=` picks how the shadow roots get their styles, and the policy to go with it:
 * `inline` (the default `<style>`, under the contract's policy as is), `linked` (`<link>`s to
 * the stylesheet files, same policy), `nonce` (the policy plus the fixtures' nonce) or
 * `hashes` (inline styles, the policy plus their hashes). `?csp=off` serves no policy.
 */
async function serverRenderedPage(context) {
  const names = ['card', 'photo', 'related', 'share', 'copy-button'];
  const styles = ['linked', 'nonce', 'hashes'].includes(context.query.styles) ? context.query.styles : 'inline';
  const suffix = styles === 'linked' || styles === 'nonce' ? `.${styles}` : '';
  const fixtures = new URL('../ssr/fixtures/', import.meta.url);
  const parts = await Promise.all(names.map((name) => readFile(new URL(`${name}${suffix}.html`, fixtures), 'utf8')));
  let styleSrc = "style-src 'self'";
  if (styles === 'nonce') {
    const nonce = /<style nonce="([^"]+)">/.exec(parts[0])?.[1];
    styleSrc += ` 'nonce-${nonce}'`;
  } else if (styles === 'hashes') {
    styleSrc += ` ${(await readFile(new URL('styles/hashes.txt', fixtures), 'utf8')).trim()}`;
  }
  context.type = 'html';
  context.set('Cache-Control', 'no-store');
  if (context.query.csp !== 'off') {
    context.set('Content-Security-Policy', hardeningCsp.replace("style-src 'self'", styleSrc));
  }
  // The listener is a classic script, run before the body is parsed: violations of the
  // declarative shadow roots' styles are reported while the parser meets them, before any
  // module script runs.
  context.body = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Server-rendered elements under the strict CSP (${styles} styles)</title>
    <script src="/test/security/pages/csp-listen.ts"></script>
    <script type="module" src="/test/security/pages/ssr-page.ts"></script>
  </head>
  <body>
${parts.map((html, index) => `    <section id="ssr-${names[index]}">${html}</section>`).join('\n')}
  </body>
</html>`;
}

/**
 * Koa middleware: the `/hardening/…` routes, the strict CSP on `/test/security/pages/*.html`
 * (unless `?csp=off`),
 * and `Access-Control-Allow-Origin` on everything under `/hardening/` except `nocors.json`.
 */
export async function hardeningMiddleware(context, next) {
  const { path } = context;
  try {
    decodeURIComponent(path);
  } catch {
    // A hostile relative URL (`%%30%30`) fetched from a test page: refused here, quietly,
    // rather than by the static file server, which logs a stack trace for each.
    context.status = 400;
    context.body = 'malformed URL';
    return undefined;
  }
  if (path === '/test/security/pages/ssr.html') return serverRenderedPage(context);
  if (path.startsWith('/test/security/pages/') && path.endsWith('.html')) {
    // `?csp=off` serves the same page without the policy, to tell its effects from others.
    if (context.query.csp !== 'off') context.set('Content-Security-Policy', hardeningCsp);
    context.set('Cache-Control', 'no-store');
    return next();
  }
  if (!path.startsWith('/hardening/')) return next();
  const url = new URL(context.url, 'http://localhost');
  if (path.startsWith('/hardening/stored/')) return storedItem(context, path);
  if (path.startsWith('/hardening/img/')) return routes['image.svg'](context, url);
  const route = routes[path.slice('/hardening/'.length)];
  if (route !== undefined) return route(context, url);
  return next();
}

// ---------------------------------------------------------------------------
// The elements as self-contained bundles made in memory (no dist/ needed), in the shapes of
// dist/: `/hardening/bundle.js`, like dist/article-widgets.js (every element, Lit inside), and
// `/hardening/autoloader.js` with its chunks, like dist/autoloader.js. `?copy=N` makes distinct
// module instances, so two copies on one page are two copies of Lit and of every element class.

let buildPromise;

async function buildBundles() {
  const { build } = await import('esbuild');
  const components = ['photo', 'article-card', 'copy-button', 'share-button', 'related-stories'];
  const common = {
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    tsconfig: `${repoRoot}tsconfig.json`,
    logLevel: 'silent',
    // As in dist/ (rollup.config.mjs): copies of Lit share one Trusted Types policy. esbuild
    // cannot tell which files hold Lit, so every file starts with it here.
    banner: { js: litPolicyPrelude },
  };
  const contents = [
    "export * from './src/index.ts';",
    ...components.map((name) => `import './src/components/${name}/${name}.ts';`),
  ].join('\n');
  const [bundle, autoloader] = await Promise.all([
    build({ ...common, stdin: { contents, resolveDir: repoRoot, loader: 'ts', sourcefile: 'hardening-bundle.ts' } }),
    build({
      ...common,
      entryPoints: { autoloader: `${repoRoot}src/autoloader.ts` },
      splitting: true,
      outdir: '/hardening',
      chunkNames: 'chunks/[name]-[hash]',
    }),
  ]);
  const files = new Map([['/hardening/bundle.js', bundle.outputFiles[0].text]]);
  for (const file of autoloader.outputFiles) files.set(file.path, file.text);
  return files;
}

/** @type {import('@web/dev-server-core').Plugin} */
const bundlePlugin = {
  name: 'aw-hardening-bundle',
  async serve(context) {
    if (
      context.path !== '/hardening/bundle.js' &&
      !context.path.startsWith('/hardening/autoloader') &&
      !context.path.startsWith('/hardening/chunks/')
    ) {
      return undefined;
    }
    buildPromise ??= buildBundles().catch((error) => {
      buildPromise = undefined;
      throw error;
    });
    const body = (await buildPromise).get(context.path);
    if (body === undefined) return { status: 404, body: 'no such bundle file' };
    return { body, type: 'js', headers: { 'cache-control': 'no-store' } };
  },
};

export const hardeningPlugins = [bundlePlugin];
