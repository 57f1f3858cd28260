import { LitElement, html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, literal } from 'lit/static-html.js';
import { copyShortcut, selectForManualCopy, writeToClipboard } from '../../internal/clipboard.js';
import { defineElement } from '../../internal/define.js';
import { serverRenderRoot } from '../../internal/server-root.js';
import { emit } from '../../internal/events.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { langConverter, lineIcon, themeConverter, tokens, type Theme } from '../../internal/tokens.js';
import { styles } from './copy-button.styles.js';

type CopyState = 'idle' | 'copied' | 'failed';

/** What a click copies: the text, and the element to select if the reader has to copy by hand. */
interface CopySource {
  text: string;
  field?: Element;
}

const copyIcon = lineIcon(
  svg`<path d="M11 9h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2h-8a2 2 0 0 1-2-2v-8a2 2 0 0 1 2-2zM5 15H4a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h9a2 2 0 0 1 2 2v1" />`,
);

const checkIcon = lineIcon(svg`<path d="M4 12.5l5 5L20 6.5" />`, 2.5);

/**
 * @summary A button that copies a value, or the text of another element, to the clipboard and
 * says so, with a keyboard fallback where the browser refuses.
 *
 * @slot icon - Replaces the clipboard icon (decorative: it is hidden from assistive technology).
 *
 * @csspart button - The `<button>`.
 * @csspart label - The button's text ("Copy to clipboard", then "Copied").
 * @csspart field - The read-only field shown with the text selected when copying failed and
 *   only `value` was given.
 * @csspart status - The live region; it shows the "Press Ctrl+C to copy" message after a failure
 *   and is visually hidden otherwise.
 *
 * @cssprop [--aw-copy-button-color=var(--aw-color-text)] - Text colour of the button.
 * @cssprop [--aw-copy-button-background=var(--aw-color-surface)] - Background of the button.
 * @cssprop [--aw-copy-button-border-color=var(--aw-color-border)] - Border colour of the button.
 * @cssprop [--aw-copy-button-padding=0.875em] - Inline padding of the button.
 * @cssprop [--aw-copy-button-success-color=#18794e] - Colour of the check mark after a copy.
 *
 * @fires {CustomEvent<{ value: string }>} aw-copy - The text was copied.
 * @fires {CustomEvent<{ error: Error }>} aw-copy-error - The clipboard could not be written; the
 *   text is selected and the reader is asked to press the copy keys.
 */
export class AwCopyButton extends LitElement {
  static override styles = [tokens, styles];

  /** Replaces the server's shadow content, or takes it over with `article-widgets/hydrate.js`. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return serverRenderRoot(this, () => super.createRenderRoot());
  }
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override get properties(): PropertyDeclarations {
    return {
      value: {},
      htmlFor: { attribute: 'for' },
      label: {},
      copiedLabel: { attribute: 'copied-label' },
      feedbackDuration: { attribute: 'feedback-duration', type: Number },
      theme: { reflect: true, converter: themeConverter },
      lang: { reflect: true, converter: langConverter },
      _state: { state: true },
      _announcement: { state: true },
      _manualText: { state: true },
    };
  }

  /** The text to copy, when no `for` is given. */
  value: string | undefined;

  /**
   * Id of an element in the same document or shadow root whose text is copied: the `value` of
   * an `<input>` or `<textarea>`, else its text content. Takes precedence over `value`.
   */
  htmlFor: string | undefined;

  /** Text of the button; defaults to "Copy to clipboard" in the element's language. */
  label: string | undefined;

  /** Text of the button and of the announcement after a copy; defaults to "Copied", localized. */
  copiedLabel: string | undefined;

  /** How long, in milliseconds, the button says "Copied". */
  feedbackDuration = 2000;

  /** Colour scheme: `auto` follows the reader's system setting. `auto`, the default, is the one value not reflected. */
  theme: Theme = 'auto';

  /**
   * Language of the button and its messages; else the closest `lang` around, else English.
   * Reflected like the built-in property (an empty value leaves the attribute out).
   */
  override lang = '';

  private _state: CopyState = 'idle';
  private _announcement = '';
  /** The text shown in the read-only field after a failure without a `for` element. */
  private _manualText: string | undefined;

  private get _field(): HTMLInputElement | HTMLTextAreaElement | null {
    return this.renderRoot.querySelector<HTMLInputElement | HTMLTextAreaElement>('.field');
  }
  private get _button(): HTMLButtonElement {
    return this.renderRoot.querySelector<HTMLButtonElement>('button')!;
  }

