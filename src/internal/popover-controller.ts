import type { ReactiveController, ReactiveElement } from 'lit';
import { trackPopover } from './popover-tracking.js';

/** The two elements of a popover, both in the host's shadow root. */
export interface PopoverParts {
  /** The button that opens the panel; the panel is placed against it and focus returns to it. */
  anchor: HTMLElement;
  /** The panel, rendered with `.popover=${'auto'}`, `@toggle` and `@keydown` from this controller. */
  panel: HTMLElement;
}

/**
 * A panel that opens from a button: in the top layer with the Popover API, else drawn inside
 * the host (`fallback`, with the class names `fallback` and `open` for the stylesheet). Places
 * the panel under the button (over it when there is no room below) and keeps it there while
 * the page scrolls or resizes; closes it on Escape, on a press outside and when focus moves on
 * to the rest of the page; gives focus back to the button when it closes with focus inside.
 *
 * The host renders the panel with `.popover=${'auto'}`, `@toggle=${controller.handleToggle}`
 * and `@keydown=${controller.handleKeydown}`, and the anchor with
 * `@pointerdown=${controller.handleAnchorPointerDown}`. `<aw-share-button>` gets the class with
 * its panel's content, when a panel first opens (see `share-panel.ts`).
 */
export class PopoverController implements ReactiveController {
  /** Whether the panel is open (or opening). */
  open = false;
  /** Whether the panel is drawn by hand because the Popover API is missing. */
  fallback = false;

  readonly host: ReactiveElement;
  readonly parts: () => PopoverParts;
  private openAtPointerDown = false;
  /** Stops placing the open panel and watching the page (see `popover-tracking.ts`). */
  private stopTracking: (() => void) | undefined;

  constructor(host: ReactiveElement, parts: () => PopoverParts) {
    this.host = host;
    this.parts = parts;
    host.addController(this);
  }

  hostDisconnected(): void {
    if (this.open) this.hide();
    this.untrack();
  }

  /**
   * Opens the panel once the host has rendered it open, then focuses what `focusTarget` gives
   * (the panel's first control).
   */
  async show(focusTarget: () => HTMLElement | null | undefined): Promise<void> {
    const { panel } = this.parts();
    this.fallback = typeof panel.showPopover !== 'function';
    this.open = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    // Closed meanwhile, or taken off the page (a popover shows only in a document): it stays closed.
    if (!this.open || !panel.isConnected) {
      this.afterClose();
      return;
    }
    if (!this.fallback && !panel.matches(':popover-open')) panel.showPopover();
    this.untrack();
    this.stopTracking = trackPopover(this);
    focusTarget()?.focus();
  }

  hide(): void {
    const { panel } = this.parts();
    if (!this.fallback && panel.matches(':popover-open')) {
      // The toggle event finishes the job.
      panel.hidePopover();
      return;
    }
    this.afterClose();
  }

  /**
   * Whether a click on the anchor is meant to close the panel: it is open, or it was open when
   * the pointer went down (a press outside an open popover closes it before the click arrives,
   * and the click must not open it again).
   */
  wasOpen(event: MouseEvent): boolean {
    const wasOpen = this.open || (event.detail > 0 && this.openAtPointerDown);
    this.openAtPointerDown = false;
    return wasOpen;
  }

  readonly handleAnchorPointerDown = (): void => {
    this.openAtPointerDown = this.open;
  };

  readonly handleToggle = (event: ToggleEvent): void => {
    if (event.newState === 'closed') this.afterClose();
  };

  /** Escape inside the panel; the Popover API handles it by itself. */
  readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.fallback) return;
    event.preventDefault();
    this.hide();
  };

  private afterClose(): void {
    if (!this.open) return;
    this.open = false;
    this.host.requestUpdate();
    this.untrack();
    const { anchor, panel } = this.parts();
    const active = this.host.shadowRoot?.activeElement ?? null;
    const focusWasInside = active !== null && panel.contains(active);
    const focusWasLost = document.activeElement === null || document.activeElement === document.body;
    // Focus leaves with the panel, back to the button; a click elsewhere keeps its own focus.
    if (focusWasInside || focusWasLost) anchor.focus();
  }

  private untrack(): void {
    this.stopTracking?.();
    this.stopTracking = undefined;
  }
}
