// The start: the first frame is drawn with a small font atlas (Latin-1, punctuation, symbols and
// icons) and the rest of the glyphs follow in the next frame (src/ui/fonts.hpp). Whatever the plan
// is written in, the first frame anyone sees must already be whole: these tests catch the pixels of
// the very first frame (inside the frame, before the browser shows it) and compare them with the
// same screen once everything has settled.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifactsDir } from './lib/browser.mjs';
import { openApp, settle, state } from './lib/app.mjs';
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
