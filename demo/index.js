// The partner page is served on a second origin, the next port up (see scripts/start.mjs).
const link = document.getElementById('partner-link');
if (link && location.port) {
  link.href = `${location.protocol}//${location.hostname}:${Number(location.port) + 1}/`;
}
