// `pyrograph adhoc --push` end to end in a real browser: runs tests/sdk/adhoc.mjs
// (the real Pyroscope Node.js SDK, `npm ci` in tests/sdk) under adhoc, then
// loads the wall.html it wrote in Debian's headless Chromium (playwright-core,
// `npm ci` here) and checks that the page draws the program's functions and
// that searching for one matches part of the profile.
//
//   node adhoc.test.mjs PYROGRAPH OUT_DIR SDK_DIR
//
// Exits 1 on any failure, including a missing node module or browser: never skips.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const [pyrograph, outDir, sdkDir] = process.argv.slice(2);
const CHROMIUM = process.env.PYROGRAPH_CHROMIUM || '/usr/bin/chromium';
let failures = 0;

function check(condition, message) {
    console.log((condition ? 'PASS: ' : 'FAIL: ') + message);
    if (!condition)
        failures++;
}
function fatal(message) {
    console.error('FAIL: ' + message);
    process.exit(1);
}

if (!pyrograph || !outDir || !sdkDir)
    fatal('usage: node adhoc.test.mjs PYROGRAPH OUT_DIR SDK_DIR');
if (!fs.existsSync(CHROMIUM))
    fatal(`${CHROMIUM}: no Chromium (Debian: apt-get install chromium)`);
let chromium;
try {
    ({ chromium } = await import(pathToFileURL(path.join(here, 'node_modules/playwright-core/index.mjs')).href));
} catch (e) {
    fatal(`playwright-core is not installed: run "npm ci" in ${here} (${e.message})`);
}

const work = path.join(outDir, 'browser-adhoc');
fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(work, { recursive: true });
const out = path.join(work, 'out');
try {
    const stdout = execFileSync(pyrograph, ['adhoc', '--push', '-o', out, '--format', 'html', '--library',
                                            path.join(work, 'adhoc.sqlite'), '--', process.execPath,
                                            path.join(sdkDir, 'adhoc.mjs')],
                                { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
                                  env: { ...process.env, XDG_CONFIG_HOME: path.join(work, 'config') } });
    check(stdout === 'adhoc program done\n', `the program's stdout passes through (${JSON.stringify(stdout)})`);
} catch (e) {
    fatal(`pyrograph adhoc failed: ${e.message}\n${e.stderr || ''}`);
}
const page = path.join(out, 'wall.html');
if (!fs.existsSync(page))
    fatal(`no ${page}; the folder has: ${fs.readdirSync(out).join(' ')}`);

const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyrograph-chromium-'));
const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync'],
});
try {
    const tab = await context.newPage();
    const problems = [];
    tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    tab.on('request', (r) => {
        if (!r.url().startsWith('file:'))
            problems.push(`network request: ${r.url()}`);
    });
    await tab.goto(pathToFileURL(page).href, { waitUntil: 'load' });
    await tab.waitForFunction(() => document.documentElement.getAttribute('data-ready') === '1', null,
                              { timeout: 30000 }).catch(() => problems.push('never ready'));
    const boxes = await tab.evaluate(() => window.pyrograph.boxes());
    const hot = boxes.filter((b) => b.name.includes('pyrographAdhocHotLoop'));
    check(hot.length > 0, `wall.html draws pyrographAdhocHotLoop (${boxes.length} boxes)`);
    check(boxes.some((b) => b.name.includes('pyrographAdhocOuterWork')), 'wall.html draws pyrographAdhocOuterWork');
    await tab.fill('#search', 'pyrographAdhocHotLoop');
    await tab.press('#search', 'Enter');
    const matched = await tab.$eval('#matched', (e) => e.textContent);
    const share = parseFloat((/Matched: ([0-9.]+)%/.exec(matched) || [])[1]);
    check(share > 10, `searching pyrographAdhocHotLoop matches ${matched}`);
    fs.mkdirSync(path.join(outDir, 'browser-screenshots'), { recursive: true });
    await tab.screenshot({ path: path.join(outDir, 'browser-screenshots', 'adhoc-wall-html.png'), fullPage: true });
    check(problems.length === 0, `no page error or network request${problems.length ? ': ' + problems.join('; ') : ''}`);
} finally {
    await context.close();
    fs.rmSync(profileDir, { recursive: true, force: true });
}
process.exit(failures === 0 ? 0 : 1);
