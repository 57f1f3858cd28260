import { expect } from '@open-wc/testing';
import { openPage } from '../security/frame.js';
import type { LoadingPathReport } from './pages/loading-path.js';

/**
 * Server-rendered elements (test/ssr/fixtures) with every way a page loads the elements: the
 * bundle, the IIFE, the autoloader and the per-element modules, each with and without the
 * hydration support. Whichever it is, the reader sees each element once, at the server's size.
 * Needs `npm run build` first (npm test builds before the browser tests).
 */
const paths = ['bundle', 'iife', 'autoloader', 'elements'] as const;

for (const path of paths) {
  for (const hydrate of [false, true]) {
    describe(`server-rendered elements, ${path}${hydrate ? ' after hydrate.js' : ' without hydrate.js'}`, function () {
      this.timeout(30_000);
      let report: LoadingPathReport;

      before(async () => {
        const query = `path=${path}${hydrate ? '&hydrate' : ''}`;
        ({ report } = await openPage<LoadingPathReport>(
          `/test/ssr/pages/loading-path.html?${query}`,
          '__awLoadingPath',
          { width: 800, height: 2400 },
        ));
      });

      it('defines and renders every element', () => {
        expect(report.rendered).to.deep.equal({
          'aw-article-card': true,
          'aw-related-stories': true,
          'aw-photo': true,
          'aw-share-button': true,
        });
      });

      it('shows each headline, label and credit as often as the server did', () => {
        // One credit on the card's photo, one on the photo element.
        expect(report.counts.server).to.deep.equal({ headline: 1, related: 1, share: 1, credit: 2 });
        expect(report.counts.defined, 'once the elements are defined').to.deep.equal(report.counts.server);
        expect(report.counts.client, 'once they have rendered').to.deep.equal(report.counts.server);
      });

      it('shows every photo the server showed, throughout', () => {
        expect(report.visibleImages.server).to.be.greaterThan(2);
        expect(report.visibleImages.defined, 'once the elements are defined').to.equal(report.visibleImages.server);
        expect(report.visibleImages.client, 'once they have rendered').to.equal(report.visibleImages.server);
      });

      it('keeps every photo box and every element at the server’s size', () => {
        expect(report.images.server.length, 'images before the script').to.be.greaterThan(2);
        expect(report.images.client).to.deep.equal(report.images.server);
        expect(report.hosts.client).to.deep.equal(report.hosts.server);
      });

      it('logs and throws no error', () => {
        expect(report.errors).to.deep.equal([]);
      });
    });
  }
}
