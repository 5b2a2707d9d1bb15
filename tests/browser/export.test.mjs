// Pyrograph's SVG and HTML exports in a real browser: Debian's headless
// Chromium driven by playwright-core (npm; `npm ci` in tests/browser).
//
//   node export.test.mjs PYROGRAPH OUT_DIR CORPUS_DIR
//
// Exports real corpus profiles, a diff and a profile of hostile names (written
// here as a collapsed file) with the pyrograph executable, loads each file and
// checks that boxes are drawn, that a click zooms, that search reports the
// share that `pyrograph top --json` implies, and that no injected script runs
// (no dialog but our own search prompt, no page error, names shown
// literally). Screenshots go to OUT_DIR/browser-screenshots. Exits 1 on any
// failure, including a missing node module or browser: never skips.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const [pyrograph, outDir, corpus] = process.argv.slice(2);
const CHROMIUM = process.env.PYROGRAPH_CHROMIUM || '/usr/bin/chromium';
let failures = 0;

function fail(message) {
    console.error('FAIL: ' + message);
    failures++;
}
function check(condition, message) {
    if (condition)
        console.log('PASS: ' + message);
    else
        fail(message);
}
function fatal(message) {
    console.error('FAIL: ' + message);
    process.exit(1);
}

if (!pyrograph || !outDir || !corpus)
    fatal('usage: node export.test.mjs PYROGRAPH OUT_DIR CORPUS_DIR');
if (!fs.existsSync(pyrograph))
    fatal(`${pyrograph}: no such executable (build the pyrograph target first)`);
if (!fs.existsSync(CHROMIUM))
    fatal(`${CHROMIUM}: no Chromium (Debian: apt-get install chromium)`);
let chromium;
try {
    ({ chromium } = await import(pathToFileURL(path.join(here, 'node_modules/playwright-core/index.mjs')).href));
} catch (e) {
    fatal(`playwright-core is not installed: run "npm ci" in ${here} (${e.message})`);
}

const work = path.join(outDir, 'browser-exports');
const shots = path.join(outDir, 'browser-screenshots');
fs.mkdirSync(work, { recursive: true });
fs.mkdirSync(shots, { recursive: true });

function run(args) {
    return execFileSync(pyrograph, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

// The matched share a search for exactly one function must report: its total
// (recursion counted once, as `top` counts) over the profile's total, "12.34%".
function expectedShare(file, functionName, extra = []) {
    const top = JSON.parse(run(['top', file, '--json', ...extra]));
    const row = top.functions.find((f) => f.name === functionName);
    if (!row)
        throw new Error(`${functionName} is not in ${file}`);
    return { share: (100 * row.total) / top.total, top };
}
function regexFor(name) {
    return '^' + name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '$';
}
function percentOf(text) {
    const m = /Matched: ([0-9.]+)%/.exec(text || '');
    return m ? parseFloat(m[1]) : NaN;
}

// ---- inputs
const hostile = path.join(work, 'hostile.folded');
const hostileNames = ['<script>alert(1)</script>', ']]>', '"double" \'single\'', 'a&b &amp &lt',
                      '<img src=x onerror=alert(4)>', '</script><script>alert(2)</script>'];
fs.writeFileSync(hostile, Buffer.concat([
    ...hostileNames.map((n, i) => Buffer.from(`main;${n} ${10 + i}\n`)),
    Buffer.from('main;<script>alert(1)</script>;]]> 5\n'),
    // invalid UTF-8: a lone 0xff and a truncated sequence
    Buffer.concat([Buffer.from('main;bad'), Buffer.from([0xff, 0xfe]), Buffer.from(' utf8 '), Buffer.from([0xe2, 0x82]),
                   Buffer.from(' 7\n')]),
]));
const goCpu = path.join(corpus, 'pprof/go-cpu.pb.gz');
const before = path.join(corpus, 'collapsed/inferno/diff-folded_before.txt');
const after = path.join(corpus, 'collapsed/inferno/diff-folded_after.txt');

const files = {};
function exportTo(name, args) {
    const out = path.join(work, name);
    fs.rmSync(out, { force: true });
    run([...args, '-o', out]);
    check(fs.existsSync(out) && fs.statSync(out).size > 0, `exported ${name}`);
    files[name] = out;
}
try {
    exportTo('hostile.svg', ['export', hostile, '--minwidth', '0']);
    exportTo('hostile.html', ['export', hostile]);
    exportTo('go-cpu.svg', ['export', goCpu, '--minwidth', '0']);
    exportTo('go-cpu-icicle.svg', ['export', goCpu, '--icicle']);
    exportTo('go-cpu.html', ['export', goCpu]);
    exportTo('go-cpu-heat.svg', ['export', goCpu, '--minwidth', '0', '--heat']);
    exportTo('go-cpu-heat.html', ['export', goCpu, '--heat']);
    exportTo('diff.svg', ['diff', before, after]);
    exportTo('diff.html', ['diff', before, after]);
} catch (e) {
    fatal(`pyrograph failed: ${e.message}\n${e.stderr || ''}`);
}

// ---- the browser
const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyrograph-chromium-'));
const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync'],
});

