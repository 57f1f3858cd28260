import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/article-card/article-card.js';
import '../../src/components/related-stories/related-stories.js';
import { countFor, hostileInputs, type HostileInput } from '../../bench/hostile-corpus.js';
import { clickCenter } from '../helpers/copy-share.js';
import { allowPageErrors } from '../helpers/no-page-errors.js';

/**
 * The hostile corpus of issue 16 (bench/hostile-corpus.ts, each input about 1 MB) through
 * `<aw-article-card src>` and `<aw-related-stories src>`: the element ends with its data or its
 * fallback (an aw-load or aw-error event), and the page stays responsive meanwhile.
 *
 * Responsiveness is measured, not slept for: a heartbeat of message-channel tasks records the
 * longest stretch the main thread could not run a task (a click's handler included) while the
 * element fetches, reads and renders its data; a real click on a button elsewhere on the page
 * is answered within the same budget. The budget, 1 s, is generous for a busy 2-core machine
 * and three engines (the slowest input takes about 0.1 s in Chromium); before the readers were
 * made linear the worst inputs blocked the page for 30 s and more.
 *
 * The elements sit in a container that is not displayed: the corpus names photos on hosts this
 * machine cannot reach, and a lazy image that is not rendered is never requested.
 */

const BUDGET_MS = 1000;
const BYTES = 1_000_000;

const types: Record<HostileInput['kind'], string> = {
  article: 'application/json',
  stories: 'application/json',
  page: 'text/html; charset=utf-8',
};

/** Puts the input on the test server's echo route; its URL. */
async function serve(input: HostileInput): Promise<string> {
  const id = input.name.replace(/[^a-z0-9]+/gi, '-');
  const response = await fetch(`/echo/${id}`, {
    method: 'PUT',
    headers: { 'content-type': types[input.kind] },
    body: input.make(countFor(input, BYTES)),
  });
  expect(response.status).to.equal(204);
  return `/echo/${id}`;
}

/** The longest gap between tasks of a heartbeat that runs until `stop` is called. */
function heartbeat(): { stop(): number } {
  const channel = new MessageChannel();
  let last = performance.now();
  let longest = 0;
  let running = true;
  channel.port1.onmessage = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) channel.port2.postMessage(null);
  };
  channel.port2.postMessage(null);
  return {
    stop() {
      running = false;
      channel.port1.close();
      return Math.max(longest, performance.now() - last);
    },
  };
}

describe('hostile src: the page stays responsive', function () {
  // Fetching and reading a megabyte takes a few seconds on a busy machine: what is measured is
  // the longest task, not the time to the end.
  this.timeout(80_000);
  let stage: HTMLElement;
  let button: HTMLButtonElement;
  let clickDelays: number[];

  beforeEach(async () => {
    // A src whose data the element refuses ends in its fallback and an aw-error event, not in a page error.
    allowPageErrors(() => false);
    const page = await fixture<HTMLElement>(
      html`<div lang="en">
        <button type="button">Elsewhere</button>
        <div class="stage" style="display: none"></div>
      </div>`,
    );
    stage = page.querySelector('.stage')!;
    button = page.querySelector('button')!;
    clickDelays = [];
    // How long a click waited for the main thread: from the input event's creation to its handler.
    button.addEventListener('click', (event) => clickDelays.push(performance.now() - event.timeStamp));
  });

  /**
   * One load of `src` into a new element, with a click on the button elsewhere meanwhile: the
   * longest main-thread stall and how long the click waited. The element must end with its data
   * or its fallback (an aw-load or aw-error event, and something shown), never nothing.
   */
  async function load(src: string, tag: 'aw-article-card' | 'aw-related-stories') {
    const element = document.createElement(tag);
    element.innerHTML =
      tag === 'aw-article-card'
        ? '<a href="/fallback">Fallback</a>'
        : '<ul><li><a href="/fallback">Fallback</a></li></ul>';
    const events: string[] = [];
    for (const type of ['aw-load', 'aw-error']) element.addEventListener(type, () => events.push(type));
    clickDelays = [];

    const beat = heartbeat();
    element.setAttribute('src', src);
    stage.append(element);
    const click = clickCenter(button);
    await waitUntil(() => events.length > 0, 'no aw-load or aw-error', { timeout: 35_000 });
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await click;
    const longest = beat.stop();

    expect(clickDelays.length).to.equal(1);
    const root = element.shadowRoot!;
    const shows = root.querySelector('[part="link"]') !== null || root.querySelector('slot') !== null;
    expect(shows, events.join(' ')).to.equal(true);
    element.remove();
    return { longest, clickDelay: clickDelays[0]! };
  }

  for (const input of hostileInputs) {
    for (const tag of ['aw-article-card', 'aw-related-stories'] as const) {
      it(`${input.name} through <${tag} src>`, async () => {
        const src = await serve(input);
        // Best of two loads: the measure takes the longest stall of the main thread, and a
        // garbage collection or the OS may stall a busy 2-core machine for a second on its own.
        // Work that grows with the input stalls every load alike (before the readers were made
        // linear: 30 s and more), so the better of two still finds it.
        let best = await load(src, tag);
        if (best.longest >= BUDGET_MS || best.clickDelay >= BUDGET_MS) {
          const again = await load(src, tag);
          if (Math.max(again.longest, again.clickDelay) < Math.max(best.longest, best.clickDelay)) best = again;
        }
        expect(best.longest, `the longest task, in ms`).to.be.below(BUDGET_MS);
        expect(best.clickDelay, 'the click waited, in ms').to.be.below(BUDGET_MS);
      });
    }
  }
});
