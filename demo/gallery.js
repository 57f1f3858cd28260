// The gallery: every element in every layout, theme and state, drawn from data so that the
// language switch can redraw it. Nothing here needs an inline script or style: custom
// properties are set with `style.setProperty`, which a strict CSP (`style-src 'self'`) allows,
// and no HTML is written as a string (the page also works with Trusted Types enforced).

const languages = ['en', 'fr', 'ar'];
const themes = ['auto', 'light', 'dark'];
const dataSuffix = { en: '', fr: '.fr', ar: '.ar' };

const gallery = document.getElementById('gallery');
const controls = document.getElementById('controls');
const themingControls = document.getElementById('theming-controls');
const themeCss = document.getElementById('theme-css');
const eventList = document.getElementById('event-list');

const minutesAgo = (minutes) => new Date(Date.now() - minutes * 60_000).toISOString();

/** The stories the gallery makes up itself; the seed article and related stories come from demo/data/. */
const madeUp = {
  en: {
    recent: {
      url: 'https://publisher.example/live/foreign-ministers-arrive-in-stockholm',
      headline: 'Foreign ministers arrive in Stockholm for the OSCE meeting',
      description: 'A story published a few minutes ago shows a relative time that keeps itself up to date.',
      section: 'Europe',
      byline: 'By Euronews',
    },
    live: {
      url: 'https://publisher.example/live/nato-foreign-ministers-meet-in-riga',
      headline: 'Live: NATO foreign ministers meet in Riga',
      description: 'A live story without a photo: the card keeps its text and its badge.',
      section: 'World',
    },
    pictures: {
      url: 'https://publisher.example/pictures/a-week-of-diplomacy-in-stockholm',
      headline: 'In pictures: a week of diplomacy in Stockholm',
      section: 'Europe',
      alt: 'Two people standing side by side',
    },
    long: {
      headline:
        'A deliberately long headline that goes on and on, as headlines on live pages sometimes do, to show how the card wraps its text and keeps its layout when a headline is far longer than any editor would want',
      description:
        'And a standfirst long enough to be clamped: the card shows its first three lines and cuts the rest, so that a grid of cards keeps its rhythm whatever the newsroom writes in this field, however many sentences it runs to.',
    },
    missingLink: 'The fallback link stays when the data cannot be loaded',
    goneLink: 'A withdrawn article (the link must not stay)',
    loadingLink: 'The fallback link is the skeleton’s headline while src loads',
    shareLabel: 'Send to a friend',
    copyLabel: 'Copy the link',
    copiedLabel: 'Link copied',
    moreHeading: 'More from Europe',
  },
  fr: {
    recent: {
      url: 'https://publisher.example/fr/direct/les-ministres-arrivent-a-stockholm',
      headline: 'Les ministres des Affaires étrangères arrivent à Stockholm pour la réunion de l’OSCE',
      description: 'Un article publié il y a quelques minutes montre une heure relative qui se met à jour.',
      section: 'Europe',
      byline: 'Par Euronews',
    },
    live: {
      url: 'https://publisher.example/fr/direct/les-ministres-de-l-otan-reunis-a-riga',
      headline: 'En direct : les ministres des Affaires étrangères de l’OTAN réunis à Riga',
      description: 'Un direct sans photo : la carte garde son texte et son badge.',
      section: 'Monde',
    },
    pictures: {
      url: 'https://publisher.example/fr/images/une-semaine-de-diplomatie-a-stockholm',
      headline: 'En images : une semaine de diplomatie à Stockholm',
      section: 'Europe',
      alt: 'Deux personnes côte à côte',
    },
    long: {
      headline:
        'Un titre délibérément long, qui n’en finit pas, comme il en arrive sur les pages en direct, pour montrer comment la carte passe à la ligne et garde sa mise en page quand le texte dépasse de loin ce que voudrait un rédacteur',
      description:
        'Et un chapeau assez long pour être coupé : la carte en montre les trois premières lignes et tronque la suite, pour qu’une grille de cartes garde son rythme quoi que la rédaction écrive dans ce champ.',
    },
    missingLink: 'Le lien de secours reste quand les données ne se chargent pas',
    goneLink: 'Un article retiré (le lien ne doit pas rester)',
    loadingLink: 'Le lien de secours sert de titre au squelette pendant le chargement',
    shareLabel: 'Envoyer à un ami',
    copyLabel: 'Copier le lien',
    copiedLabel: 'Lien copié',
    moreHeading: 'Plus d’Europe',
  },
  ar: {
    recent: {
      url: 'https://publisher.example/ar/live/foreign-ministers-arrive-in-stockholm',
      headline: 'وزراء الخارجية يصلون إلى ستوكهولم لحضور اجتماع منظمة الأمن والتعاون في أوروبا',
      description: 'خبر نُشر قبل دقائق يعرض وقتاً نسبياً يتحدّث تلقائياً.',
      section: 'أوروبا',
      byline: 'يورونيوز',
    },
    live: {
      url: 'https://publisher.example/ar/live/nato-foreign-ministers-meet-in-riga',
      headline: 'مباشر: وزراء خارجية حلف الناتو يجتمعون في ريغا',
      description: 'تغطية مباشرة بلا صورة: تحتفظ البطاقة بنصها وشارتها.',
      section: 'العالم',
    },
    pictures: {
      url: 'https://publisher.example/ar/pictures/a-week-of-diplomacy-in-stockholm',
      headline: 'بالصور: أسبوع من الدبلوماسية في ستوكهولم',
      section: 'أوروبا',
      alt: 'شخصان يقفان جنباً إلى جنب',
    },
    long: {
      headline:
        'عنوان طويل عمداً يمتد ويمتد، كما يحدث أحياناً في صفحات التغطية المباشرة، ليُظهر كيف تلتف البطاقة وتحافظ على تنسيقها عندما يكون النص أطول بكثير مما يريده أي محرر',
      description:
        'وموجز طويل بما يكفي ليُقتطع: تعرض البطاقة أسطره الثلاثة الأولى وتقطع الباقي، كي تحافظ شبكة البطاقات على إيقاعها مهما كتبت غرفة الأخبار في هذا الحقل.',
    },
    missingLink: 'يبقى الرابط البديل عندما يتعذر تحميل البيانات',
    goneLink: 'مقال مسحوب (يجب ألا يبقى الرابط)',
    loadingLink: 'الرابط البديل هو عنوان الهيكل أثناء التحميل',
    shareLabel: 'أرسل إلى صديق',
    copyLabel: 'انسخ الرابط',
    copiedLabel: 'تم نسخ الرابط',
    moreHeading: 'المزيد من أوروبا',
  },
};

