/**
 * Checks of what a server renderer is given: its options and attributes, and the data the data
 * layer refuses. Anything that cannot make a working element throws a `RenderInputError` that
 * names the field; a broken element is never returned.
 */
import { ArticleDataError, type UrlKind } from '../data/index.js';
import { fieldError } from '../data/types.js';
import { checkUnresolvedUrl } from '../data/url.js';

/**
 * Thrown for input that cannot make a working element: data the data layer refuses, or an
 * option outside its allowed values. `field` names the culprit (`article.headline`,
 * `stories`, `options.layout`, `attrs.src`, …); `cause` holds the data layer's
 * `ArticleDataError` when there is one.
 */
export class RenderInputError extends fieldError<TypeError>(TypeError, 'RenderInputError') {}

export function dataError(field: string, error: ArticleDataError): RenderInputError {
  const name = field === 'article' && error.field !== 'input' ? `article.${error.field}` : field;
  return new RenderInputError(name, error.reason, { cause: error });
}

export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (value === null || Array.isArray(value)) return value === null ? 'null' : 'an array';
  return typeof value === 'object' ? 'an object' : String(value);
}

export function optionsObject<T>(value: T, caller: string, name = 'options'): Partial<Record<keyof T, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RenderInputError(name, `${caller} expects an object, not ${describe(value)}`);
  }
  return value as Partial<Record<keyof T, unknown>>;
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new RenderInputError(field, `must be ${allowed.map((item) => `"${item}"`).join(', ')}, not ${describe(value)}`);
}

export function optionalString(value: unknown, field: string): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  throw new RenderInputError(field, `must be a string, not ${describe(value)}`);
}

export function optionalPositive(value: unknown, field: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value;
  throw new RenderInputError(field, `must be a positive number, not ${describe(value)}`);
}

export function headingLevelOf(value: unknown, field: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 2 && value <= 6) return value;
  throw new RenderInputError(field, `must be an integer from 2 to 6, not ${describe(value)}`);
}

export function baseOf(value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && URL.canParse(value)) return value;
  throw new RenderInputError(field, `must be an absolute URL, not ${describe(value)}`);
}

/**
 * A URL under the data layer's policy. Relative URLs have no document to resolve against on a
 * server: they are kept as written, for the browser (see `checkUnresolvedUrl`).
 */
export function requireUrl(value: unknown, field: string, kind: UrlKind): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new RenderInputError(field, value === undefined ? 'is required' : `must be a URL, not ${describe(value)}`);
  }
  const checked = checkUnresolvedUrl(value, kind);
  if ('error' in checked) throw new RenderInputError(field, checked.error);
  return checked.url;
}
