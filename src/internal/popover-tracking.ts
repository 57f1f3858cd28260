/**
 * The part of `PopoverController` that works only while a panel is open: placing it against
 * its button and keeping it there, and closing it when the reader moves on. It comes with the
 * controller in the share panel's file, which loads when a panel first opens.
 */
import type { ReactiveElement } from 'lit';
import type { PopoverParts } from './popover-controller.js';

/** Space between the anchor and the panel, and between the panel and the viewport's edges. */
const GAP = 6;
const VIEWPORT_MARGIN = 8;

/** What the tracking needs of the controller. */
export interface TrackedPopover {
  readonly host: ReactiveElement;
  readonly parts: () => PopoverParts;
  /** Whether the panel is drawn inside the host (no Popover API). */
  readonly fallback: boolean;
  /** Whether the panel is still open. */
  readonly open: boolean;
  hide(): void;
}

/**
 * Places the open panel now and again whenever the page scrolls or resizes or the panel changes
 * size; closes it on a press or focus outside the host (and, without the Popover API, on
 * Escape). Returns the function that stops all of it.
 */
export function trackPopover(popover: TrackedPopover): () => void {
  const { host } = popover;
  let frame = 0;
  const position = () => {
    if (popover.open) place(popover);
  };
  const schedulePosition = (): void => {
    if (frame !== 0) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      position();
    });
  };
  // A press or focus outside the host closes the panel. Focus that moves on to the rest of the
  // page (Tab past the panel's last control, Shift+Tab before the button) counts: left open, the
  // panel kept its controls in the tab order wherever it was drawn, off screen once the page had
  // scrolled. Listened for after the focus has moved (`focusin`), so closing neither pulls the
  // focus back nor fights the move.
  const outside = (event: Event): void => {
    if (!event.composedPath().includes(host)) popover.hide();
  };
  const escape = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && !event.defaultPrevented) popover.hide();
  };
  const resizeObserver = typeof ResizeObserver === 'function' ? new ResizeObserver(schedulePosition) : undefined;

  window.addEventListener('resize', schedulePosition);
  document.addEventListener('scroll', schedulePosition, { capture: true, passive: true });
  resizeObserver?.observe(popover.parts().panel);
  document.addEventListener('focusin', outside, true);
  // The Popover API closes on Escape and outside presses by itself; without it, done here.
  const { fallback } = popover;
  if (fallback) {
    document.addEventListener('pointerdown', outside, true);
    document.addEventListener('keydown', escape);
  }
  position();

  return () => {
    window.removeEventListener('resize', schedulePosition);
    document.removeEventListener('scroll', schedulePosition, { capture: true });
    document.removeEventListener('focusin', outside, true);
    if (fallback) {
      document.removeEventListener('pointerdown', outside, true);
      document.removeEventListener('keydown', escape);
    }
    resizeObserver?.disconnect();
    if (frame !== 0) cancelAnimationFrame(frame);
  };
}

/**
 * Places the panel under the anchor (over it when there is no room below), aligned with the
 * anchor's start edge and kept inside the viewport.
 */
function place({ host, parts, fallback }: TrackedPopover): void {
  const { anchor: button, panel } = parts();
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
  if (fallback) {
    // Without the top layer the panel is positioned against the host, not the viewport.
    const hostBox = host.getBoundingClientRect();
    x -= hostBox.left;
    top -= hostBox.top;
  }
  panel.dataset['placement'] = placement;
  panel.style.setProperty('top', `${top / scale}px`);
  panel.style.setProperty('left', `${x / scale}px`);
}
