/**
 * Counting work without a clock, in two parts:
 * - the blocks of the project's own code (`src/`) that run, from V8's precise block coverage:
 *   every loop iteration and branch, exactly;
 * - the native primitives that code calls, with the characters or keys each one goes through
 *   (an `indexOf` from `from` that finds nothing counts the rest of the string, a sticky `exec`
 *   counts from `lastIndex` to the end of its match, `Object.keys` counts the keys).
 * A scanner that goes back over its input, or a reader that copies a node for every reference to
 * it, shows as work that grows with the square of the input, whatever the machine's speed. What
 * a native call does inside (a regular expression backtracking) is not seen beyond that estimate.
 *
 * Import this module first in a test file: V8 counts blocks only of functions compiled after
 * coverage starts, which this module does when it is loaded.
 */
import { Session } from 'node:inspector';

type Method = (this: unknown, ...args: unknown[]) => unknown;

const session = new Session();
session.connect();

interface Coverage {
  result: { url: string; functions: { ranges: { count: number }[] }[] }[];
}

/** An inspector call; in-process sessions answer at once. */
function post<T>(method: string, params: object = {}): T {
  let answer: { error: Error | null; result?: T } | undefined;
  session.post(method, params, (error, result) => (answer = { error, result: result as T }));
  if (answer === undefined) throw new Error(`${method} did not answer at once`);
  if (answer.error) throw answer.error;
  return answer.result!;
}

post('Profiler.enable');
post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });

/** Blocks of src/ run since the last call (taking the coverage resets its counts). */
function blocksRun(): number {
  let total = 0;
  for (const script of post<Coverage>('Profiler.takePreciseCoverage').result) {
    if (!script.url.includes('/src/')) continue;
    for (const fn of script.functions) for (const range of fn.ranges) total += range.count;
  }
  return total;
}

let work = 0;

function lengthOf(value: unknown): number {
  return typeof value === 'string' ? value.length : 0;
}

/** How much each primitive counts, from its receiver, arguments and result. */
const costs: [
  target: object,
  name: string | symbol,
  cost: (self: unknown, args: unknown[], result: unknown) => number,
][] = [];

function stringCost(name: string, cost: (self: string, args: unknown[], result: unknown) => number): void {
  costs.push([String.prototype, name, (self, args, result) => cost(String(self), args, result)]);
}

const whole = (self: string) => self.length;
const one = () => 1;
stringCost('indexOf', (self, [search, from], result) => {
  const start = Math.max(0, Number(from ?? 0) || 0);
  return (result === -1 ? self.length : (result as number) + lengthOf(search)) - start + 1;
});
stringCost('lastIndexOf', whole);
stringCost('includes', whole);
stringCost('search', whole);
stringCost('startsWith', (_self, [search]) => lengthOf(search) + 1);
stringCost('endsWith', (_self, [search]) => lengthOf(search) + 1);
for (const name of ['charCodeAt', 'charAt', 'codePointAt', 'at']) stringCost(name, one);
for (const name of ['slice', 'substring']) stringCost(name, (_self, _args, result) => lengthOf(result) + 1);
for (const name of [
  'toLowerCase',
  'toUpperCase',
  'trim',
  'trimStart',
  'trimEnd',
  'split',
  'replace',
  'replaceAll',
  'match',
])
  stringCost(name, whole);

costs.push([JSON, 'parse', (_self, [text]) => lengthOf(text) + 1]);
for (const name of ['keys', 'values', 'entries'])
  costs.push([Object, name, (_self, _args, result) => (result as unknown[]).length + 1]);

/** A regular expression search counts from where it starts (`lastIndex` when global or sticky) to where it stops. */
function countedSearch(original: Method): Method {
  return function counted(this: unknown, ...args: unknown[]) {
    const regex = this as RegExp;
    const moving = regex.global || regex.sticky;
    const start = moving ? regex.lastIndex : 0;
    const result = original.apply(this, args) as RegExpExecArray | boolean | null;
    const text = String(args[0]);
    let end = text.length;
    if (result !== null && result !== false) {
      if (moving) end = regex.lastIndex;
      else if (typeof result === 'object') end = result.index + result[0].length;
    }
    work += Math.max(0, end - start) + 1;
    return result;
  };
}

/** Runs `run` and returns the work it did, as described above; the primitives are restored after. */
export function countWork(run: () => unknown): number {
  const saved: [object, string | symbol, PropertyDescriptor][] = [];
  work = 0;
  const patch = (target: object, name: string | symbol, wrap: (original: Method) => Method) => {
    const descriptor = Object.getOwnPropertyDescriptor(target, name)!;
    saved.push([target, name, descriptor]);
    Object.defineProperty(target, name, { ...descriptor, value: wrap(descriptor.value as Method) });
  };
  for (const [target, name, cost] of costs) {
    patch(
      target,
      name,
      (original) =>
        function counted(this: unknown, ...args: unknown[]) {
          const result = original.apply(this, args);
          work += cost(this, args, result);
          return result;
        },
    );
  }
  patch(RegExp.prototype, 'exec', countedSearch);
  patch(RegExp.prototype, 'test', countedSearch);
  blocksRun();
  try {
    run();
  } finally {
    for (const [target, name, descriptor] of saved) Object.defineProperty(target, name, descriptor);
  }
  return work + blocksRun();
}

/**
 * Asserts that the work of `run` on inputs made for n and 8n grows at most linearly: the larger
 * does at most 8 × 1.5 times the work of the smaller (quadratic work would be 64 times).
 */
export function workRatio(make: (n: number) => unknown, run: (input: unknown) => unknown, n: number): number {
  const small = make(n);
  const large = make(8 * n);
  const smallWork = countWork(() => run(small));
  const largeWork = countWork(() => run(large));
  return largeWork / Math.max(1, smallWork);
}
