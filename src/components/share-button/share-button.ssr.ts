/**
 * `<aw-share-button>` rendered on a server (`article-widgets/ssr.js`): the button's own
 * `render()` through @lit-labs/ssr, with the element's own list of networks.
 */
import { resolveLang } from '../../i18n/lang.js';
import { themes, type Theme } from '../../internal/tokens.js';
import { RenderInputError, describe, oneOf, optionalString, optionsObject, requireUrl } from '../../ssr/inputs.js';
import { renderElement, styleSourceOf, type StyleOptions } from '../../ssr/render.js';
import { parseNetworks } from './network-names.js';
import './share-button.js';

/** The attributes of `<aw-share-button>`, with the same names and meaning. */
export interface ShareButtonAttributes {
  /** The URL to share; without it, the page's canonical URL when the reader opens the panel. */
  url?: string;
  /** The headline to share; without it, the page's title. */
  headline?: string;
  /** Networks in display order: a space-separated string or an array of names. */
  networks?: string | readonly string[];
  native?: 'auto' | 'never';
  /** Show the embed-code section in the panel. */
  embed?: boolean;
  /** URL of the article's JSON, put in the embed snippet. */
  embedSrc?: string;
  /** URL of the `article-widgets.js` bundle put in the embed snippet. */
  scriptUrl?: string;
  /** Text of the button (default "Share" in the language). */
  label?: string;
  /** Language of the button and panel; default English. Written as the element's `lang` attribute. */
  lang?: string;
  theme?: Theme;
}

/**
 * Renders `<aw-share-button>` from its attributes. It has no light-DOM fallback: sharing needs
 * the element's script, the button it renders has no slot to show children in, and links to
 * networks' share pages are nothing a crawler should follow. The server-rendered button keeps
 * the button's place, so nothing moves when the script arrives.
 */
export function renderShareButton(attrs: ShareButtonAttributes = {}, options: StyleOptions = {}): string {
  const a = optionsObject(attrs, 'renderShareButton', 'attrs');
  const styles = styleSourceOf(optionsObject(options, 'renderShareButton'));
  const url = a.url === undefined ? undefined : requireUrl(a.url, 'attrs.url', 'link');
  const headline = optionalString(a.headline, 'attrs.headline');
  const networks = networksOf(a.networks);
  const native = oneOf(a.native, ['auto', 'never'] as const, 'attrs.native');
  if (a.embed !== undefined && typeof a.embed !== 'boolean') {
    throw new RenderInputError('attrs.embed', `must be a boolean, not ${describe(a.embed)}`);
  }
  const embedSrc = a.embedSrc === undefined ? undefined : requireUrl(a.embedSrc, 'attrs.embedSrc', 'link');
  const scriptUrl = a.scriptUrl === undefined ? undefined : requireUrl(a.scriptUrl, 'attrs.scriptUrl', 'link');
  if (a.embed === true && embedSrc === undefined) {
    throw new RenderInputError('attrs.embedSrc', 'is required with embed: the snippet needs the article JSON URL');
  }
  const label = optionalString(a.label, 'attrs.label');
  const theme = oneOf(a.theme, themes, 'attrs.theme');
  const lang = resolveLang(a.lang);

  return renderElement(
    'aw-share-button',
    {
      attributes: {
        url,
        headline,
        networks,
        native,
        embed: a.embed === true,
        'embed-src': embedSrc,
        'script-url': scriptUrl,
        label,
        lang,
        theme,
      },
    },
    styles,
  );
}

function networksOf(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const words =
    typeof value === 'string'
      ? value
      : Array.isArray(value) && value.every((item) => typeof item === 'string')
        ? value.join(' ')
        : undefined;
  if (words === undefined) {
    throw new RenderInputError('attrs.networks', `must be a string or an array of strings, not ${describe(value)}`);
  }
  const { known, unknown } = parseNetworks(words);
  if (unknown.length > 0) throw new RenderInputError('attrs.networks', `unknown networks: ${unknown.join(', ')}`);
  return known.join(' ');
}
