// In-page helpers for the keyboard tests, injected as a script string (Vitest rewrites code in functions handed
// to page.evaluate, so they are not written as functions here). `window.focusProbe.current()` describes the
// focused element: where it is, and the focus indicator the page draws for it (outline, or the outline of a
// container that shows focus for it, as cards do with :has(a:focus-visible)) with the contrast of that outline
// against the background around it. Contrast per WCAG 2.x relative luminance.

export interface FocusedElement {
  /** A readable name: tag, class and text. */
  label: string;
  /** Position in the document (scroll offsets added), CSS px. */
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** Inside the viewport after the browser scrolled it into view. */
  inViewport: boolean;
  /** null when nothing draws a focus indicator. */
  indicator: { on: string; width: number; color: string; background: string; contrast: number } | null;
  /** Index of the element in document order among all elements, to compare tab order with DOM order. */
  domIndex: number;
}

export const focusProbeScript = /* js */ `
(() => {
  const parse = (value) => {
    const match = /rgba?\\(([^)]+)\\)/.exec(value || '');
    if (!match) return null;
    const [r, g, b, a = 1] = match[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return { r, g, b, a };
  };
  const luminance = ({ r, g, b }) => {
    const channel = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const contrast = (x, y) => {
    const [l1, l2] = [luminance(x), luminance(y)].sort((p, q) => q - p);
    return (l1 + 0.05) / (l2 + 0.05);
  };
  // The colour painted behind an element: the nearest ancestor-or-self with an opaque-enough background.
  const background = (element) => {
    for (let node = element; node && node.nodeType === 1; node = node.parentElement) {
      const color = parse(getComputedStyle(node).backgroundColor);
      if (color && color.a > 0.5) return color;
    }
    return { r: 255, g: 255, b: 255, a: 1 };
  };
  const name = (element) => {
    const text = (element.getAttribute('aria-label') || element.textContent || element.getAttribute('value') || element.getAttribute('name') || '').replace(/\\s+/g, ' ').trim().slice(0, 40);
    const cls = typeof element.className === 'string' && element.className ? '.' + element.className.trim().split(/\\s+/)[0] : '';
    return element.tagName.toLowerCase() + cls + (text ? ' «' + text + '»' : '');
  };
  const all = () => Array.from(document.querySelectorAll('*'));
  window.focusProbe = {
    current() {
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      const rect = element.getBoundingClientRect();
      let indicator = null;
      for (let node = element, depth = 0; node && node.nodeType === 1 && depth < 4; node = node.parentElement, depth++) {
        const style = getComputedStyle(node);
        const width = parseFloat(style.outlineWidth);
        if (style.outlineStyle === 'none' || !(width > 0)) continue;
        const color = parse(style.outlineColor);
        // The outline sits outside the box (outline-offset ≥ 0), so what lies around it is the parent's background.
        const behind = background(node.parentElement || node);
        indicator = {
          on: name(node),
          width,
          color: style.outlineColor,
          background: 'rgb(' + behind.r + ', ' + behind.g + ', ' + behind.b + ')',
          contrast: color && color.a > 0 ? Math.round(contrast(color, behind) * 100) / 100 : 0,
        };
        break;
      }
      return {
        label: name(element),
        top: rect.top + scrollY,
        left: rect.left + scrollX,
        bottom: rect.bottom + scrollY,
        right: rect.right + scrollX,
        inViewport: rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth && rect.width > 0 && rect.height > 0,
        indicator,
        domIndex: all().indexOf(element),
      };
    },
  };
})();
`;
