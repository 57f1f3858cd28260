/**
 * A guard against errors nobody sees: an uncaught exception or an unhandled promise rejection
 * on the page fails the test that is running. Mocha already fails a test for an uncaught
 * exception (through `window.onerror`); in a browser it ignores unhandled rejections, which is
 * how a rejected `updateComplete`, a failed `fetch` nobody awaited or a throwing `.then` shows
 * up. This module hands those to Mocha as uncaught errors.
 *
 * Import it for its effect (`import '../helpers/no-page-errors.js'`), or load it for every test
 * file at once from the test runner's `testRunnerHtml`, after the test framework's script.
 * Loading it twice is harmless. A test that provokes an error on purpose says so with
 * `allowPageErrors(…)`, and can read what happened with `pageErrors()`.
 */

export interface PageError {
  kind: 'error' | 'unhandledrejection';
  message: string;
  /** The thrown value or the rejection reason. */
  reason: unknown;
}

interface Guard {
  /** Everything seen since the current test started, allowed or not. */
  seen: PageError[];
  /** Matchers for errors the current test expects; cleared before each test. */
  allowed: ((error: PageError) => boolean)[];
  /** Rejection reasons re-thrown for Mocha, so that the error listener does not count them twice. */
  forwarded: WeakSet<object>;
}

interface MochaLike {
  suite?: { beforeEach(title: string, fn: () => void): void };
}

const key = Symbol.for('article-widgets.no-page-errors');
const holder = globalThis as typeof globalThis & { [key]?: Guard };

function describeReason(reason: unknown): string {
  if (reason instanceof Error) return `${reason.name}: ${reason.message}`;
  try {
    return typeof reason === 'string' ? reason : JSON.stringify(reason);
  } catch {
    return String(reason);
  }
}

function isAllowed(guard: Guard, error: PageError): boolean {
  return guard.allowed.some((match) => match(error));
}

function install(): Guard {
  const guard: Guard = { seen: [], allowed: [], forwarded: new WeakSet() };

  // Registered before Mocha's own `window.onerror`, so that an allowed error can be kept from it.
  window.addEventListener('error', (event: ErrorEvent) => {
    const reason: unknown = event.error;
    if (typeof reason === 'object' && reason !== null && guard.forwarded.has(reason)) return;
    const error: PageError = { kind: 'error', message: event.message || describeReason(reason), reason };
    guard.seen.push(error);
    if (isAllowed(guard, error)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  });

  window.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
    const reason: unknown = event.reason;
    const error: PageError = { kind: 'unhandledrejection', message: describeReason(reason), reason };
    guard.seen.push(error);
    event.preventDefault();
    if (isAllowed(guard, error)) return;
    const thrown = reason instanceof Error ? reason : new Error(`Unhandled rejection: ${error.message}`);
    guard.forwarded.add(thrown);
    // Thrown from a task of its own, it reaches window.onerror, where Mocha fails the running test.
    setTimeout(() => {
      throw thrown;
    });
  });

  const mocha = (globalThis as { mocha?: MochaLike }).mocha;
  mocha?.suite?.beforeEach('reset the page error guard', () => {
    guard.seen.length = 0;
    guard.allowed.length = 0;
  });
  return guard;
}

const guard: Guard = (holder[key] ??= install());

/** Errors seen on the page since the current test started (allowed ones included). */
export function pageErrors(): readonly PageError[] {
  return [...guard.seen];
}

/**
 * Lets the current test provoke errors that match `match` (a predicate, or a pattern tested
 * against the message) without failing. Every other error still fails it.
 */
export function allowPageErrors(match: RegExp | ((error: PageError) => boolean)): void {
  guard.allowed.push(typeof match === 'function' ? match : (error) => match.test(error.message));
}
