// The site's icon is drawn once (src/assets/site-icon.svg) and made into the files browsers and phones ask for:
// the SVG for current browsers' tabs, /favicon.ico for those that read no SVG and for feed readers and bookmarks,
// which fetch it by that name, and /apple-touch-icon.png for a phone's home screen.

// A CommonJS module whose exports Node cannot list: imported whole.
import icoEndec from 'ico-endec';
import sharp from 'sharp';
import siteIconSvg from '../assets/site-icon.svg?raw';

export { siteIconSvg };

/** The sizes in /favicon.ico: a tab at 1× and 2×, and Windows' taskbar and shortcuts. */
export const faviconSizes = [16, 32, 48] as const;

/** iOS and iPadOS take 180 × 180 and round its corners themselves. */
export const appleTouchIconSize = 180;

// The icon's green, which fills the corners the SVG rounds: iOS would fill them with black.
const iconBackground = '#1f5f4f';

const rendered = (size: number) => sharp(Buffer.from(siteIconSvg), { density: (72 * size) / 32 }).resize(size, size);

/** /favicon.ico: one PNG per size in an ICO file. */
export async function faviconIco(): Promise<Buffer> {
  return icoEndec.encode(await Promise.all(faviconSizes.map((size) => rendered(size).png().toBuffer())));
}

/** /apple-touch-icon.png: square, with no transparent corners. */
export async function appleTouchIcon(): Promise<Buffer> {
  return rendered(appleTouchIconSize).flatten({ background: iconBackground }).png().toBuffer();
}
