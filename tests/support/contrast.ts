// The WCAG 2.x contrast ratio of two colours as getComputedStyle gives them («rgb(29, 37, 34)»), for tests that read
// colours from the browser. Alpha is ignored: pass opaque colours.

const channels = (color: string): number[] => {
  const match = /rgba?\(([^)]+)\)/.exec(color);
  if (!match) throw new Error(`not an rgb() colour: ${color}`);
  return match[1]
    .split(/[\s,/]+/)
    .filter(Boolean)
    .slice(0, 3)
    .map(Number);
};

const luminance = (color: string): number => {
  const [r, g, b] = channels(color).map((value) => {
    const v = value / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/** From 1 (the same) to 21 (black on white); text needs 4.5 (WCAG 1.4.3). */
export function contrastRatio(foreground: string, background: string): number {
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}