const state = {
  lang: pick(new URLSearchParams(location.search).get('lang'), languages),
  theme: pick(new URLSearchParams(location.search).get('theme'), themes),
};

function pick(value, allowed) {
  return allowed.includes(value) ? value : allowed[0];
}

/** A DOM element with string attributes (`true` for a boolean attribute) and children. */
function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  node.append(...children.filter((child) => child !== undefined && child !== null));
  return node;
}

const pageFolder = new URL('.', location.href).href;

/** Attribute values for the labels: URLs of the demo relative to the page, long values cut. */
function shorten(value) {
  const relative = value.startsWith(pageFolder) ? value.slice(pageFolder.length) : value;
  return relative.length > 48 ? `…${relative.slice(-40)}` : relative;
}

/** The tag as a page would write it, for the specimen's label. */
function describe(widget, property) {
  const attributes = Array.from(widget.attributes)
    .filter((attribute) => !['theme', 'class', 'id'].includes(attribute.name) && !attribute.name.startsWith('data-'))
    .map((attribute) => (attribute.value === '' ? attribute.name : `${attribute.name}="${shorten(attribute.value)}"`));
  const tag = `<${[widget.localName, ...attributes].join(' ')}>`;
  return property ? `${tag}  + .${property}` : tag;
}

/** The gallery's own words are English in every language of the specimens. */
const english = { lang: 'en', dir: 'ltr' };

function specimen(title, widget, { note, wide = false, property, stage } = {}) {
  return element(
    'div',
    { class: wide ? 'specimen wide' : 'specimen' },
    element('h3', { class: 'specimen-title', ...english }, title),
    element('code', { class: 'specimen-code', lang: 'en', dir: 'ltr' }, describe(widget, property)),
    note ? element('p', { class: 'specimen-note', ...english }, note) : undefined,
    element('div', { class: 'specimen-stage' }, stage ?? widget),
  );
}

