/**
 * Simple abstract illustrations for the seed, drawn as SVG and encoded to JPEG with sharp.
 * Seeded, so each illustration comes out the same on every run.
 */
import sharp from 'sharp';

export const WIDTH = 1600;
export const HEIGHT = 1000;

const palettes = [
  ['#fbf1e3', '#f2b5a0', '#d9653b', '#1f5f5b', '#e9a93b'],
  ['#fdf4e7', '#e9a93b', '#c8553d', '#6b3a5b', '#9bb58e'],
  ['#f6ede2', '#9bb58e', '#1f5f5b', '#d9653b', '#f2c14e'],
  ['#fff6ec', '#f4a261', '#e76f51', '#264653', '#2a9d8f'],
];

type Motif = 'hills' | 'circles' | 'waves' | 'paths' | 'stage' | 'bars';

export interface IllustrationSpec {
  name: string;
  seed: number;
  palette: number;
  motif: Motif;
}

function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const r1 = (n: number) => Math.round(n * 10) / 10;

function people(rand: () => number, colours: string[], baseY: number, count: number): string {
  let out = '';
  const spacing = WIDTH / (count + 1);
  for (let i = 0; i < count; i++) {
    const x = spacing * (i + 1) + (rand() - 0.5) * spacing * 0.4;
    const scale = 0.7 + rand() * 0.6;
    const colour = colours[Math.floor(rand() * colours.length)];
    const h = 170 * scale;
    const w = 90 * scale;
    out += `<rect x="${r1(x - w / 2)}" y="${r1(baseY - h)}" width="${r1(w)}" height="${r1(h + 40)}" rx="${r1(w / 2)}" fill="${colour}"/>`;
    out += `<circle cx="${r1(x)}" cy="${r1(baseY - h - 45 * scale)}" r="${r1(38 * scale)}" fill="${colour}"/>`;
  }
  return out;
}

function illustrationSvg(spec: IllustrationSpec): string {
  const rand = prng(spec.seed);
  const [bg, soft, warm, deep, accent] = palettes[spec.palette % palettes.length];
  let shapes = '';
  const sunX = 250 + rand() * 1100;
  shapes += `<circle cx="${r1(sunX)}" cy="${r1(220 + rand() * 120)}" r="${r1(120 + rand() * 80)}" fill="${accent}" opacity="0.9"/>`;
  switch (spec.motif) {
    case 'hills':
      for (let i = 0; i < 3; i++) {
        const y = 560 + i * 120;
        const c = [soft, warm, deep][i];
        shapes += `<path d="M0 ${y} C ${r1(300 + rand() * 200)} ${r1(y - 160 - rand() * 80)}, ${r1(900 + rand() * 200)} ${r1(y + 80)}, ${WIDTH} ${r1(y - 100 - rand() * 60)} L ${WIDTH} ${HEIGHT} L 0 ${HEIGHT} Z" fill="${c}"/>`;
      }
      break;
    case 'circles':
      for (let i = 0; i < 14; i++) {
        const c = [soft, warm, deep, accent][i % 4];
        shapes += `<circle cx="${r1(rand() * WIDTH)}" cy="${r1(350 + rand() * 600)}" r="${r1(40 + rand() * 140)}" fill="${c}" opacity="${r1(0.55 + rand() * 0.4)}"/>`;
      }
      break;
    case 'waves':
      for (let i = 0; i < 5; i++) {
        const y = 520 + i * 95;
        const c = [soft, deep, warm, deep, soft][i];
        const amp = 40 + rand() * 50;
        shapes += `<path d="M0 ${y} Q 200 ${r1(y - amp)} 400 ${y} T 800 ${y} T 1200 ${y} T 1600 ${y} L 1600 ${HEIGHT} L 0 ${HEIGHT} Z" fill="${c}" opacity="${0.75 + i * 0.05}"/>`;
      }
      break;
    case 'paths':
      shapes += `<rect x="0" y="620" width="${WIDTH}" height="380" fill="${soft}"/>`;
      for (let i = 0; i < 4; i++) {
        const c = [warm, deep, accent, warm][i];
        shapes += `<path d="M ${r1(rand() * 400)} ${HEIGHT} C ${r1(300 + rand() * 300)} ${r1(700 - rand() * 200)}, ${r1(900 + rand() * 300)} ${r1(900 - rand() * 300)}, ${r1(1200 + rand() * 400)} ${r1(560 + rand() * 100)}" stroke="${c}" stroke-width="${r1(26 + rand() * 20)}" fill="none" stroke-linecap="round"/>`;
      }
      break;
    case 'stage':
      shapes += `<rect x="0" y="640" width="${WIDTH}" height="360" fill="${deep}"/>`;
      shapes += `<rect x="300" y="560" width="1000" height="90" rx="20" fill="${warm}"/>`;
      shapes += `<polygon points="520,0 1080,0 1250,560 350,560" fill="${soft}" opacity="0.45"/>`;
      break;
    case 'bars':
      shapes += `<rect x="0" y="820" width="${WIDTH}" height="180" fill="${deep}"/>`;
      for (let i = 0; i < 7; i++) {
        const h = 140 + rand() * 420;
        const c = [warm, soft, accent][i % 3];
        shapes += `<rect x="${180 + i * 185}" y="${r1(820 - h)}" width="120" height="${r1(h)}" rx="16" fill="${c}"/>`;
      }
      break;
  }
  const figureColours = [deep, warm, '#ffffff', soft];
  if (spec.motif !== 'bars')
    shapes += people(rand, figureColours, spec.motif === 'stage' ? 560 : 900, 3 + Math.floor(rand() * 4));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}"><rect width="${WIDTH}" height="${HEIGHT}" fill="${bg}"/>${shapes}</svg>`;
}

export async function renderIllustration(spec: IllustrationSpec): Promise<Buffer> {
  return sharp(Buffer.from(illustrationSvg(spec)))
    .jpeg({ quality: 72, mozjpeg: true, chromaSubsampling: '4:2:0' })
    .toBuffer();
}

/** An abstract stand-in portrait (head and shoulders), 800 × 800, for people without a photo. */
export async function renderPortrait(seed: number, palette: number): Promise<Buffer> {
  const rand = prng(seed);
  const [, soft, warm, deep, accent] = palettes[palette % palettes.length];
  // The site's soft green behind every portrait, as behind the placeholder for a person without one: the palettes'
  // cream all but vanished against the page.
  const bg = '#e4efe9';
  const body = [warm, deep, accent][Math.floor(rand() * 3)];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800" viewBox="0 0 800 800"><rect width="800" height="800" fill="${bg}"/><circle cx="${r1(150 + rand() * 500)}" cy="${r1(120 + rand() * 100)}" r="160" fill="${soft}" opacity="0.8"/><rect x="170" y="520" width="460" height="360" rx="230" fill="${body}"/><circle cx="400" cy="360" r="150" fill="${deep === body ? warm : deep}"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 72, mozjpeg: true }).toBuffer();
}
