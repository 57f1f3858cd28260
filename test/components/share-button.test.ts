import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import '../../src/components/share-button/share-button.js';
import type { AwShareButton } from '../../src/components/share-button/share-button.js';
import type { AwCopyButton } from '../../src/components/copy-button/copy-button.js';
import { embedCode } from '../../src/embed/embed-code.js';
import { clickAt, clickCenter, expectButtonProperties, stubProperty } from '../helpers/copy-share.js';

// Real clipboard and real popovers. Stubs only where the browser cannot do it on demand, said
// where used: navigator.share (no desktop test browser has a share sheet to drive), and the
// Popover API removed to test the fallback for older browsers.

const url = 'https://publisher.example/news/a?b=1&c=2';
const headline = 'Blinken & "Lavrov" — Байден ع';
const encodedUrl = 'https%3A%2F%2Fpublisher.example%2Fnews%2Fa%3Fb%3D1%26c%3D2';
const encodedHeadline = 'Blinken%20%26%20%22Lavrov%22%20%E2%80%94%20%D0%91%D0%B0%D0%B9%D0%B4%D0%B5%D0%BD%20%D8%B9';
const embedSrc = 'https://publisher.example/news/a.json';
const scriptUrl = 'https://publisher.example/widgets/article-widgets.js';

function parts(el: AwShareButton) {
  const root = el.shadowRoot!;
  return {
    button: root.querySelector<HTMLButtonElement>('[part="button"]')!,
    panel: root.querySelector<HTMLElement>('[part="panel"]')!,
    close: root.querySelector<HTMLButtonElement>('[part="close"]')!,
    title: root.querySelector<HTMLElement>('[part="title"]')!,
    links: Array.from(root.querySelectorAll<HTMLAnchorElement>('a[part~="network"]')),
    copyLink: root.querySelector<AwCopyButton>('[part="copy-link"]'),
    embed: root.querySelector<HTMLElement>('[part="embed"]'),
    embedCode: root.querySelector<HTMLTextAreaElement>('[part="embed-code"]'),
    embedCopy: root.querySelector<AwCopyButton>('[part="embed-copy"]'),
  };
}

/** The machine running the tests is shared and often busy: give changes time to show. */
const patience = { timeout: 5000 };

const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function isOpen(el: AwShareButton): boolean {
  const { button } = parts(el);
  // The panel is rendered the first time it opens.
  const panel = el.shadowRoot!.querySelector<HTMLElement>('[part="panel"]');
  return (
    button.getAttribute('aria-expanded') === 'true' && panel !== null && getComputedStyle(panel).display !== 'none'
  );
}

