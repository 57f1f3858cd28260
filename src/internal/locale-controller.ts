import type { ReactiveController, ReactiveElement } from 'lit';
import { directionOf, inheritedLang, resolveLang, type Direction } from '../i18n/lang.js';
import { messagesFor, messagesReady, type Messages } from '../i18n/messages.js';
import { cached } from '../data/cache.js';
import { settleAfter } from './settle.js';

/** An element with a language: its own `lang` property, which the controller reads. */
export type LocaleHost = ReactiveElement & { lang: string };

/** `resolveLang` of the candidates joined with NUL, remembered: every element resolves on every update. */
const resolved = cached(100, (key) => resolveLang(...key.split('\u0000')));

/**
 * The language of an element, the same way for all of them: its own `lang`, else its data's
 * (the article's), else the closest `lang` around it on the page (read when it is connected:
 * `render()` must not read the DOM), else English. Gives the language's strings and direction,
 * and, where the strings have to load first (elements imported one by one carry English only),
 * updates the host again once they are there; `settled` makes `updateComplete` wait for them.
 */
export class LocaleController implements ReactiveController {
  /** The resolved language tag. */
  lang = 'en';
  dir: Direction = 'ltr';
  messages: Messages = messagesFor('en');

  private readonly host: LocaleHost;
  private inherited: string | undefined;
  private waiting: Promise<void> | undefined;

  constructor(host: LocaleHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    const inherited = inheritedLang(this.host);
    if (inherited === this.inherited) return;
    this.inherited = inherited;
    this.host.requestUpdate();
  }

  /** Call from the host's `willUpdate`, with the data's language when it has one. */
  resolve(dataLang?: string): void {
    const lang = resolved(`${this.host.lang}\u0000${dataLang ?? ''}\u0000${this.inherited ?? ''}`);
    const ready = messagesReady(lang);
    if (ready !== undefined && ready !== this.waiting) {
      this.waiting = ready;
      void ready.then(() => {
        if (this.waiting !== ready) return;
        this.waiting = undefined;
        this.host.requestUpdate();
      });
    }
    this.lang = lang;
    this.dir = directionOf(lang);
    this.messages = messagesFor(lang);
  }

  /**
   * For the host's `getUpdateComplete`: runs `complete` (the element's own update promise)
   * again after each wait for strings, so the result describes the final render.
   */
  settled(complete: () => Promise<boolean>): Promise<boolean> {
    return settleAfter(complete, () => this.waiting);
  }
}
