#!/usr/bin/env node
/**
 * Renders the add-in's icons (SVG, defined below) to the PNGs in assets/ with headless Chromium
 * through playwright-core. The PNGs are committed; run this only after changing a design:
 *
 *   npm run icons            (or: node scripts/generate-icons.js)
 *
 * Chromium: CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's own download if present.
 * Nothing is fetched from the network; each run uses a fresh, temporary user-data-dir.
 */
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { chromium } = require("playwright-core");

const ASSETS = path.resolve(__dirname, "..", "assets");

const NAVY = "#1B3A5C";
const GOLD = "#C9A227";
const WHITE = "#FFFFFF";

/**
 * Each design is drawn on a 32×32 grid. `small` is true at 16 px, where hairlines and borders
 * would blur into mush, so those designs drop details and thicken strokes.
 */
const designs = {
  // The product: a shield (governance) carrying a check (the scorecard's verdict).
  icon: (small) => `
    <path d="M16 2 L28 6.5 V15 C28 22.6 22.9 27.8 16 30 C9.1 27.8 4 22.6 4 15 V6.5 Z"
          fill="${NAVY}" ${small ? "" : `stroke="${GOLD}" stroke-width="1.6" stroke-linejoin="round"`}/>
    <polyline points="${small ? "9.5,16 14.5,21 22.5,11" : "10,16 14.5,20.5 22,11.5"}" fill="none"
          stroke="${WHITE}" stroke-width="${small ? 4 : 3}" stroke-linecap="round" stroke-linejoin="round"/>`,
  // "Score": three rising bars on a baseline, the last in gold.
  score: (small) => `
    <rect x="4" y="17" width="6" height="10" rx="${small ? 0 : 1}" fill="${NAVY}"/>
    <rect x="13" y="11" width="6" height="16" rx="${small ? 0 : 1}" fill="${NAVY}"/>
    <rect x="22" y="4" width="6" height="23" rx="${small ? 0 : 1}" fill="${GOLD}"/>
    <rect x="2" y="28" width="28" height="2" fill="${NAVY}"/>`,
  // "Create input template": a sheet with a header row and a grid, and a gold "+" badge.
  template: (small) => `
    <rect x="3" y="3" width="21" height="25" rx="1.5" fill="${WHITE}" stroke="${NAVY}" stroke-width="2"/>
    <rect x="3" y="3" width="21" height="7" rx="1.5" fill="${NAVY}"/>
    ${
      small
        ? ""
        : `<line x1="4" y1="16" x2="23" y2="16" stroke="${NAVY}" stroke-width="1.2"/>
           <line x1="4" y1="22" x2="23" y2="22" stroke="${NAVY}" stroke-width="1.2"/>
           <line x1="12" y1="10" x2="12" y2="27" stroke="${NAVY}" stroke-width="1.2"/>`
    }
    <circle cx="24" cy="24" r="${small ? 8 : 7}" fill="${GOLD}" stroke="${WHITE}" stroke-width="1.5"/>
    <path d="M24 ${small ? 19.5 : 20} V${small ? 28.5 : 28} M${small ? 19.5 : 20} 24 H${small ? 28.5 : 28}"
          stroke="${WHITE}" stroke-width="${small ? 3 : 2.4}" stroke-linecap="round"/>`,
};

/** Which design at which pixel sizes. Ribbon buttons use 16/32/80; 64 and 128 are for listings. */
const outputs = [
  { name: "icon", sizes: [16, 32, 64, 80, 128] },
  { name: "score", sizes: [16, 32, 80] },
  { name: "template", sizes: [16, 32, 80] },
];

function svg(name, size) {
  const body = designs[name](size <= 16);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">${body}</svg>`;
}

function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((p) => p && fs.existsSync(p)); // undefined: Playwright's own browser
}

async function main() {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "gs-icons-"));
  const executablePath = chromiumPath();
  const context = await chromium.launchPersistentContext(userDataDir, {
    ...(executablePath ? { executablePath } : {}),
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    const page = await context.newPage();
    fs.mkdirSync(ASSETS, { recursive: true });
    for (const { name, sizes } of outputs) {
      for (const size of sizes) {
        await page.setViewportSize({ width: size, height: size });
        await page.setContent(
          `<!doctype html><html><body style="margin:0;background:transparent">${svg(name, size)}</body></html>`
        );
        const file = path.join(ASSETS, `${name}-${size}.png`);
        await page.screenshot({
          path: file,
          omitBackground: true,
          clip: { x: 0, y: 0, width: size, height: size },
        });
        console.log(`wrote ${path.relative(process.cwd(), file)}`);
      }
    }
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
