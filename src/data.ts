/**
 * `article-widgets/data.js`: the Article shape, reading publisher data into it (our shape,
 * schema.org JSON-LD, whole HTML pages), the URL policy, loading, and the embed code and oEmbed
 * made from an article. No DOM needed; runs in Node too. Gathered here from the data layer
 * (`data/`) and the embed layer (`embed/`), which the data layer itself never imports.
 */
export * from './data/index.js';

export { embedCode, EmbedCodeError } from './embed/embed-code.js';
export type { EmbedCodeOptions, EmbedFormat } from './embed/embed-code.js';
export { toOEmbed } from './embed/oembed.js';
export type { OEmbedOptions, OEmbedResponse } from './embed/oembed.js';
