import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { stubProperty } from '../helpers/copy-share.js';

/**
 * Keyboard-only walks through the demo article page (demo/article.html, with the built
 * dist/article-widgets.js), as a reader without a mouse goes through it: real Tab, Shift+Tab,
 * Enter, Space and Escape key presses from the browser's automation, in every engine.
 *
 * The page is opened in a same-origin frame between two buttons of the test page, so that a
 * walk can start before the page and must come out after it: a control the walk never
 * reaches, a focus trap or a walk that loops all fail. The controls a walk must reach are read
 * from the page itself (every rendered, tabbable element, through the shadow roots), so a
 * control added to the page or to an element is expected without changing this file.
 *
 * Needs `npm run build` first (npm test builds before the browser tests).
 */

type FrameWindow = Window & typeof globalThis;

interface DemoPage {
  frame: HTMLIFrameElement;
  window: FrameWindow;
  document: Document;
}

interface Variant {
  name: string;
  /** `lang` and `dir` of the page's <html>, set before its scripts run. */
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /** `theme` given to every element on the page. */
  theme?: 'dark';
}

const patience = { timeout: 10_000 };
const demoUrl = '/demo/article.html';

const before = document.createElement('button');
before.textContent = 'Before the page';
const after = document.createElement('button');
after.textContent = 'After the page';

const undo: (() => void)[] = [];
afterEach(() => {
  for (const restore of undo.splice(0).reverse()) restore();
});

/**
 * Opens the demo page in a frame sized like a small desktop window. A variant is the same
 * page, fetched and given its `lang`, `dir` and themes before it is parsed, with a <base> so
 * that its relative URLs still resolve against demo/.
 */
async function openDemo(variant: Variant): Promise<DemoPage> {
  const frame = document.createElement('iframe');
  frame.title = 'The demo article page';
  frame.style.width = '1024px';
  frame.style.height = '700px';
  const loaded = oneEvent(frame, 'load');
  if (variant.lang === undefined && variant.dir === undefined && variant.theme === undefined) {
    frame.src = demoUrl;
  } else {
    const source = await (await fetch(demoUrl)).text();
    const attributes = [
      variant.lang === undefined ? '' : ` lang="${variant.lang}"`,
      variant.dir === undefined ? '' : ` dir="${variant.dir}"`,
    ].join('');
    let page = source
      .replace(/<html\b[^>]*>/, `<html${attributes}>`)
      .replace('<head>', `<head>\n<base href="${new URL(demoUrl, location.href).href}" />`);
    if (variant.theme !== undefined) page = page.replaceAll(/<(aw-[\w-]+)\b/g, `<$1 theme="${variant.theme}"`);
    expect(page, 'the variant of the page was not made').to.not.equal(source);
    frame.srcdoc = page;
  }
  document.body.append(before, frame, after);
  undo.push(() => {
    frame.remove();
    before.remove();
    after.remove();
  });
  await loaded;
  const frameWindow = frame.contentWindow as FrameWindow;
  const frameDocument = frame.contentDocument!;
  const tags = [...new Set(Array.from(frameDocument.querySelectorAll('*'), (el) => el.localName))].filter((tag) =>
    tag.startsWith('aw-'),
  );
  expect(tags.length, 'the demo page holds no elements').to.be.greaterThan(0);
  await Promise.all(tags.map((tag) => frameWindow.customElements.whenDefined(tag)));
  const related = frameDocument.querySelector('aw-related-stories');
  if (related) {
    // The stories come from data/related-stories.json, maybe before the frame's load event,
    // maybe after: wait for their list rather than for an aw-load that may be gone.
    await waitUntil(() => related.shadowRoot?.querySelector('[part~="list"]'), 'the related stories never loaded', {
      timeout: 10_000,
    });
  }
  await settle(frameDocument);
  return { frame, window: frameWindow, document: frameDocument };
}

/** Waits for every element on the page, and in its shadow roots, to finish updating. */
async function settle(root: Document | ShadowRoot): Promise<void> {
  const elements = Array.from(root.querySelectorAll('*')).filter((el) => el.localName.startsWith('aw-'));
  for (const el of elements) {
    await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
    if (el.shadowRoot) await settle(el.shadowRoot);
  }
}