// Opens a file; every dialog but an expected search prompt, every page error
// and every request that leaves the file is a failure.
async function open(name, { promptAnswer = null } = {}) {
    const page = await context.newPage();
    const problems = [];
    page.on('dialog', async (dialog) => {
        if (dialog.type() === 'prompt' && page.promptAnswer !== undefined && page.promptAnswer !== null) {
            await dialog.accept(page.promptAnswer);
            return;
        }
        problems.push(`unexpected ${dialog.type()} dialog: ${dialog.message()}`);
        await dialog.dismiss();
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
        if (m.type() === 'error')
            problems.push(`console error: ${m.text()}`);
    });
    page.on('request', (r) => {
        if (!r.url().startsWith('file:'))
            problems.push(`network request: ${r.url()}`);
    });
    page.promptAnswer = promptAnswer;
    const started = Date.now();
    await page.goto(pathToFileURL(files[name]).href, { waitUntil: 'load' });
    const ready = name.endsWith('.svg') ? 'svg[*|ready="1"], svg[fg\\:ready="1"]' : 'html[data-ready="1"]';
    await page.waitForFunction((svg) => svg ? document.documentElement.getAttribute('fg:ready') === '1'
                                            : document.documentElement.getAttribute('data-ready') === '1',
                               name.endsWith('.svg'), { timeout: 30000 }).catch(() => problems.push('never ready'));
    const loadMs = Date.now() - started;
    return { page, problems, loadMs, ready };
}

function finish(name, t) {
    check(t.problems.length === 0, `${name}: no dialog, page error or network request${t.problems.length ? ': ' + t.problems.join('; ') : ''}`);
    console.log(`TIME: ${name} load and draw ${t.loadMs} ms`);
}

