// For the demo server (Node, not a browser module): the CSP its pages are served with, and
// what it answers besides its files, the two states of <aw-article-card> a static server
// cannot produce. Used by scripts/screenshots.mjs and scripts/lighthouse.mjs (and meant for
// scripts/start.mjs) as `serve({ routes: demoRoutes, headers })`.
//   /demo/section.html  the section front, rendered on the server for each request (section.mjs)
//   /demo/styles/*.css  the elements' stylesheets its cards link to
//   /demo/api/slow  answers nothing until the page goes away (at most ten minutes): "loading"
//   /demo/api/gone  answers 410 Gone: "This article is no longer available"

import { sectionFront, sectionStylesheet } from './section.mjs';

/**
 * The Content-Security-Policy the demo pages work under: a publisher's strictest (no inline
 * script or style, Trusted Types enforced with Lit's policy).
 */
export const demoCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const TEN_MINUTES = 10 * 60 * 1000;

/**
 * @param {URL} url
 * @param {import('node:http').IncomingMessage} request
 */
export async function demoRoutes(url, request) {
  if (url.pathname === '/demo/section.html') {
    // The page's own URL, as the reader asked for it: relative URLs in the data resolve against it.
    const page = new URL(url.pathname, `http://${request.headers.host ?? 'localhost'}`);
    return { type: 'text/html; charset=utf-8', body: await sectionFront(page.href) };
  }
  if (url.pathname.startsWith('/demo/styles/')) {
    const css = await sectionStylesheet(url.pathname.slice('/demo/styles/'.length));
    if (css !== undefined) return { type: 'text/css; charset=utf-8', body: css };
  }
  if (url.pathname === '/demo/api/gone') {
    return { status: 410, type: 'application/json; charset=utf-8', body: '{"error":"This article was withdrawn."}\n' };
  }
  if (url.pathname === '/demo/api/slow') {
    // The socket, not the request: a request without a body ends (and closes) as soon as it is read.
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, TEN_MINUTES);
      request.socket.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    return { status: 504, type: 'application/json; charset=utf-8', body: '{"error":"Nothing came."}\n' };
  }
  return undefined;
}