/** The focused element, followed into frames and shadow roots. */
function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  for (;;) {
    if (active?.localName === 'iframe') {
      const inner = (active as HTMLIFrameElement).contentDocument;
      if (!inner) return active;
      active = inner.activeElement;
      continue;
    }
    const inner = active?.shadowRoot?.activeElement;
    if (!inner) return active;
    active = inner;
  }
}

const tabbableSelector = [
  'a[href]',
  'area[href]',
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'iframe',
  'summary',
  '[tabindex]',
  '[contenteditable]:not([contenteditable="false"])',
].join(', ');

function isTabbable(el: Element): boolean {
  if (!el.matches(tabbableSelector) || el.matches(':disabled')) return false;
  if ((el as HTMLElement).tabIndex < 0 || el.closest('[inert]')) return false;
  // Rendered: unassigned light-DOM children, closed popovers and display:none have no boxes.
  if (el.getClientRects().length === 0) return false;
  return el.ownerDocument.defaultView!.getComputedStyle(el).visibility === 'visible';
}

/**
 * Every tabbable element under `root`, in the order of the flattened tree: a shadow host's
 * shadow tree in its place, slotted children where their slot is (the order sequential focus
 * navigation follows when no tabindex is positive).
 */
function tabbables(root: Document | ShadowRoot | Element): Element[] {
  const found: Element[] = [];
  const visitChildren = (parent: ParentNode) => {
    for (const child of Array.from(parent.children)) visit(child);
  };
  const visit = (el: Element) => {
    if (isTabbable(el)) found.push(el);
    if (el.shadowRoot) visitChildren(el.shadowRoot);
    else if (el.localName === 'slot') {
      const assigned = (el as HTMLSlotElement).assignedElements({ flatten: true });
      if (assigned.length > 0) assigned.forEach(visit);
      else visitChildren(el);
    } else visitChildren(el);
  };
  visitChildren(root);
  // A positive tabindex would come first; the page and the elements use none.
  expect(
    found.filter((el) => (el as HTMLElement).tabIndex > 0).map(describeControl),
    'controls with a positive tabindex',
  ).to.deep.equal([]);
  return found;
}

/** "aw-share-button › button "Share"": where a control is, and what a reader hears. */
function describeControl(el: Element | null): string {
  if (el === null) return 'nothing';
  const hosts: string[] = [];
  for (let root = el.getRootNode(); root instanceof el.ownerDocument.defaultView!.ShadowRoot;) {
    hosts.unshift(root.host.localName);
    root = root.host.getRootNode();
  }
  const part = el.getAttribute('part');
  const text =
    el.getAttribute('aria-label') ||
    el.textContent?.trim().replace(/\s+/g, ' ').slice(0, 48) ||
    el.querySelector('img')?.alt ||
    '';
  const where = el.ownerDocument === document ? 'test page › ' : '';
  return `${where}${[...hosts, el.localName].join(' › ')}${part ? `[part="${part}"]` : ''} "${text}"`;
}

function isTransparent(color: string): boolean {
  return color === 'transparent' || /^rgba\(.*,\s*0\)$/.test(color) || /\/\s*0\)$/.test(color);
}

/**
 * What shows that `el` has the focus: an outline or a box shadow on the element or on its
 * ::before or ::after box (the related stories draw their ring around the whole story with
 * ::after). Undefined when nothing does.
 */
function focusIndicator(el: Element): string | undefined {
  const view = el.ownerDocument.defaultView!;
  for (const pseudo of [null, '::before', '::after']) {
    const style = view.getComputedStyle(el, pseudo);
    if (pseudo !== null && (style.content === 'none' || style.content === 'normal')) continue;
    const width = parseFloat(style.outlineWidth);
    if (style.outlineStyle !== 'none' && width > 0 && !isTransparent(style.outlineColor)) {
      return `${pseudo ?? ''} outline ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`.trim();
    }
    if (style.boxShadow !== 'none' && style.boxShadow !== '') return `${pseudo ?? ''} box-shadow ${style.boxShadow}`;
  }
  return undefined;
}

