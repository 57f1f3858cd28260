import { svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { lineIcon } from '../../internal/tokens.js';
import type { NetworkName } from './network-names.js';

/**
 * The networks' icons, loaded with the share panel: simple line drawings made for this library
 * (no icon font, nothing fetched). Brand colours are applied in the stylesheet.
 */

const icon = (shapes: SVGTemplateResult): TemplateResult => lineIcon(shapes, 1.8);

export const networkIcons: Record<NetworkName, TemplateResult> = {
  x: icon(svg`<path d="M4 4h4.5L20 20h-4.5z"/><path d="M19.5 4l-6.4 7.2M4.5 20l6.4-7.2"/>`),
  facebook: icon(svg`<circle cx="12" cy="12" r="9.5"/><path d="M15.5 7.5H14a2.5 2.5 0 0 0-2.5 2.5v11.5M8.5 13h6"/>`),
  linkedin: icon(
    svg`<rect x="3" y="3" width="18" height="18" rx="3"/><path d="M8 10.5V17M8 7.2v.1M12 17v-6.5m0 3a2.5 2.5 0 0 1 5 0V17"/>`,
  ),
  whatsapp: icon(
    svg`<path d="M3.5 20.5l1.2-4.3a8.5 8.5 0 1 1 3.2 3.2z"/><path d="M9.2 8.3c-.6 2.9 2.6 6.9 6.4 6.6l.7-1.5-1.9-1-.9.7c-1-.5-1.8-1.3-2.3-2.3l.7-.9-.9-1.9z"/>`,
  ),
  telegram: icon(svg`<path d="M21.5 3.5L2.5 11l6.5 2.5 2.5 7 3.5-4.5 5 3.5z"/><path d="M9 13.5l12.5-10"/>`),
  bluesky: icon(
    svg`<path d="M12 10.8C10.4 7.6 6.8 4 4.3 4 2.8 4 2.8 5.6 3 7.6c.3 2.7 2 4 5 4.3-3 .6-3.8 2.4-2 4.2 2.7 2.7 4.6.3 6-3.3 1.4 3.6 3.3 6 6 3.3 1.8-1.8 1-3.6-2-4.2 3-.3 4.7-1.6 5-4.3.2-2 .2-3.6-1.3-3.6-2.5 0-6.1 3.6-7.7 6.8z"/>`,
  ),
  reddit: icon(
    svg`<ellipse cx="12" cy="14.5" rx="8" ry="5.5"/><path d="M12 9l1.2-5 3.6.9M9.3 16.8c1.6 1 3.8 1 5.4 0"/><circle cx="18.2" cy="5.2" r="1.4"/><circle cx="4.6" cy="10.6" r="1.6"/><circle cx="19.4" cy="10.6" r="1.6"/><circle cx="9.2" cy="13.8" r=".6" fill="currentColor"/><circle cx="14.8" cy="13.8" r=".6" fill="currentColor"/>`,
  ),
  email: icon(svg`<rect x="3" y="5" width="18" height="14" rx="2"/><path d="M3.5 6.5L12 13l8.5-6.5"/>`),
};

export const linkIcon = lineIcon(
  svg`<path d="M10 14a4.5 4.5 0 0 0 6.4 0l3.2-3.2a4.5 4.5 0 0 0-6.4-6.4l-1.1 1.1" /><path d="M14 10a4.5 4.5 0 0 0-6.4 0l-3.2 3.2a4.5 4.5 0 0 0 6.4 6.4l1.1-1.1" />`,
);
