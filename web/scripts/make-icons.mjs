// Renders Balise's icons from scripts/icon.svg with Debian's Chromium (via playwright-core from e2e/).
// Run by hand when the drawing changes: `node web/scripts/make-icons.mjs`; the PNGs are committed
// in public/icons/ so that building the app never needs a browser.
//
//   icon-192.png, icon-512.png   purpose "any": rounded square, transparent corners
//   icon-maskable-512.png        purpose "maskable": full bleed, drawing shrunk into the safe zone
//                                (the central circle of radius 40 %), so any launcher mask keeps it whole
//   apple-touch-icon.png (180)   full bleed and opaque: iOS rounds the corners itself
//   favicon.svg                  the rounded drawing, for browsers that take SVG favicons
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const webRoot = path.resolve(import.meta.dirname, '..');
const outDir = path.join(webRoot, 'public/icons');
const require = createRequire(path.join(webRoot, '../e2e/package.json'));
const { chromium } = require('playwright-core');

const BRAND = '#0b5d4b';
const source = readFileSync(path.join(import.meta.dirname, 'icon.svg'), 'utf8');
/** The drawing without its background square. */
const drawing = source
  .replace(/^[\s\S]*?<svg[^>]*>/, '')
  .replace(/<\/svg>\s*$/, '')
  .replace(/<!--[\s\S]*?-->/g, '')
  .replace(/<rect width="512" height="512"[^>]*\/>/, '')
  .trim();

function svg({ rounded, scale }) {
  const offset = (512 * (1 - scale)) / 2;
  const background = rounded ? `<rect width="512" height="512" rx="112" fill="${BRAND}"/>` : `<rect width="512" height="512" fill="${BRAND}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">${background}<g transform="translate(${offset} ${offset}) scale(${scale})">${drawing}</g></svg>`;
}

const variants = [
  { file: 'icon-192.png', size: 192, svg: svg({ rounded: true, scale: 0.92 }) },
  { file: 'icon-512.png', size: 512, svg: svg({ rounded: true, scale: 0.92 }) },
  // Safe zone: the drawing spans ~ x 92–420, y 100–430 of 512; at 0.72 it fits in the 40 % radius circle.
  { file: 'icon-maskable-512.png', size: 512, svg: svg({ rounded: false, scale: 0.72 }) },
  { file: 'apple-touch-icon.png', size: 180, svg: svg({ rounded: false, scale: 0.82 }) },
];

mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, 'favicon.svg'), `${svg({ rounded: true, scale: 0.92 })}\n`);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  for (const variant of variants) {
    const page = await browser.newPage({ viewport: { width: variant.size, height: variant.size }, deviceScaleFactor: 1 });
    const sized = variant.svg.replace('width="512" height="512"', `width="${variant.size}" height="${variant.size}"`);
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`);
    await page.locator('svg').screenshot({ path: path.join(outDir, variant.file), omitBackground: true });
    await page.close();
    console.log(`icons: ${variant.file} (${variant.size}×${variant.size})`);
  }
} finally {
  await browser.close();
}
