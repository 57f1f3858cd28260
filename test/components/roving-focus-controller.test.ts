import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html as litHtml } from 'lit';
import { RovingFocusController } from '../../src/internal/roving-focus-controller.js';

// The controller on its own, in a host made for the test: three controls that the arrow keys
// move between, and a text field among them that keeps its arrow keys.

class TestRovingHost extends LitElement {
  readonly rovingFocus = new RovingFocusController(() =>
    Array.from(this.renderRoot.querySelectorAll<HTMLElement>('.option')),
  );

  get controls(): HTMLElement[] {
    return Array.from(this.renderRoot.querySelectorAll<HTMLElement>('.option'));
  }

  get field(): HTMLTextAreaElement {
    return this.renderRoot.querySelector('textarea')!;
  }

  override render() {
    return litHtml`<div role="group" aria-label="Options" @keydown=${this.rovingFocus.handleKeydown}>
      <a class="option" href="#one">One</a>
      <button class="option" type="button">Two</button>
      <textarea aria-label="Code">text</textarea>
      <button class="option" type="button">Three</button>
    </div>`;
  }
}
customElements.define('test-roving-host', TestRovingHost);

declare global {
  interface HTMLElementTagNameMap {
    'test-roving-host': TestRovingHost;
  }
}

async function setup(dir: 'ltr' | 'rtl' = 'ltr') {
  const wrapper = await fixture<HTMLDivElement>(html`<div dir=${dir}><test-roving-host></test-roving-host></div>`);
  const el = wrapper.querySelector('test-roving-host')!;
  await el.updateComplete;
  return el;
}

const focused = (el: TestRovingHost) => el.shadowRoot!.activeElement;

/** Presses each key in turn and returns the index of the control focused after each. */
async function walk(el: TestRovingHost, keys: string[]): Promise<number[]> {
  const indices: number[] = [];
  for (const key of keys) {
    await sendKeys({ press: key });
    indices.push(el.controls.indexOf(focused(el) as HTMLElement));
  }
  return indices;
}

describe('RovingFocusController', () => {
  it('moves with Down and Up, wrapping at both ends', async () => {
    const el = await setup();
    el.controls[0]!.focus();
    expect(await walk(el, ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowUp', 'ArrowUp'])).to.deep.equal([
      1, 2, 0, 2, 1,
    ]);
  });

  it('moves to the first control with Home and the last with End', async () => {
    const el = await setup();
    el.controls[1]!.focus();
    expect(await walk(el, ['End', 'Home', 'End'])).to.deep.equal([2, 0, 2]);
  });

  it('moves with Right and Left in reading order, mirrored right to left', async () => {
    const ltr = await setup('ltr');
    ltr.controls[0]!.focus();
    expect(await walk(ltr, ['ArrowRight', 'ArrowRight', 'ArrowLeft'])).to.deep.equal([1, 2, 1]);
    const rtl = await setup('rtl');
    rtl.controls[0]!.focus();
    expect(await walk(rtl, ['ArrowLeft', 'ArrowLeft', 'ArrowRight'])).to.deep.equal([1, 2, 1]);
  });

  it('leaves the arrow keys to a field that is not one of the controls', async () => {
    const el = await setup();
    el.field.focus();
    el.field.setSelectionRange(0, 0);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal(el.field);
    expect(el.field.selectionStart).to.equal(el.field.value.length);
  });

  it('leaves keys with a modifier alone', async () => {
    const el = await setup();
    const [first, second] = el.controls;
    first!.focus();
    // Dispatched rather than pressed: WebKit's driver cannot hold a modifier down.
    const keydown = (init: KeyboardEventInit) => {
      const event = new KeyboardEvent('keydown', { bubbles: true, composed: true, cancelable: true, ...init });
      first!.dispatchEvent(event);
      return event;
    };
    for (const modifier of ['shiftKey', 'altKey', 'ctrlKey', 'metaKey'] as const) {
      const event = keydown({ key: 'ArrowDown', [modifier]: true });
      expect(event.defaultPrevented, modifier).to.equal(false);
      expect(focused(el), modifier).to.equal(first);
    }
    expect(keydown({ key: 'ArrowDown' }).defaultPrevented).to.equal(true);
    expect(focused(el)).to.equal(second);
  });

  it('takes the key it handles from the page (no scrolling)', async () => {
    const el = await setup();
    el.controls[0]!.focus();
    let prevented: boolean | undefined;
    document.addEventListener('keydown', (event) => (prevented = event.defaultPrevented), { once: true });
    await sendKeys({ press: 'ArrowDown' });
    expect(prevented).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
