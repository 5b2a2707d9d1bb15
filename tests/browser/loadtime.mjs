// The time headless Chromium takes to load and draw each export (benchmark):
//
//   node loadtime.mjs [--runs N] FILE...
//
// Starts Debian's Chromium once (as export.test.mjs does), then per file opens
// a fresh page and measures from navigation to the export's ready mark (the
// SVG script's fg:ready, the HTML page's data-ready: set after the first draw)
// plus one animation frame, so layout and paint are included. Prints
// "load FILE ms=MEDIAN" per file; exits 1 when a file fails to load.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
let runs = 3;
const r = args.indexOf('--runs');
if (r >= 0) {
    runs = Math.max(1, parseInt(args[r + 1], 10));
    args.splice(r, 2);
}
const { chromium } = await import(pathToFileURL(path.join(here, 'node_modules/playwright-core/index.mjs')).href);
const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyrograph-chromium-'));
const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.PYROGRAPH_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync'],
});
let failed = 0;
for (const file of args) {
    const times = [];
    for (let i = 0; i < runs; ++i) {
        const page = await context.newPage();
        const errors = [];
        page.on('pageerror', (e) => errors.push(e.message));
        const svg = file.endsWith('.svg');
        const start = Date.now();
        await page.goto(pathToFileURL(path.resolve(file)).href, { waitUntil: 'load', timeout: 120000 });
        // A peer's SVG (flamegraph.pl's) has no ready mark: its load event is the end.
        await page.waitForFunction((isSvg) => {
            const root = document.documentElement;
            if (isSvg)
                return !root.hasAttribute('fg:xpad') || root.getAttribute('fg:ready') === '1';
            return root.getAttribute('data-ready') === '1';
        }, svg, { timeout: 120000 });
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
        times.push(Date.now() - start);
        if (errors.length) {
            console.error(`${file}: ${errors.join('; ')}`);
            failed++;
        }
        await page.close();
    }
    times.sort((a, b) => a - b);
    console.log(`load ${file} ms=${times[Math.floor(times.length / 2)]}`);
}
await context.close();
fs.rmSync(profileDir, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
