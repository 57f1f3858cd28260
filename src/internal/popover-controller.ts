import type { ReactiveController, ReactiveElement } from 'lit';

/** Space between the anchor and the panel, and between the panel and the viewport's edges. */
const GAP = 6;
const VIEWPORT_MARGIN = 8;

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
 * `@pointerdown=${controller.handleAnchorPointerDown}`.
 */
export class PopoverController implements ReactiveController {
  /** Whether the panel is open (or opening). */
  open = false;
  /** Whether the panel is drawn by hand because the Popover API is missing. */
  fallback = false;

  private readonly host: ReactiveElement;
  private readonly parts: () => PopoverParts;
  private openAtPointerDown = false;
  private resizeObserver: ResizeObserver | undefined;
  private frame = 0;

  constructor(host: ReactiveElement, parts: () => PopoverParts) {
    this.host = host;
    this.parts = parts;
    host.addController(this);
  }

  hostDisconnected(): void {
    if (this.open) this.hide();
    this.stopTracking();
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
    if (!this.open) return;
    if (!this.fallback && !panel.matches(':popover-open')) panel.showPopover();
    this.startTracking();
    this.position();
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
    this.stopTracking();
    const { anchor, panel } = this.parts();
    const active = this.host.shadowRoot?.activeElement ?? null;
    const focusWasInside = active !== null && panel.contains(active);
    const focusWasLost = document.activeElement === null || document.activeElement === document.body;
    // Focus leaves with the panel, back to the button; a click elsewhere keeps its own focus.
    if (focusWasInside || focusWasLost) anchor.focus();
  }

  /**
   * Places the panel under the anchor (over it when there is no room below), aligned with the
   * anchor's start edge and kept inside the viewport.
   */
  private position(): void {
    if (!this.open) return;
    const { anchor: button, panel } = this.parts();
    const anchor = button.getBoundingClientRect();
    const viewportWidth = document.documentElement.clientWidth || window.innerWidth;
    const viewportHeight = document.documentElement.clientHeight || window.innerHeight;
    const { width } = panel.getBoundingClientRect();
    // Under CSS zoom on an ancestor, lengths set on the panel are scaled; measured rects are not.
    const scale = panel.offsetWidth > 0 ? width / panel.offsetWidth : 1;
    // The height the content wants, even while a max-block-size cuts it short. (Removing the
    // limit to measure would reset the reader's scroll position inside the panel.)
    const height = (panel.scrollHeight + panel.offsetHeight - panel.clientHeight) * scale;
    const rtl = getComputedStyle(panel).direction === 'rtl';

    const preferredLeft = rtl ? anchor.right - width : anchor.left;
    const left = Math.max(VIEWPORT_MARGIN, Math.min(preferredLeft, viewportWidth - VIEWPORT_MARGIN - width));

    const spaceBelow = viewportHeight - anchor.bottom - GAP - VIEWPORT_MARGIN;
    const spaceAbove = anchor.top - GAP - VIEWPORT_MARGIN;
    let placement: 'below' | 'above' = 'below';
    if (height > spaceBelow && (height <= spaceAbove || spaceAbove > spaceBelow)) placement = 'above';
    const room = placement === 'below' ? spaceBelow : spaceAbove;
    const shownHeight = Math.min(height, Math.max(room, 120));
    if (height > room) panel.style.setProperty('max-block-size', `${Math.max(room, 120) / scale}px`);
    else panel.style.removeProperty('max-block-size');
    let top = placement === 'below' ? anchor.bottom + GAP : anchor.top - GAP - shownHeight;

    let x = left;
    if (this.fallback) {
      // Without the top layer the panel is positioned against the host, not the viewport.
      const host = this.host.getBoundingClientRect();
      x -= host.left;
      top -= host.top;
    }
    panel.dataset['placement'] = placement;
    panel.style.setProperty('top', `${top / scale}px`);
    panel.style.setProperty('left', `${x / scale}px`);
  }

  private readonly schedulePosition = (): void => {
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.position();
    });
  };

  private readonly handleDocumentPointerDown = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this.host)) this.hide();
  };

  private readonly handleDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && !event.defaultPrevented) this.hide();
  };

  /**
   * Focus that moves on to the rest of the page (Tab past the panel's last control, Shift+Tab
   * before the button) closes the panel, as a click outside does. Left open, the panel kept its
   * controls in the tab order wherever it was drawn, off screen once the page had scrolled, and
   * Shift+Tab walked the reader into it. Listened for after the focus has moved (`focusin`), so
   * closing neither pulls the focus back nor fights the move.
   */
  private readonly handleDocumentFocusIn = (event: FocusEvent): void => {
    if (!event.composedPath().includes(this.host)) this.hide();
  };

  private startTracking(): void {
    window.addEventListener('resize', this.schedulePosition);
    document.addEventListener('scroll', this.schedulePosition, { capture: true, passive: true });
    if (typeof ResizeObserver === 'function') {
      this.resizeObserver ??= new ResizeObserver(this.schedulePosition);
      this.resizeObserver.observe(this.parts().panel);
    }
    document.addEventListener('focusin', this.handleDocumentFocusIn, true);
    if (this.fallback) {
      // The Popover API closes on Escape and outside clicks by itself; here it is done by hand.
      document.addEventListener('pointerdown', this.handleDocumentPointerDown, true);
      document.addEventListener('keydown', this.handleDocumentKeydown);
    }
  }

  private stopTracking(): void {
    window.removeEventListener('resize', this.schedulePosition);
    document.removeEventListener('scroll', this.schedulePosition, { capture: true });
    document.removeEventListener('pointerdown', this.handleDocumentPointerDown, true);
    document.removeEventListener('keydown', this.handleDocumentKeydown);
    document.removeEventListener('focusin', this.handleDocumentFocusIn, true);
    this.resizeObserver?.disconnect();
    if (this.frame !== 0) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}
