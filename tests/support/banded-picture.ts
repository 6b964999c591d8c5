// A synthetic picture for tests of how the editor's framing cuts it: tall, in three bands, red at the top, green in
// the middle and blue at the bottom, so which band a made file shows tells which part of the picture it was cut from.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp from 'sharp';

const bands = { red: [220, 40, 40], green: [40, 160, 60], blue: [40, 60, 200] } as const;
export type Band = keyof typeof bands;

export interface BandedPicture {
  bytes: Buffer;
  sha1: string;
  /** The file name an export gives it in `images/`. */
  file: string;
  /** What a figure in an export names it by (`_sanityAsset`). */
  exported: string;
}

/**
 * The 800 × 1600 picture: red 480 px, green 640 px, blue 480 px. A cut from its middle, or the whole picture's mean
 * colour, is green; the top 30 % is red, the bottom 30 % blue.
 */
export async function bandedPicture(): Promise<BandedPicture> {
  const band = (colour: readonly number[], height: number) =>
    sharp({ create: { width: 800, height, channels: 3, background: { r: colour[0]!, g: colour[1]!, b: colour[2]! } } })
      .png()
      .toBuffer();
  const picture = await sharp({ create: { width: 800, height: 1600, channels: 3, background: '#000' } })
    .composite([
      { input: await band(bands.red, 480), top: 0, left: 0 },
      { input: await band(bands.green, 640), top: 480, left: 0 },
      { input: await band(bands.blue, 480), top: 1120, left: 0 },
    ])
    .png()
    .toBuffer();
  const sha1 = createHash('sha1').update(picture).digest('hex');
  const file = `${sha1}-800x1600.png`;
  return { bytes: picture, sha1, file, exported: `image@file://./images/${file}` };
}

/** Writes the picture into the `images/` folder beside a fixture dataset (fixtureDataset), as an export holds it. */
export function writeExportedPicture(dataset: string, picture: BandedPicture): void {
  mkdirSync(join(dirname(dataset), 'images'), { recursive: true });
  writeFileSync(join(dirname(dataset), 'images', picture.file), picture.bytes);
}

/** The band a picture file shows: the one whose colour is nearest its mean colour. */
export async function shownBand(file: string): Promise<Band> {
  const { channels } = await sharp(file).stats();
  const mean = channels.slice(0, 3).map((channel) => channel.mean);
  const distance = (colour: readonly number[]) => colour.reduce((sum, value, i) => sum + (value - mean[i]!) ** 2, 0);
  return (Object.keys(bands) as Band[]).sort((a, b) => distance(bands[a]) - distance(bands[b]))[0]!;
}
