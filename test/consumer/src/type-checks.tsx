// Never rendered: compiled by `tsc --noEmit` only, so that a typing which lets anything through
// (an `any` somewhere) fails the consumer build. Each line below must be a type error. (An
// unknown `onaw-…` name is not one: TypeScript does not check JSX attribute names with a dash.)
import type {} from 'article-widgets/jsx';
import { article } from './App';

export const checks = [
  // @ts-expect-error: no such layout
  <aw-article-card layout="sideways" />,
  // @ts-expect-error: an article is an object, not a string
  <aw-article-card article="not an article" />,
  // @ts-expect-error: aw-load's detail has no `nothing`
  <aw-article-card article={article} onaw-load={(event) => event.detail.nothing} />,
  // @ts-expect-error: the photo's loading is `lazy` or `eager`
  <aw-photo loading="soon" />,
  // @ts-expect-error: stories are articles
  <aw-related-stories stories={['not a story']} />,
];
