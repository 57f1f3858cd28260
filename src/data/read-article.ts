/**
 * `normalizeArticle` for elements, without loading the schema.org JSON-LD reader before
 * JSON-LD arrives. Our own shape (what a publisher's JSON endpoint serves, what server
 * rendering and developers pass) is read at once; anything else loads `normalize.ts` the first
 * time and is read when it is there. A partner page showing one card from our shape never
 * downloads the JSON-LD reader.
 */
import type * as Reader from './normalize.js';
import { normalizeOwnShape } from './own-shape.js';
import { ArticleDataError } from './types.js';
import type { Article } from './types.js';

let reader: typeof Reader | undefined;
let loading: Promise<typeof Reader> | undefined;

function loadReader(): Promise<typeof Reader> {
  loading ??= import('./normalize.js').then(
    (module) => (reader = module),
    (error: unknown) => {
      // A failed chunk (network, CSP) may load on a later try.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * Our shape or JSON-LD (or the JSON text of either) as an `Article` or an `ArticleDataError`:
 * synchronously when the input is our shape or the JSON-LD reader is already loaded, else as
 * a promise. Never throws or rejects.
 */
export function readArticle(
  input: unknown,
  base: string | undefined,
): Article | ArticleDataError | Promise<Article | ArticleDataError> {
  const own = normalizeOwnShape(input, base);
  if (own !== undefined) return own;
  if (reader !== undefined) return reader.normalizeArticle(input, { base });
  return loadReader().then(
    (module) => module.normalizeArticle(input, { base }),
    (error: unknown) =>
      new ArticleDataError(
        'input',
        `the schema.org reader could not be loaded (${error instanceof Error ? error.message : String(error)})`,
        { cause: error },
      ),
  );
}
