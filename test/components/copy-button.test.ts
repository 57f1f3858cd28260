import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import '../../src/components/copy-button/copy-button.js';
import type { AwCopyButton } from '../../src/components/copy-button/copy-button.js';
import { clickCenter, expectButtonProperties, stubProperty, uniqueText } from '../helpers/copy-share.js';

// The clipboard is real here: the test runner grants Chromium the clipboard permissions, sets
// Firefox's dom.events.testing.asyncClipboard pref and starts WebKit with
// --javascript-can-access-clipboard. Stubs are used only for the failures a test browser
// cannot produce on demand (a rejected write, a missing API, an Apple keyboard), as said there.

function parts(el: AwCopyButton) {
  const root = el.shadowRoot!;
  return {
    button: root.querySelector<HTMLButtonElement>('[part="button"]')!,
    label: root.querySelector<HTMLElement>('[part="label"]')!,
    status: root.querySelector<HTMLElement>('[part="status"]')!,
    field: root.querySelector<HTMLInputElement>('[part="field"]'),
  };
}

const text = (element: Element) => element.textContent?.trim() ?? '';

function rejectWrites(): () => void {
  // Stub: no test browser denies the permission on request, so writeText is made to reject.
  return stubProperty(navigator.clipboard, 'writeText', () =>
    Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
  );
}

afterEach(async () => {
  await resetMouse();
});