/** The element focused inside the share button, looking through the inner copy buttons. */
function focused(el: AwShareButton): Element | null {
  let active = el.shadowRoot!.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function open(el: AwShareButton): Promise<void> {
  await clickCenter(parts(el).button);
  await waitUntil(() => isOpen(el) && focused(el) !== null, 'the panel opens with focus inside', patience);
}

async function closed(el: AwShareButton): Promise<void> {
  await waitUntil(() => !isOpen(el), 'the panel closes', patience);
  await waitUntil(() => focused(el) === parts(el).button, 'focus returns to the button', patience);
}

async function shareButton(
  template = html`<aw-share-button native="never" url=${url} headline=${headline}></aw-share-button>`,
) {
  const el = await fixture<AwShareButton>(template);
  await el.updateComplete;
  return el;
}

afterEach(async () => {
  await resetMouse();
});

describe('<aw-share-button> closed', () => {
  it('is a button labelled "Share" alone until it opens, then controls a labelled panel', async () => {
    const el = await shareButton();
    const { button } = parts(el);
    expect(button.localName).to.equal('button');
    expect(text(button)).to.equal('Share');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
    // A page of buttons nobody uses holds no panels: the shadow root is the button, its label
    // and its icon (one path).
    expect(el.shadowRoot!.querySelector('[part="panel"]')).to.equal(null);
    expect(button.hasAttribute('aria-controls')).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('*')).to.have.length(5);
    await expect(el).to.be.accessible();

    await open(el);
    const { panel, title } = parts(el);
    expect(el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)).to.equal(panel);
    expect(panel.getAttribute('role')).to.equal('dialog');
    expect(el.shadowRoot!.getElementById(panel.getAttribute('aria-labelledby')!)).to.equal(title);
    await sendKeys({ press: 'Escape' });
    await closed(el);
    // Closed again, the panel stays, hidden and without its content, and the button still controls it.
    expect(getComputedStyle(panel).display).to.equal('none');
    expect(el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)).to.equal(panel);
    expect(parts(el).links).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('takes its colours from its custom properties, else from the library tokens', async () => {
    const el = await shareButton();
    expectButtonProperties(el, parts(el).button, 'share-button');
  });

  it('uses the label attribute and the element language', async () => {
    const el = await shareButton(html`<aw-share-button native="never" label="Pass it on"></aw-share-button>`);
    expect(text(parts(el).button)).to.equal('Pass it on');
    el.removeAttribute('label');
    el.label = undefined;
    el.setAttribute('lang', 'fr');
    await el.updateComplete;
    expect(text(parts(el).button)).to.equal('Partager');
  });

  it('puts the panel in the top layer with the Popover API', async () => {
    const el = await shareButton();
    await open(el);
    expect(parts(el).panel.popover).to.equal('auto');
    expect(parts(el).panel.matches(':popover-open')).to.equal(true);
  });

  it('shows a focus ring when reached with the keyboard', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><input aria-label="before" /><aw-share-button native="never" url=${url}></aw-share-button></div>`,
    );
    const el = wrapper.querySelector('aw-share-button')!;
    wrapper.querySelector('input')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(parts(el).button);
    expect(getComputedStyle(parts(el).button).outlineStyle).to.equal('solid');
  });

  it('is accessible in the dark theme and right to left', async () => {
    const dark = await shareButton(html`<aw-share-button native="never" theme="dark" url=${url}></aw-share-button>`);
    expect(dark.getAttribute('theme')).to.equal('dark');
    await expect(dark).to.be.accessible();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="ar" dir="rtl"><aw-share-button native="never" url=${url}></aw-share-button></div>`,
    );
    const rtl = wrapper.querySelector('aw-share-button')!;
    expect(text(parts(rtl).button)).to.equal('مشاركة');
    await expect(wrapper).to.be.accessible();
  });

  it('defaults script-url to the URL of its own module', async () => {
    const el = await shareButton();
    expect(new URL(el.scriptUrl).pathname).to.equal('/src/components/share-button/share-button.ts');
  });
});

