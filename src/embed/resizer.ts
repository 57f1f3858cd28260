/**
 * The optional resizer for iframe embeds (`dist/embed-resizer.js`): gives each embed frame
 * its content's height. It accepts a height only from the frame's own window, carrying the
 * secret written in that frame's `src` fragment, and clamps it, so no other frame or script
 * on the page can resize an embed to something absurd.
 */
const messageType = 'aw-embed-height';
const minimumHeight = 80;
const maximumHeight = 4000;

interface HeightMessage {
  type: string;
  height: number;
  secret: string;
}

function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  return message.type === messageType && typeof message.height === 'number' && typeof message.secret === 'string';
}

function secretOf(frame: HTMLIFrameElement): string | undefined {
  try {
    const hash = new URL(frame.src, document.baseURI).hash;
    return new URLSearchParams(hash.slice(1)).get('aw-secret') ?? undefined;
  } catch {
    return undefined;
  }
}

function onMessage(event: MessageEvent): void {
  if (!isHeightMessage(event.data) || !Number.isFinite(event.data.height)) return;
  for (const frame of Array.from(document.querySelectorAll<HTMLIFrameElement>('iframe[data-aw-embed]'))) {
    if (frame.contentWindow === null || event.source !== frame.contentWindow) continue;
    const secret = secretOf(frame);
    if (!secret || secret !== event.data.secret) return;
    const height = Math.min(Math.max(Math.round(event.data.height), minimumHeight), maximumHeight);
    frame.style.height = `${height}px`;
    return;
  }
}

const marker = Symbol.for('article-widgets.embed-resizer');
const global = globalThis as { [marker]?: boolean };
if (typeof window !== 'undefined' && !global[marker]) {
  global[marker] = true;
  window.addEventListener('message', onMessage);
}
