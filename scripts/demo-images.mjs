#!/usr/bin/env node
// Makes the demo's pictures: plain SVG illustrations drawn here, so the demo needs no
// network and holds no photograph anyone owns. Written to demo/images/ (git-ignored).
import { mkdirSync, writeFileSync } from 'node:fs';

const pictures = {
  'blinken-lavrov-stockholm': { width: 1200, height: 675, from: '#264653', to: '#2a9d8f', shapes: 'people' },
  'biden-putin': { width: 800, height: 450, from: '#3d405b', to: '#81b29a', shapes: 'people' },
  warplane: { width: 800, height: 450, from: '#1d3557', to: '#a8dadc', shapes: 'plane' },
  'gps-jamming': { width: 800, height: 450, from: '#22223b', to: '#9a8c98', shapes: 'waves' },
  logo: { width: 240, height: 60, from: '#0b57d0', to: '#0b57d0', shapes: 'logo' },
};

function shapes(kind, width, height) {
  if (kind === 'people') {
    const figure = (x, scale) =>
      `<g fill="rgba(255,255,255,.78)" transform="translate(${x} ${height * 0.32}) scale(${scale})">` +
      `<circle cx="0" cy="0" r="60"/><path d="M-110 330 q0-210 110-210 q110 0 110 210z"/></g>`;
    return (
      figure(width * 0.36, height / 675) +
      figure(width * 0.64, height / 675) +
      `<rect x="0" y="${height * 0.82}" width="${width}" height="${height * 0.18}" fill="rgba(0,0,0,.18)"/>`
    );
  }
  if (kind === 'plane') {
    return (
      `<g fill="rgba(255,255,255,.85)" transform="translate(${width / 2} ${height / 2}) rotate(-12)">` +
      `<path d="M-220 0 L160 -18 L220 0 L160 18 Z"/><path d="M-20 -12 L-90 -150 L-50 -150 L60 -12Z"/>` +
      `<path d="M-20 12 L-90 150 L-50 150 L60 12Z"/><path d="M-200 -6 L-240 -70 L-215 -70 L-170 -6Z"/></g>`
    );
  }
  if (kind === 'waves') {
    let rings = '';
    for (let i = 1; i <= 6; i += 1) {
      rings += `<circle cx="${width / 2}" cy="${height / 2}" r="${i * 45}" fill="none" stroke="rgba(255,255,255,${0.75 - i * 0.1})" stroke-width="6"/>`;
    }
    return rings;
  }
  return `<text x="20" y="40" font-family="sans-serif" font-size="30" font-weight="700" fill="#fff">Publisher</text>`;
}

mkdirSync('demo/images', { recursive: true });
for (const [name, p] of Object.entries(pictures)) {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${p.width}" height="${p.height}" viewBox="0 0 ${p.width} ${p.height}">` +
    `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${p.from}"/><stop offset="1" stop-color="${p.to}"/></linearGradient></defs>` +
    `<rect width="100%" height="100%" fill="url(#g)"/>${shapes(p.shapes, p.width, p.height)}</svg>\n`;
  writeFileSync(`demo/images/${name}.svg`, svg);
}
console.log(`demo images: ${Object.keys(pictures).length} written to demo/images/`);
