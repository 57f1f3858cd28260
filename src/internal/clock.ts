import type { ReactiveController, ReactiveControllerHost, ReactiveElement } from 'lit';
import { hydrates } from './server-root.js';

/**
 * One timer for every relative time on the page ("2 hours ago"). Each subscribed element says
 * when its text next changes; the clock sleeps until the earliest of those moments and then
 * asks only the elements that are due to update. With no subscriber there is no timer at all.
 */
const subscribers = new Set<RelativeTimeController>();
let timer: ReturnType<typeof setTimeout> | undefined;
let timerDue = Infinity;

// Never wake more often than this, whatever the texts ask for: seconds are not shown.
const minimumDelay = 10_000;
// Browsers clamp longer timeouts to 1 ms (the delay is a signed 32-bit integer).
const maximumDelay = 2 ** 31 - 1;

/**
 * Arms the timer for `due` when that is sooner than the pending one. Called after every host
 * update, so it must not walk the subscribers (a page of 500 cards would make that quadratic):
 * a later or cancelled due time leaves the timer as it is, and `tick` works out the next one.
 */
function schedule(due: number | undefined): void {
  if (due === undefined || due >= timerDue) return;
  if (timer !== undefined) clearTimeout(timer);
  timerDue = due;
  const delay = Math.min(Math.max(due - Date.now(), minimumDelay), maximumDelay);
  timer = setTimeout(tick, delay);
}

function stop(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  timerDue = Infinity;
}

function tick(): void {
  timer = undefined;
  timerDue = Infinity;
  const now = Date.now();
  let earliest = Infinity;
  for (const subscriber of subscribers) {
    const due = subscriber.due;
    if (due === undefined) continue;
    if (due <= now + 500) {
      subscriber.due = undefined;
      subscriber.host.requestUpdate();
    } else if (due < earliest) {
      earliest = due;
    }
  }
  // The hosts asked to update schedule their own next change from hostUpdated.
  schedule(earliest);
}

function dueFrom(delay: number | undefined): number | undefined {
  return delay === undefined ? undefined : Date.now() + Math.max(delay, 0);
}

/**
 * Keeps an element's relative times true on a page left open. The host sets `nextChange` when
 * it renders: the milliseconds until the shown text would change (undefined when it shows no
 * relative time); the controller reads it after every update of the host.
 */
export class RelativeTimeController implements ReactiveController {
  /** Milliseconds until the host's shown times change, as of its last render; undefined: never. */
  nextChange: number | undefined;

  /**
   * True during the first update of a server-rendered host that Lit hydrates (one that already
   * had its declarative shadow root when it was made, on a page that loaded
   * `article-widgets/hydrate.js`): times render as the server wrote them (absolute, UTC) so
   * hydration adopts the same text, then switch to the reader's relative or local time in the
   * next update, inside the same `<time>` nodes. Without hydration the element renders nodes of
   * its own over the server's (see `serverRenderRoot`), with the reader's times at once: one
   * update, and no time zone names to load.
   */
  hydrating: boolean;

  /**
   * When the host is next due to update, as a timestamp; undefined: never (most cards of a
   * page, whose dates are older than a day: no number of its own in each).
   */
  due: number | undefined = undefined;

  readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    this.hydrating =
      ((host as Partial<Element>).shadowRoot ?? null) !== null && hydrates(host as unknown as ReactiveElement);
    host.addController(this);
  }

  hostConnected(): void {
    subscribers.add(this);
    // An element moved in the page connects again without updating: keep its next change.
    schedule(this.due);
  }

  hostUpdated(): void {
    if (this.hydrating) {
      this.hydrating = false;
      this.host.requestUpdate();
    }
    if (!subscribers.has(this)) return;
    this.due = dueFrom(this.nextChange);
    schedule(this.due);
  }

  hostDisconnected(): void {
    subscribers.delete(this);
    // Other subscribers' due times stand; a timer that was only this one's wakes once for nothing.
    if (subscribers.size === 0) stop();
  }
}

/** How many elements the shared clock is serving; for tests and leak checks. */
export function clockSubscriberCount(): number {
  return subscribers.size;
}

/** Whether the shared clock has a timer pending; for tests and leak checks. */
export function clockIsRunning(): boolean {
  return timer !== undefined;
}
