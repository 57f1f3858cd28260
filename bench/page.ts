/**
 * The in-page half of the card benchmark (bench/run.mjs bundles it): inserts N cards, or the
 * same cards' rendered markup as static HTML with equivalent styles, and times each from
 * insertion to the frame after layout.
 */
import { AwArticleCard } from '../src/components/article-card/article-card.js';
import { AwPhoto } from '../src/components/photo/photo.js';
import type { Article } from '../src/data/index.js';

export type Variant = 'card' | 'card-inline' | 'static';

declare global {
  interface Window {
    bench: {
      setup(maxCount: number): Promise<{ staticBytes: number; elementsPerCard: number }>;
      /** Empties the stage, collects garbage and waits two frames. */
      clear(): Promise<void>;
      /** Inserts `count` cards and resolves with the ms to the frame after layout. */
      insert(variant: Variant, count: number): Promise<number>;
      /** Throws unless every inserted card rendered its link. */
      check(variant: Variant, count: number): void;
      measure(variant: Variant, count: number): Promise<number>;
    };
    gc?: () => void;
  }
}

const seed: Article = {
  url: 'https://publisher.example/2021/12/02/us-will-respond-if-russia-acts-recklessly-against-ukraine-blinken-tells-lavrov',
  headline: "US 'will respond' if Russia 'acts recklessly' against Ukraine, Blinken tells Lavrov",
  description: "The US Secretary of State warns Moscow that an attack on Ukraine would not serve Russia's interests.",
  section: 'Europe',
  byline: 'By Euronews with AP',
  authors: [{ name: 'Euronews' }, { name: 'AP' }],
  publisher: { name: 'Euronews', url: 'https://publisher.example/' },
  datePublished: '2021-12-02T17:05:00+01:00',
  dateModified: '2021-12-02T19:40:00+01:00',
  lang: 'en',
  kind: 'video',
  image: {
    src: '/photo.svg',
    alt: 'Antony Blinken and Sergey Lavrov in Stockholm',
    width: 1200,
    height: 675,
    caption: 'Antony Blinken and Sergey Lavrov in Stockholm',
    credit: 'AP',
  },
};

function articleFor(index: number): Article {
  return {
    ...seed,
    url: `${seed.url}-${index}`,
    headline: `${index + 1}. ${seed.headline}`,
    // One photo per article, as on a real page: with one URL for all, every lazy image below
    // the fold would come from the memory cache at once, which no real page of stories does.
    image: { ...seed.image!, src: new URL(`/photo.svg?article=${index}`, location.href).href },
  };
}

const stage = document.getElementById('stage')!;
let articles: Article[] = [];
let staticCards: string[] = [];
let inlineCards: string[] = [];

