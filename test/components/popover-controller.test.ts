import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import { LitElement, css, html as litHtml } from 'lit';
import { PopoverController } from '../../src/internal/popover-controller.js';
import { clickAt, clickCenter, stubProperty } from '../helpers/copy-share.js';

// The controller on its own, in a host made for the test: a button that opens a panel holding
// one control. Real popovers; the Popover API removed from the panel where the fallback for
// older browsers is tested (every test browser has the API).

class TestPopoverHost extends LitElement {
  static override styles = css`
    :host {
      display: inline-block;
      position: relative;
    }
    .panel {
      display: none;
      box-sizing: border-box;
      inline-size: 200px;
      position: fixed;
      inset: auto;
      margin: 0;
    }
    .panel:popover-open {
      display: block;
    }
    .panel.fallback {
      position: absolute;
    }
    .panel.fallback.open {
      display: block;
    }
  `;

  readonly controller = new PopoverController(this, () => ({ anchor: this.anchor, panel: this.panel }));

  get anchor(): HTMLButtonElement {
    return this.renderRoot.querySelector('#anchor')!;
  }

  get panel(): HTMLElement {
    return this.renderRoot.querySelector('#panel')!;
  }

  get inner(): HTMLButtonElement {
    return this.renderRoot.querySelector('#inner')!;
  }

  override render() {
    const { open, fallback } = this.controller;
    return litHtml`<button
        id="anchor"
        type="button"
        aria-expanded=${open ? 'true' : 'false'}
        @pointerdown=${this.controller.handleAnchorPointerDown}
        @click=${this._onClick}
      >
        Open
      </button>
      <div
        id="panel"
        class="panel ${fallback ? 'fallback' : ''} ${fallback && open ? 'open' : ''}"
        role="dialog"
        aria-label="Panel"
        .popover=${'auto'}
        @toggle=${this.controller.handleToggle}
        @keydown=${this.controller.handleKeydown}
      >
        <button id="inner" type="button">Inside</button>
      </div>`;
  }

  private _onClick(event: MouseEvent): void {
    if (this.controller.wasOpen(event)) this.controller.hide();
    else void this.controller.show(() => this.inner);
  }
}
customElements.define('test-popover-host', TestPopoverHost);

declare global {
  interface HTMLElementTagNameMap {
    'test-popover-host': TestPopoverHost;
  }
}

/** The machine running the tests is shared and often busy: give changes time to show. */
const patience = { timeout: 5000 };

function isOpen(el: TestPopoverHost): boolean {
  return el.controller.open && getComputedStyle(el.panel).display !== 'none';
}

/** Hidden, and done with closing: the Popover API's toggle event comes a task after the panel hides. */
function isClosed(el: TestPopoverHost): boolean {
  return !el.controller.open && getComputedStyle(el.panel).display === 'none';
}

async function setup(options: { fallback?: boolean } = {}) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="padding: 40px">
      <test-popover-host></test-popover-host>
      <input aria-label="elsewhere" style="margin-block-start: 200px" />
    </div>`,
  );
  const el = wrapper.querySelector('test-popover-host')!;
  await el.updateComplete;
  if (options.fallback) stubProperty(el.panel, 'showPopover', undefined);
  await clickCenter(el.anchor);
  await waitUntil(() => isOpen(el), 'the panel opens', patience);
  await waitUntil(() => el.shadowRoot!.activeElement === el.inner, 'focus moves into the panel', patience);
  return { el, outside: wrapper.querySelector('input')! };
}

async function closedWithFocusOnAnchor(el: TestPopoverHost): Promise<void> {
  await waitUntil(() => isClosed(el), 'the panel closes', patience);
  await waitUntil(() => el.shadowRoot!.activeElement === el.anchor, 'focus returns to the button', patience);
  await el.updateComplete;
  expect(el.anchor.getAttribute('aria-expanded')).to.equal('false');
}

afterEach(async () => {
  await resetMouse();
});

for (const fallback of [false, true]) {
  describe(`PopoverController ${fallback ? 'without the Popover API' : 'with the Popover API'}`, () => {
    it(fallback ? 'draws the panel inside the host' : 'opens the panel in the top layer', async () => {
      const { el } = await setup({ fallback });
      expect(el.controller.fallback).to.equal(fallback);
      expect(el.panel.matches('.fallback.open')).to.equal(fallback);
      expect(el.anchor.getAttribute('aria-expanded')).to.equal('true');
    });

    it('places the panel under the button, aligned with its start edge', async () => {
      const { el } = await setup({ fallback });
      const anchor = el.anchor.getBoundingClientRect();
      const panel = el.panel.getBoundingClientRect();
      expect(panel.top).to.be.closeTo(anchor.bottom + 6, 1);
      expect(panel.left).to.be.closeTo(anchor.left, 1);
    });

    it('closes on Escape and gives focus back to the button', async () => {
      const { el } = await setup({ fallback });
      await sendKeys({ press: 'Escape' });
      await closedWithFocusOnAnchor(el);
    });

    if (fallback) {
      // By hand, the panel closes on pointerdown, before the press moves the focus to the page.
      it('closes on a press outside', async () => {
        const { el } = await setup({ fallback });
        await clickAt(window.innerWidth - 5, window.innerHeight - 5);
        await waitUntil(() => isClosed(el), 'the panel closes', patience);
      });
    } else {
      it('closes on a press outside and gives focus back to the button when it went nowhere', async () => {
        const { el } = await setup({ fallback });
        await clickAt(window.innerWidth - 5, window.innerHeight - 5);
        await closedWithFocusOnAnchor(el);
      });
    }

    it('closes on a press outside on a control, which keeps the focus', async () => {
      const { el, outside } = await setup({ fallback });
      await clickCenter(outside);
      await waitUntil(() => isClosed(el), 'the panel closes', patience);
      expect(document.activeElement).to.equal(outside);
    });

    it('closes when a click on the button that opened it arrives', async () => {
      const { el } = await setup({ fallback });
      await clickCenter(el.anchor);
      await closedWithFocusOnAnchor(el);
      // Closed for good: the click did not open it again.
      await el.updateComplete;
      expect(isOpen(el)).to.equal(false);
    });

    it('closes when focus moves on to the rest of the page', async () => {
      const { el, outside } = await setup({ fallback });
      outside.focus();
      await waitUntil(() => isClosed(el), 'the panel closes', patience);
      expect(document.activeElement).to.equal(outside);
    });

    it('stops listening to the page once closed', async () => {
      const { el } = await setup({ fallback });
      el.controller.hide();
      await closedWithFocusOnAnchor(el);
      el.panel.style.setProperty('top', '1px');
      window.dispatchEvent(new Event('resize'));
      await new Promise(requestAnimationFrame);
      await new Promise(requestAnimationFrame);
      expect(el.panel.style.getPropertyValue('top')).to.equal('1px');
    });
  });
}
