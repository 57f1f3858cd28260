import { executeServerCommand } from '@web/test-runner-commands';

export interface MediaFeatures {
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
}

/**
 * Emulates media features for the page. Resolves to false where the browser's automation
 * cannot (Firefox over WebDriver BiDi, WebKitGTK's WebDriver): tests then check the CSS rule
 * itself instead of its effect.
 */
export async function emulateMedia(features: MediaFeatures): Promise<boolean> {
  try {
    return (await executeServerCommand<boolean, MediaFeatures>('aw-emulate-media', features)) === true;
  } catch {
    return false;
  }
}
