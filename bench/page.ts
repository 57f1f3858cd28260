/**
 * The in-page half of the rendering benchmark (bench/run.mjs bundles it): inserts N cards,
 * related-story lists or share buttons, or the same elements' rendered markup as static HTML
 * with equivalent styles, and times each from insertion to the frame after layout.
 */
import type { LitElement } from 'lit';
import { AwArticleCard } from '../src/components/article-card/article-card.js';
import { AwRelatedStories } from '../src/components/related-stories/related-stories.js';
import { AwShareButton } from '../src/components/share-button/share-button.js';
import type { Article } from '../src/data/index.js';
import { plainCard, plainCardCss, plainRelated, plainRelatedCss, plainShare, plainShareCss } from './baselines.js';

export type ElementName = 'card' | 'related' | 'share';
export type Variant = 'card' | 'card-inline' | 'related' | 'share' | 'static' | 'plain' | 'naive';

declare global {
  interface Window {
    bench: {
      /**
       * Renders `maxCount` of the element once and keeps their markup as the static copy;
       * `data` is what the element's data is made from (the related stories' fixture).
       */
      setup(
        element: ElementName,
        maxCount: number,
        data?: unknown,
      ): Promise<{ variants: { name: Variant; label: string }[]; staticBytes: number; shadowElements: number }>;
      /** Empties the stage, collects garbage and waits two frames. */
      clear(): Promise<void>;
      /** Inserts `count` elements and resolves with the ms to the frame after layout. */
      insert(variant: Variant, count: number): Promise<number>;
      /** Waits for every inserted element's update, then two frames. */
      settle(): Promise<void>;
      /** Throws unless every inserted element rendered what it shows (a card its link, …). */
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
    src: '/photo.png',
    alt: 'Antony Blinken and Sergey Lavrov in Stockholm',
    width: 1200,
    height: 675,
    caption: 'Antony Blinken and Sergey Lavrov in Stockholm',
    credit: 'AP',
  },
};

/** Each article a few minutes older than the one before, as on a real section page. */
function minutesBefore(value: string, minutes: number): string {
  return new Date(Date.parse(value) - minutes * 60_000).toISOString();
}

function articleFor(index: number): Article {
  return {
    ...seed,
    url: `${seed.url}-${index}`,
    headline: `${index + 1}. ${seed.headline}`,
    datePublished: minutesBefore(seed.datePublished!, index * 7),
    dateModified: minutesBefore(seed.dateModified!, index * 7),
    // One photo per article, as on a real page: with one URL for all, every lazy image below
    // the fold would come from the memory cache at once, which no real page of stories does.
    image: { ...seed.image!, src: new URL(`/photo.png?article=${index}`, location.href).href },
  };
}

const stage = document.getElementById('stage')!;

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

function cssOf(element: typeof LitElement): string[] {
  return element.elementStyles.map((style) =>
    style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText,
  );
}

async function settle(): Promise<void> {
  await frameAfterLayout();
  await frameAfterLayout();
}

/** How a variant puts an element on the page: set up through properties, or parsed from HTML. */
type Insertion = { create: (index: number) => HTMLElement } | { html: (index: number) => string };

interface Subject {
  /** The variants besides `static`; the first one renders the elements the static copy is made of. */
  variants: ({ name: Variant; label: string } & Insertion)[];
  /** What a publisher would write instead (bench/baselines.ts): the plain HTML, and its styles. */
  plain: { html: (index: number) => string; css: string };
  /** Elements whose shadow styles the static copy needs, as document styles: this one and those it renders. */
  styled: [tag: string, element: typeof LitElement][];
  /** The part each rendered element shows `partCount` times, so a broken element cannot pass as a fast one. */
  part: string;
  partCount: number;
  /** Makes the data of `maxCount` elements from what run.mjs passed in. */
  prepare(maxCount: number, data: unknown): void;
}

function escapeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** A local photo URL per use, as on a real page (see articleFor). */
function photoUrl(query: string): string {
  return new URL(`/photo.png?${query}`, location.href).href;
}

let articles: Article[] = [];

const card: Subject = {
  variants: [
    {
      name: 'card',
      label: 'card (property)',
      create: (index) => {
        const element = document.createElement('aw-article-card');
        element.article = articles[index];
        return element;
      },
    },
    {
      name: 'card-inline',
      label: 'card (inline JSON)',
      html: (index) =>
        `<aw-article-card><script type="application/json">${escapeJson(articles[index])}</script></aw-article-card>`,
    },
    {
      name: 'naive',
      label: 'naive Lit card',
      create: (index) => {
        const element = document.createElement('bench-naive-card') as HTMLElement & { article?: Article };
        element.article = articles[index];
        return element;
      },
    },
  ],
  plain: { html: (index) => plainCard(articles[index]!), css: plainCardCss },
  styled: [['aw-article-card', AwArticleCard]],
  part: 'link',
  partCount: 1,
  prepare(maxCount) {
    articles = Array.from({ length: maxCount }, (_, index) => articleFor(index));
  },
};

/** Stories per related list, taken in turn from the fixture. */
const storiesPerList = 10;
let storyLists: Article[][] = [];

const related: Subject = {
  variants: [
    {
      name: 'related',
      label: 'related (property)',
      create: (index) => {
        const element = document.createElement('aw-related-stories');
        element.stories = storyLists[index];
        return element;
      },
    },
  ],
  plain: { html: (index) => plainRelated(storyLists[index]!), css: plainRelatedCss },
  styled: [['aw-related-stories', AwRelatedStories]],
  part: 'link',
  partCount: storiesPerList,
  prepare(maxCount, data) {
    const fixture = (data as { stories: Article[] }).stories;
    storyLists = Array.from({ length: maxCount }, (_, list) =>
      Array.from({ length: storiesPerList }, (_, position) => {
        const story = fixture[position % fixture.length]!;
        // Distinct URLs: the list shows a URL once, and each story is one item and one impression.
        const url = `${story.url}?list=${list}&story=${position}`;
        const image = story.image && { ...story.image, src: photoUrl(`list=${list}&story=${position}`) };
        return { ...story, url, image };
      }),
    );
  },
};

const share: Subject = {
  variants: [
    {
      name: 'share',
      label: 'share (HTML)',
      html: (index) =>
        `<aw-share-button url="${escapeAttribute(`${seed.url}-${index}`)}" headline="${escapeAttribute(seed.headline)}"></aw-share-button>`,
    },
  ],
  plain: { html: () => plainShare(), css: plainShareCss },
  styled: [['aw-share-button', AwShareButton]],
  part: 'button',
  partCount: 1,
  prepare() {},
};

const subjects: Record<ElementName, Subject> = { card, related, share };

let subject = card;
/** The HTML of each element for the variants inserted as HTML, static included. */
const markup = new Map<Variant, string[]>();

/** Puts `count` elements of a variant on the stage (HTML is made in setup, outside the timing). */
function add(variant: Variant, count: number): void {
  const html = markup.get(variant);
  if (html) {
    stage.innerHTML = html.slice(0, count).join('');
    return;
  }
  const how = subject.variants.find((candidate) => candidate.name === variant);
  if (!how || !('create' in how)) throw new Error(`no ${variant} variant for ${subject.variants[0]!.name}`);
  const fragment = document.createDocumentFragment();
  for (let index = 0; index < count; index += 1) fragment.append(how.create(index));
  stage.append(fragment);
}

window.bench = {
  async setup(element, maxCount, data) {
    subject = subjects[element];
    stage.dataset['element'] = element;
    subject.prepare(maxCount, data);
    markup.clear();
    const indexes = Array.from({ length: maxCount }, (_, index) => index);
    for (const variant of subject.variants) {
      if ('html' in variant) markup.set(variant.name, indexes.map(variant.html));
    }
    markup.set('plain', indexes.map(subject.plain.html));
    const style = document.createElement('style');
    style.textContent =
      subject.styled.map(([tag, styled]) => nestedStyles(cssOf(styled), `.${tag}`, classPrefixes[tag])).join('') +
      subject.plain.css;
    document.head.append(style);

    const first = subject.variants[0]!;
    add(first.name, maxCount);
    const elements = [...stage.children] as LitElement[];
    await Promise.all(elements.map((rendered) => rendered.updateComplete));
    await settle();
    window.bench.check(first.name, maxCount);
    markup.set(
      'static',
      elements.map((rendered) => flatten(rendered)),
    );
    const shadowElements = elements[0]!.shadowRoot!.querySelectorAll('*').length;
    stage.replaceChildren();
    await settle();
    return {
      variants: [
        ...subject.variants.map(({ name, label }) => ({ name, label })),
        { name: 'static', label: 'our DOM as static HTML' },
        { name: 'plain', label: 'plain HTML' },
      ],
      staticBytes: markup.get('static')![0]!.length,
      shadowElements,
    };
  },

  async clear() {
    stage.replaceChildren();
    window.gc?.();
    await settle();
  },

  async insert(variant, count) {
    const start = performance.now();
    add(variant, count);
    // Insertion → every element's updateComplete → the frame after layout.
    const elements = [...stage.children] as Partial<LitElement>[];
    if (elements.some((element) => element.updateComplete !== undefined)) {
      await Promise.all(elements.map((element) => element.updateComplete));
    }
    await frameAfterLayout();
    stage.getBoundingClientRect();
    return performance.now() - start;
  },

  check(variant, count) {
    // A broken element would be "fast": each must have rendered its link (its button).
    const rendered = [...stage.children].filter((child) => {
      if (variant === 'plain') {
        const links = child.querySelectorAll('a, button').length + (child.matches('a, button') ? 1 : 0);
        return links >= subject.partCount;
      }
      const root = variant === 'static' ? child : child.shadowRoot;
      return (root?.querySelectorAll(`[part~="${subject.part}"]`).length ?? 0) >= subject.partCount;
    }).length;
    if (rendered !== count || stage.children.length !== count) {
      throw new Error(`${variant}: ${rendered} of ${count} elements rendered (${stage.children.length} on the stage)`);
    }
  },

  async settle() {
    const elements = [...stage.children] as Partial<LitElement>[];
    await Promise.all(elements.map((element) => element.updateComplete));
    await settle();
  },

  async measure(variant, count) {
    await window.bench.clear();
    const elapsed = await window.bench.insert(variant, count);
    window.bench.check(variant, count);
    return elapsed;
  },
};