function group(id, title, intro, specimens) {
  return element(
    'section',
    { class: 'group', 'aria-labelledby': id },
    element('h2', { id, class: 'group-title', ...english }, title),
    element('p', { class: 'group-intro', ...english }, intro),
    element('div', { class: 'specimens' }, ...specimens),
  );
}

function card(attributes, article) {
  const widget = element('aw-article-card', { 'heading-level': 4, ...attributes });
  if (article) widget.article = article;
  return widget;
}

/**
 * The cards with inline JSON-LD are written in gallery.html (see the comment there) and moved
 * into the gallery: moving an element does not modify its <script>, so Trusted Types allow it.
 */
const inlineCards = new Map(
  Array.from(document.querySelectorAll('#inline-cards > aw-article-card'), (inline) => [inline.dataset.lang, inline]),
);

function fallbackLink(url, text) {
  return element('a', { href: url }, text);
}

// --- data -------------------------------------------------------------------------------

const dataCache = new Map();

async function fetchJson(path) {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return { value: await response.json(), base: response.url };
}

/** Image URLs in demo/data/ are relative to the JSON file; a property has no such base. */
function absoluteImage(article, base) {
  if (!article.image) return article;
  return { ...article, image: { ...article.image, src: new URL(article.image.src, base).href } };
}

async function dataFor(lang) {
  if (!dataCache.has(lang)) {
    const suffix = dataSuffix[lang];
    dataCache.set(
      lang,
      Promise.all([fetchJson(`data/seed-article${suffix}.json`), fetchJson(`data/related-stories${suffix}.json`)]).then(
        ([seed, related]) => ({
          seed: absoluteImage(seed.value, seed.base),
          stories: related.value.stories.map((story) => absoluteImage(story, related.base)),
        }),
      ),
    );
  }
  return dataCache.get(lang);
}

// The demo server (npm start) answers /demo/api/slow (never) and /demo/api/gone (410 Gone);
// a plain static server does not, and then those two states cannot be shown.
const demoRoutes = fetch('api/gone').then(
  (response) => response.status === 410,
  () => false,
);

// --- sections -----------------------------------------------------------------------------

function cardLayouts({ seed }) {
  return group(
    'card-layouts',
    '<aw-article-card> layouts',
    'The same article in the four layouts. Each card adapts to the width of its column, not of the window.',
    [
      specimen('Stack (default)', card({}, seed), { property: 'article' }),
      specimen('Overlay', card({ layout: 'overlay' }, seed), { property: 'article' }),
      specimen('Compact', card({ layout: 'compact' }, seed), { property: 'article' }),
      specimen('Row', card({ layout: 'row' }, seed), { property: 'article', wide: true }),
    ],
  );
}

function cardSources({ seed, words, lang }) {
  const inline = inlineCards.get(lang);
  const recent = {
    ...words.recent,
    datePublished: minutesAgo(12),
    image: seed.image,
    lang,
  };
  return group(
    'card-sources',
    '<aw-article-card> data',
    'Data comes from the article property, else inline JSON or JSON-LD, else the src URL; without any, the light-DOM link is all there is.',
    [
      specimen('From the article property', card({}, recent), {
        property: 'article',
        note: 'Published 12 minutes ago: the time is relative and updates itself.',
      }),
      specimen('From src', card({ src: `data/seed-article${dataSuffix[lang]}.json` }), {
        note: 'Our Article shape, fetched without credentials; image URLs resolve against the JSON file.',
      }),
      specimen('From inline JSON-LD', inline, {
        wide: true,
        note: 'A schema.org NewsArticle in a child <script type="application/ld+json">: no request at all.',
      }),
    ],
  );
}

