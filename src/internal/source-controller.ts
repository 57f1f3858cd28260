import type { ReactiveController, ReactiveElement } from 'lit';
import { settleAfter } from './settle.js';

/**
 * Where an element's data came from, in the order of precedence of DESIGN.md: a property set
 * by code, inline JSON in a child `<script>`, then the `src` URL.
 */
export type DataOrigin = 'property' | 'inline' | 'src';

export type SourceState<T> =
  | { status: 'empty' }
  /** `url` while `src` loads; none while the data's reader loads (see `normalize`). */
  | { status: 'loading'; url?: string }
  | { status: 'ready'; value: T; origin: DataOrigin }
  | { status: 'error'; error: Error; origin: DataOrigin };

/**
 * How an element reads its data. One object per element class, shared by all its instances
 * (a page may hold hundreds): each function gets the host it works for.
 */
export interface SourceOptions<T, H extends ReactiveElement = ReactiveElement> {
  /**
   * Turns a property value or parsed inline JSON into data, or an error naming the problem;
   * a promise of either when the reader for that kind of input has to load first.
   */
  normalize(input: unknown, base: string | undefined, host: H): T | Error | Promise<T | Error>;
  /** Reads inline JSON children of the host: nothing, a value, or a parse error. */
  readInline(host: H): { found: false } | { found: true; value: unknown } | { found: true; error: Error };
  /** Fetches and normalizes `src`; rejects with an Error (never throws synchronously). */
  load(url: string, signal: AbortSignal, host: H): Promise<T>;
  /** Called once per settled state, after the host has rendered it. */
  settled(state: SourceState<T>, host: H): void;
}

/**
 * Resolves an element's data from its property, inline JSON or `src`, and keeps only the
 * newest answer: a `src` response that arrives after a newer `src` or property was set is
 * dropped, and the older request is aborted. Inline JSON added after the element upgraded
 * (the parser may still be adding children) is picked up through a MutationObserver.
 */
export class SourceController<T, H extends ReactiveElement = ReactiveElement> implements ReactiveController {
  state: SourceState<T> = { status: 'empty' };
  /** Set while a property or inline JSON waits for its reader (see `settled`). */
  private pending: Promise<void> | undefined;

  private readonly host: H;
  private readonly options: SourceOptions<T, H>;
  private generation = 0;
  private abort?: AbortController;
  private property: unknown;
  private src: string | undefined;
  private pendingSettle = false;
  private watching = false;

  constructor(host: H, options: SourceOptions<T, H>) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /**
   * For the host's `getUpdateComplete`: runs `complete` again after data that waited for its
   * reader (JSON-LD, the first time on a page) has arrived, so the result describes its render.
   */
  settled(complete: () => Promise<boolean>): Promise<boolean> {
    return settleAfter(complete, () => this.pending);
  }

  hostConnected(): void {
    // Back on the page without a property: watch the inline JSON again. (The first time, the
    // first `sync` decides whether inline JSON matters at all.)
    if (this.generation > 0 && (this.property === undefined || this.property === null)) this.watchInline();
  }

  hostDisconnected(): void {
    // The page's observer keeps its registration on the host (an observer cannot let go of one
    // node); what it reports about a host that is not watching is ignored.
    this.watching = false;
    this.abort?.abort();
    this.abort = undefined;
    // A request aborted by removal must be made again if the element comes back.
    if (this.state.status === 'loading') this.state = { status: 'empty' };
  }

  hostUpdated(): void {
    if (!this.pendingSettle) return;
    this.pendingSettle = false;
    if (this.state.status === 'ready' || this.state.status === 'error') this.options.settled(this.state, this.host);
  }

  /** Call from the host's `willUpdate` with its current property and `src`. */
  sync(property: unknown, src: string | undefined | null): void {
    const nextSrc = src ?? undefined;
    const unchanged = property === this.property && nextSrc === this.src && this.state.status !== 'empty';
    if (unchanged) return;
    this.property = property;
    this.src = nextSrc;
    this.resolve();
  }

