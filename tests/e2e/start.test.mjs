// The start: the first frame is drawn with a small font atlas (Latin-1, punctuation, symbols and
// icons) and the rest of the glyphs follow in the next frame (src/ui/fonts.hpp). Whatever the plan
// is written in, the first frame anyone sees must already be whole: these tests catch the pixels of
// the very first frame (inside the frame, before the browser shows it) and compare them with the
// same screen once everything has settled.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { artifactsDir, siteDir } from './lib/browser.mjs';
import { hasMark, openApp, settle, state } from './lib/app.mjs';
import { waitDurable } from './lib/storage.mjs';
import { useApp } from './lib/session.mjs';

const app = useApp();
// The same glyph sampled from the start atlas and from the full one (another place in the texture)
// may differ by a rounding step in a few pixels; a missing letter differs by the whole ink (~200).
const kRounding = 4;

// Keeps a PNG of the canvas as the app's first frame left it: onFirstFrame runs inside that frame,
// while the drawing buffer still holds it. Applies to every load of the page, reloads included.
async function catchFirstFrame(page) {
  await page.addInitScript(() => {
    let module;
    Object.defineProperty(window, 'Module', {
      configurable: true,
      get() { return module; },
      set(value) {
        module = value;
        if (!value || value.accordCatchesFirstFrame) return;
        value.accordCatchesFirstFrame = true;
        const shown = value.onFirstFrame;
        value.onFirstFrame = function () {
          window.accordFirstFrame = value.canvas.toDataURL('image/png');
          if (shown) shown.apply(this, arguments);
        };
      },
    });
  });
}

async function firstFramePng(page) {
  const url = await page.evaluate(() => window.accordFirstFrame);
  assert.ok(url && url.startsWith('data:image/png;base64,'), 'the first frame was caught');
  return Buffer.from(url.slice('data:image/png;base64,'.length), 'base64');
}

// How many pixels of `region` differ between two PNGs, and by how much at most (0-255).
async function difference(page, a, b, region) {
  return page.evaluate(async ({ a, b, region }) => {
    const pixels = async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(region.w, region.h);
      const context = canvas.getContext('2d');
      context.drawImage(bitmap, -region.x, -region.y);
      return context.getImageData(0, 0, region.w, region.h).data;
    };
    const [pa, pb] = [await pixels(a), await pixels(b)];
    let differing = 0, most = 0, inked = 0;
    for (let i = 0; i < pa.length; i += 4) {
      const d = Math.max(Math.abs(pa[i] - pb[i]), Math.abs(pa[i + 1] - pb[i + 1]), Math.abs(pa[i + 2] - pb[i + 2]));
      if (d > 0) differing++;
      most = Math.max(most, d);
      if (pb[i] < 128) inked++;  // dark text in the light theme
    }
    return { differing, most, inked };
  }, { a: a.toString('base64'), b: b.toString('base64'), region });
}

