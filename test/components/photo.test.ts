import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '../helpers/media.js';
import type { AwPhoto } from '../../src/components/photo/photo.js';
import '../../src/components/photo/photo.js';
import { messagesFor } from '../../src/i18n/index.js';

/** A solid PNG made on the spot, so no test depends on a network. */
function pngUrl(width: number, height: number, colour: string): string {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d')!;
  context.fillStyle = colour;
  context.fillRect(0, 0, width, height);
  return canvas.toDataURL('image/png');
}

const photo = pngUrl(48, 27, '#3a6ea5');
const whitePhoto = pngUrl(48, 27, '#ffffff');

let heldBackCount = 0;
/** An SVG image that the test server holds back, so the state before it arrives can be measured. */
function heldBackUrl(width: number, height: number, delay = 1500): string {
  heldBackCount += 1;
  const body = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="100%" height="100%" fill="#3a6ea5"/></svg>`;
  const query = new URLSearchParams({
    delay: String(delay),
    type: 'image/svg+xml',
    body,
    n: `${Date.now()}-${heldBackCount}`,
  });
  return `/api/held-back.svg?${query}`;
}

/** Whether a reader sees the element: rendered, and not hidden. */
function visible(element: Element | null): boolean {
  return element !== null && element.getClientRects().length > 0 && getComputedStyle(element).visibility === 'visible';
}

function parts(el: AwPhoto) {
  const root = el.shadowRoot!;
  const image = root.querySelector<HTMLImageElement>('[part~="image"]');
  const figcaption = root.querySelector<HTMLElement>('figcaption');
  const credit = root.querySelector<HTMLElement>('[part~="credit"]');
  return {
    figure: root.querySelector<HTMLElement>('[part~="figure"]'),
    image,
    caption: root.querySelector<HTMLElement>('[part~="caption"]'),
    credit: visible(credit) ? credit : null,
    figcaption: visible(figcaption) ? figcaption : null,
    frame: root.querySelector<HTMLElement>('.frame')!,
    fallback: root.querySelector<HTMLElement>('.fallback'),
  };
}

/** Resolves once the element shows its loaded image (the load event may already be past). */
async function imageLoaded(el: AwPhoto): Promise<void> {
  const image = el.shadowRoot!.querySelector<HTMLImageElement>('[part~="image"]')!;
  if (!image.complete) await oneEvent(image, 'load');
  await waitUntil(() => parts(el).frame.classList.contains('loaded'), 'the image did not load');
  await el.updateComplete;
}

type ImageErrorEvent = CustomEvent<{ error: Error; source: string }>;

/**
 * Collects aw-error events through a listener bound in the template, so it is in place before
 * the element first renders (a refused URL is reported during that first update, and a 404 can
 * come back before fixture() returns).
 */
function errorRecorder() {
  const events: ImageErrorEvent[] = [];
  let resolveFirst: (event: ImageErrorEvent) => void = () => {};
  const first = new Promise<ImageErrorEvent>((resolve) => (resolveFirst = resolve));
  const listener = (event: ImageErrorEvent) => {
    events.push(event);
    resolveFirst(event);
  };
  return { events, first, listener };
}

function sized(width: number) {
  return (template: unknown) => html`<div style="inline-size: ${width}px">${template}</div>`;
}

describe('aw-photo', () => {
  describe('with an image, caption and credit', () => {
    let el: AwPhoto;
    beforeEach(async () => {
      const wrapper = await fixture(
        sized(480)(
          html`<aw-photo
            src=${photo}
            alt="Antony Blinken and Sergey Lavrov shaking hands"
            width="1200"
            height="675"
            caption="Antony Blinken and Sergey Lavrov in Stockholm"
            credit="AP"
          ></aw-photo>`,
        ),
      );
      el = wrapper.querySelector('aw-photo')!;
      await el.updateComplete;
    });

    it('renders a figure with the image, then caption and credit in the figcaption', async () => {
      const { figure, image, caption, credit, figcaption } = parts(el);
      expect(figure!.localName).to.equal('figure');
      expect(image!.localName).to.equal('img');
      expect(image!.getAttribute('src')).to.equal(photo);
      expect(image!.alt).to.equal('Antony Blinken and Sergey Lavrov shaking hands');
      expect(figcaption!.parentElement).to.equal(figure);
      expect(caption!.textContent).to.equal('Antony Blinken and Sergey Lavrov in Stockholm');
      expect(credit!.textContent).to.equal('Credit: AP');
      expect([...figcaption!.children]).to.deep.equal([caption, credit]);
      // Read as two phrases, not "StockholmCredit".
      expect(figcaption!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Antony Blinken and Sergey Lavrov in Stockholm Credit: AP',
      );
      expect(figure!.closest('[lang]')!.getAttribute('lang')).to.equal('en');
      expect(figure!.closest('[dir]')!.getAttribute('dir')).to.equal('ltr');
      await imageLoaded(el);
    });

    it('is a block whose image fills the width', async () => {
      await imageLoaded(el);
      expect(getComputedStyle(el).display).to.equal('block');
      const image = parts(el).image!.getBoundingClientRect();
      expect(image.width).to.be.closeTo(480, 1);
      expect(image.height).to.be.closeTo(270, 1);
      expect(getComputedStyle(parts(el).image!).objectFit).to.equal('cover');
    });

    it('shows the image fully once loaded', async () => {
      await imageLoaded(el);
      await waitUntil(() => getComputedStyle(parts(el).image!).opacity === '1', 'the image did not fade in');
    });

    it('is accessible', async () => {
      await imageLoaded(el);
      await expect(el).to.be.accessible();
    });
  });

  describe('credit in other languages', () => {
    it('follows its own lang attribute', async () => {
      const el = await fixture<AwPhoto>(html`<aw-photo lang="fr" src=${photo} alt="x" credit="AP"></aw-photo>`);
      expect(parts(el).credit!.textContent).to.equal(messagesFor('fr').credit('AP'));
      expect(parts(el).credit!.textContent).to.match(/^Crédit\s:\sAP$/u);
      expect(parts(el).figure!.closest('[lang]')!.getAttribute('lang')).to.equal('fr');
    });

    it('follows the closest lang of the page', async () => {
      const wrapper = await fixture(html`<div lang="fr"><aw-photo src=${photo} alt="x" credit="AP"></aw-photo></div>`);
      const el = wrapper.querySelector('aw-photo')!;
      await el.updateComplete;
      expect(parts(el).credit!.textContent).to.equal(messagesFor('fr').credit('AP'));
    });

    it('updates when its lang changes', async () => {
      const el = await fixture<AwPhoto>(html`<aw-photo src=${photo} alt="x" credit="AP"></aw-photo>`);
      expect(parts(el).credit!.textContent).to.equal('Credit: AP');
      el.setAttribute('lang', 'de');
      await el.updateComplete;
      expect(parts(el).credit!.textContent).to.equal(messagesFor('de').credit('AP'));
    });

    it('falls back to English for a malformed lang', async () => {
      const el = await fixture<AwPhoto>(
        html`<aw-photo lang="no_such tag" src=${photo} alt="x" credit="AP"></aw-photo>`,
      );
      expect(parts(el).credit!.textContent).to.equal('Credit: AP');
    });

    describe('in Arabic', () => {
      let el: AwPhoto;
      beforeEach(async () => {
        el = await fixture<AwPhoto>(
          html`<aw-photo
            lang="ar"
            src=${photo}
            alt="أنتوني بلينكن وسيرغي لافروف"
            caption="بلينكن ولافروف في ستوكهولم"
            credit="AP"
          ></aw-photo>`,
        );
      });

      it('reads right to left', () => {
        const { figure, credit } = parts(el);
        expect(figure!.closest('[dir]')!.getAttribute('dir')).to.equal('rtl');
        expect(figure!.closest('[lang]')!.getAttribute('lang')).to.equal('ar');
        expect(credit!.textContent).to.equal(messagesFor('ar').credit('AP'));
        expect(credit!.textContent).to.contain('AP');
        expect(getComputedStyle(credit!).direction).to.equal('rtl');
      });

      it('is accessible', async () => {
        await imageLoaded(el);
        await expect(el).to.be.accessible();
      });
    });
  });

  describe('credit over the image', () => {
    async function overlaid(lang: string) {
      const wrapper = await fixture(
        sized(400)(
          html`<aw-photo
            lang=${lang}
            credit-position="overlay"
            src=${whitePhoto}
            alt="A white wall"
            ratio="16/9"
            caption="A wall"
            credit="AP"
          ></aw-photo>`,
        ),
      );
      const el = wrapper.querySelector('aw-photo')!;
      await imageLoaded(el);
      return el;
    }

    it('sits in the bottom right corner of the image in left-to-right text', async () => {
      const el = await overlaid('en');
      const image = parts(el).image!.getBoundingClientRect();
      const credit = parts(el).credit!.getBoundingClientRect();
      expect(credit.left).to.be.greaterThan(image.left + image.width / 2);
      expect(credit.right).to.be.at.most(image.right);
      expect(image.right - credit.right).to.be.lessThan(16);
      expect(credit.top).to.be.greaterThan(image.top + image.height / 2);
      expect(credit.bottom).to.be.at.most(image.bottom);
      expect(image.bottom - credit.bottom).to.be.lessThan(16);
    });

    it('sits in the bottom left corner of the image in right-to-left text', async () => {
      const el = await overlaid('ar');
      const image = parts(el).image!.getBoundingClientRect();
      const credit = parts(el).credit!.getBoundingClientRect();
      expect(credit.right).to.be.lessThan(image.left + image.width / 2);
      expect(credit.left).to.be.at.least(image.left);
      expect(credit.left - image.left).to.be.lessThan(16);
      expect(credit.bottom).to.be.at.most(image.bottom);
      expect(image.bottom - credit.bottom).to.be.lessThan(16);
    });

    it('keeps the caption below the image and the credit inside the figcaption', async () => {
      const el = await overlaid('en');
      const { image, caption, credit, figcaption } = parts(el);
      expect(caption!.getBoundingClientRect().top).to.be.at.least(image!.getBoundingClientRect().bottom);
      expect(credit!.parentElement).to.equal(figcaption);
    });

    it('is white text on a dark backdrop', async () => {
      const el = await overlaid('en');
      const style = getComputedStyle(parts(el).credit!);
      expect(style.color).to.equal('rgb(255, 255, 255)');
      const [red, green, blue, alpha] = style.backgroundColor.match(/[\d.]+/g)!.map(Number);
      expect(Math.max(red!, green!, blue!)).to.be.lessThan(40);
      // White text over the backdrop on a white photo keeps a 4.5:1 contrast from 0.6 on.
      expect(alpha).to.be.at.least(0.6);
    });

    it('needs no caption', async () => {
      const el = await fixture<AwPhoto>(
        html`<aw-photo credit-position="overlay" src=${photo} alt="x" ratio="16/9" credit="AP"></aw-photo>`,
      );
      await imageLoaded(el);
      const image = parts(el).image!.getBoundingClientRect();
      const credit = parts(el).credit!.getBoundingClientRect();
      expect(credit.bottom).to.be.at.most(image.bottom);
      expect(credit.top).to.be.at.least(image.top);
      expect(el.getBoundingClientRect().bottom).to.be.closeTo(image.bottom, 1);
    });

    it('is accessible', async () => {
      const el = await overlaid('en');
      await expect(el).to.be.accessible();
    });
  });

  describe('before the image arrives', () => {
    it('reserves the box from width and height', async () => {
      const wrapper = await fixture(
        sized(400)(html`<aw-photo src=${heldBackUrl(1200, 675)} alt="x" width="1200" height="675"></aw-photo>`),
      );
      const el = wrapper.querySelector('aw-photo')!;
      await el.updateComplete;
      const { image, frame } = parts(el);
      expect(image!.complete).to.equal(false);
      expect(frame.getBoundingClientRect().width).to.be.closeTo(400, 0.5);
      expect(frame.getBoundingClientRect().height).to.be.closeTo(225, 0.5);
    });

    for (const [ratio, height] of [
      ['4/3', 300],
      ['4:3', 300],
      ['4 / 3', 300],
      ['1.5', 266.67],
      ['1', 400],
    ] as const) {
      it(`reserves the box from ratio="${ratio}"`, async () => {
        const wrapper = await fixture(
          sized(400)(
            html`<aw-photo src=${heldBackUrl(1200, 675)} alt="x" width="1200" height="675" ratio=${ratio}></aw-photo>`,
          ),
        );
        const el = wrapper.querySelector('aw-photo')!;
        await el.updateComplete;
        expect(parts(el).image!.complete).to.equal(false);
        expect(parts(el).frame.getBoundingClientRect().height).to.be.closeTo(height, 0.5);
      });
    }

    it('ignores a malformed ratio and reserves 16:9 without any size', async () => {
      const wrapper = await fixture(
        sized(400)(html`<aw-photo src=${heldBackUrl(300, 300)} alt="x" ratio="wide"></aw-photo>`),
      );
      const el = wrapper.querySelector('aw-photo')!;
      await el.updateComplete;
      expect(parts(el).frame.getBoundingClientRect().height).to.be.closeTo(225, 0.5);
    });

    it('shifts nothing when the image arrives', async () => {
      const supportsLayoutShift = PerformanceObserver.supportedEntryTypes?.includes('layout-shift') ?? false;
      let shift = 0;
      const observer = supportsLayoutShift
        ? new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) shift += (entry as PerformanceEntry & { value: number }).value;
          })
        : undefined;
      const wrapper = await fixture(
        sized(400)(
          html`<aw-photo src=${heldBackUrl(1200, 675)} alt="x" width="1200" height="675" caption="Caption"></aw-photo>
            <p id="after">Text after the photo</p>`,
        ),
      );
      observer?.observe({ type: 'layout-shift', buffered: true });
      const el = wrapper.querySelector('aw-photo')!;
      const after = wrapper.querySelector('#after')!;
      await el.updateComplete;
      const image = parts(el).image!;
      expect(image.complete).to.equal(false);
      const before = { host: el.getBoundingClientRect().height, next: after.getBoundingClientRect().top };
      await oneEvent(image, 'load');
      await el.updateComplete;
      expect(el.getBoundingClientRect().height).to.equal(before.host);
      expect(after.getBoundingClientRect().top).to.equal(before.next);
      if (observer !== undefined) {
        // Layout shifts are reported in the next frame at the latest.
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        for (const entry of observer.takeRecords()) shift += (entry as PerformanceEntry & { value: number }).value;
        observer.disconnect();
        expect(shift).to.equal(0);
      }
    });

    it('shows the placeholder colour, then fades the image in', async () => {
      const el = await fixture<AwPhoto>(
        html`<aw-photo
          src=${heldBackUrl(160, 90, 800)}
          alt="x"
          width="160"
          height="90"
          placeholder="rgb(200, 40, 40)"
        ></aw-photo>`,
      );
      const { frame } = parts(el);
      const image = el.shadowRoot!.querySelector<HTMLImageElement>('[part~="image"]')!;
      expect(image.complete).to.equal(false);
      expect(getComputedStyle(frame).backgroundColor).to.equal('rgb(200, 40, 40)');
      expect(getComputedStyle(image).visibility).to.equal('hidden');
      await imageLoaded(el);
      expect(getComputedStyle(image).visibility).to.equal('visible');
      expect(getComputedStyle(image).animationName).to.equal('aw-photo-in');
      expect(getComputedStyle(image).animationDuration).to.equal('0.2s');
      // Pages in the test runner may be throttled in the background, so the fade is finished by
      // hand instead of waited for: what matters is where it ends.
      for (const animation of image.getAnimations()) animation.finish();
      expect(getComputedStyle(image).opacity).to.equal('1');
      expect(getComputedStyle(frame).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    });

    it('uses the library placeholder when the colour is not valid CSS', async () => {
      const el = await fixture<AwPhoto>(
        html`<aw-photo src=${heldBackUrl(160, 90, 500)} alt="x" placeholder="url(https://evil.example/)"></aw-photo>`,
      );
      expect(getComputedStyle(parts(el).frame).backgroundColor).to.equal('rgb(212, 216, 222)');
    });

    it('takes only a colour written out: var(), env() and escapes fall back to the library placeholder', async () => {
      // CSS.supports('color', …) accepts anything holding var(): substitution happens later.
      for (const placeholder of [
        'var(--x, url(https://evil.example/x.png))',
        'var(--aw-color-accent)',
        'env(safe-area-inset-top, red)',
        'v\\61r(--x)',
        'red; background: url(https://evil.example/x.png)',
        'rgb(from var(--x) r g b)',
      ]) {
        const el = await fixture<AwPhoto>(
          html`<aw-photo src=${heldBackUrl(160, 90, 500)} alt="x" placeholder=${placeholder}></aw-photo>`,
        );
        const { frame } = parts(el);
        expect(frame.style.getPropertyValue('--_placeholder'), placeholder).to.equal('');
        expect(getComputedStyle(frame).backgroundColor, placeholder).to.equal('rgb(212, 216, 222)');
      }
      const el = await fixture<AwPhoto>(
        html`<aw-photo src=${heldBackUrl(160, 90, 500)} alt="x" placeholder="  #c82828 "></aw-photo>`,
      );
      expect(getComputedStyle(parts(el).frame).backgroundColor).to.equal('rgb(200, 40, 40)');
      await expect(el).to.be.accessible();
    });

    it('follows the --aw-photo-placeholder custom property', async () => {
      const wrapper = await fixture(
        html`<div style="--aw-photo-placeholder: rgb(1, 2, 3)">
          <aw-photo src=${heldBackUrl(160, 90, 500)} alt="x"></aw-photo>
        </div>`,
      );
      const el = wrapper.querySelector('aw-photo')!;
      await el.updateComplete;
      expect(getComputedStyle(parts(el).frame).backgroundColor).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('motion', () => {
    it('turns the fade off for readers who prefer reduced motion', async () => {
      const el = await fixture<AwPhoto>(html`<aw-photo src=${photo} alt="x"></aw-photo>`);
      const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
      const reduced = rules.find(
        (rule): rule is CSSMediaRule =>
          rule instanceof CSSMediaRule && /prefers-reduced-motion:\s*reduce/.test(rule.conditionText),
      );
      expect(reduced, 'a prefers-reduced-motion rule').not.to.equal(undefined);
      // Where the browser's automation cannot emulate media features, the rule above is checked instead.
      const emulated = await emulateMedia({ reducedMotion: 'reduce' });
      try {
        await imageLoaded(el);
        const image = parts(el).image!;
        if (emulated && matchMedia('(prefers-reduced-motion: reduce)').matches) {
          expect(getComputedStyle(image).animationName).to.equal('none');
        } else {
          const imageRule = [...reduced!.cssRules].find(
            (rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && /\.image\b/.test(rule.selectorText),
          );
          expect(imageRule?.style.animationName || imageRule?.style.animation).to.match(/none/);
        }
      } finally {
        if (emulated) await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });

  describe('loading', () => {
    it('is lazy by default with no priority hint', async () => {
      const el = await fixture<AwPhoto>(html`<aw-photo src=${photo} alt="x"></aw-photo>`);
      expect(parts(el).image!.getAttribute('loading')).to.equal('lazy');
      expect(parts(el).image!.hasAttribute('fetchpriority')).to.equal(false);
    });

    it('passes loading="eager" and fetchpriority="high" to the image', async () => {
      const el = await fixture<AwPhoto>(
        html`<aw-photo src=${photo} alt="x" loading="eager" fetchpriority="high"></aw-photo>`,
      );
      expect(parts(el).image!.getAttribute('loading')).to.equal('eager');
      expect(parts(el).image!.getAttribute('fetchpriority')).to.equal('high');
      expect(el.fetchPriority).to.equal('high');
    });

    it('ignores values the image would not understand', async () => {
      const el = await fixture<AwPhoto>(
        html`<aw-photo src=${photo} alt="x" loading="soon" fetchpriority="urgent"></aw-photo>`,
      );
      expect(parts(el).image!.getAttribute('loading')).to.equal('lazy');
      expect(parts(el).image!.hasAttribute('fetchpriority')).to.equal(false);
    });

    it('passes a safe srcset and sizes through', async () => {
      const small = pngUrl(16, 9, '#000000');
      const large = heldBackUrl(1200, 675, 3000);
      const el = await fixture<AwPhoto>(
        html`<aw-photo
          src=${photo}
          srcset="${small} 320w, ${large} 1200w"
          sizes="(min-width: 800px) 50vw, 100vw"
          alt="x"
        ></aw-photo>`,
      );
      const image = parts(el).image!;
      expect(image.getAttribute('srcset')).to.equal(`${small} 320w, ${new URL(large, document.baseURI).href} 1200w`);
      expect(image.getAttribute('sizes')).to.equal('(min-width: 800px) 50vw, 100vw');
    });
  });

  describe('when the image is slow', () => {
    it('shows the alt text in the box after its timeout, fires aw-error, and lets the image replace the text when it arrives', async () => {
      const errors = errorRecorder();
      const wrapper = await fixture(
        sized(400)(
          html`<aw-photo
            @aw-error=${errors.listener}
            src=${heldBackUrl(48, 27, 1500)}
            alt="Antony Blinken and Sergey Lavrov shaking hands"
            timeout="100"
          ></aw-photo>`,
        ),
      );
      const el = wrapper.querySelector('aw-photo')!;
      const { detail } = await errors.first;
      await el.updateComplete;
      expect(detail.source).to.equal('image');
      expect(detail.error.message).to.contain('did not arrive within 100 ms');
      const slow = parts(el);
      expect(slow.fallback!.textContent).to.contain('Antony Blinken and Sergey Lavrov shaking hands');
      expect(slow.frame.getBoundingClientRect().height).to.be.closeTo((400 * 9) / 16, 1);
      await expect(el).to.be.accessible();
      // The image is still on its way: when it arrives it takes the text's place.
      await imageLoaded(el);
      expect(parts(el).fallback).to.equal(null);
      expect(errors.events).to.have.length(1);
    });

    it('starts the clock only once the photo is in view (a lazy image is not requested before)', async () => {
      const errors = errorRecorder();
      const wrapper = await fixture(
        html`<div style="block-size: 200px; overflow: auto">
          <div style="block-size: 3000px"></div>
          <aw-photo @aw-error=${errors.listener} src="/hardening/hang.png" alt="Far below" timeout="1"></aw-photo>
        </div>`,
      );
      const el = wrapper.querySelector('aw-photo')!;
      await el.updateComplete;
      // Two frames: far longer than a 1 ms clock, had it started before the photo came into view.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect(errors.events).to.have.length(0);
      expect(parts(el).fallback).to.equal(null);
      el.scrollIntoView();
      await errors.first;
      await el.updateComplete;
      expect(parts(el).fallback!.textContent).to.contain('Far below');
      el.remove();
    });
  });

  describe('when the image fails', () => {
    const missing = '/api/missing.png?status=404&type=image/png';
    let el: AwPhoto;
    let detail: { error: Error; source: string };

    beforeEach(async () => {
      const errors = errorRecorder();
      const wrapper = await fixture(
        sized(400)(
          html`<aw-photo
            @aw-error=${errors.listener}
            src=${missing}
            alt="Antony Blinken and Sergey Lavrov shaking hands"
            width="1200"
            height="675"
            caption="Antony Blinken and Sergey Lavrov in Stockholm"
            credit="AP"
          ></aw-photo>`,
        ),
      );
      el = wrapper.querySelector('aw-photo')!;
      ({ detail } = await errors.first);
      await el.updateComplete;
    });

    it('fires aw-error naming the URL', () => {
      expect(detail.source).to.equal('image');
      expect(detail.error).to.be.instanceOf(Error);
      expect(detail.error.message).to.contain('/api/missing.png');
    });

    it('keeps the box and shows the alt text in it', () => {
      const { frame, fallback, image } = parts(el);
      expect(frame.getBoundingClientRect().height).to.be.closeTo(225, 0.5);
      expect(visible(image), 'the failed image').to.equal(false);
      expect(fallback!.textContent!.trim()).to.equal('Antony Blinken and Sergey Lavrov shaking hands');
      expect(fallback!.getAttribute('role')).to.equal('img');
      expect(fallback!.getAttribute('aria-label')).to.equal('Antony Blinken and Sergey Lavrov shaking hands');
      const box = fallback!.getBoundingClientRect();
      expect(box.width).to.be.closeTo(400, 0.5);
      expect(box.height).to.be.closeTo(225, 0.5);
    });

    it('keeps caption and credit', () => {
      expect(parts(el).caption!.textContent).to.equal('Antony Blinken and Sergey Lavrov in Stockholm');
      expect(parts(el).credit!.textContent).to.equal('Credit: AP');
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });

    it('keeps showing the image when src changes to the same URL', async () => {
      el.src = photo;
      await el.updateComplete;
      await imageLoaded(el);
      el.src = ` ${photo} `;
      await el.updateComplete;
      // Not reset to the placeholder: no second load event would come to end it.
      expect(parts(el).frame.classList.contains('loaded')).to.equal(true);
    });

    it('recovers when given a working src', async () => {
      el.src = photo;
      await el.updateComplete;
      expect(parts(el).fallback).to.equal(null);
      await imageLoaded(el);
      expect(parts(el).image!.getAttribute('src')).to.equal(photo);
    });
  });

  describe('when the image fails and has no alt text', () => {
    it('says the image is unavailable, in the reader’s language', async () => {
      const errors = errorRecorder();
      const el = await fixture<AwPhoto>(
        html`<aw-photo
          @aw-error=${errors.listener}
          lang="fr"
          src="/api/missing.png?status=404&type=image/png"
          alt=""
        ></aw-photo>`,
      );
      await errors.first;
      await el.updateComplete;
      const { fallback } = parts(el);
      expect(fallback!.textContent!.trim()).to.equal(messagesFor('fr').imageUnavailable);
      // alt="" is decoration: nothing to announce.
      expect(fallback!.getAttribute('aria-hidden')).to.equal('true');
      await expect(el).to.be.accessible();
    });
  });

  describe('with an unsafe src', () => {
    for (const src of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', ' JaVa\tScRiPt:alert(1)']) {
      it(`never sets ${JSON.stringify(src)} and reports it`, async () => {
        const { events, listener } = errorRecorder();
        const wrapper = await fixture(
          sized(400)(
            html`<aw-photo
              @aw-error=${listener}
              src=${src}
              alt="A photo"
              ratio="16/9"
              caption="Caption"
              credit="AP"
            ></aw-photo>`,
          ),
        );
        const el = wrapper.querySelector('aw-photo')!;
        await el.updateComplete;
        const root = el.shadowRoot!;
        expect(visible(parts(el).image), 'the refused image').to.equal(false);
        expect(parts(el).image!.hasAttribute('src')).to.equal(false);
        expect(root.innerHTML.toLowerCase()).not.to.contain('alert(1)');
        expect(parts(el).fallback!.textContent!.trim()).to.equal('A photo');
        expect(parts(el).frame.getBoundingClientRect().height).to.be.closeTo(225, 0.5);
        expect(parts(el).credit!.textContent).to.equal('Credit: AP');
        expect(events).to.have.length(1);
        expect(events[0]!.detail.source).to.equal('image');
        expect(events[0]!.detail.error.message).to.match(/not allowed|must be/);
        await expect(el).to.be.accessible();
      });
    }

    it('drops unsafe srcset candidates and reports them', async () => {
      const { events, listener } = errorRecorder();
      const el = await fixture<AwPhoto>(
        html`<aw-photo
          @aw-error=${listener}
          src=${photo}
          srcset="javascript:alert(1) 1x, ${photo} 2x"
          alt="x"
        ></aw-photo>`,
      );
      expect(parts(el).image!.getAttribute('srcset')).to.equal(`${photo} 2x`);
      expect(events).to.have.length(1);
      expect(events[0]!.detail.error.message).to.contain('javascript:');
    });

    it('reports a new unsafe src set later', async () => {
      const el = await fixture<AwPhoto>(html`<aw-photo src=${photo} alt="x"></aw-photo>`);
      const event = oneEvent(el, 'aw-error') as Promise<ImageErrorEvent>;
      el.src = 'vbscript:msgbox(1)';
      const { detail } = await event;
      expect(detail.error.message).to.contain('vbscript:');
      await el.updateComplete;
      expect(visible(parts(el).image), 'the refused image').to.equal(false);
    });
  });

  describe('alt text', () => {
    let originalWarn: typeof console.warn;
    let warnings: unknown[][];
    beforeEach(() => {
      originalWarn = console.warn;
      warnings = [];
      console.warn = (...args: unknown[]) => warnings.push(args);
    });
    afterEach(() => {
      console.warn = originalWarn;
    });

    it('warns once per element when alt is missing, without throwing', async () => {
      const el = await fixture<AwPhoto>(html`<aw-photo src=${photo} caption="Caption"></aw-photo>`);
      el.caption = 'Another caption';
      await el.updateComplete;
      el.credit = 'AP';
      await el.updateComplete;
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.contain('alt');
      expect(parts(el).image).not.to.equal(null);
      await fixture<AwPhoto>(html`<aw-photo src=${photo}></aw-photo>`);
      expect(warnings).to.have.length(2);
    });

    it('does not warn when alt is given, even empty', async () => {
      await fixture<AwPhoto>(html`<aw-photo src=${photo} alt="A photo"></aw-photo>`);
      await fixture<AwPhoto>(html`<aw-photo src=${photo} alt=""></aw-photo>`);
      expect(warnings).to.have.length(0);
    });

    it('treats alt="" as decoration', async () => {
      const el = await fixture<AwPhoto>(html`<aw-photo src=${photo} alt=""></aw-photo>`);
      const { image, figure } = parts(el);
      expect(image!.getAttribute('alt')).to.equal('');
      expect(figure!.getAttribute('aria-hidden')).to.equal('true');
      await imageLoaded(el);
      await expect(el).to.be.accessible();
    });

    it('keeps the figure of a decorative image that has a caption', async () => {
      const el = await fixture<AwPhoto>(html`<aw-photo src=${photo} alt="" caption="Caption"></aw-photo>`);
      expect(parts(el).image!.getAttribute('alt')).to.equal('');
      expect(parts(el).figure!.hasAttribute('aria-hidden')).to.equal(false);
      await expect(el).to.be.accessible();
    });
  });

  describe('in the dark theme', () => {
    let el: AwPhoto;
    beforeEach(async () => {
      const wrapper = await fixture(
        html`<div style="background: #17191e; padding: 8px">
          <aw-photo
            theme="dark"
            src=${photo}
            alt="x"
            caption="Antony Blinken and Sergey Lavrov in Stockholm"
            credit="AP"
          ></aw-photo>
        </div>`,
      );
      el = wrapper.querySelector('aw-photo')!;
      await imageLoaded(el);
    });

    it('reflects the theme and uses light text', () => {
      expect(el.getAttribute('theme')).to.equal('dark');
      expect(getComputedStyle(parts(el).caption!).color).to.equal('rgb(236, 238, 242)');
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('styling', () => {
    it('follows the public custom properties', async () => {
      const el = await fixture<AwPhoto>(
        html`<aw-photo
          style="--aw-photo-radius: 3px; --aw-photo-caption-color: rgb(1, 2, 3); --aw-photo-credit-color: rgb(4, 5, 6)"
          src=${photo}
          alt="x"
          caption="Caption"
          credit="AP"
        ></aw-photo>`,
      );
      expect(getComputedStyle(parts(el).frame).borderTopLeftRadius).to.equal('3px');
      expect(getComputedStyle(parts(el).caption!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(parts(el).credit!).color).to.equal('rgb(4, 5, 6)');
    });

    it('leaves out the figcaption when there is neither caption nor credit', async () => {
      const el = await fixture<AwPhoto>(html`<aw-photo src=${photo} alt="x"></aw-photo>`);
      expect(parts(el).figcaption).to.equal(null);
    });
  });
});