/** Problems with how the focused control shows its focus; empty when it shows it well. */
function focusProblems(el: Element): string[] {
  const problems: string[] = [];
  if (!el.matches(':focus-visible')) problems.push('does not match :focus-visible');
  if (focusIndicator(el) === undefined) problems.push('has no outline or box shadow');
  const view = el.ownerDocument.defaultView!;
  const box = el.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) problems.push('has an empty box');
  if (box.bottom <= 0 || box.right <= 0 || box.top >= view.innerHeight || box.left >= view.innerWidth) {
    problems.push(`is outside the viewport (${Math.round(box.left)}, ${Math.round(box.top)})`);
  }
  return problems.map((problem) => `${describeControl(el)} ${problem}`);
}

// WebKitGTK runs under WebDriver, whose runner command takes a press but no held key.
const underWebDriver = /AppleWebKit/.test(navigator.userAgent) && !/Chrome/.test(navigator.userAgent);

async function press(key: 'Tab' | 'Shift+Tab'): Promise<void> {
  if (key === 'Tab') {
    await sendKeys({ press: 'Tab' });
  } else if (underWebDriver) {
    // One WebDriver key action of two code points: Shift (U+E008) and Tab (U+E004) go down
    // together and come up together.
    await sendKeys({ press: '\uE008\uE004' });
  } else {
    await sendKeys({ down: 'Shift' });
    try {
      await sendKeys({ press: 'Tab' });
    } finally {
      await sendKeys({ up: 'Shift' });
    }
  }
}

interface Walk {
  /** Every control that had the focus, in order, up to the stop. */
  reached: Element[];
  /** Where the walk stopped: `stop`, or what had the focus when the walk gave up. */
  end: Element | null;
  /** Focus problems seen along the way. */
  problems: string[];
}

/**
 * A scroll container that is no control of its own. Firefox stops on one with Tab so the
 * keyboard can scroll it, even when it holds controls (the share panel, once it is taller than
 * the room it has); Chromium does so only when it holds none. Such a stop is the engine's, not
 * the page's: walks leave it out of the controls they compare, but it must show its focus too.
 */
function isEngineScrollStop(el: Element): boolean {
  if (el.matches(tabbableSelector)) return false;
  const style = el.ownerDocument.defaultView!.getComputedStyle(el);
  const scrolls = (overflow: string) => overflow === 'auto' || overflow === 'scroll';
  return (
    (scrolls(style.overflowY) && el.scrollHeight > el.clientHeight) ||
    (scrolls(style.overflowX) && el.scrollWidth > el.clientWidth)
  );
}

/**
 * Presses `key` until the focus reaches `stop`, at most `limit` times (a few more than the
 * controls on the way, for the engine's own stops), recording every focused control and
 * checking that each shows its focus.
 */
async function walk(key: 'Tab' | 'Shift+Tab', stop: Element, limit: number): Promise<Walk> {
  const reached: Element[] = [];
  const problems: string[] = [];
  for (let presses = 0; presses < limit; presses++) {
    await press(key);
    const active = deepActiveElement();
    // The stop, or anywhere else outside the page under test (the other button, the body):
    // the walk has left the page.
    if (active === null || active === stop || active.ownerDocument === document) {
      return { reached, end: active, problems };
    }
    problems.push(...focusProblems(active));
    if (!isEngineScrollStop(active)) reached.push(active);
  }
  return { reached, end: deepActiveElement(), problems };
}

/** Presses Tab from the button before the page until `target` has the focus. */
async function tabTo(target: Element, controls: Element[]): Promise<void> {
  const index = controls.indexOf(target);
  expect(index, `${describeControl(target)} is not among the page's controls`).to.be.at.least(0);
  before.focus();
  for (let i = 0; i <= index; i++) await sendKeys({ press: 'Tab' });
  expect(describeControl(deepActiveElement())).to.equal(describeControl(target));
}

function shareParts(page: DemoPage) {
  const host = page.document.querySelector('aw-share-button');
  expect(host, 'the demo page has no share button').to.not.equal(null);
  const root = host!.shadowRoot!;
  return {
    host: host!,
    button: root.querySelector<HTMLButtonElement>('[part~="button"]')!,
    /** The panel, rendered the first time it opens. */
    panel: root.querySelector<HTMLElement>('[part~="panel"]'),
  };
}

