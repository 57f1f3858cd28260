/** What a reader sees of server-rendered elements: texts shown and image boxes, through shadow roots. */

export interface Box {
  width: number;
  height: number;
}

/** How many elements show `text` in a text node of their own, counting rendered boxes only. */
export function visibleCount(root: ParentNode, text: string): number {
  let count = 0;
  for (const element of Array.from(root.querySelectorAll<HTMLElement>('*'))) {
    if (element.shadowRoot) count += visibleCount(element.shadowRoot, text);
    const own = Array.from(element.childNodes).some(
      (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.includes(text),
    );
    if (own && element.getClientRects().length > 0) count += 1;
  }
  return count;
}

/** The size of every rendered `<img>` below `root`, shadow roots included, in document order. */
export function imageBoxes(root: ParentNode, out: Box[] = []): Box[] {
  for (const element of Array.from(root.querySelectorAll('*'))) {
    if (element.localName === 'img' && element.getClientRects().length > 0) {
      const { width, height } = element.getBoundingClientRect();
      out.push({ width, height });
    }
    if (element.shadowRoot) imageBoxes(element.shadowRoot, out);
  }
  return out;
}
