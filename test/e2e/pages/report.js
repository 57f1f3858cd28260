// Runs inside partner pages (another origin than the test): waits until the page has done
// its work and posts a report to the test page, which cannot look inside a cross-origin frame.
const violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective} ${event.blockedURI}`);
});

function scripts() {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.endsWith('.js'));
}

/** When each script was asked for and when it had arrived, in ms since navigation. */
function timings() {
  return performance
    .getEntriesByType('resource')
    .filter((entry) => entry.name.endsWith('.js'))
    .map((entry) => ({ name: entry.name, startTime: entry.startTime, responseEnd: entry.responseEnd }));
}

function report(data) {
  window.parent.postMessage(
    { type: 'aw-e2e-report', page: location.pathname, violations, scripts: scripts(), timings: timings(), ...data },
    '*',
  );
}

function cardState(card) {
  const root = card.shadowRoot;
  const link = root?.querySelector('[part~="link"]');
  const slot = root?.querySelector('slot:not([name])');
  const fallback = card.querySelector('a');
  return {
    headline: link?.textContent?.trim() ?? null,
    href: link?.getAttribute('href') ?? null,
    text: root?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    fallbackVisible: Boolean(
      fallback && slot && fallback.assignedSlot === slot && fallback.getClientRects().length > 0,
    ),
  };
}

const cards = [...document.querySelectorAll('aw-article-card')];
if (cards.length > 0) {
  const settled = cards.map(
    (card) =>
      new Promise((resolve) => {
        card.addEventListener('aw-load', () => resolve({ event: 'aw-load' }), { once: true });
        card.addEventListener(
          'aw-error',
          (event) =>
            resolve({
              event: 'aw-error',
              error: String(event.detail.error?.message ?? event.detail.error),
              status: event.detail.error?.status ?? null,
            }),
          { once: true },
        );
      }),
  );
  Promise.all(settled).then(async (results) => {
    await Promise.all(cards.map((card) => card.updateComplete));
    report({ cards: cards.map((card, index) => ({ id: card.id, ...results[index], ...cardState(card) })) });
  });
}

const frames = [...document.querySelectorAll('iframe[data-aw-embed]')];
if (frames.length > 0) {
  // The resizer sets the height once the embed page has rendered and measured its card. The
  // observer's first callback gives the size before that.
  let initial;
  const observer = new ResizeObserver(() => {
    const heights = frames.map((frame) => frame.getBoundingClientRect().height);
    if (initial === undefined) {
      initial = heights;
      return;
    }
    // The embed page posts as it renders: first an empty page (clamped to the minimum), then
    // the card. Report once every frame holds more than an empty page would.
    if (heights.every((height, index) => height !== initial[index] && height > 200)) {
      observer.disconnect();
      report({ initial, heights });
    }
  });
  for (const frame of frames) observer.observe(frame);
}