// ---- SVG
async function testSvg(name, { zoomName, searchName, expected, hostileCheck = false }) {
    const t = await open(name);
    const { page } = t;
    const boxes = await page.$$eval('#frames > g', (gs) => gs.length);
    check(boxes > 0, `${name}: ${boxes} boxes drawn`);
    const scripts = await page.$$eval('script', (s) => s.length);
    check(scripts === 1, `${name}: one script element (ours), found ${scripts}`);
    await page.screenshot({ path: path.join(shots, name.replace('.svg', '-svg.png')) });
    if (zoomName) {
        // Click the first box of that function; it then spans the whole width.
        const index = await page.$$eval('#frames > g', (gs, n) => gs.findIndex((g) => {
            const t = g.querySelector('title').textContent;
            return t.substring(0, t.lastIndexOf(' (')) === n;
        }), zoomName);
        check(index >= 0, `${name}: a box for ${zoomName}`);
        if (index >= 0) {
            const rect = page.locator('#frames > g').nth(index).locator('rect');
            const before = parseFloat(await rect.getAttribute('width'));
            await rect.click({ force: true });
            const afterWidth = parseFloat(await rect.getAttribute('width'));
            const full = parseFloat(await page.evaluate(() => document.documentElement.getAttribute('fg:width')));
            check(Math.abs(afterWidth - full) < 0.01 && before < full,
                  `${name}: click zooms ${zoomName} from ${before} to ${afterWidth} px (full ${full})`);
            const resetShown = await page.$eval('#unzoom', (e) => !e.classList.contains('hide'));
            check(resetShown, `${name}: Reset Zoom shown after the zoom`);
            await page.screenshot({ path: path.join(shots, name.replace('.svg', '-svg-zoomed.png')) });
            await page.click('#unzoom');
        }
    }
    if (searchName) {
        page.promptAnswer = regexFor(searchName);
        await page.click('#search');
        await page.waitForFunction(() => /Matched/.test(document.getElementById('matched').textContent));
        const text = await page.$eval('#matched', (e) => e.textContent);
        check(Math.abs(percentOf(text) - expected) < 0.006,
              `${name}: search ${searchName} reports "${text}", expected ${expected.toFixed(2)}%`);
        await page.screenshot({ path: path.join(shots, name.replace('.svg', '-svg-search.png')) });
    }
    if (hostileCheck) {
        const titles = await page.$$eval('#frames > g > title', (ts) => ts.map((t) => t.textContent));
        for (const n of hostileNames)
            check(titles.some((t) => t.startsWith(n + ' (')), `${name}: shows ${JSON.stringify(n)} literally`);
        check(titles.some((t) => t.startsWith('bad\ufffd\ufffd utf8 \ufffd\ufffd (')), `${name}: invalid UTF-8 as U+FFFD`);
        const imgs = await page.$$eval('img', (i) => i.length);
        check(imgs === 0, `${name}: no element made from a name`);
    }
    finish(name, t);
    await page.close();
    return t.loadMs;
}