  private _timer: ReturnType<typeof setTimeout> | undefined;
  /** Ignores answers to an older click once a newer one started. */
  private _attempt = 0;
  private readonly _locale = new LocaleController(this);

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._clearTimer();
    if (this._state === 'copied') {
      this._state = 'idle';
      this._announcement = '';
    }
  }

  protected override willUpdate(): void {
    this._locale.resolve();
  }

  /** Also waits for the strings of the element's language when they have to load first. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this._locale.settled(() => super.getUpdateComplete());
  }

  protected override render() {
    const { messages } = this._locale;
    const copied = this._state === 'copied';
    const failed = this._state === 'failed';
    return html`<button part="button" type="button" @click=${this._onClick}>
        <span class="icon ${copied ? 'copied' : ''}" aria-hidden="true"
          ><slot name="icon">${copied ? checkIcon : copyIcon}</slot></span
        >
        <span part="label"
          >${copied ? (this.copiedLabel ?? messages.copied) : (this.label ?? messages.copyToClipboard)}</span
        >
      </button>
      ${this._manualText === undefined ? nothing : this._renderField(this._manualText, messages.copyToClipboard)}
      <span id="status" part="status" class=${failed ? 'message' : 'visually-hidden'} role="status" aria-live="polite"
        >${this._announcement}</span
      >`;
  }

  /**
   * The field holding the text selected for the reader to copy by hand: a `<textarea>` when it
   * has several lines (an `<input>` would drop the line breaks), else an `<input>`.
   */
  private _renderField(text: string, defaultLabel: string): TemplateResult {
    const lines = /[\r\n]/.test(text);
    const tag = lines ? literal`textarea` : literal`input`;
    return staticHtml`<${tag}
      class="field"
      part="field"
      readonly
      spellcheck="false"
      dir="auto"
      rows=${ifDefined(lines ? 4 : undefined)}
      aria-label=${this.label ?? defaultLabel}
      aria-describedby="status"
      .value=${text}
      @focus=${this._selectField}
      @copy=${this._onManualCopy}
    ></${tag}>`;
  }

  private _onClick(): void {
    const attempt = ++this._attempt;
    this._clearTimer();
    const source = this._source();
    if (source instanceof Error) {
      // A page bug (a `for` pointing nowhere): nothing to copy and nothing to select.
      console.warn(`<aw-copy-button>: ${source.message}`);
      void this._fail(attempt, source, undefined);
      return;
    }
    // Called before any await: the write must happen while the click's activation lasts.
    writeToClipboard(source.text).then(
      () => this._succeed(attempt, source.text),
      (error: Error) => this._fail(attempt, error, source),
    );
  }

  private _source(): CopySource | Error {
    if (this.htmlFor) {
      const root = this.getRootNode() as Document | ShadowRoot;
      const field = typeof root.getElementById === 'function' ? root.getElementById(this.htmlFor) : null;
      if (field === null) {
        if (this.value !== undefined) return { text: this.value };
        return new Error(`no element with id "${this.htmlFor}" to copy from`);
      }
      const text =
        field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement
          ? field.value
          : (field.textContent ?? '');
      return { text, field };
    }
    return { text: this.value ?? '' };
  }

  private async _succeed(attempt: number, text: string): Promise<void> {
    if (attempt !== this._attempt) return;
    await this._resetAnnouncement();
    const fieldHadFocus = this._field !== null && this.shadowRoot?.activeElement === this._field;
    this._state = 'copied';
    this._manualText = undefined;
    if (fieldHadFocus) {
      // The field goes away with the failure; keep the reader's place instead of dropping focus.
      await this.updateComplete;
      this._button.focus();
    }
    this._announcement = this.copiedLabel ?? this._locale.messages.copied;
    this._clearTimer();
    this._timer = setTimeout(() => {
      this._timer = undefined;
      this._state = 'idle';
      this._announcement = '';
    }, this.feedbackDuration);
    emit(this, 'aw-copy', { value: text });
  }

  private async _fail(attempt: number, error: Error, source: CopySource | undefined): Promise<void> {
    if (attempt !== this._attempt) return;
    if (source !== undefined) {
      await this._resetAnnouncement();
      this._state = 'failed';
      this._announcement = this._locale.messages.copyFailed(copyShortcut());
      this._manualText = source.field === undefined ? source.text : undefined;
      await this.updateComplete;
      const target = source.field ?? this._field;
      if (target) selectForManualCopy(target);
    }
    emit(this, 'aw-copy-error', { error });
  }

  /** Empties the live region first, so the same message twice in a row is announced twice. */
  private async _resetAnnouncement(): Promise<void> {
    if (this._announcement === '') return;
    this._announcement = '';
    await this.updateComplete;
  }

  private _selectField(event: FocusEvent): void {
    (event.target as HTMLInputElement).select();
  }

  /** The reader copied the selected text by hand: close the loop as if the button had done it. */
  private _onManualCopy(event: ClipboardEvent): void {
    const field = event.target as HTMLInputElement;
    const text = field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? field.value.length);
    void this._succeed(++this._attempt, text);
  }

  private _clearTimer(): void {
    if (this._timer !== undefined) clearTimeout(this._timer);
    this._timer = undefined;
  }
}

defineElement('aw-copy-button', AwCopyButton);

declare global {
  interface HTMLElementTagNameMap {
    'aw-copy-button': AwCopyButton;
  }
}
