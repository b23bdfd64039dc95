// The browser half of scripts/bench: download size, start-up against a minimal ImGui page, frame
// times per view with the large plan, idle frames, memory, and the time from an edit to durable in
// IndexedDB. Prints one JSON object.
//   node tests/bench/browser_bench.mjs SITE_DIR MINIMAL_DIR LARGE_PLAN_FILE [--quick]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser, serveSite } from '../e2e/lib/browser.mjs';
import { openApp, click, settle } from '../e2e/lib/app.mjs';
import { recordKeystrokes, lastKeyAt, addPartner, waitDurable } from '../e2e/lib/storage.mjs';

const [siteDir, minimalDir, largePlanFile, flag] = process.argv.slice(2);
const quick = flag === '--quick';
const startRuns = quick ? 3 : 15;
const framesPerView = quick ? 40 : 240;

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const percentile = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * p))]; };

const out = {};
const browser = await launchBrowser();
const site = await serveSite(siteDir);
const minimal = await serveSite(minimalDir);

// 1. Everything the page loads, as the network delivers it (gzip -9 of each file).
{
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const loaded = new Set();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === new URL(site.url).origin) loaded.add(url.pathname === '/' ? '/index.html' : url.pathname);
  });
  await openApp(page, site.url);
  await page.waitForTimeout(500);  // the service worker fetches its cache list; those are the same files
  out.download = {};
  for (const path of [...loaded].sort()) {
    const bytes = readFileSync(join(siteDir, path));
    out.download[path.slice(1)] = { bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  }
  out.download_total_gzip = Object.values(out.download).reduce((sum, f) => sum + f.gzip, 0);
  await context.close();
}

// 2. Start: navigation to the first drawn frame, each run in a fresh context (nothing cached). The
// app and the minimal page take turns, so that a machine that slows down or speeds up during the
// runs moves both medians alike instead of the ratio.
async function startTime(url, read) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(read, null, { timeout: 60000 });
  const time = await page.evaluate(read);
  await context.close();
  return time;
}
{
  const app = [], minimalPage = [];
  for (let i = 0; i < startRuns; i++) {
    app.push(await startTime(site.url, () => window.accordBoot && window.accordBoot.firstFrame));
    minimalPage.push(await startTime(minimal.url, () => window.firstFrame));
  }
  out.start_app_ms = median(app);
  out.start_minimal_ms = median(minimalPage);
}

async function openLargePlan(page) {
  const error = await page.evaluate((text) => {
    const ptr = Module.allocateUTF8(text);
    const result = Module.UTF8ToString(Module._accord_test_open(ptr));
    Module._free(ptr);
    return result;
  }, readFileSync(largePlanFile, 'utf8'));
  if (error) throw new Error(`the large plan did not open: ${error}`);
  await settle(page);
}

// 3. Frames with the large plan open, per view; 4. idle; 5. memory.
{
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await openApp(page, site.url);
  await openLargePlan(page);
  const navigation = (await page.evaluate(() => JSON.parse(Module.UTF8ToString(Module._accord_test_items()))))
    .filter((item) => item.window.includes('navigation') && item.label.trim());
  out.frames = {};
  for (const entry of navigation) {
    const name = entry.label.replace(/[\uE000-\uF8FF]/g, '').trim();
    await click(page, name, { window: 'navigation' });
    // Item capture off (it is test-only work), frame timing on; then ask for frames until enough.
    await page.evaluate(() => { Module._accord_test_enable(0); Module._accord_test_timing(1); Module._accord_test_frame_times(); });
    await page.evaluate((n) => Module._accord_test_draw(n), framesPerView);
    let times = [];
    while (times.length < framesPerView) {
      await page.waitForTimeout(100);
      times = times.concat(JSON.parse(await page.evaluate(() => Module.UTF8ToString(Module._accord_test_frame_times()))));
      if (times.length < framesPerView) await page.evaluate((n) => Module._accord_test_draw(n), framesPerView - times.length);
    }
    out.frames[name] = { frames: times.length, median_ms: median(times), p95_ms: percentile(times, 0.95) };
    await page.evaluate(() => { Module._accord_test_timing(0); Module._accord_test_enable(1); });
  }
  // Idle: no input for two seconds after things settle; count the frames drawn meanwhile.
  await page.evaluate(() => Module._accord_test_timing(1));
  await page.waitForTimeout(1000);
  await page.evaluate(() => Module._accord_test_frame_times());
  await page.waitForTimeout(2000);
  const idle = JSON.parse(await page.evaluate(() => Module.UTF8ToString(Module._accord_test_frame_times())));
  out.idle_frames_per_second = idle.length / 2;
  out.memory = JSON.parse(await page.evaluate(() => Module.UTF8ToString(Module._accord_test_memory())));
  await context.close();
}

// 6. Save: from the last keystroke of an edit (a partner named by typing) to the sync that makes it
// durable in IndexedDB calling back, with the large plan open: the whole plan file is written.
{
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await recordKeystrokes(page);
  await openApp(page, site.url);
  await openLargePlan(page);
  const times = [];
  for (let i = 0; i < (quick ? 3 : 10); i++) {
    const revision = await addPartner(page, `Bench partner ${i}`);
    const typedAt = await lastKeyAt(page);
    const saved = await waitDurable(page, revision);
    times.push(saved.save.durable_at_ms - typedAt);
  }
  out.save_ms = median(times);
  out.save_worst_ms = Math.max(...times);
  await context.close();
}

await site.close();
await minimal.close();
await browser.close();
console.log(JSON.stringify(out));
