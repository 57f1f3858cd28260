import type { ReactiveElement } from 'lit';
import { messagesReady } from '../i18n/messages.js';

/**
 * Gets an element its language's strings: when they still have to load (elements imported
 * one by one carry English only), the host updates again once they are there, and its
 * `updateComplete` waits for them (see `settled`).
 */
export class TranslationsController {
  private readonly host: ReactiveElement;
  private waiting: Promise<void> | undefined;

  constructor(host: ReactiveElement) {
    this.host = host;
  }

  /** Call before rendering with the language the element shows. */
  want(lang: string): void {
    const ready = messagesReady(lang);
    if (ready === undefined || ready === this.waiting) return;
    this.waiting = ready;
    void ready.then(() => {
      if (this.waiting !== ready) return;
      this.waiting = undefined;
      this.host.requestUpdate();
    });
  }

  /** Whether strings the host asked for are still loading (it shows English meanwhile). */
  get loading(): boolean {
    return this.waiting !== undefined;
  }

  /**
   * For the host's `getUpdateComplete`: runs `complete` (the element's own update promise)
   * again after each wait for strings, so the result describes the final render.
   */
  async settled(complete: () => Promise<boolean>): Promise<boolean> {
    let result = await complete();
    while (this.waiting !== undefined) {
      await this.waiting;
      result = await complete();
    }
    return result;
  }
}
