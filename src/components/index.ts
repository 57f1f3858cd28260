/**
 * Every element class, each module defining its element when imported. The one place where the
 * elements are written out as static exports (a module's exports cannot come from a list); the
 * registry `src/elements.ts` lists them for everything else, and a test keeps the two in step.
 */
export { AwArticleCard } from './article-card/article-card.js';
export { AwPhoto } from './photo/photo.js';
export { AwShareButton } from './share-button/share-button.js';
export { AwCopyButton } from './copy-button/copy-button.js';
export { AwRelatedStories } from './related-stories/related-stories.js';