describe('<aw-copy-button> before a click', () => {
  it('is a real button labelled "Copy to clipboard", with an empty polite live region already in place', async () => {
    const el = await fixture<AwCopyButton>(html`<aw-copy-button value="x"></aw-copy-button>`);
    const { button, label, status, field } = parts(el);
    expect(button.localName).to.equal('button');
    expect(button.type).to.equal('button');
    expect(text(label)).to.equal('Copy to clipboard');
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.getAttribute('aria-live')).to.equal('polite');
    expect(text(status)).to.equal('');
    expect(field).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('uses the label and copied-label attributes', async () => {
    const el = await fixture<AwCopyButton>(
      html`<aw-copy-button value="x" label="Copy the quote" copied-label="Quote copied"></aw-copy-button>`,
    );
    expect(text(parts(el).label)).to.equal('Copy the quote');
  });

  it('speaks its own lang, else the closest lang around it, and follows changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="de">
        <aw-copy-button value="x"></aw-copy-button><aw-copy-button value="x" lang="fr"></aw-copy-button>
      </div>`,
    );
    const [german, french] = Array.from(wrapper.querySelectorAll('aw-copy-button'));
    // Imported on its own, the element loads other languages' strings on first need.
    await Promise.all([german!.updateComplete, french!.updateComplete]);
    expect(text(parts(german!).label)).to.equal('In die Zwischenablage kopieren');
    expect(text(parts(french!).label)).to.equal('Copier dans le presse-papiers');
    french!.lang = 'not a language!';
    await french!.updateComplete;
    expect(text(parts(french!).label)).to.equal('In die Zwischenablage kopieren');
    french!.setAttribute('lang', 'ar');
    await french!.updateComplete;
    expect(text(parts(french!).label)).to.equal('نسخ إلى الحافظة');
  });

  it('shows a focus ring when reached with the keyboard', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><input aria-label="before" /><aw-copy-button value="x"></aw-copy-button></div>`,
    );
    const el = wrapper.querySelector('aw-copy-button')!;
    wrapper.querySelector('input')!.focus();
    await sendKeys({ press: 'Tab' });
    const { button } = parts(el);
    expect(el.shadowRoot!.activeElement).to.equal(button);
    const style = getComputedStyle(button);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  it('is accessible in the dark theme', async () => {
    const el = await fixture<AwCopyButton>(html`<aw-copy-button value="x" theme="dark"></aw-copy-button>`);
    expect(el.getAttribute('theme')).to.equal('dark');
    await expect(el).to.be.accessible();
  });

  it('takes its colours and inline padding from its custom properties, else from the library tokens', async () => {
    const el = await fixture<AwCopyButton>(html`<aw-copy-button value="x"></aw-copy-button>`);
    expectButtonProperties(el, parts(el).button, 'copy-button');
  });
});

describe('<aw-copy-button> copying', () => {
  it('copies its value on a mouse click, says "Copied" and fires aw-copy', async () => {
    const value = uniqueText('value');
    const el = await fixture<AwCopyButton>(html`<aw-copy-button .value=${value}></aw-copy-button>`);
    const copied = oneEvent(el, 'aw-copy');
    await clickCenter(parts(el).button);
    const event = await copied;
    expect(event.detail).to.deep.equal({ value });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(await navigator.clipboard.readText()).to.equal(value);
    await el.updateComplete;
    expect(text(parts(el).label)).to.equal('Copied');
    expect(text(parts(el).status)).to.equal('Copied');
    await expect(el).to.be.accessible();
  });

  it('works with the keyboard alone: Enter and Space', async () => {
    const value = uniqueText('keys');
    const el = await fixture<AwCopyButton>(html`<aw-copy-button .value=${value}></aw-copy-button>`);
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(parts(el).button, 'focus is delegated to the button');
    let copied = oneEvent(el, 'aw-copy');
    await sendKeys({ press: 'Enter' });
    expect((await copied).detail.value).to.equal(value);
    expect(await navigator.clipboard.readText()).to.equal(value);

    el.value = uniqueText('space');
    await el.updateComplete;
    copied = oneEvent(el, 'aw-copy');
    await sendKeys({ press: ' ' });
    expect((await copied).detail.value).to.equal(el.value);
    expect(await navigator.clipboard.readText()).to.equal(el.value);
  });

  it('copies the value of the input named by for', async () => {
    const value = uniqueText('input');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <input id="copy-source" aria-label="Link" .value=${value} /><aw-copy-button for="copy-source"></aw-copy-button>
      </div>`,
    );
    const el = wrapper.querySelector('aw-copy-button')!;
    const copied = oneEvent(el, 'aw-copy');
    await clickCenter(parts(el).button);
    expect((await copied).detail.value).to.equal(value);
    expect(await navigator.clipboard.readText()).to.equal(value);
  });

  it('copies the text of a non-field element named by for, in preference to value', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <p id="copy-quote">Blinken &amp; "Lavrov" — Байден</p>
        <aw-copy-button for="copy-quote" value="not this"></aw-copy-button>
      </div>`,
    );
    const el = wrapper.querySelector('aw-copy-button')!;
    const copied = oneEvent(el, 'aw-copy');
    await clickCenter(parts(el).button);
    expect((await copied).detail.value).to.equal('Blinken & "Lavrov" — Байден');
    expect(await navigator.clipboard.readText()).to.equal('Blinken & "Lavrov" — Байден');
  });

  it('finds for inside its own shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const value = uniqueText('shadow');
    const field = document.createElement('textarea');
    field.id = 'inner';
    field.setAttribute('aria-label', 'Code');
    field.value = value;
    const el = document.createElement('aw-copy-button');
    el.htmlFor = 'inner';
    root.append(field, el);
    await el.updateComplete;
    const copied = oneEvent(el, 'aw-copy');
    await clickCenter(parts(el).button);
    expect((await copied).detail.value).to.equal(value);
    expect(await navigator.clipboard.readText()).to.equal(value);
  });

  it('goes back to its label after feedback-duration and empties the live region', async () => {
    const el = await fixture<AwCopyButton>(html`<aw-copy-button value="x" feedback-duration="150"></aw-copy-button>`);
    const copied = oneEvent(el, 'aw-copy');
    await clickCenter(parts(el).button);
    await copied;
    await el.updateComplete;
    expect(text(parts(el).label)).to.equal('Copied');
    await waitUntil(() => text(parts(el).label) === 'Copy to clipboard', 'label restored', { timeout: 3000 });
    expect(text(parts(el).status)).to.equal('');
  });

  it('keeps one feedback timer: a new click and disconnecting clear it', async () => {
    const duration = 43_210;
    const created: unknown[] = [];
    const cleared: unknown[] = [];
    const realSet = window.setTimeout;
    const realClear = window.clearTimeout;
    // Spies on the timer functions, to see the element's own timer (recognised by its duration).
    const restoreSet = stubProperty(window, 'setTimeout', (handler: TimerHandler, ms?: number, ...rest: unknown[]) => {
      const id = realSet(handler, ms, ...rest);
      if (ms === duration) created.push(id);
      return id;
    });
    const restoreClear = stubProperty(window, 'clearTimeout', (id?: number) => {
      cleared.push(id);
      realClear(id);
    });
    try {
      const el = await fixture<AwCopyButton>(
        html`<aw-copy-button value="x" feedback-duration=${duration}></aw-copy-button>`,
      );
      for (let click = 0; click < 2; click += 1) {
        const copied = oneEvent(el, 'aw-copy');
        await clickCenter(parts(el).button);
        await copied;
      }
      expect(created).to.have.length(2);
      expect(cleared).to.include(created[0]);
      expect(cleared).not.to.include(created[1]);
      el.remove();
      expect(cleared).to.include(created[1]);
      await el.updateComplete;
      expect(text(parts(el).label)).to.equal('Copy to clipboard');
    } finally {
      restoreSet();
      restoreClear();
    }
  });

  it('announces a second copy in a row again: the live region empties before it says "Copied"', async () => {
    const el = await fixture<AwCopyButton>(html`<aw-copy-button value="x" feedback-duration="60000"></aw-copy-button>`);
    let copied = oneEvent(el, 'aw-copy');
    await clickCenter(parts(el).button);
    await copied;
    await el.updateComplete;
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(text(parts(el).status)));
    observer.observe(parts(el).status, { childList: true, characterData: true, subtree: true });
    copied = oneEvent(el, 'aw-copy');
    await clickCenter(parts(el).button);
    await copied;
    await el.updateComplete;
    observer.disconnect();
    expect(seen[0]).to.equal('');
    expect(seen.at(-1)).to.equal('Copied');
  });
});