async function cardStates({ seed, words, lang }) {
  const routes = await demoRoutes;
  const withoutRoutes = 'Needs the demo server’s /demo/api/ routes (npm start); a static server cannot answer this.';
  const loading = card({ src: 'api/slow', timeout: 600000 }, undefined);
  loading.append(fallbackLink(seed.url, words.loadingLink));
  const missing = card({ src: 'data/missing.json' });
  missing.append(fallbackLink(seed.url, words.missingLink));
  const gone = card({ src: 'api/gone' });
  gone.append(fallbackLink(seed.url, words.goneLink));
  const live = {
    ...words.live,
    kind: 'live',
    datePublished: minutesAgo(47),
    dateModified: minutesAgo(3),
    lang,
  };
  const pictures = {
    ...words.pictures,
    kind: 'gallery',
    datePublished: '2021-12-03T09:00:00+01:00',
    image: { ...seed.image, src: new URL('images/biden-putin.svg', location.href).href, alt: words.pictures.alt },
    lang,
  };
  const long = { ...seed, ...words.long, kind: undefined };
  return group(
    'card-states',
    '<aw-article-card> states',
    'Loading, failing, withdrawn, and data at its edges. Failures end in the fallback link plus an aw-error event (see the event log).',
    [
      specimen('Loading', loading, { note: routes ? 'src never answers: the skeleton stays.' : withoutRoutes }),
      specimen('Error: src is missing (404)', missing, { note: 'The fallback link stays; aw-error says why.' }),
      specimen('Withdrawn: src answers 410 Gone', gone, {
        note: routes ? 'The link is replaced by a notice.' : withoutRoutes,
      }),
      specimen('Long headline and standfirst', card({}, long), { property: 'article' }),
      specimen('Live, no photo, updated', card({}, live), { property: 'article' }),
      specimen('Gallery badge, opens in a new tab', card({ target: '_blank' }, pictures), { property: 'article' }),
    ],
  );
}

function photos({ seed, stories }) {
  const image = seed.image;
  const plane = stories[1].image;
  return group(
    'photos',
    '<aw-photo>',
    'The box is reserved before the image arrives; a failing image keeps it and shows the alt text.',
    [
      specimen(
        'Caption and credit',
        element('aw-photo', {
          src: image.src,
          alt: image.alt,
          width: image.width,
          height: image.height,
          caption: image.caption,
          credit: image.credit,
        }),
      ),
      specimen(
        'Credit over the image',
        element('aw-photo', {
          src: image.src,
          alt: image.alt,
          width: image.width,
          height: image.height,
          caption: image.caption,
          credit: image.credit,
          'credit-position': 'overlay',
        }),
      ),
      specimen(
        'Cropped to a square (ratio)',
        element('aw-photo', { src: plane.src, alt: plane.alt, ratio: '1/1', credit: plane.credit }),
      ),
      specimen(
        'Loading, with a placeholder colour',
        element('aw-photo', { src: 'api/slow', alt: image.alt, ratio: '16/9', placeholder: '#2a9d8f' }),
        { note: 'The image never arrives; without the demo server’s routes it fails instead.' },
      ),
      specimen(
        'Image that fails to load',
        element('aw-photo', { src: 'images/missing.svg', alt: image.alt, width: 1200, height: 675, credit: 'AP' }),
        { note: 'The alt text takes the image’s place; aw-error is fired.' },
      ),
      specimen(
        'Decoration (alt="")',
        element('aw-photo', { src: new URL('images/gps-jamming.svg', location.href).href, alt: '', ratio: '21/9' }),
      ),
    ],
  );
}

function shareButtons({ seed, words, lang }) {
  return group(
    'share',
    '<aw-share-button>',
    'Share links are plain URLs: nothing is asked of any network until a reader picks one.',
    [
      specimen(
        'Default networks',
        element('aw-share-button', { url: seed.url, headline: seed.headline, native: 'never' }),
      ),
      specimen(
        'With the embed code',
        element('aw-share-button', {
          url: seed.url,
          headline: seed.headline,
          embed: true,
          'embed-src': `data/seed-article${dataSuffix[lang]}.json`,
          native: 'never',
        }),
        { note: 'The panel holds the snippet a partner site pastes, with a copy button.' },
      ),
      specimen(
        'Chosen networks, own label, share sheet',
        element('aw-share-button', {
          url: seed.url,
          headline: seed.headline,
          networks: 'whatsapp telegram email',
          label: words.shareLabel,
        }),
        { note: 'native="auto": devices with a share sheet open it instead of the panel.' },
      ),
    ],
  );
}

