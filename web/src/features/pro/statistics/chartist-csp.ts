import { Svg } from 'chartist';

/**
 * Chartist writes a few inline `style` attributes (the chart's size, label overflow), which the
 * app's Content-Security-Policy (`style-src 'self'`, no 'unsafe-inline') blocks. The same styles
 * set through the CSSOM are allowed: route them there, once, before any chart is drawn.
 * Checked in Chromium by e2e/src/security-headers.e2e.test.ts (no violation on the statistics page).
 */
type Attributes = Record<string, unknown>;
const prototype = Svg.prototype as unknown as {
  attr(this: Svg, attributes: string | Attributes, ns?: string): unknown;
  getNode(this: Svg): Element;
};
const setAttributes = prototype.attr;

prototype.attr = function attr(this: Svg, attributes: string | Attributes, ns?: string) {
  if (typeof attributes !== 'object' || attributes === null || !('style' in attributes)) return setAttributes.call(this, attributes, ns);
  const { style, ...others } = attributes;
  const node = prototype.getNode.call(this) as Element & { style?: CSSStyleDeclaration };
  if (node.style && style !== undefined) node.style.cssText = String(style);
  return setAttributes.call(this, others, ns);
};