  private resolve(): void {
    const generation = ++this.generation;
    this.abort?.abort();
    this.abort = undefined;
    const base = typeof document === 'undefined' ? undefined : document.baseURI;

    if (this.property !== undefined && this.property !== null) {
      this.fromInput(this.property, base, 'property', generation);
      return;
    }
    if (typeof document !== 'undefined') {
      this.watchInline();
      const inline = this.options.readInline(this.host);
      if (inline.found) {
        if ('error' in inline) this.settle({ status: 'error', error: inline.error, origin: 'inline' });
        else this.fromInput(inline.value, base, 'inline', generation);
        return;
      }
    }
    if (this.src && typeof document !== 'undefined' && this.host.isConnected) {
      const url = this.src;
      const controller = new AbortController();
      this.abort = controller;
      this.setState({ status: 'loading', url });
      this.options.load(url, controller.signal, this.host).then(
        (value) => {
          if (generation === this.generation) this.settle({ status: 'ready', value, origin: 'src' });
        },
        (error: unknown) => {
          if (generation !== this.generation || controller.signal.aborted) return;
          this.settle({
            status: 'error',
            error: error instanceof Error ? error : new Error(String(error)),
            origin: 'src',
          });
        },
      );
      return;
    }
    this.setState({ status: 'empty' });
  }

  /**
   * Watches the host's children for inline JSON added or edited later (the parser may still be
   * adding them). Only while no property is set: the property wins, and a page of cards set by
   * code needs no watching.
   */
  private watchInline(): void {
    if (this.watching || !this.host.isConnected || typeof MutationObserver !== 'function') return;
    this.watching = true;
    watched.set(this.host, this);
    // Observing a node again replaces its registration: one per host, however often it comes back.
    inlineObserver ??= new MutationObserver(dispatchInlineChanges);
    inlineObserver.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  /** The page's observer saw the host's inline JSON change. */
  inlineChanged(): void {
    if (this.watching && (this.property === undefined || this.property === null)) this.resolve();
  }

  private fromInput(input: unknown, base: string | undefined, origin: DataOrigin, generation: number): void {
    const result = this.options.normalize(input, base, this.host);
    if (!(result instanceof Promise)) {
      this.settle(toState(result, origin));
      return;
    }
    this.setState({ status: 'loading' });
    const pending = result.then((value) => {
      if (generation === this.generation) this.settle(toState(value, origin));
      if (this.pending === pending) this.pending = undefined;
    });
    this.pending = pending;
  }

  private settle(state: SourceState<T>): void {
    this.setState(state);
    this.pendingSettle = true;
  }

  private setState(state: SourceState<T>): void {
    this.state = state;
    this.pendingSettle = false;
    this.host.requestUpdate();
  }
}

/**
 * One observer for the inline JSON of every element on the page (a page may hold hundreds of
 * cards), and the controller of each element it watches.
 */
let inlineObserver: MutationObserver | undefined;
const watched = new WeakMap<Node, { inlineChanged(): void }>();

/**
 * Hands each change to the controller of the nearest watched element it happened in, found by
 * one walk up from the changed node.
 */
function dispatchInlineChanges(records: MutationRecord[]): void {
  const changed = new Set<{ inlineChanged(): void }>();
  for (const record of records) {
    let child: Node | null = null;
    for (let node: Node | null = record.target; node !== null; child = node, node = node.parentNode) {
      const controller = watched.get(node);
      if (controller === undefined) continue;
      // Only inline data matters here; edits to the fallback markup must not refetch `src`.
      if (touchesInlineScript(record, child)) changed.add(controller);
      break;
    }
  }
  for (const controller of changed) controller.inlineChanged();
}

function toState<T>(value: T | Error, origin: DataOrigin): SourceState<T> {
  return value instanceof Error ? { status: 'error', error: value, origin } : { status: 'ready', value, origin };
}

/**
 * Whether a change added, removed or edited a `<script>` child of the host (where inline JSON
 * lives). `child` is the host's child the change happened in; none for a change to the host's
 * own list of children.
 */
function touchesInlineScript(record: MutationRecord, child: Node | null): boolean {
  // A removed node has no parent any more: its name says whether it was a script.
  if (child === null) {
    return [...record.addedNodes, ...record.removedNodes].some((node) => (node as Element).localName === 'script');
  }
  return (child as Element).localName === 'script';
}