// ---- HTML
async function testHtml(name, { searchName, expected, tolerance, hostileCheck = false, diff = false }) {
    const t = await open(name);
    const { page } = t;
    const drawn = parseInt(await page.$eval('#flame', (c) => c.getAttribute('data-drawn')), 10);
    check(drawn > 0, `${name}: ${drawn} boxes drawn`);
    // The canvas really holds coloured pixels (not only background).
    const coloured = await page.$eval('#flame', (c) => {
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4)
            if (d[i] < 250 || d[i + 1] < 250 || d[i + 2] < 250)
                ++n;
        return n;
    });
    check(coloured > 1000, `${name}: ${coloured} coloured canvas pixels`);
    const scripts = await page.$$eval('script', (s) => s.length);
    check(scripts === 2, `${name}: our two script elements only, found ${scripts}`);
    await page.screenshot({ path: path.join(shots, name.replace('.html', '-html.png')), fullPage: true });

    // Hover shows a tooltip; a click on a box below the root zooms to it.
    const boxes = await page.evaluate(() => window.pyrograph.boxes());
    const target = boxes.filter((b) => !b.merged && b.row >= 2 && b.w > 40).sort((a, b) => b.w - a.w)[0];
    check(!!target, `${name}: a box to click`);
    if (target) {
        await page.mouse.move(target.x + target.w / 2, target.y + target.h / 2);
        const tip = await page.$eval('#tooltip', (e) => (e.hidden ? '' : e.textContent));
        check(tip.startsWith(target.name), `${name}: tooltip names ${JSON.stringify(target.name)}`);
        await page.screenshot({ path: path.join(shots, name.replace('.html', '-html-hover.png')) });
        await page.mouse.click(target.x + target.w / 2, target.y + target.h / 2);
        const zoom = await page.evaluate(() => window.pyrograph.zoomRoot());
        check(zoom === target.name, `${name}: click zooms to ${JSON.stringify(target.name)} (got ${JSON.stringify(zoom)})`);
        const crumbs = await page.$$eval('#breadcrumbs button', (b) => b.map((e) => e.textContent));
        check(crumbs[crumbs.length - 1] === target.name, `${name}: breadcrumbs end at the zoom root`);
        check(crumbs[0] === 'total', `${name}: the root's breadcrumb says "total" as the app does (got ${JSON.stringify(crumbs[0])})`);
        const zoomed = (await page.evaluate(() => window.pyrograph.boxes())).find((b) => b.name === target.name && b.row === target.row);
        check(zoomed && zoomed.w > target.w, `${name}: the zoomed box is wider (${target.w.toFixed(1)} -> ${zoomed ? zoomed.w.toFixed(1) : '?'} px)`);
        await page.screenshot({ path: path.join(shots, name.replace('.html', '-html-zoomed.png')) });
        await page.click('#breadcrumbs button');
        check((await page.evaluate(() => window.pyrograph.zoomRoot())) === '', `${name}: the first breadcrumb resets the zoom`);
    }
    if (searchName) {
        await page.fill('#search', regexFor(searchName));
        await page.press('#search', 'Enter');
        const text = await page.$eval('#matched', (e) => e.textContent);
        check(Math.abs(percentOf(text) - expected) <= tolerance,
              `${name}: search ${searchName} reports "${text}", expected ${expected.toFixed(2)}% (within ${tolerance})`);
        const rows = await page.$$eval('#functions tbody tr', (r) => r.map((e) => e.firstChild.textContent));
        check(rows.length >= 1 && rows.every((r) => r === searchName), `${name}: the table keeps the matching function`);
        await page.screenshot({ path: path.join(shots, name.replace('.html', '-html-search.png')), fullPage: true });
        await page.fill('#search', '');
        await page.press('#search', 'Enter');
    }
    // The table sorts by a clicked column.
    const header = await page.$$('#functions thead th');
    if (header.length > 1) {
        await header[header.length - 1].click();
        const firstCells = await page.$$eval('#functions thead th', (h) => h.map((e) => e.textContent));
        check(/[\u25be\u25b4]/.test(firstCells[firstCells.length - 1]), `${name}: the table sorts by the clicked column`);
    }
    if (diff) {
        const legend = await page.$eval('#legend', (e) => !e.hidden);
        check(legend, `${name}: the diff legend is shown`);
        const headers = await page.$$eval('#functions thead th', (h) => h.map((e) => e.textContent));
        check(headers.some((h) => h.startsWith('Baseline')) && headers.some((h) => h.startsWith('Comparison')),
              `${name}: the table has both sides`);
    }
    if (hostileCheck) {
        const cells = await page.$$eval('#functions tbody tr', (r) => r.map((e) => e.firstChild.textContent));
        for (const n of hostileNames)
            check(cells.includes(n), `${name}: table shows ${JSON.stringify(n)} literally`);
        check(cells.includes('bad\ufffd\ufffd utf8 \ufffd\ufffd'), `${name}: invalid UTF-8 as U+FFFD`);
        const imgs = await page.$$eval('img', (i) => i.length);
        check(imgs === 0, `${name}: no element made from a name`);
        const title = await page.title();
        check(title === 'Flame Graph', `${name}: title ${JSON.stringify(title)}`);
    }
    finish(name, t);
    await page.close();
    return t.loadMs;
}

