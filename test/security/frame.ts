/**
 * Opens a page of test/security/pages/ in a same-origin iframe and reads what its script left
 * on `window` (a promise of a report). Frames are removed after each test.
 */
import { waitUntil } from '@open-wc/testing';

const frames: HTMLIFrameElement[] = [];

afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

export async function openPage<T>(
  path: string,
  key: string,
  options: { width?: number; height?: number } = {},
): Promise<{ report: T; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.width = String(options.width ?? 1000);
  frame.height = String(options.height ?? 1400);
  frame.src = path;
  frames.push(frame);
  document.body.append(frame);
  await waitUntil(
    () => (frame.contentWindow as unknown as Record<string, unknown> | null)?.[key] !== undefined,
    `${path} did not start its report (${key})`,
    { timeout: 20_000, interval: 50 },
  );
  const report = await ((frame.contentWindow as unknown as Record<string, unknown>)[key] as Promise<T>);
  return { report, frame };
}
