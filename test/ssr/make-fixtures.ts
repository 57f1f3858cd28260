/**
 * Writes the server-rendered HTML that test/ssr/hydration.test.ts and
 * test/security/ssr-csp.test.ts hydrate in the browsers (which cannot run @lit-labs/ssr
 * themselves) to test/ssr/fixtures/*.html: each element with inline styles (the default),
 * `.linked` to the stylesheets in fixtures/styles/, and `.nonce` with a CSP nonce.
 *
 *   node --import tsx test/ssr/make-fixtures.ts           regenerate the files
 *   node --import tsx test/ssr/make-fixtures.ts --check   exit 1 if a committed file is stale
 *
 * test/node/ssr/fixtures.test.ts runs the check, so a change to an element or to the renderer
 * that changes its HTML fails until the fixtures are regenerated and committed.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';

// Dates are written in the server's time zone: one zone for everyone, so a fixture made on
// one machine is not "stale" on another. Set before anything formats a date.
process.env.TZ = 'UTC';

const fixtures = new URL('../fixtures/', import.meta.url);
const output = new URL('./fixtures/', import.meta.url);

/** Photos as data: URLs, so the browsers load them at once and make no network request. */
function photo(fill: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 90" width="160" height="90"><rect width="160" height="90" fill="${fill}"/></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** The fixture files, by name: what `--check` compares and what the default run writes. */
export async function makeFixtures(): Promise<Record<string, string>> {
  const { render } = await import('@lit-labs/ssr');
  const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
  const { html } = await import('lit');
  const ssr = await import('../../src/ssr/index.js');
  await import('../../src/components/copy-button/copy-button.js');

  const seed = JSON.parse(readFileSync(new URL('seed-article.json', fixtures), 'utf8')) as {
    image: { src: string };
  };
  seed.image.src = photo('#5a7391');
  const related = JSON.parse(readFileSync(new URL('related-stories.json', fixtures), 'utf8')) as {
    stories: { image?: { src: string } }[];
  };
  related.stories.forEach((story, index) => {
    if (story.image) story.image.src = photo(['#7a5a91', '#91705a'][index % 2]!);
  });

  // Not part of the public API (a copy button alone is rarely worth server rendering), but its
  // hydration is what makes the copy buttons of a server-rendered page work. Its "Copied" stays
  // for ten minutes, so that a test reads it however busy the machine (two seconds by default).
  const copyButton = collectResultSync(
    render(
      html`<aw-copy-button
        value="https://publisher.example/articles/123"
        lang="en"
        feedback-duration="600000"
      ></aw-copy-button>`,
    ),
  );

  const sheets = ssr.elementStylesheets();
  /** Each element in the three ways its shadow roots may get their styles (ssr.StyleOptions). */
  const variants: [suffix: string, options: { nonce?: string; stylesheets?: string }][] = [
    ['', {}],
    ['.linked', { stylesheets: '/test/ssr/fixtures/styles/' }],
    ['.nonce', { nonce: fixtureNonce }],
  ];
  const files: Record<string, string> = {};
  for (const [suffix, options] of variants) {
    Object.assign(files, {
      [`card${suffix}.html`]: ssr.renderArticleCard(seed, { layout: 'stack', lang: 'en', headingLevel: 2, ...options }),
      [`related${suffix}.html`]: ssr.renderRelatedStories(related, { lang: 'en', layout: 'list', ...options }),
      [`photo${suffix}.html`]: ssr.renderPhoto(
        {
          src: photo('#3d7a5a'),
          alt: 'A green field',
          width: 160,
          height: 90,
          caption: 'A field',
          credit: 'AP',
          loading: 'eager',
        },
        options,
      ),
      [`share${suffix}.html`]: ssr.renderShareButton(
        {
          url: 'https://publisher.example/articles/123',
          headline: 'Blinken tells Lavrov',
          native: 'never',
          embed: true,
          embedSrc: 'https://publisher.example/articles/123.json',
          scriptUrl: 'https://publisher.example/widgets/article-widgets.js',
          lang: 'en',
        },
        options,
      ),
      // The copy button has no public render function: its one <style> is swapped by hand.
      [`copy-button${suffix}.html`]: copyButton.replace(/<style>[^<]*<\/style>/, (style) =>
        options.stylesheets !== undefined
          ? `<link rel="stylesheet" href="${options.stylesheets}aw-copy-button.css">`
          : options.nonce !== undefined
            ? style.replace('<style>', `<style nonce="${options.nonce}">`)
            : style,
      ),
    });
  }
  for (const sheet of sheets) files[`styles/${sheet.fileName}`] = sheet.css;
  // The CSP sources that allow the inline styles, for the hashes page of the strict-CSP test.
  files['styles/hashes.txt'] = sheets.map((sheet) => sheet.hash).join(' ');
  return files;
}

/** The nonce of the `.nonce` fixtures; test/server/hardening.mjs puts it in the page's CSP. */
const fixtureNonce = 'c3NyLWZpeHR1cmUtbm9uY2U=';

const files = await makeFixtures();
if (process.argv.includes('--check')) {
  const stale = Object.entries(files).filter(([name, text]) => {
    try {
      return readFileSync(new URL(name, output), 'utf8') !== `${text}\n`;
    } catch {
      return true;
    }
  });
  if (stale.length > 0) {
    console.error(
      `test/ssr/fixtures: ${stale.map(([name]) => name).join(', ')} out of date; run: node --import tsx test/ssr/make-fixtures.ts`,
    );
    process.exitCode = 1;
  }
} else {
  mkdirSync(new URL('styles/', output), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(new URL(name, output), `${text}\n`);
  console.log(`test/ssr/fixtures: wrote ${Object.keys(files).join(', ')}`);
}
