/**
 * The script of `dist/embed.html`, the page an iframe embed shows: one card from `?src=`,
 * with `layout`, `theme` and `lang` from the query, links opening in the partner's top window,
 * and its height posted to the partner page for the optional resizer.
 *
 * The height message carries the secret from the URL fragment (`#aw-secret=…`): the resizer
 * on the partner page knows it from the iframe's `src`, so other frames cannot forge heights.
 */
import '../components/article-card/article-card.js';
import { safeUrl } from '../data/url.js';
import { resolveLang } from '../i18n/lang.js';
import { messagesFor, messagesReady } from '../i18n/messages.js';

export const heightMessageType = 'aw-embed-height';

const layouts = new Set(['stack', 'row', 'compact', 'overlay']);
const themes = new Set(['auto', 'light', 'dark']);

function secretFromFragment(hash: string): string | undefined {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('aw-secret');
  return value && /^[A-Za-z0-9_-]{8,128}$/.test(value) ? value : undefined;
}

function showMessage(main: HTMLElement, text: string): void {
  const paragraph = document.createElement('p');
  paragraph.className = 'aw-embed-message';
  paragraph.textContent = text;
  main.replaceChildren(paragraph);
}

function postHeight(secret: string): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  window.parent.postMessage({ type: heightMessageType, height, secret }, '*');
}

function start(): void {
  const main = document.getElementById('aw-embed');
  if (!main) return;
  const params = new URLSearchParams(location.search);
  const lang = resolveLang(params.get('lang'));
  document.documentElement.lang = lang;
  const src = safeUrl(params.get('src'), { kind: 'link', base: location.href });
  if (!src) {
    // Other languages' strings load on demand, as the card's do (English is inline).
    const ready = messagesReady(lang);
    if (ready === undefined) showMessage(main, messagesFor(lang).unavailable);
    else void ready.then(() => showMessage(main, messagesFor(lang).unavailable));
  } else {
    const card = document.createElement('aw-article-card');
    card.setAttribute('src', src);
    card.setAttribute('target', '_top');
    const layout = params.get('layout');
    if (layout && layouts.has(layout)) card.setAttribute('layout', layout);
    const theme = params.get('theme');
    if (theme && themes.has(theme)) card.setAttribute('theme', theme);
    if (params.get('lang')) card.setAttribute('lang', lang);
    // The fallback until the data arrives: a plain link to the article's JSON is no use to
    // a reader, so the card's skeleton shows instead.
    main.replaceChildren(card);
  }

  const secret = secretFromFragment(location.hash);
  if (secret && window.parent !== window) {
    new ResizeObserver(() => postHeight(secret)).observe(document.documentElement);
    postHeight(secret);
  }
}

start();