function frameAfterLayout(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

const voidElements = new Set(['img', 'br', 'hr', 'input', 'meta', 'link', 'source', 'wbr']);

/** Classes inside a shadow root are renamed with its element's prefix, as its styles are. */
const classPrefixes: Record<string, string> = { 'aw-photo': 'p-' };

/** The composed tree as plain HTML: shadow roots inlined, slots replaced by what they show. */
function flatten(node: Node, prefix = ''): string {
  if (node.nodeType === Node.TEXT_NODE) return escapeText((node as Text).data);
  const recurse = (child: Node, childPrefix = prefix) => flatten(child, childPrefix);
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const element = node as Element;
  const name = element.localName;
  if (name === 'style' || name === 'script') return '';
  if (name === 'slot') {
    const assigned = (element as HTMLSlotElement).assignedNodes({ flatten: true });
    return (assigned.length > 0 ? assigned : [...element.childNodes]).map((child) => recurse(child)).join('');
  }
  if (element.namespaceURI === 'http://www.w3.org/2000/svg') {
    const copy = element.cloneNode(true) as Element;
    const className = copy.getAttribute('class');
    if (prefix && className) copy.setAttribute('class', `${prefix}${className}`);
    return copy.outerHTML;
  }
  const custom = name.startsWith('aw-');
  const tag = custom ? 'div' : name;
  let attributes = '';
  for (const attribute of element.attributes) {
    if (custom && attribute.name === 'class') continue;
    const value =
      attribute.name === 'class' && prefix
        ? attribute.value
            .split(/\s+/)
            .filter(Boolean)
            .map((name) => prefix + name)
            .join(' ')
        : attribute.value;
    attributes += ` ${attribute.name}="${escapeAttribute(value)}"`;
  }
  if (custom) attributes += ` class="${[name, element.getAttribute('class') ?? ''].join(' ').trim()}"`;
  if (voidElements.has(tag)) return `<${tag}${attributes}>`;
  const children = element.shadowRoot ? element.shadowRoot.childNodes : element.childNodes;
  const childPrefix = element.shadowRoot ? (classPrefixes[name] ?? '') : prefix;
  return `<${tag}${attributes}>${[...children].map((child) => recurse(child, childPrefix)).join('')}</${tag}>`;
}

/** Index just past the block that opens at `open` (a `{` or `(`), counting nested pairs. */
function closing(text: string, open: number): number {
  const pair = text[open] === '(' ? ['(', ')'] : ['{', '}'];
  let depth = 0;
  for (let index = open; index < text.length; index += 1) {
    if (text[index] === pair[0]) depth += 1;
    else if (text[index] === pair[1] && --depth === 0) return index + 1;
  }
  return text.length;
}

/** Replaces `name(argument)` everywhere with what `replace` makes of the argument. */
function replaceFunction(css: string, name: string, replace: (argument: string) => string): string {
  let result = '';
  let position = 0;
  for (;;) {
    const at = css.indexOf(`${name}(`, position);
    if (at === -1) return result + css.slice(position);
    const end = closing(css, at + name.length);
    result += css.slice(position, at) + replace(css.slice(at + name.length + 1, end - 1));
    position = end;
  }
}

/**
 * A shadow root's styles as document styles for the flattened markup, nested under the
 * element's class: `:host` becomes `&`, `::slotted()` and `::part()` plain descendants, and the
 * element's own classes take its prefix (so the card's `.frame` and the photo's cannot meet,
 * as in shadow DOM).
 */
function nestedStyles(sheets: string[], scope: string, classPrefix = ''): string {
  let css = sheets.join('\n');
  const keyframes: string[] = [];
  css = css.replace(/@keyframes[^{]*\{/g, (match, offset: number) => {
    keyframes.push(css.slice(offset, closing(css, offset + match.length - 1)));
    return match;
  });
  for (const block of keyframes) css = css.replace(block, '');
  css = replaceFunction(css, ':host', (argument) => `&:is(${argument})`).replace(/:host\b/g, '&');
  css = replaceFunction(css, '::slotted', (argument) => ` ${argument}`);
  css = replaceFunction(css, '::part', (argument) => ` [part~="${argument}"]`);
  if (classPrefix) {
    // Class selectors: a dot and a name (numbers such as 0.5 have a digit before the dot).
    css = css.replace(/(?<!\d)\.(-?[_a-zA-Z][\w-]*)/g, (_match, name: string) => `.${classPrefix}${name}`);
  }
  return `${keyframes.join('\n')}\n${scope} {\n${css}\n}`;
}

function cssOf(element: typeof AwArticleCard | typeof AwPhoto): string[] {
  return element.elementStyles.map((style) =>
    style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText,
  );
}

async function settle(): Promise<void> {
  await frameAfterLayout();
  await frameAfterLayout();
}

window.bench = {
  async setup(maxCount) {
    articles = Array.from({ length: maxCount }, (_, index) => articleFor(index));
    inlineCards = articles.map(
      (article) =>
        `<aw-article-card><script type="application/json">${JSON.stringify(article).replace(/</g, '\\u003c')}</script></aw-article-card>`,
    );
    const style = document.createElement('style');
    style.textContent =
      nestedStyles(cssOf(AwArticleCard), '.aw-article-card') + nestedStyles(cssOf(AwPhoto), '.aw-photo', 'p-');
    document.head.append(style);

    const cards = articles.map((article) => {
      const card = document.createElement('aw-article-card');
      card.article = article;
      return card;
    });
    stage.append(...cards);
    await Promise.all(cards.map((card) => card.updateComplete));
    await Promise.all([...stage.querySelectorAll('aw-article-card')].map((card) => card.updateComplete));
    await settle();
    staticCards = cards.map((card) => flatten(card));
    const elementsPerCard = cards[0]!.shadowRoot!.querySelectorAll('*').length;
    stage.replaceChildren();
    await settle();
    return { staticBytes: staticCards[0]!.length, elementsPerCard };
  },

  async clear() {
    stage.replaceChildren();
    window.gc?.();
    await settle();
  },

  async insert(variant, count) {
    const start = performance.now();
    if (variant === 'static') {
      stage.innerHTML = staticCards.slice(0, count).join('');
    } else if (variant === 'card-inline') {
      stage.innerHTML = inlineCards.slice(0, count).join('');
    } else {
      const fragment = document.createDocumentFragment();
      for (let index = 0; index < count; index += 1) {
        const card = document.createElement('aw-article-card');
        card.article = articles[index];
        fragment.append(card);
      }
      stage.append(fragment);
    }
    await frameAfterLayout();
    stage.getBoundingClientRect();
    return performance.now() - start;
  },

  check(variant, count) {
    // A broken card would be "fast": every card must have rendered its link.
    const rendered =
      variant === 'static'
        ? stage.querySelectorAll('.aw-article-card [part~="link"]').length
        : [...stage.children].filter((card) => card.shadowRoot?.querySelector('[part~="link"]')).length;
    if (rendered !== count) throw new Error(`${variant}: ${rendered} of ${count} cards rendered`);
  },

  async measure(variant, count) {
    await window.bench.clear();
    const elapsed = await window.bench.insert(variant, count);
    window.bench.check(variant, count);
    return elapsed;
  },
};
