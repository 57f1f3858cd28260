import { ArticleDataError } from '../../data/types.js';
import { checkUrl } from '../../data/url.js';

/** What is shared. */
export interface ShareTarget {
  url: string;
  headline: string;
}

/**
 * What a share button shares: its `url`, else the page's `<link rel="canonical">`, else
 * `location.href`; its `headline`, else `document.title`. Reads the page, so it is called when
 * the button is used, not while rendering. An unsafe URL gives the error to report instead.
 */
export function shareTarget(url: string | undefined, headline: string | undefined): ShareTarget | ArticleDataError {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]')?.href;
  const candidate = url || canonical || location.href;
  const checked = checkUrl(candidate, { kind: 'link', base: document.baseURI });
  if ('error' in checked) return new ArticleDataError('url', checked.error);
  return { url: checked.url, headline: (headline ?? document.title).trim() };
}
