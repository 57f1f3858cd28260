#!/usr/bin/env node
// npm start: build, make the demo pictures, and serve the demo (publisher pages on one
// origin, the partner page on a second origin) until Ctrl+C.
import { execFileSync } from 'node:child_process';
import { serve } from './serve.mjs';

const port = Number(process.env.PORT ?? 8000);
const partnerPort = Number(process.env.PARTNER_PORT ?? port + 1);
if (!process.argv.includes('--no-build')) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
execFileSync(process.execPath, ['scripts/demo-images.mjs'], { stdio: 'inherit' });

const publisherCors = (path) =>
  path.startsWith('/demo/api/') || path.startsWith('/dist/') || path.endsWith('.json') || path.endsWith('.jsonld')
    ? { 'access-control-allow-origin': '*', 'cache-control': 'no-cache' }
    : {};

await serve({ root: '.', port, host: '127.0.0.1', headers: publisherCors });
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
await serve({
  root: 'demo/partner',
  port: partnerPort,
  host: '127.0.0.1',
  headers: (path) => (path.endsWith('.html') || path.endsWith('/') ? { 'content-security-policy': partnerCsp } : {}),
});

console.log(`\nDemo:         http://127.0.0.1:${port}/demo/`);
console.log(`Partner site: http://127.0.0.1:${partnerPort}/  (a second origin)`);
console.log('Press Ctrl+C to stop.');