// ---- heat: the HTML page colours each box as the SVG does (the app's heat
// colours), read from the canvas pixels of the boxes the page drew.
async function testHeat(svgName, htmlName, packageSvgName) {
    const svgBoxes = async (file) => {
        const t = await open(file);
        const boxes = await t.page.evaluate(() => {
            const rows = [...document.querySelectorAll('#frames > g')].map((g) => {
                const title = g.querySelector('title').textContent, rect = g.querySelector('rect');
                return { name: title.substring(0, title.lastIndexOf(' (')), y: parseFloat(rect.getAttribute('y')),
                         x: parseInt(rect.getAttribute('fg:x'), 10), w: parseInt(rect.getAttribute('fg:w'), 10),
                         fill: rect.getAttribute('fill').toLowerCase() };
            });
            const rowHeight = parseFloat(document.documentElement.getAttribute('fg:frameheight'));
            const root = rows.reduce((a, b) => (b.w > a.w ? b : a));
            // Flame orientation: the root at the bottom, one row a frame height up per level.
            return rows.map((r) => ({ ...r, depth: Math.round((root.y - r.y) / rowHeight), x: r.x / root.w, w: r.w / root.w }));
        });
        finish(file, t);
        await t.page.close();
        return boxes;
    };
    const heatSvg = await svgBoxes(svgName);
    const packageSvg = await svgBoxes(packageSvgName);
    const key = (b) => `${b.name}|${b.depth}|${b.x.toFixed(6)}`;
    const packageFill = new Map(packageSvg.map((b) => [key(b), b.fill]));
    const recoloured = heatSvg.filter((b) => packageFill.has(key(b)) && packageFill.get(key(b)) !== b.fill).length;
    check(recoloured > heatSvg.length / 2, `${svgName}: the SVG honours --heat (${recoloured} of ${heatSvg.length} boxes recoloured)`);

    const t = await open(htmlName);
    const { page } = t;
    const drawn = await page.evaluate(() => {
        const canvas = document.getElementById('flame'), rect = canvas.getBoundingClientRect();
        const scale = canvas.width / rect.width, ctx = canvas.getContext('2d');
        const hex = (v) => v.toString(16).padStart(2, '0');
        return window.pyrograph.boxes().filter((b) => !b.merged && b.w >= 6).map((b) => {
            const px = ctx.getImageData(Math.round((b.x - rect.left) * scale) + 1,
                                        Math.round((b.y - rect.top + b.h / 2) * scale), 1, 1).data;
            return { name: b.name, depth: b.row, x: (b.x - rect.left) / rect.width, w: b.w / rect.width,
                     fill: '#' + hex(px[0]) + hex(px[1]) + hex(px[2]) };
        });
    });
    let compared = 0, same = 0;
    const mismatches = [];
    for (const box of drawn) {
        const svg = heatSvg.find((s) => s.name === box.name && s.depth === box.depth && Math.abs(s.x - box.x) < 0.001
                                       && Math.abs(s.w - box.w) < 0.002);
        if (!svg)
            continue;
        ++compared;
        if (svg.fill === box.fill)
            ++same;
        else if (mismatches.length < 5)
            mismatches.push(`${box.name} at depth ${box.depth}: page ${box.fill}, SVG ${svg.fill}`);
    }
    check(compared >= 20 && same === compared,
          `${htmlName}: ${same} of ${compared} boxes in the SVG's heat colours${mismatches.length ? ': ' + mismatches.join('; ') : ''}`);
    await page.screenshot({ path: path.join(shots, 'go-cpu-heat-html.png') });
    finish(htmlName, t);
    await page.close();
}

try {
    // The hostile profile: every name once, nothing pruned (shares exact).
    const h = expectedShare(hostile, '<script>alert(1)</script>');
    await testSvg('hostile.svg', { zoomName: '<script>alert(1)</script>', searchName: '<script>alert(1)</script>',
                                   expected: h.share, hostileCheck: true });
    await testHtml('hostile.html', { searchName: '<script>alert(1)</script>', expected: h.share, tolerance: 0.005,
                                     hostileCheck: true });

    // A real Go CPU profile: the SVG with every box (--minwidth 0) matches top
    // exactly; the HTML page leaves out nodes under 1/20000 of the total.
    const fn = 'compress/flate.(*compressor).deflate';
    const g = expectedShare(goCpu, fn);
    await testSvg('go-cpu.svg', { zoomName: fn, searchName: fn, expected: g.share });
    await testSvg('go-cpu-icicle.svg', { zoomName: fn });
    await testHtml('go-cpu.html', { searchName: fn, expected: g.share, tolerance: 0.05 });
    await testHeat('go-cpu-heat.svg', 'go-cpu-heat.html', 'go-cpu.svg');

    // The diff of the inferno pair.
    await testSvg('diff.svg', {});
    await testHtml('diff.html', { diff: true, tolerance: 0 });
} catch (e) {
    fail(`exception: ${e.stack || e}`);
} finally {
    await context.close();
    fs.rmSync(profileDir, { recursive: true, force: true });
}
console.log(`screenshots in ${shots}`);
if (failures) {
    console.error(`${failures} check(s) failed`);
    process.exit(1);
}
console.log('all checks passed');