describe('<aw-share-button> share links', () => {
  const expected: Record<string, string> = {
    x: `https://x.com/intent/post?url=${encodedUrl}&text=${encodedHeadline}`,
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${encodedUrl}`,
    linkedin: `https://www.linkedin.com/sharing/share-offsite/?url=${encodedUrl}`,
    whatsapp: `https://wa.me/?text=${encodedHeadline}%20${encodedUrl}`,
    telegram: `https://t.me/share/url?url=${encodedUrl}&text=${encodedHeadline}`,
    bluesky: `https://bsky.app/intent/compose?text=${encodedHeadline}%20${encodedUrl}`,
    reddit: `https://www.reddit.com/submit?url=${encodedUrl}&title=${encodedHeadline}`,
    email: `mailto:?subject=${encodedHeadline}&body=${encodedUrl}`,
  };

  it('links every network with the URL and headline encoded (quotes, ampersands, non-Latin text)', async () => {
    const el = await shareButton(
      html`<aw-share-button
        native="never"
        url=${url}
        headline=${headline}
        networks="x facebook linkedin whatsapp telegram bluesky reddit email"
      ></aw-share-button>`,
    );
    await open(el);
    const links = parts(el).links;
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(Object.values(expected));
    expect(links.map((link) => link.querySelector('.name')!.textContent)).to.deep.equal([
      'X',
      'Facebook',
      'LinkedIn',
      'WhatsApp',
      'Telegram',
      'Bluesky',
      'Reddit',
      'Email',
    ]);
    for (const link of links) {
      expect(link.getAttribute('href')).not.to.contain('+');
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(link.getAttribute('target')).to.equal(link.href.startsWith('mailto:') ? null : '_blank');
      const icon = link.querySelector('svg')!;
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      expect(icon.querySelector('image, use, foreignObject')).to.equal(null);
    }
    await expect(el).to.be.accessible();
  });

  it('offers x facebook linkedin whatsapp telegram bluesky email by default, in that order', async () => {
    const el = await shareButton();
    await open(el);
    expect(parts(el).links.map((link) => link.getAttribute('part'))).to.deep.equal(
      ['x', 'facebook', 'linkedin', 'whatsapp', 'telegram', 'bluesky', 'email'].map(
        (name) => `network network-${name}`,
      ),
    );
  });

  it('follows the networks attribute order and ignores unknown names with one warning', async () => {
    const warnings: unknown[][] = [];
    const restore = stubProperty(console, 'warn', (...args: unknown[]) => warnings.push(args));
    let el: AwShareButton;
    try {
      el = await shareButton(
        html`<aw-share-button
          native="never"
          url=${url}
          networks="email myspace Reddit x friendster x"
        ></aw-share-button>`,
      );
    } finally {
      restore();
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('myspace').and.to.contain('friendster');
    await open(el);
    expect(parts(el).links.map((link) => link.getAttribute('href')!.slice(0, 20))).to.deep.equal([
      'mailto:?subject=&bod',
      'https://www.reddit.c',
      'https://x.com/intent',
    ]);
  });

  it('names Email in the reader language', async () => {
    const el = await shareButton(
      html`<aw-share-button native="never" lang="de" url=${url} networks="email"></aw-share-button>`,
    );
    await open(el);
    expect(text(parts(el).links[0]!.querySelector('.name'))).to.equal('E-Mail');
    expect(text(parts(el).title)).to.equal('Artikel teilen');
  });

  it('defaults to the canonical link and document.title, read when opened', async () => {
    const el = await shareButton(html`<aw-share-button native="never" networks="x"></aw-share-button>`);
    const link = document.createElement('link');
    link.rel = 'canonical';
    link.href = '/canonical/story?id=7';
    document.head.append(link);
    const title = document.title;
    document.title = 'Page title & more';
    try {
      await open(el);
      const canonical = new URL('/canonical/story?id=7', location.href).href;
      expect(parts(el).links[0]!.getAttribute('href')).to.equal(
        `https://x.com/intent/post?url=${encodeURIComponent(canonical)}&text=Page%20title%20%26%20more`,
      );
    } finally {
      link.remove();
      document.title = title;
    }
  });

  it('defaults to location.href without a canonical link', async () => {
    const el = await shareButton(html`<aw-share-button native="never" networks="facebook"></aw-share-button>`);
    await open(el);
    expect(parts(el).links[0]!.getAttribute('href')).to.equal(
      `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(location.href)}`,
    );
  });

  it('renders no share links and fires aw-error for an unsafe URL', async () => {
    const el = await shareButton(html`<aw-share-button native="never" url="javascript:alert(1)"></aw-share-button>`);
    const failed = oneEvent(el, 'aw-error');
    await clickCenter(parts(el).button);
    const { detail } = await failed;
    expect(detail.source).to.equal('url');
    expect(detail.error).to.be.instanceOf(Error);
    await waitUntil(() => isOpen(el), 'the panel opens', patience);
    expect(parts(el).links).to.have.length(0);
    expect(parts(el).copyLink).to.equal(null);
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
  });

  it('fires a cancelable aw-share; preventDefault() stops the navigation', async () => {
    const el = await shareButton();
    await open(el);
    const share = oneEvent(el, 'aw-share');
    el.addEventListener('aw-share', (event) => event.preventDefault(), { once: true });
    let navigationPrevented: boolean | undefined;
    // Runs after the element's own click handler: the click bubbles out of the shadow root.
    const onClick = (event: Event) => (navigationPrevented = event.defaultPrevented);
    document.addEventListener('click', onClick, { once: true });
    await clickCenter(parts(el).links[1]!);
    const event = await share;
    expect(event.detail).to.deep.equal({ network: 'facebook', url });
    expect(event.cancelable).to.equal(true);
    expect(navigationPrevented).to.equal(true);
  });

  it('lets the link navigate when no listener cancels aw-share', async () => {
    const el = await shareButton();
    await open(el);
    let navigationPrevented: boolean | undefined;
    const share = oneEvent(el, 'aw-share');
    document.addEventListener(
      'click',
      (event) => {
        navigationPrevented = event.defaultPrevented;
        // The test itself must not open a tab: stop it here, after the element has decided.
        event.preventDefault();
      },
      { once: true },
    );
    await clickCenter(parts(el).links[0]!);
    expect((await share).detail).to.deep.equal({ network: 'x', url });
    expect(navigationPrevented).to.equal(false);
  });

  it('copies the link through an inner copy button; aw-copy comes out of the element', async () => {
    const el = await shareButton();
    await open(el);
    const copyLink = parts(el).copyLink!;
    expect(text(copyLink.shadowRoot!.querySelector('[part="label"]'))).to.equal('Copy link');
    const copied = oneEvent(document, 'aw-copy');
    await clickCenter(copyLink.shadowRoot!.querySelector('button')!);
    const event = await copied;
    expect(event.detail).to.deep.equal({ value: url });
    expect(await navigator.clipboard.readText()).to.equal(url);
    await copyLink.updateComplete;
    expect(text(copyLink.shadowRoot!.querySelector('[part="label"]'))).to.equal('Link copied');
    await expect(el).to.be.accessible();
  });
});

describe('<aw-share-button> panel, keyboard and focus', () => {
  it('taken off the page while its panel first opens: no error, and it opens once back', async () => {
    // The panel's content and the popover code load once per page: loaded first here, the
    // opening below runs to its end within the frames the test waits for.
    const other = await shareButton();
    await open(other);
    other.remove();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><aw-share-button native="never" url=${url}></aw-share-button></div>`,
    );
    const el = wrapper.querySelector('aw-share-button')!;
    await el.updateComplete;
    parts(el).button.click();
    el.remove();
    // The panel's content and the popover code load, and the opening runs to its end.
    await el.updateComplete;
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    expect(isOpen(el)).to.equal(false);
    wrapper.append(el);
    await el.updateComplete;
    expect(parts(el).button.getAttribute('aria-expanded')).to.equal('false');
    await open(el);
    expect(parts(el).links.length).to.be.greaterThan(0);
  });

  it('opens with Enter, focuses the first link, and moves with the arrow keys, Home and End', async () => {
    const el = await shareButton(
      html`<aw-share-button
        native="never"
        url=${url}
        networks="x facebook email"
        embed
        embed-src=${embedSrc}
      ></aw-share-button>`,
    );
    parts(el).button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => isOpen(el) && focused(el) === parts(el).links[0], 'focus on the first link', patience);
    expect(parts(el).button.getAttribute('aria-expanded')).to.equal('true');
    const [x, facebook, email] = parts(el).links;
    const copyLinkButton = parts(el).copyLink!.shadowRoot!.querySelector('button');
    const embedCopyButton = parts(el).embedCopy!.shadowRoot!.querySelector('button');
    const steps: [string, Element | null | undefined][] = [
      ['ArrowDown', facebook],
      ['ArrowDown', email],
      ['ArrowDown', copyLinkButton],
      ['ArrowDown', embedCopyButton],
      ['ArrowDown', x],
      ['ArrowUp', embedCopyButton],
      ['Home', x],
      ['End', embedCopyButton],
      ['ArrowUp', copyLinkButton],
      ['ArrowRight', embedCopyButton],
      ['ArrowLeft', copyLinkButton],
    ];
    for (const [key, target] of steps) {
      await sendKeys({ press: key });
      expect(focused(el), `after ${key}`).to.equal(target);
    }
  });

  it('leaves the arrow keys to the embed-code field', async () => {
    const el = await shareButton(
      html`<aw-share-button native="never" url=${url} embed embed-src=${embedSrc}></aw-share-button>`,
    );
    await open(el);
    parts(el).embedCode!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(parts(el).embedCode);
  });

  it('closes on Escape and gives focus back to the button', async () => {
    const el = await shareButton();
    parts(el).button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => isOpen(el) && focused(el) === parts(el).links[0], 'focus on the first link', patience);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Escape' });
    await closed(el);
    expect(parts(el).button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('closes with its close button and gives focus back to the button', async () => {
    const el = await shareButton();
    await open(el);
    expect(parts(el).close.getAttribute('aria-label')).to.equal('Close');
    await clickCenter(parts(el).close);
    await closed(el);
  });

  it('closes on a click outside', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="padding: 40px 0 0 300px"><aw-share-button native="never" url=${url}></aw-share-button></div>`,
    );
    const el = wrapper.querySelector('aw-share-button')!;
    await open(el);
    const outside = wrapper.getBoundingClientRect();
    await clickAt(outside.left + 10, outside.top + 10);
    await waitUntil(() => !isOpen(el), 'the panel closes', patience);
  });

  it('closes when its button is clicked again', async () => {
    const el = await shareButton();
    await open(el);
    await clickCenter(parts(el).button);
    await closed(el);
    expect(isOpen(el)).to.equal(false);
  });

  for (const theme of ['light', 'dark']) {
    it(`is accessible open, in the ${theme} theme`, async () => {
      const el = await shareButton(
        html`<aw-share-button
          native="never"
          theme=${theme}
          url=${url}
          headline=${headline}
          embed
          embed-src=${embedSrc}
        ></aw-share-button>`,
      );
      await open(el);
      expect(parts(el).copyLink!.getAttribute('theme')).to.equal(theme);
      await expect(el).to.be.accessible();
    });
  }

  it('is accessible open right to left, in Arabic', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="ar" dir="rtl" style="padding-inline-start: 200px">
        <aw-share-button
          native="never"
          url=${url}
          headline="بلينكن يحذر لافروف"
          embed
          embed-src=${embedSrc}
        ></aw-share-button>
      </div>`,
    );
    const el = wrapper.querySelector('aw-share-button')!;
    await open(el);
    expect(text(parts(el).title)).to.equal('شارك هذا المقال');
    expect(getComputedStyle(parts(el).panel).direction).to.equal('rtl');
    expect(parts(el).embedCode!.dir).to.equal('ltr');
    await expect(wrapper).to.be.accessible();
  });
});

describe('<aw-share-button> panel position', () => {
  async function placed(style: string, attributes = html``) {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="position: fixed; ${style}">
        <aw-share-button native="never" url=${url}></aw-share-button>${attributes}
      </div>`,
    );
    const el = wrapper.querySelector('aw-share-button')!;
    await open(el);
    await new Promise(requestAnimationFrame);
    return { el, button: parts(el).button.getBoundingClientRect(), panel: parts(el).panel.getBoundingClientRect() };
  }

  afterEach(() => {
    document.documentElement.removeAttribute('dir');
  });

  it('opens below the button, aligned with its start edge', async () => {
    const { button, panel } = await placed('top: 20px; left: 20px');
    expect(panel.top).to.be.closeTo(button.bottom + 6, 1);
    expect(panel.left).to.be.closeTo(button.left, 1);
  });

  it('flips above the button when it would leave the viewport at the bottom', async () => {
    const { button, panel } = await placed('bottom: 4px; left: 20px');
    expect(panel.bottom).to.be.closeTo(button.top - 6, 1);
    expect(panel.top).to.be.at.least(7);
  });

  it('stays inside the viewport next to the right edge', async () => {
    const { panel } = await placed('top: 20px; right: 4px');
    expect(panel.right).to.be.at.most(document.documentElement.clientWidth - 7);
    expect(panel.left).to.be.at.least(7);
  });

  it('aligns with the button end in right-to-left pages', async () => {
    document.documentElement.setAttribute('dir', 'rtl');
    const { button, panel } = await placed('top: 20px; right: 200px');
    expect(panel.right).to.be.closeTo(button.right, 1);
  });

  it('scrolls inside when taller than the room, and keeps the scroll position when it is placed again', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="position: fixed; top: 40%; left: 20px; --aw-share-panel-width: 12rem">
        <aw-share-button native="never" url=${url} embed embed-src=${embedSrc}></aw-share-button>
      </div>`,
    );
    const el = wrapper.querySelector('aw-share-button')!;
    await open(el);
    const { panel } = parts(el);
    await waitUntil(() => panel.scrollHeight > panel.clientHeight + 50, 'the panel is cut short and scrolls', patience);
    const rect = panel.getBoundingClientRect();
    expect(rect.top).to.be.at.least(7);
    expect(rect.bottom).to.be.at.most(document.documentElement.clientHeight - 7);
    // Scrolled part of the way, not to the end: were the content to grow or shrink a little as
    // its copy buttons finish, a position at the end would move with it.
    await Promise.all(
      Array.from(panel.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('aw-copy-button')).map(
        (button) => button.updateComplete,
      ),
    );
    panel.scrollTop = 40;
    const scrolled = panel.scrollTop;
    expect(scrolled).to.be.greaterThan(0);
    window.dispatchEvent(new Event('resize'));
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    expect(panel.scrollTop).to.equal(scrolled);
  });

  it('is never wider than the viewport less 16px', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="--aw-share-panel-width: 3000px">
        <aw-share-button native="never" url=${url}></aw-share-button>
      </div>`,
    );
    const el = wrapper.querySelector('aw-share-button')!;
    await open(el);
    const panel = parts(el).panel.getBoundingClientRect();
    expect(panel.width).to.be.at.most(window.innerWidth - 16 + 0.5);
    expect(panel.left).to.be.at.least(7);
  });
});