function copyButtons({ seed, words }) {
  const field = element('input', {
    id: 'copy-source',
    class: 'copy-source',
    type: 'text',
    readonly: true,
    value: seed.url,
    'aria-label': 'Article URL',
    dir: 'ltr',
  });
  const forButton = element('aw-copy-button', { for: 'copy-source' });
  return group(
    'copy',
    '<aw-copy-button>',
    'The result is announced in a live region; where the clipboard is refused, the text is selected and the reader told which keys to press.',
    [
      specimen('A value', element('aw-copy-button', { value: seed.url })),
      specimen('The text of another element (for)', forButton, {
        stage: element('div', { class: 'copy-row' }, field, forButton),
      }),
      specimen(
        'Own labels, longer feedback',
        element('aw-copy-button', {
          value: seed.url,
          label: words.copyLabel,
          'copied-label': words.copiedLabel,
          'feedback-duration': 4000,
        }),
      ),
    ],
  );
}

function relatedStories({ stories, words, lang }) {
  const grid = element('aw-related-stories', { layout: 'grid', 'heading-level': 4 });
  grid.stories = stories;
  const textOnly = element('aw-related-stories', { 'heading-level': 4 });
  textOnly.stories = stories.map(({ image: _image, ...story }) => story);
  const fallback = element(
    'aw-related-stories',
    { 'heading-level': 4 },
    element(
      'ul',
      {},
      ...stories.map((story) =>
        element(
          'li',
          {},
          element('a', { href: `${story.url}#fallback` }, story.headline),
          ' ',
          element('time', { datetime: story.datePublished }, story.datePublished.slice(0, 10)),
        ),
      ),
    ),
  );
  return group(
    'related',
    '<aw-related-stories>',
    'A list or a grid; each story reports aw-impression once when half of it has been seen for a second, and aw-select on click.',
    [
      specimen(
        'List from src',
        element('aw-related-stories', { src: `data/related-stories${dataSuffix[lang]}.json`, 'heading-level': 4 }),
        { note: 'The third story has no photo: a placeholder keeps the list aligned.' },
      ),
      specimen('Grid', grid, { property: 'stories', wide: true }),
      specimen('No photos at all', textOnly, { property: 'stories' }),
      specimen('From the wrapped list only', fallback, {
        note: 'With no other data, the <ul> it wraps (also the no-script fallback) is the data.',
      }),
      specimen(
        'Limit and own heading',
        element('aw-related-stories', {
          src: `data/related-stories${dataSuffix[lang]}.json`,
          limit: 2,
          heading: words.moreHeading,
          'heading-level': 4,
        }),
      ),
    ],
  );
}

function parts({ seed, stories }) {
  const styledCard = card({ class: 'parts-card' }, seed);
  const styledRelated = element('aw-related-stories', { class: 'parts-related', 'heading-level': 4 });
  styledRelated.stories = stories;
  const styledPhoto = element('aw-photo', {
    class: 'parts-photo',
    src: seed.image.src,
    alt: seed.image.alt,
    width: seed.image.width,
    height: seed.image.height,
    caption: seed.image.caption,
    credit: seed.image.credit,
  });
  return group(
    'parts',
    'Styling with ::part() and element properties',
    'The rules are in demo/gallery.css: ::part(card), ::part(kicker), ::part(headline), ::part(item), ::part(credit) and the --aw-card-*, --aw-related-*, --aw-photo-* properties.',
    [
      specimen('Card', styledCard, { property: 'article' }),
      specimen('Related stories', styledRelated, { property: 'stories' }),
      specimen('Photo', styledPhoto),
    ],
  );
}

// --- drawing ------------------------------------------------------------------------------

let drawing = 0;

async function draw() {
  const run = ++drawing;
  const lang = state.lang;
  const data = { ...(await dataFor(lang)), words: madeUp[lang], lang };
  const sections = [
    cardLayouts(data),
    cardSources(data),
    await cardStates(data),
    photos(data),
    shareButtons(data),
    copyButtons(data),
    relatedStories(data),
    parts(data),
  ];
  if (run !== drawing) return;
  gallery.lang = lang;
  gallery.dir = lang === 'ar' ? 'rtl' : 'ltr';
  gallery.replaceChildren(...sections);
  applyTheme();
}

