/**
 * Every element class, each module defining its element when imported. A module's exports
 * cannot come from a list, so scripts/entries.mjs writes them from the registry
 * (`src/elements.ts`) when `npm run build` runs.
 */
// entries:start (written by scripts/entries.mjs from src/elements.ts: run `npm run build`)
export { AwArticleCard } from './article-card/article-card.js';
export { AwPhoto } from './photo/photo.js';
export { AwShareButton } from './share-button/share-button.js';
export { AwCopyButton } from './copy-button/copy-button.js';
export { AwRelatedStories } from './related-stories/related-stories.js';
// entries:end
