// The app a developer writes: the package from npm, its JSX types, the data helpers, and an
// <aw-article-card> that gets its article as a property and reports aw-load to React.
import type {} from 'article-widgets/jsx';
import 'article-widgets/article-card.js';
import { normalizeArticle, type Article } from 'article-widgets/data.js';
import { useState } from 'react';

const jsonLd = {
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: 'Consumer build: a card with its data passed as a property',
  description: 'Normalized from JSON-LD by article-widgets/data.js, rendered by <aw-article-card>.',
  articleSection: 'Tests',
  datePublished: '2021-12-02T17:05:00+01:00',
  author: { '@type': 'Organization', name: 'Euronews' },
  mainEntityOfPage: 'https://publisher.example/consumer-build',
};

function toArticle(input: unknown): Article {
  const article = normalizeArticle(input, { base: 'https://publisher.example/' });
  if (article instanceof Error) throw article;
  return article;
}

export const article = toArticle(jsonLd);

export function App() {
  const [loaded, setLoaded] = useState<string>();
  return (
    <main>
      <aw-article-card
        article={article}
        layout="row"
        headingLevel={2}
        onaw-load={(event) => setLoaded(event.detail.article?.headline)}
        onaw-error={(event) => console.error(event.detail.source, event.detail.error.message)}
      >
        <a href={article.url}>{article.headline}</a>
      </aw-article-card>
      <p id="status">{loaded === undefined ? 'waiting for aw-load' : `aw-load: ${loaded}`}</p>
    </main>
  );
}
