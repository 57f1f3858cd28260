#!/usr/bin/env node
// npm start: build, make the demo pictures, and serve the demo (publisher pages on one
// origin, the partner page on a second origin) until Ctrl+C.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { demoCsp, demoRoutes } from '../demo/routes.mjs';
import { serve } from './serve.mjs';

const port = Number(process.env.PORT ?? 8000);
const partnerPort = Number(process.env.PARTNER_PORT ?? port + 1);
if (!process.argv.includes('--no-build')) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
execFileSync(process.execPath, ['scripts/demo-images.mjs'], { stdio: 'inherit' });

// The publisher's origin: its pages under the strict CSP, its scripts and JSON readable from
// partner origins.
const publisherHeaders = (path) => {
  if (
    path.startsWith('/demo/api/') ||
    path.startsWith('/dist/') ||
    path.endsWith('.json') ||
    path.endsWith('.jsonld')
  ) {
    return { 'access-control-allow-origin': '*', 'cache-control': 'no-cache' };
  }
  if (path.startsWith('/demo/') && (path.endsWith('.html') || path.endsWith('/')))
    return { 'content-security-policy': demoCsp };
  return {};
};

await serve({ root: '.', port, host: '127.0.0.1', headers: publisherHeaders, routes: demoRoutes });
const partnerCsp = [
  "default-src 'self'",
  `script-src 'self' http://localhost:${port} http://127.0.0.1:${port}`,
  "style-src 'self'",
  `img-src 'self' data: http://localhost:${port} http://127.0.0.1:${port}`,
  `connect-src 'self' http://localhost:${port} http://127.0.0.1:${port}`,
  `frame-src http://localhost:${port} http://127.0.0.1:${port}`,
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');
const partnerPage = async (url) => {
  if (url.pathname !== '/' && url.pathname !== '/index.html') return undefined;
  const template = await readFile('demo/partner/index.html', 'utf8');
  return { type: 'text/html; charset=utf-8', body: template.replaceAll('{{publisher}}', `http://127.0.0.1:${port}`) };
};
await serve({
  root: 'demo/partner',
  routes: partnerPage,
  port: partnerPort,
  host: '127.0.0.1',
  headers: () => ({ 'content-security-policy': partnerCsp }),
});

console.log(`\nDemo:         http://127.0.0.1:${port}/demo/`);
console.log(`Partner site: http://127.0.0.1:${partnerPort}/  (a second origin)`);
console.log('Press Ctrl+C to stop.');
