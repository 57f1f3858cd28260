import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/internal/define.js';
import { emit } from '../../src/internal/events.js';

describe('defineElement', () => {
  it('defines a tag once and ignores a second copy of the same element', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    defineElement('aw-test-define', First);
    expect(() => defineElement('aw-test-define', Second)).not.to.throw();
    expect(customElements.get('aw-test-define')).to.equal(First);
  });
});

describe('emit', () => {
  it('dispatches a bubbling, composed event that crosses a shadow root', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    document.body.append(host);
    let detail: unknown;
    const listener = (event: Event) => (detail = (event as CustomEvent).detail);
    document.addEventListener('aw-copy', listener);
    emit(inner, 'aw-copy', { value: 'x' });
    document.removeEventListener('aw-copy', listener);
    host.remove();
    expect(detail).to.deep.equal({ value: 'x' });
  });

  it('reports a cancelled cancelable event', () => {
    const target = document.createElement('div');
    target.addEventListener('aw-share', (event) => event.preventDefault());
    expect(emit(target, 'aw-share', { network: 'x', url: 'https://a.example/' }, { cancelable: true })).to.equal(false);
  });
});