/** `theme` on every element (and nested ones follow): `auto` follows the reader's system setting. */
function applyTheme() {
  gallery.dataset.theme = state.theme;
  for (const widget of document.querySelectorAll(
    'aw-article-card, aw-photo, aw-share-button, aw-copy-button, aw-related-stories',
  )) {
    if (state.theme === 'auto') widget.removeAttribute('theme');
    else widget.setAttribute('theme', state.theme);
  }
  syncThemingInputs();
}

function saveState() {
  const params = new URLSearchParams(location.search);
  params.set('lang', state.lang);
  params.set('theme', state.theme);
  history.replaceState(null, '', `?${params}`);
}

controls.elements.namedItem('lang').value = state.lang;
controls.elements.namedItem('theme').value = state.theme;
controls.addEventListener('change', (event) => {
  const input = event.target;
  if (input.name === 'lang' && input.value !== state.lang) {
    state.lang = pick(input.value, languages);
    saveState();
    draw();
  } else if (input.name === 'theme') {
    state.theme = pick(input.value, themes);
    saveState();
    applyTheme();
  }
});

// --- theming panel -------------------------------------------------------------------------

const overrides = new Map();
const darkQuery = matchMedia('(prefers-color-scheme: dark)');

function scheme() {
  return state.theme === 'dark' || (state.theme === 'auto' && darkQuery.matches) ? 'dark' : 'light';
}

const themingInputs = () => Array.from(themingControls.querySelectorAll('[data-property]'));

function showValue(input) {
  const output = input.id ? themingControls.querySelector(`output[for="${input.id}"]`) : null;
  if (output) output.value = `${input.value}${input.dataset.unit ?? ''}`;
}

/** Inputs not touched yet show the default of the scheme in use. */
function syncThemingInputs() {
  for (const input of themingInputs()) {
    if (!overrides.has(input.dataset.property)) input.value = input.dataset[scheme()] ?? '';
    showValue(input);
  }
  writeThemeCss();
}

function writeThemeCss() {
  if (overrides.size === 0) {
    themeCss.textContent = '/* Change a value above: the CSS to paste into your page appears here. */';
    return;
  }
  const lines = Array.from(overrides, ([name, value]) => `  ${name}: ${value};`);
  themeCss.textContent = `/* Inherited into the elements' shadow roots. */\n:root {\n${lines.join('\n')}\n}`;
}

themingControls.addEventListener('input', (event) => {
  const input = event.target;
  const name = input.dataset?.property;
  if (!name) return;
  const value = input.value === '' ? '' : `${input.value}${input.dataset.unit ?? ''}`;
  if (value === '') {
    overrides.delete(name);
    gallery.style.removeProperty(name);
  } else {
    overrides.set(name, value);
    gallery.style.setProperty(name, value);
  }
  showValue(input);
  writeThemeCss();
});

document.getElementById('theme-reset').addEventListener('click', () => {
  for (const name of overrides.keys()) gallery.style.removeProperty(name);
  overrides.clear();
  syncThemingInputs();
});

darkQuery.addEventListener('change', syncThemingInputs);

// --- event log -----------------------------------------------------------------------------

const eventTypes = ['aw-load', 'aw-error', 'aw-copy', 'aw-copy-error', 'aw-share', 'aw-impression', 'aw-select'];

function summary(type, detail) {
  if (!detail) return '';
  if (detail.error) return `${detail.source ? `${detail.source}: ` : ''}${detail.error.message}`;
  if (detail.article) return detail.article.headline;
  if (detail.stories) return `${detail.stories.length} stories`;
  if (type === 'aw-copy') return shorten(detail.value.replace(/\s+/g, ' '));
  if (detail.network) return `${detail.network} ${detail.url}`;
  if (detail.url) return `#${detail.index} ${detail.url}`;
  return '';
}

for (const type of eventTypes) {
  document.addEventListener(type, (event) => {
    const source = event.composedPath()[0];
    const entry = element(
      'li',
      {},
      element('code', {}, type),
      ` from <${source.localName ?? 'document'}> `,
      element('span', { class: 'event-detail' }, summary(type, event.detail)),
    );
    eventList.prepend(entry);
    while (eventList.children.length > 30) eventList.lastElementChild.remove();
  });
}

draw();