describe('<aw-copy-button> when the clipboard refuses', () => {
  it('shows the value selected in a read-only field, says "Press Ctrl+C to copy" and fires aw-copy-error', async () => {
    const value = uniqueText('denied');
    const el = await fixture<AwCopyButton>(html`<aw-copy-button .value=${value}></aw-copy-button>`);
    const restore = rejectWrites();
    try {
      const failed = oneEvent(el, 'aw-copy-error');
      await clickCenter(parts(el).button);
      const event = await failed;
      expect(event.detail.error).to.be.instanceOf(Error);
      expect(event.detail.error.name).to.equal('NotAllowedError');
    } finally {
      restore();
    }
    await el.updateComplete;
    const { field, status, label } = parts(el);
    expect(field, 'the fallback field').to.not.equal(null);
    expect(field!.readOnly).to.equal(true);
    expect(field!.value).to.equal(value);
    expect(el.shadowRoot!.activeElement).to.equal(field);
    expect([field!.selectionStart, field!.selectionEnd]).to.deep.equal([0, value.length]);
    expect(text(status)).to.match(/^Press (Ctrl\+C|⌘C) to copy$/);
    expect(status.getBoundingClientRect().width, 'the message is visible').to.be.greaterThan(20);
    expect(text(label)).to.equal('Copy to clipboard');
    await expect(el).to.be.accessible();
  });

  it('offers a value of several lines in a text area, line breaks kept', async () => {
    const value = `<aw-article-card src="https://publisher.example/a.json">\n  <a href="https://publisher.example/a">${uniqueText('lines')}</a>\n</aw-article-card>`;
    const el = await fixture<AwCopyButton>(html`<aw-copy-button .value=${value}></aw-copy-button>`);
    const restore = rejectWrites();
    try {
      const failed = oneEvent(el, 'aw-copy-error');
      await clickCenter(parts(el).button);
      await failed;
    } finally {
      restore();
    }
    await el.updateComplete;
    const field = el.shadowRoot!.querySelector<HTMLTextAreaElement>('[part="field"]')!;
    expect(field.localName).to.equal('textarea');
    expect(field.readOnly).to.equal(true);
    expect(field.value).to.equal(value);
    expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, value.length]);
    await expect(el).to.be.accessible();
  });

  it('says "Copied" when the reader then copies the selected text by hand', async () => {
    const value = uniqueText('manual');
    const el = await fixture<AwCopyButton>(html`<aw-copy-button .value=${value}></aw-copy-button>`);
    const restore = rejectWrites();
    try {
      const failed = oneEvent(el, 'aw-copy-error');
      await clickCenter(parts(el).button);
      await failed;
    } finally {
      restore();
    }
    await el.updateComplete;
    // A synthetic copy event stands for the reader's Ctrl+C (key chords differ per driver).
    const copied = oneEvent(el, 'aw-copy');
    parts(el).field!.dispatchEvent(new ClipboardEvent('copy', { bubbles: true, composed: true }));
    expect((await copied).detail.value).to.equal(value);
    await el.updateComplete;
    expect(text(parts(el).status)).to.equal('Copied');
    expect(parts(el).field).to.equal(null);
    expect(el.shadowRoot!.activeElement, 'focus stays on the element').to.equal(parts(el).button);
  });

  it('selects the text of the element named by for instead of showing a field', async () => {
    const value = uniqueText('code');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <textarea id="copy-code" aria-label="Code" readonly .value=${value}></textarea
        ><aw-copy-button for="copy-code"></aw-copy-button>
      </div>`,
    );
    const el = wrapper.querySelector('aw-copy-button')!;
    const textarea = wrapper.querySelector('textarea')!;
    const restore = rejectWrites();
    try {
      const failed = oneEvent(el, 'aw-copy-error');
      await clickCenter(parts(el).button);
      await failed;
    } finally {
      restore();
    }
    await el.updateComplete;
    expect(parts(el).field).to.equal(null);
    expect(document.activeElement).to.equal(textarea);
    expect([textarea.selectionStart, textarea.selectionEnd]).to.deep.equal([0, value.length]);
    expect(text(parts(el).status)).to.match(/^Press (Ctrl\+C|⌘C) to copy$/);
  });

  it('selects the text of a plain element named by for', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <p id="copy-para">Selected by the fallback</p>
        <aw-copy-button for="copy-para"></aw-copy-button>
      </div>`,
    );
    const el = wrapper.querySelector('aw-copy-button')!;
    const restore = rejectWrites();
    try {
      const failed = oneEvent(el, 'aw-copy-error');
      await clickCenter(parts(el).button);
      await failed;
    } finally {
      restore();
    }
    expect(document.getSelection()!.toString()).to.equal('Selected by the fallback');
  });

  it('falls back the same way without a Clipboard API when the copy command fails too', async () => {
    const el = await fixture<AwCopyButton>(html`<aw-copy-button value="no api"></aw-copy-button>`);
    // Stubs: an insecure context has no navigator.clipboard; the legacy command is made to fail.
    const restoreClipboard = stubProperty(navigator, 'clipboard', undefined);
    const restoreCommand = stubProperty(document, 'execCommand', () => false);
    try {
      const failed = oneEvent(el, 'aw-copy-error');
      await clickCenter(parts(el).button);
      expect((await failed).detail.error).to.be.instanceOf(Error);
    } finally {
      restoreClipboard();
      restoreCommand();
    }
    await el.updateComplete;
    expect(parts(el).field!.value).to.equal('no api');
    expect(text(parts(el).status)).to.match(/^Press (Ctrl\+C|⌘C) to copy$/);
  });

  it('copies with the legacy copy command where the Clipboard API is missing', async () => {
    const value = uniqueText('legacy');
    const el = await fixture<AwCopyButton>(html`<aw-copy-button .value=${value}></aw-copy-button>`);
    // Stub: an insecure context has no navigator.clipboard; document.execCommand is real.
    const restore = stubProperty(navigator, 'clipboard', undefined);
    let event: CustomEvent<{ value: string }>;
    try {
      const copied = oneEvent(el, 'aw-copy');
      await clickCenter(parts(el).button);
      event = await copied;
    } finally {
      restore();
    }
    expect(event.detail.value).to.equal(value);
    expect(await navigator.clipboard.readText()).to.equal(value);
  });

  it('names ⌘C on Apple platforms', async () => {
    const el = await fixture<AwCopyButton>(html`<aw-copy-button value="x" lang="en"></aw-copy-button>`);
    // Stubs: the platform is what the test machine has; pretend it is a Mac.
    const restoreWrites = rejectWrites();
    const restoreHints = stubProperty(navigator, 'userAgentData', { platform: 'macOS' });
    try {
      const failed = oneEvent(el, 'aw-copy-error');
      await clickCenter(parts(el).button);
      await failed;
    } finally {
      restoreWrites();
      restoreHints();
    }
    await el.updateComplete;
    expect(text(parts(el).status)).to.equal('Press ⌘C to copy');
  });

  it('reports a for that names no element, without an unhandled rejection', async () => {
    const el = await fixture<AwCopyButton>(html`<aw-copy-button for="nowhere"></aw-copy-button>`);
    const warnings: unknown[][] = [];
    const restore = stubProperty(console, 'warn', (...args: unknown[]) => warnings.push(args));
    try {
      const failed = oneEvent(el, 'aw-copy-error');
      await clickCenter(parts(el).button);
      expect((await failed).detail.error.message).to.contain('nowhere');
    } finally {
      restore();
    }
    expect(warnings).to.have.length(1);
  });
});