test('a first visit draws its text in the first frame as it stays', async () => {
  const { context, page, errors } = await app.newPage();
  await catchFirstFrame(page);
  await openApp(page, app.url);
  const first = await firstFramePng(page);
  await settle(page);
  const later = await page.screenshot();
  writeFileSync(join(artifactsDir, 'start-first-frame.png'), first);
  // Not the whole frame: the save status settles in later frames. The title ("Untitled
  // partnership"), the navigation and the dashboard's welcome panel (drawn behind its content at
  // the content's height in the same frame: ui/widgets.cpp) must not change.
  const title = await difference(page, first, later, { x: 0, y: 0, w: 220, h: 44 });
  assert.ok(title.inked > 100, `the title bar has text in it: ${JSON.stringify(title)}`);
  assert.ok(title.most <= kRounding, `the first frame's title is the settled one: ${JSON.stringify(title)}`);
  const navigation = await difference(page, first, later, { x: 0, y: 100, w: 195, h: 290 });
  assert.ok(navigation.inked > 300, `the navigation has text in it: ${JSON.stringify(navigation)}`);
  assert.ok(navigation.most <= kRounding, `the first frame's navigation is the settled one: ${JSON.stringify(navigation)}`);
  const dashboard = await difference(page, first, later, { x: 200, y: 60, w: 1080, h: 740 });
  assert.ok(dashboard.inked > 1000, `the dashboard has text in it: ${JSON.stringify(dashboard)}`);
  assert.ok(dashboard.most <= kRounding, `the first frame's dashboard is the settled one: ${JSON.stringify(dashboard)}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a plan titled in Greek and Cyrillic is drawn whole in the very first frame after a reload', async () => {
  const { context, page, errors } = await app.newPage();
  await catchFirstFrame(page);
  await openApp(page, app.url);
  const plan = JSON.parse(readFileSync(new URL('../../assets/sample.accord.json', import.meta.url), 'utf8'));
  plan.title = 'Συνεργασία Ωμέγα · Партнёрство';
  const problem = await page.evaluate((text) => {
    const bytes = Module.allocateUTF8(text);
    const result = Module.UTF8ToString(Module._accord_test_open(bytes));
    Module._free(bytes);
    return result;
  }, JSON.stringify(plan));
  assert.equal(problem, '');
  await settle(page);
  const opened = await state(page);
  assert.equal(opened.title, plan.title);
  await waitDurable(page, opened.revision);

  await page.reload();
  await page.waitForFunction(() => window.accordBoot && window.accordBoot.firstFrame, null, { timeout: 30000 });
  const first = await firstFramePng(page);
  await page.evaluate(() => Module._accord_test_enable(1));
  await settle(page);
  assert.equal((await state(page)).title, plan.title, 'the plan came back after the reload');
  const later = await page.screenshot();
  writeFileSync(join(artifactsDir, 'start-first-frame-greek.png'), first);
  // Had the first frame lacked the Greek and Cyrillic letters, they would be blank in it.
  const title = await difference(page, first, later, { x: 0, y: 0, w: 420, h: 44 });
  assert.ok(title.inked > 200, `the title bar has text in it: ${JSON.stringify(title)}`);
  assert.ok(title.most <= kRounding, `the first frame's title bar is the settled one: ${JSON.stringify(title)}`);
  assert.deepEqual(errors, []);
  await context.close();
});

// The start set's atlas comes prebuilt beside the wasm for pixel ratios 1, 1.25, 1.5 and 2
// (src/ui/atlas_file.hpp); the app loads it instead of rasterising those glyphs. Whether it loaded the file or built the
// atlas, the first frame must be the same, and any file it cannot use must only cost the time.
// The first frame at a pixel ratio, with the start atlas as the site has it, or as `serve` answers.
async function firstFrameWith(deviceScaleFactor, serve) {
  const { context, page, errors } = await app.newPage({ deviceScaleFactor });
  if (serve) await context.route('**/fonts/start-atlas-*', serve);
  await catchFirstFrame(page);
  await openApp(page, app.url);
  const png = await firstFramePng(page);
  const fromFile = await hasMark(page, 'accord:start-atlas-file');
  const fetched = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((entry) => entry.name.includes('/fonts/start-atlas-')).map((entry) => entry.name.replace(/^.*\//, '')));
  return { context, page, errors, png, fromFile, fetched };
}

const atlasFile = (ratio) => gunzipSync(readFileSync(join(siteDir, 'fonts', `start-atlas-${ratio}x.bin.gz`)));
const answer = (bytes) => (route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body: bytes });

// The same screen's title bar, navigation and dashboard in two first frames: the same pixels.
async function assertSameFirstFrame(page, a, b, ratio, what) {
  const regions = { title: { x: 0, y: 0, w: 220, h: 44 }, navigation: { x: 0, y: 100, w: 195, h: 290 },
                    dashboard: { x: 200, y: 60, w: 1080, h: 640 } };
  for (const [name, r] of Object.entries(regions)) {
    const scaled = { x: Math.round(r.x * ratio), y: Math.round(r.y * ratio), w: Math.round(r.w * ratio),
                     h: Math.round(r.h * ratio) };
    const d = await difference(page, a, b, scaled);
    assert.ok(d.inked > 100, `${what}: the ${name} has text in it: ${JSON.stringify(d)}`);
    assert.ok(d.most <= kRounding, `${what}: the ${name} is drawn as with a rasterised atlas: ${JSON.stringify(d)}`);
  }
}

for (const ratio of [1, 1.25, 1.5, 2]) {
  test(`at a pixel ratio of ${ratio} the first frame is drawn from the prebuilt start atlas, as a rasterised one draws it`, async () => {
    const prebuilt = await firstFrameWith(ratio);
    assert.deepEqual(prebuilt.fetched, [`start-atlas-${ratio}x.bin.gz`], 'only the atlas for this pixel ratio is fetched');
    assert.equal(prebuilt.fromFile, true, 'the app used the file');
    writeFileSync(join(artifactsDir, `start-first-frame-atlas-${ratio}x.png`), prebuilt.png);
    const built = await firstFrameWith(ratio, (route) => route.fulfill({ status: 404, body: 'not here' }));
    assert.equal(built.fromFile, false, 'without the file the app rasterised the atlas');
    await assertSameFirstFrame(prebuilt.page, prebuilt.png, built.png, ratio, `${ratio}x`);
    assert.deepEqual(prebuilt.errors, []);
    // The browser reports the 404 itself; the app says nothing of it.
    assert.deepEqual(built.errors.filter((error) => !error.includes('404')), []);
    await prebuilt.context.close();
    await built.context.close();
  });
}

test('a start atlas the app cannot use (cut short, damaged, for another pixel ratio, not gzip, stalled) is built instead', async () => {
  const reference = await firstFrameWith(1, (route) => route.fulfill({ status: 404, body: '' }));
  const good = atlasFile(1);
  const flipped = Buffer.from(good);
  flipped[12] ^= 0x01;  // a bit of the fingerprint
  const cases = {
    'cut short': gzipSync(good.subarray(0, good.length - 1)),
    'one byte too many': gzipSync(Buffer.concat([good, Buffer.from([0])])),
    'another fingerprint': gzipSync(flipped),
    'the 2x atlas': gzipSync(atlasFile(2)),
    'not gzip': Buffer.from('<html>Not found</html>'),
    'damaged gzip': Buffer.concat([gzipSync(good).subarray(0, 200), Buffer.alloc(64, 0xab)]),
    'never answered': null,  // a stalled request: the app starts without it
  };
  for (const [what, bytes] of Object.entries(cases)) {
    const run = await firstFrameWith(1, bytes ? answer(bytes) : () => {});
    assert.equal(run.fromFile, false, `${what}: not used`);
    await assertSameFirstFrame(run.page, run.png, reference.png, 1, what);
    assert.deepEqual(run.errors, [], `${what}: the app says nothing of it`);
    await run.context.close();
  }
  // The same bytes, whole, are used: the cases above failed for what was done to them. So are they
  // ungzipped already, as the browser hands them over from a server that sends the file with
  // Content-Encoding: gzip (Playwright's route.fulfill passes a body on as it is, so the test sends
  // what the browser would have made of it).
  for (const [what, bytes] of Object.entries({ gzipped: gzipSync(good), 'ungzipped by the browser': good })) {
    const whole = await firstFrameWith(1, answer(bytes));
    assert.equal(whole.fromFile, true, what);
    assert.deepEqual(whole.errors, [], what);
    await whole.context.close();
  }
  await reference.context.close();
});
