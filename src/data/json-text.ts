/**
 * JSON text as publishers serve it: a response body, a `<script type="application/ld+json">`
 * block with the wrappers some CMSs put around it. Parsed by `JSON.parse`, after a linear check
 * that refuses what would make the engine's parser slow (nesting thousands of levels deep, or
 * hundreds of thousands of tiny arrays).
 */
import { ArticleDataError } from './types.js';

/** Longest JSON text read, in characters. */
export const MAX_JSON_LENGTH = 5_000_000;

/**
 * Deepest nesting of arrays and objects read. Real article data nests a dozen levels, and the
 * readers walk no deeper than 32.
 */
export const MAX_JSON_DEPTH = 512;

/**
 * Most arrays and objects read in one text. A list of 500 stories holds a few thousand; a
 * megabyte of `[[],[],…]` holds 300,000, which V8's parser alone takes 80 ms to build.
 */
export const MAX_JSON_CONTAINERS = 100_000;

/**
 * What makes JSON text too costly to parse: nesting deeper than `MAX_JSON_DEPTH`, or more than
 * `MAX_JSON_CONTAINERS` arrays and objects; `undefined` when neither. One pass that knows where
 * strings are, so brackets inside them do not count; for text that is not JSON the answer does
 * not matter, as the parser refuses it next.
 */
export function jsonShapeProblem(text: string): string | undefined {
  let depth = 0;
  let containers = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      // A backslash escapes the next character.
      if (code === 0x5c) index++;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x5b || code === 0x7b) {
      if (++depth > MAX_JSON_DEPTH) return `nested more than ${MAX_JSON_DEPTH} levels deep`;
      if (++containers > MAX_JSON_CONTAINERS) return `more than ${MAX_JSON_CONTAINERS} arrays and objects`;
    } else if (code === 0x5d || code === 0x7d) {
      depth--;
    }
  }
  return undefined;
}

/**
 * `JSON.parse` with the length, depth and size caps; a message (V8's own for a syntax error)
 * instead of a throw.
 */
export function parseJson(text: string): { value: unknown } | { error: string; cause?: unknown } {
  if (text.length > MAX_JSON_LENGTH) return { error: `too large (over ${MAX_JSON_LENGTH} characters)` };
  const problem = jsonShapeProblem(text);
  if (problem !== undefined) return { error: problem };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error), cause: error };
  }
}

/**
 * Parses JSON text such as the body of a `<script type="application/ld+json">`.
 * The `<!-- -->` and `<![CDATA[ ]]>` wrappers some CMSs put around it are removed first.
 */
export function parseJsonText(text: string): { value: unknown } | { error: ArticleDataError } {
  if (text.length > MAX_JSON_LENGTH) {
    return { error: new ArticleDataError('json', `too large (over ${MAX_JSON_LENGTH} characters)`) };
  }
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const opening = /^\s*(?:\/\/\s*)?(?:<!--|<!\[CDATA\[)/.exec(text.slice(start));
  if (opening) start += opening[0].length;
  const body = text.slice(start, start + closingWrapperAt(text.slice(start)));
  if (body.trim() === '') return { error: new ArticleDataError('json', 'empty') };
  const parsed = parseJson(body);
  if ('value' in parsed) return parsed;
  if (parsed.cause === undefined) return { error: new ArticleDataError('json', parsed.error) };
  return {
    error: new ArticleDataError('json', `not valid JSON: ${withLocation(parsed.error, text, start)}`, {
      cause: parsed.cause,
    }),
  };
}

/**
 * Where a closing `-->` or `]]>` (with an optional `//` before it and white space after)
 * starts, or the text's length without one. Read from the end: a regular expression anchored
 * only at the end would try every position of a long block.
 */
function closingWrapperAt(text: string): number {
  let end = text.trimEnd().length;
  const wrapped = text.startsWith('-->', end - 3) || text.startsWith(']]>', end - 3);
  if (!wrapped) return text.length;
  end -= 3;
  const beforeComment = text.slice(0, end).trimEnd();
  return beforeComment.endsWith('//') ? beforeComment.length - 2 : end;
}

// V8 reports a character offset; a line and column (in the text as given)
// are what a person can find in their template.
function withLocation(message: string, text: string, offset: number): string {
  const position = /\bposition (\d+)/.exec(message);
  if (!position || /\bline \d/.test(message)) return message;
  const before = text.slice(0, offset + Number(position[1]));
  let line = 1;
  for (let at = before.indexOf('\n'); at !== -1; at = before.indexOf('\n', at + 1)) line++;
  const column = before.length - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
}

/** `input` as it is, or the value of its JSON text when it is a string. */
export function jsonValue(input: unknown): { value: unknown } | { error: ArticleDataError } {
  return typeof input === 'string' ? parseJsonText(input) : { value: input };
}