function panelIsOpen(panel: HTMLElement | null): panel is HTMLElement {
  return panel !== null && panel.getClientRects().length > 0;
}

/** Presses `key` on the focused share button; resolves with the control focused in the open panel. */
async function openPanel(page: DemoPage, key: 'Enter' | ' '): Promise<Element> {
  const { button } = shareParts(page);
  expect(deepActiveElement(), 'the share button has the focus').to.equal(button);
  await sendKeys({ press: key });
  await waitUntil(
    () => {
      const { panel } = shareParts(page);
      return panelIsOpen(panel) && isInside(deepActiveElement(), panel);
    },
    'the panel did not open with the focus inside',
    patience,
  );
  expect(button.getAttribute('aria-expanded')).to.equal('true');
  return deepActiveElement()!;
}

/** The buttons of the <aw-copy-button> elements in the panel (in their own shadow roots). */
function copyButtonsIn(panel: HTMLElement): Element[] {
  return tabbables(panel).filter((el) => el.getRootNode() !== panel.getRootNode());
}

function isInside(el: Element | null, container: Element): boolean {
  for (let node: Node | null = el; node;) {
    if (node === container) return true;
    node = node.parentNode ?? (node as ShadowRoot).host ?? null;
  }
  return false;
}

const variants: Variant[] = [
  { name: 'as published (English, left to right, light)' },
  { name: 'in Arabic, right to left, with the elements in the dark theme', lang: 'ar', dir: 'rtl', theme: 'dark' },
];

