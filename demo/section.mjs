// The demo's section front (for the demo server, Node): 30 article cards from
// demo/data/section.json, rendered on the server for each request as a publisher's CMS renders
// its pages (article-widgets/ssr.js, from the built lib/), with one script tag. The cards' shadow
// roots link to the elements' stylesheets (served at /demo/styles/), which the demo's strict CSP
// allows where it would refuse inline styles.
import { readFile } from 'node:fs/promises';

const ssr = () => import('../lib/ssr/index.js');

/** The stylesheet `name` (`aw-article-card.css`, …) the cards link to, or undefined. */
export async function sectionStylesheet(name) {
  const { elementStylesheets } = await ssr();
  return elementStylesheets().find((sheet) => sheet.fileName === name)?.css;
}

/** The section front's HTML, its relative URLs resolved against `pageUrl`. */
export async function sectionFront(pageUrl) {
  const { renderArticleCard } = await ssr();
  const groups = JSON.parse(await readFile(new URL('./data/section.json', import.meta.url), 'utf8'));
  const cards = (name) =>
    groups[name]
      .map(({ article, layout, headingLevel }) =>
        renderArticleCard(article, { layout, headingLevel, lang: 'en', base: pageUrl, stylesheets: 'styles/' }),
      )
      .join('\n');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Europe | Publisher</title>
    <meta name="description" content="The latest from Europe: a section front of 30 article cards." />
    <meta name="color-scheme" content="light dark" />
    <link rel="icon" href="favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="demo.css" />
    <link rel="stylesheet" href="section.css" />
    <script type="module" src="../dist/autoloader.js"></script>
  </head>
  <body class="site">
    <a class="skip-link" href="#front">Skip to the stories</a>
    <header class="site-header">
      <a class="site-logo" href="./"><img src="images/logo.svg" alt="Publisher: demo pages" width="160" height="40" /></a>
      <nav aria-label="Sections">
        <ul class="site-nav">
          <li><a href="./">Demo pages</a></li>
          <li><a href="gallery.html">Gallery</a></li>
          <li><a href="article.html">Article</a></li>
          <li><a href="section.html" aria-current="page">Section front</a></li>
        </ul>
      </nav>
    </header>
    <main id="front" class="front">
      <h1 class="front-title">Europe</h1>
      <section class="front-lead" aria-label="Lead story">${cards('lead')}</section>
      <section class="front-top" aria-label="Top stories">${cards('top')}</section>
      <section class="front-grid" aria-labelledby="more-stories">
        <h2 id="more-stories" class="front-heading">More stories</h2>
        ${cards('grid')}
      </section>
      <aside class="front-latest" aria-labelledby="latest">
        <h2 id="latest" class="front-heading">Latest</h2>
        ${cards('latest')}
      </aside>
      <section class="front-more" aria-labelledby="opinion">
        <h2 id="opinion" class="front-heading">Opinion and analysis</h2>
        ${cards('more')}
      </section>
    </main>
    <footer class="site-footer">
      <p>
        A section front as a publisher runs one: 30 cards in five arrangements, rendered on the server with
        <code>article-widgets/ssr.js</code> for each request, and one script tag, <code>dist/autoloader.js</code>,
        that brings them to life with the card's code alone. Every card is readable before any script runs, and
        nothing moves when it does.
      </p>
    </footer>
  </body>
</html>
`;
}
