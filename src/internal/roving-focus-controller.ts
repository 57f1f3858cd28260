/**
 * Arrow keys between a group of controls, as in a menu: Down and Up (and the inline arrows,
 * mirrored right to left) move to the next and previous one, wrapping around; Home and End to
 * the first and last. Keys on anything outside the group (a text field among them) and keys
 * with a modifier are left alone. The host renders the group's container with
 * `@keydown=${controller.handleKeydown}`.
 */
export class RovingFocusController {
  private readonly items: () => HTMLElement[];

  /** `items`: the controls, in order; each is found in the keydown's composed path. */
  constructor(items: () => HTMLElement[]) {
    this.items = items;
  }

  readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const items = this.items();
    const path = event.composedPath();
    const index = items.findIndex((item) => path.includes(item));
    if (index === -1) return;
    const rtl = getComputedStyle(items[index]!).direction === 'rtl';
    const last = items.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: index === last ? 0 : index + 1,
      ArrowUp: index === 0 ? last : index - 1,
      [rtl ? 'ArrowLeft' : 'ArrowRight']: index === last ? 0 : index + 1,
      [rtl ? 'ArrowRight' : 'ArrowLeft']: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    items[next]?.focus();
  };
}
