/**
 * Impressions: an element counts as seen once at least half of it has been on screen for one
 * continuous second (the viewability rule advertisers use for display items). A page may hold
 * many lists of stories, so one IntersectionObserver serves all of them; each watched element
 * has its own timer that starts when it becomes at least half visible and is cancelled when it
 * drops below half, or when the page is hidden (a background tab is not seen by anyone).
 */

/** The share of an element that must be on screen. */
export const impressionThreshold = 0.5;
/** How long, in milliseconds, it must stay there without interruption. */
export const impressionDelay = 1000;

interface Watch {
  onImpression: () => void;
  inView: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
}

const watches = new Map<Element, Watch>();
let observer: IntersectionObserver | undefined;

function onIntersection(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) {
    const watch = watches.get(entry.target);
    if (watch === undefined) continue;
    // The first entry after observe() reports the current ratio, which may be below the
    // threshold; later entries come only when the ratio crosses it in either direction.
    watch.inView = entry.isIntersecting && entry.intersectionRatio >= impressionThreshold;
    restartOrCancel(entry.target, watch);
  }
}

function onVisibilityChange(): void {
  for (const [element, watch] of watches) restartOrCancel(element, watch);
}

function restartOrCancel(element: Element, watch: Watch): void {
  const counting = watch.inView && document.visibilityState !== 'hidden';
  if (counting && watch.timer === undefined) {
    watch.timer = setTimeout(() => {
      watch.timer = undefined;
      if (watches.get(element) !== watch) return;
      unwatch(element, watch);
      watch.onImpression();
    }, impressionDelay);
  } else if (!counting && watch.timer !== undefined) {
    clearTimeout(watch.timer);
    watch.timer = undefined;
  }
}

function unwatch(element: Element, watch: Watch): void {
  if (watches.get(element) !== watch) return;
  if (watch.timer !== undefined) clearTimeout(watch.timer);
  watch.timer = undefined;
  watches.delete(element);
  observer?.unobserve(element);
  if (watches.size === 0) {
    // Nothing left to watch: leave no observer or listener behind.
    observer?.disconnect();
    observer = undefined;
    document.removeEventListener('visibilitychange', onVisibilityChange);
  }
}

/**
 * Calls `onImpression` once, the first time at least half of `element` has been visible for a
 * continuous second, then stops watching it. Returns a function that stops watching earlier
 * (call it when the element is removed or no longer needs counting). Watching an element again
 * replaces the earlier watch. Where IntersectionObserver is missing (Node, very old browsers)
 * nothing is ever reported.
 */
export function watchImpression(element: Element, onImpression: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined' || typeof document === 'undefined') return () => {};
  const previous = watches.get(element);
  if (previous !== undefined) unwatch(element, previous);
  if (observer === undefined) {
    observer = new IntersectionObserver(onIntersection, { threshold: impressionThreshold });
    document.addEventListener('visibilitychange', onVisibilityChange);
  }
  const watch: Watch = { onImpression, inView: false, timer: undefined };
  watches.set(element, watch);
  observer.observe(element);
  return () => unwatch(element, watch);
}

/** How many elements are being watched on this page; for tests and leak checks. */
export function impressionWatchCount(): number {
  return watches.size;
}

/** Whether `element`'s one-second timer is running (it is at least half visible); for tests. */
export function isCountingImpression(element: Element): boolean {
  return watches.get(element)?.timer !== undefined;
}