describe('<aw-share-button> without the Popover API', () => {
  // Stub: every test browser has the Popover API; removing it from elements exercises the
  // positioned fallback of older browsers.
  let restore: (() => void) | undefined;
  beforeEach(() => {
    restore = stubProperty(HTMLElement.prototype, 'showPopover', undefined);
  });
  afterEach(() => {
    restore?.();
  });

  it('opens a positioned panel, closes on Escape and gives focus back', async () => {
    const el = await shareButton();
    await open(el);
    const { panel } = parts(el);
    expect(panel.matches('.fallback')).to.equal(true);
    expect(getComputedStyle(panel).position).to.equal('absolute');
    expect(focused(el)).to.equal(parts(el).links[0]);
    await sendKeys({ press: 'Escape' });
    await closed(el);
  });

  it('closes on a click outside', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="padding: 40px 0 0 300px"><aw-share-button native="never" url=${url}></aw-share-button></div>`,
    );
    const el = wrapper.querySelector('aw-share-button')!;
    await el.updateComplete;
    await open(el);
    const outside = wrapper.getBoundingClientRect();
    await clickAt(outside.left + 10, outside.top + 10);
    await waitUntil(() => !isOpen(el), 'the panel closes', patience);
  });
});

describe('<aw-share-button> embed code', () => {
  it('shows the script snippet in a labelled read-only field with a copy button', async () => {
    const el = await shareButton(
      html`<aw-share-button
        native="never"
        url=${url}
        headline=${headline}
        embed
        embed-src=${embedSrc}
        script-url=${scriptUrl}
      ></aw-share-button>`,
    );
    await open(el);
    const { embed, embedCode: field, embedCopy } = parts(el);
    expect(text(embed!.querySelector('label'))).to.equal('Embed code');
    expect(text(embed!.querySelector('[part="embed-hint"]'))).to.equal(
      'Copy and paste the code below to embed this article',
    );
    expect(field!.labels![0]).to.equal(embed!.querySelector('label'));
    expect(field!.readOnly).to.equal(true);
    expect(field!.value).to.equal(embedCode({ url, headline }, { src: embedSrc, scriptUrl }));
    expect(field!.value).to.equal(
      '<aw-article-card src="https://publisher.example/news/a.json">\n' +
        '  <a href="https://publisher.example/news/a?b=1&amp;c=2">Blinken &amp; "Lavrov" — Байден ع</a>\n' +
        '</aw-article-card>\n' +
        '<script type="module" src="https://publisher.example/widgets/article-widgets.js"></script>',
    );
    expect(embedCopy!.getAttribute('for')).to.equal(field!.id);
    await expect(el).to.be.accessible();
  });

  it('selects the whole snippet when the field gets focus', async () => {
    const el = await shareButton(
      html`<aw-share-button native="never" url=${url} embed embed-src=${embedSrc}></aw-share-button>`,
    );
    await open(el);
    const field = parts(el).embedCode!;
    await clickCenter(field);
    expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
  });

  it('copies the snippet to the clipboard', async () => {
    const el = await shareButton(
      html`<aw-share-button
        native="never"
        url=${url}
        embed
        embed-src=${embedSrc}
        script-url=${scriptUrl}
      ></aw-share-button>`,
    );
    await open(el);
    const copied = oneEvent(el, 'aw-copy');
    const copyButton = parts(el).embedCopy!.shadowRoot!.querySelector('button')!;
    expect(text(copyButton)).to.equal('Copy to clipboard');
    await clickCenter(copyButton);
    const { detail } = await copied;
    expect(detail.value).to.equal(parts(el).embedCode!.value);
    expect(await navigator.clipboard.readText()).to.equal(parts(el).embedCode!.value);
    await parts(el).embedCopy!.updateComplete;
    expect(text(copyButton)).to.equal('Copied');
  });

  it('leaves the section out and fires aw-error without embed-src', async () => {
    const el = await shareButton(html`<aw-share-button native="never" url=${url} embed></aw-share-button>`);
    const failed = oneEvent(el, 'aw-error');
    await clickCenter(parts(el).button);
    const { detail } = await failed;
    expect(detail.source).to.equal('embed');
    expect(detail.error.message).to.contain('src');
    await waitUntil(() => isOpen(el), 'the panel opens', patience);
    expect(parts(el).embed).to.equal(null);
    expect(parts(el).links.length).to.be.greaterThan(0);
  });

  it('has no embed section without the embed attribute', async () => {
    const el = await shareButton(
      html`<aw-share-button native="never" url=${url} embed-src=${embedSrc}></aw-share-button>`,
    );
    await open(el);
    expect(parts(el).embed).to.equal(null);
  });
});

describe('<aw-share-button> native share', () => {
  let restore: (() => void)[] = [];
  afterEach(() => {
    for (const undo of restore) undo();
    restore = [];
  });

  /** Stub: installs navigator.share / canShare for the test and removes them after it. */
  function stubShare(share: (data: ShareData) => Promise<void>, canShare?: (data: ShareData) => boolean) {
    const calls: ShareData[] = [];
    restore.push(
      stubProperty(navigator, 'share', (data: ShareData) => {
        calls.push(data);
        return share(data);
      }),
    );
    if (canShare) restore.push(stubProperty(navigator, 'canShare', canShare));
    return calls;
  }

  it('uses navigator.share with the URL and headline, and opens no panel', async () => {
    const calls = stubShare(() => Promise.resolve());
    const el = await shareButton(html`<aw-share-button url=${url} headline=${headline}></aw-share-button>`);
    await clickCenter(parts(el).button);
    await waitUntil(() => calls.length === 1, 'navigator.share called', patience);
    expect(calls[0]).to.deep.equal({ url, title: headline });
    await el.updateComplete;
    expect(isOpen(el)).to.equal(false);
  });

  it('fires a cancelable aw-share with network "native" and the URL before the sheet opens', async () => {
    const calls = stubShare(() => Promise.resolve());
    const el = await shareButton(html`<aw-share-button url=${url} headline=${headline}></aw-share-button>`);
    const seen: { detail: { network: string; url: string }; cancelable: boolean; sheetOpen: boolean }[] = [];
    el.addEventListener('aw-share', (event) =>
      seen.push({ detail: event.detail, cancelable: event.cancelable, sheetOpen: calls.length > 0 }),
    );
    await clickCenter(parts(el).button);
    await waitUntil(() => calls.length === 1, 'navigator.share called', patience);
    expect(seen).to.deep.equal([{ detail: { network: 'native', url }, cancelable: true, sheetOpen: false }]);
  });

  it('reaches a listener on the document, as the panel’s share links do', async () => {
    stubShare(() => Promise.resolve());
    const el = await shareButton(html`<aw-share-button url=${url}></aw-share-button>`);
    const event = oneEvent(document, 'aw-share');
    await clickCenter(parts(el).button);
    expect((await event).detail).to.deep.equal({ network: 'native', url });
  });

  it('opens no sheet and no panel when a listener cancels the native aw-share', async () => {
    const calls = stubShare(() => Promise.resolve());
    const el = await shareButton(html`<aw-share-button url=${url}></aw-share-button>`);
    let fired = 0;
    el.addEventListener('aw-share', (event) => {
      fired += 1;
      event.preventDefault();
    });
    await clickCenter(parts(el).button);
    await waitUntil(() => fired === 1, 'aw-share fired', patience);
    await el.updateComplete;
    expect(calls).to.have.length(0);
    expect(isOpen(el)).to.equal(false);
  });

  it('fires no native aw-share when canShare says no (the panel’s links fire their own)', async () => {
    stubShare(
      () => Promise.resolve(),
      () => false,
    );
    const el = await shareButton(html`<aw-share-button url=${url}></aw-share-button>`);
    const networks: string[] = [];
    el.addEventListener('aw-share', (event) => networks.push(event.detail.network));
    await clickCenter(parts(el).button);
    await waitUntil(() => isOpen(el), 'the panel opens', patience);
    expect(networks).to.deep.equal([]);
  });

  it('does nothing when the reader dismisses the share sheet (AbortError)', async () => {
    let dismissed!: () => void;
    const done = new Promise<void>((resolve) => (dismissed = resolve));
    const calls = stubShare(() => {
      setTimeout(dismissed);
      return Promise.reject(new DOMException('Share canceled', 'AbortError'));
    });
    const el = await shareButton(html`<aw-share-button url=${url}></aw-share-button>`);
    let errors = 0;
    el.addEventListener('aw-error', () => (errors += 1));
    await clickCenter(parts(el).button);
    await done;
    await el.updateComplete;
    expect(calls).to.have.length(1);
    expect(isOpen(el)).to.equal(false);
    expect(errors).to.equal(0);
  });

  it('falls back to the panel when navigator.share fails otherwise', async () => {
    stubShare(() => Promise.reject(new DOMException('Not allowed', 'NotAllowedError')));
    const el = await shareButton(html`<aw-share-button url=${url}></aw-share-button>`);
    await clickCenter(parts(el).button);
    await waitUntil(() => isOpen(el), 'the panel opens', patience);
  });

  it('opens the panel when canShare says no', async () => {
    const calls = stubShare(
      () => Promise.resolve(),
      () => false,
    );
    const el = await shareButton(html`<aw-share-button url=${url}></aw-share-button>`);
    await clickCenter(parts(el).button);
    await waitUntil(() => isOpen(el), 'the panel opens', patience);
    expect(calls).to.have.length(0);
  });

  it('never uses navigator.share with native="never"', async () => {
    const calls = stubShare(() => Promise.resolve());
    const el = await shareButton();
    await open(el);
    expect(calls).to.have.length(0);
  });
});

describe('<aw-share-button> privacy', () => {
  it('makes no request to another host before a share link is clicked', async () => {
    const foreign = () =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name, location.href))
        .filter((entryUrl) => entryUrl.origin !== location.origin);
    const before = performance.getEntriesByType('resource').length;
    const el = await shareButton(
      html`<aw-share-button
        native="never"
        url=${url}
        networks="x facebook linkedin whatsapp telegram bluesky reddit email"
        embed
        embed-src=${embedSrc}
        script-url=${scriptUrl}
      ></aw-share-button>`,
    );
    await open(el);
    await new Promise(requestAnimationFrame);
    expect(foreign()).to.deep.equal([]);
    const added = performance.getEntriesByType('resource').slice(before);
    expect(added.map((entry) => entry.name).filter((name) => !name.startsWith(location.origin))).to.deep.equal([]);
    expect(document.cookie).to.equal('');
  });

  it('closes and cleans up when removed while open', async () => {
    const el = await shareButton();
    await open(el);
    el.remove();
    await el.updateComplete;
    expect(parts(el).button.getAttribute('aria-expanded')).to.equal('false');
  });
});