for (const variant of variants) {
  describe(`keyboard-only walk through the demo article page ${variant.name}`, function () {
    this.timeout(60_000);

    it('reaches every control with Tab in page order, each showing its focus, and leaves the page after the last', async () => {
      const page = await openDemo(variant);
      const controls = tabbables(page.document);
      const { button } = shareParts(page);
      expect(controls, 'the share button is not among the controls').to.include(button);
      const related = page.document.querySelector('aw-related-stories')!;
      const storyLinks = tabbables(related.shadowRoot!);
      expect(storyLinks.length, 'the related stories render no links').to.be.greaterThan(0);

      before.focus();
      const forward = await walk('Tab', after, controls.length + 5);
      expect(forward.reached.map(describeControl)).to.deep.equal(controls.map(describeControl));
      expect(describeControl(forward.end), 'Tab after the last control').to.equal(describeControl(after));
      expect(forward.problems).to.deep.equal([]);
    });

    it('walks back through the same controls with Shift+Tab and leaves the page before the first', async () => {
      const page = await openDemo(variant);
      const controls = tabbables(page.document);
      after.focus();
      const backward = await walk('Shift+Tab', before, controls.length + 5);
      expect(backward.reached.map(describeControl)).to.deep.equal(controls.map(describeControl).reverse());
      expect(describeControl(backward.end), 'Shift+Tab before the first control').to.equal(describeControl(before));
      expect(backward.problems).to.deep.equal([]);
    });

    it('opens the share panel with Enter, walks through it and on to the page, which closes it', async () => {
      const page = await openDemo(variant);
      const { button } = shareParts(page);
      const closedControls = tabbables(page.document);
      const next = closedControls[closedControls.indexOf(button) + 1] ?? after;
      const previous = closedControls[closedControls.indexOf(button) - 1] ?? before;
      await tabTo(button, closedControls);

      const first = await openPanel(page, 'Enter');
      const panel = shareParts(page).panel!;
      expect(describeControl(first), 'focus after opening').to.equal(
        describeControl(panel.querySelector('[part~="network"]')),
      );
      expect(focusProblems(first)).to.deep.equal([]);
      const inPanel = tabbables(panel);
      expect(inPanel.map((el) => el.getAttribute('part'))).to.include.members(['close', 'embed-code']);
      expect(copyButtonsIn(panel), 'the copy buttons in the panel').to.have.length(2);

      const forward = await walk('Tab', next, inPanel.length + 5);
      expect(forward.reached.map(describeControl)).to.deep.equal(
        inPanel.slice(inPanel.indexOf(first) + 1).map(describeControl),
      );
      expect(describeControl(forward.end), 'Tab after the panel’s last control').to.equal(describeControl(next));
      expect(forward.problems).to.deep.equal([]);
      await waitUntil(() => !panelIsOpen(panel), 'the panel stayed open behind the focus', patience);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(deepActiveElement(), 'closing took the focus back').to.equal(next);

      // Back from the page, Shift+Tab comes to the button, not into the closed panel.
      await press('Shift+Tab');
      expect(describeControl(deepActiveElement())).to.equal(describeControl(button));

      // Open again: Shift+Tab goes back through the panel (its close button), to the button that
      // controls it, and on to the page before it, which closes the panel.
      const firstAgain = await openPanel(page, 'Enter');
      const inPanelAgain = tabbables(panel);
      const backward = await walk('Shift+Tab', previous, inPanelAgain.length + 5);
      expect(backward.reached.map(describeControl)).to.deep.equal(
        [...inPanelAgain.slice(0, inPanelAgain.indexOf(firstAgain)).reverse(), button].map(describeControl),
      );
      expect(describeControl(backward.end), 'Shift+Tab before the button').to.equal(describeControl(previous));
      expect(backward.problems).to.deep.equal([]);
      await waitUntil(() => !panelIsOpen(panel), 'the panel stayed open behind the focus', patience);
      expect(deepActiveElement(), 'closing took the focus back').to.equal(previous);
    });

    it('copies with Enter from each copy button in the share panel, and closes the panel with Escape', async () => {
      const page = await openDemo(variant);
      const { host, button } = shareParts(page);
      const closedControls = tabbables(page.document);
      await tabTo(button, closedControls);
      await openPanel(page, 'Enter');
      const panel = shareParts(page).panel!;

      // A stub stands in for the system clipboard, which other test pages running at the same
      // time read and write; the copy buttons' own tests use the real one.
      const copied: string[] = [];
      undo.push(
        stubProperty(page.window.navigator.clipboard, 'writeText', (text: string) => {
          copied.push(text);
          return Promise.resolve();
        }),
      );
      const values = [
        page.document.querySelector<HTMLLinkElement>('link[rel="canonical"]')!.href,
        panel.querySelector<HTMLTextAreaElement>('[part~="embed-code"]')!.value,
      ];
      const copyButtons = copyButtonsIn(panel);
      expect(copyButtons).to.have.length(values.length);
      for (const [index, copyButton] of copyButtons.entries()) {
        const walked = await walk('Tab', copyButton, tabbables(panel).length + 5);
        expect(describeControl(walked.end)).to.equal(describeControl(copyButton));
        expect(focusProblems(copyButton)).to.deep.equal([]);
        const event = oneEvent(host, 'aw-copy');
        await sendKeys({ press: 'Enter' });
        expect((await event).detail.value).to.equal(values[index]);
        expect(copied).to.deep.equal(values.slice(0, index + 1));
      }

      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !panelIsOpen(panel), 'Escape did not close the panel', patience);
      await waitUntil(() => deepActiveElement() === button, 'focus did not return to the share button', patience);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(focusProblems(button)).to.deep.equal([]);
      // And the walk goes on from the button.
      await sendKeys({ press: 'Tab' });
      expect(describeControl(deepActiveElement())).to.equal(
        describeControl(closedControls[closedControls.indexOf(button) + 1] ?? after),
      );
    });

    it('opens the share panel with Space too, and Escape from its first option gives the focus back', async () => {
      const page = await openDemo(variant);
      const { button } = shareParts(page);
      await tabTo(button, tabbables(page.document));
      const first = await openPanel(page, ' ');
      const panel = shareParts(page).panel!;
      expect(focusProblems(first)).to.deep.equal([]);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !panelIsOpen(panel), 'Escape did not close the panel', patience);
      await waitUntil(() => deepActiveElement() === button, 'focus did not return to the share button', patience);
      expect(focusProblems(button)).to.deep.equal([]);
    });
  });
}
