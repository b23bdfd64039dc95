// The foundation: the page loads cleanly, draws the app with the expected layout, responds to a
// click, follows the window and the pixel ratio, sleeps when idle, and explains itself when the
// browser lacks WebGL2 or WebAssembly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifactsDir } from './lib/browser.mjs';
import { openApp, find, click, state, settle, frames, untilIdle, regionStats } from './lib/app.mjs';
import { useApp } from './lib/session.mjs';

const app = useApp();

const newPage = (options) => app.newPage(options);

test('the page loads with no console errors and hides the loading indicator', async () => {
  const { context, page, errors } = await newPage();
  await openApp(page, app.url);
  assert.equal(await page.isHidden('#loading'), true);
  assert.equal(await page.isHidden('#failure'), true);
  const hasWebGL2 = await page.evaluate(() => !!Module.ctx && Module.ctx instanceof WebGL2RenderingContext);
  assert.equal(hasWebGL2, true, 'the app draws through a WebGL2 context');
  assert.deepEqual(errors, []);
  await context.close();
});

// Each costs the start: a depth and a stencil buffer as large as the window (~30 ms to create at
// 1280x800 here), and gamepad listeners, which start the browser's gamepad polling and its HID
// device scan (130-250 ms of a browser thread).
test('the page asks for what it draws with only: no depth or stencil buffer, no gamepad listeners', async () => {
  const { context, page } = await newPage();
  await openApp(page, app.url);
  const attributes = await page.evaluate(() => Module.ctx.getContextAttributes());
  assert.equal(attributes.depth, false);
  assert.equal(attributes.stencil, false);
  assert.equal(attributes.alpha, true, 'the loading page shows through until the first frame');
  assert.equal(attributes.antialias, false);
  // The listeners on the window, as the browser's DevTools list them.
  const cdp = await context.newCDPSession(page);
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
  const types = new Set(listeners.map((listener) => listener.type));
  assert.ok(types.has('keydown') && types.has('keyup'), `GLFW's key listeners are there: ${[...types]}`);
  assert.ok(!types.has('gamepadconnected') && !types.has('gamepaddisconnected'), [...types].join(' '));
  await context.close();
});

test('the canvas draws the shell: title bar on top, navigation on the left, the view beside it', async () => {
  const { context, page } = await newPage();
  await openApp(page, app.url);
  const png = await page.screenshot({ path: join(artifactsDir, 'shell.png') });
  const whole = await regionStats(page, png);
  assert.equal(whole.width, 1280);
  assert.ok(whole.colours > 50, `a drawn app has text and shapes in many colours, saw ${whole.colours}`);
  assert.ok(whole.dominantShare < 0.9, 'not a blank page');

  // Layout in em (15 px): title bar 3 em high, navigation 13 em wide (src/ui/app.cpp).
  const nav = await find(page, 'Dashboard', { window: 'navigation' });
  const goals = await find(page, 'Goals', { window: 'navigation' });
  assert.ok(nav.rect.x < 20 && nav.rect.y > 40 && nav.rect.y < 70, `first entry under the title bar: ${JSON.stringify(nav.rect)}`);
  assert.ok(goals.rect.y > nav.rect.y, 'entries are stacked downwards');
  assert.ok(nav.rect.w > 150 && nav.rect.w < 200, `entries fill the 13 em rail: ${nav.rect.w}`);

  // Panels are white (#ffffff) in the light theme; the view area shows the page colour (#f4f5f7)
  // around its cards (a new plan's welcome card ends about 600 px down).
  const rail = await regionStats(page, png, { x: 5, y: 400, w: 150, h: 300 });
  assert.equal(rail.dominant, '#ffffff');
  const view = await regionStats(page, png, { x: 400, y: 640, w: 800, h: 140 });
  assert.equal(view.dominant, '#f4f5f7');
  const title = await regionStats(page, png, { x: 0, y: 0, w: 600, h: 45 });
  assert.ok(title.colours > 10, 'the title bar shows the plan title in text');
  await context.close();
});

test('clicking a navigation entry changes what is drawn', async () => {
  const { context, page, errors } = await newPage();
  await openApp(page, app.url);
  assert.equal((await state(page)).view, 'Dashboard');
  const heading = { x: 210, y: 55, w: 400, h: 40 };
  const before = await regionStats(page, await page.screenshot(), heading);
  await click(page, 'Goals', { window: 'navigation' });
  assert.equal((await state(page)).view, 'Goals');
  const afterClick = await regionStats(page, await page.screenshot({ path: join(artifactsDir, 'shell-goals.png') }), heading);
  assert.notEqual(afterClick.meanLevel, before.meanLevel, 'the heading area changed');
  const selected = await find(page, 'Goals', { window: 'navigation' });
  assert.equal(selected.checked, false);  // Selectable reports no check state; the view name is what changed
  assert.deepEqual(errors, []);
  await context.close();
});

test('the canvas follows the window size and the device pixel ratio', async () => {
  const { context, page } = await newPage({ deviceScaleFactor: 2 });
  await openApp(page, app.url);
  let size = await page.evaluate(() => [Module.canvas.width, Module.canvas.height, innerWidth, innerHeight]);
  assert.deepEqual(size, [2560, 1600, 1280, 800], 'backing store = CSS size x 2');
  await page.setViewportSize({ width: 900, height: 700 });
  await settle(page);
  size = await page.evaluate(() => [Module.canvas.width, Module.canvas.height]);
  assert.deepEqual(size, [1800, 1400]);
  // Widgets are laid out in CSS pixels for the test hooks and scale with the ratio: the rail stays 13 em.
  const nav = await find(page, 'Dashboard', { window: 'navigation' });
  assert.ok(nav.rect.w > 150 && nav.rect.w < 200, `rail entry width in CSS px: ${nav.rect.w}`);
  await context.close();
});

test('an idle app draws no frames', async () => {
  const { context, page } = await newPage();
  await openApp(page, app.url);
  const start = await untilIdle(page);  // the first frames, and the new plan's first save, done
  await page.waitForTimeout(1500);
  assert.equal(await frames(page), start, 'no frames without input');
  await page.mouse.move(600, 400);
  await page.mouse.move(620, 410);
  await page.waitForTimeout(200);
  assert.ok((await frames(page)) > start, 'input wakes it');
  await context.close();
});

test('without WebGL2 the page says so instead of staying blank', async () => {
  const { context, page } = await newPage();
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      return kind === 'webgl2' ? null : original.call(this, kind, ...rest);
    };
  });
  await page.goto(app.url);
  await page.waitForSelector('#failure', { state: 'visible' });
  assert.match(await page.textContent('#failure-text'), /WebGL 2/);
  assert.equal(await page.isHidden('#loading'), true);
  await context.close();
});

test('the fonts and the sample plan come beside the wasm, and the app draws with those fonts', async () => {
  const { context, page } = await newPage();
  const fetched = {};
  page.on('response', (response) => { fetched[new URL(response.url()).pathname] = response.status(); });
  await openApp(page, app.url);
  for (const path of ['/fonts/Inter-Regular.ttf', '/fonts/Inter-SemiBold.ttf', '/fonts/fontawesome-webfont.ttf',
                      '/assets/sample.accord.json']) {
    assert.equal(fetched[path], 200, path);
  }
  // ImGui's own font ("ProggyClean.ttf, 13px") would mean the files did not reach the app.
  assert.match((await state(page)).font, /^Inter-Regular\.ttf, \d+px$/);
  await context.close();
});

test('a font that cannot be downloaded stops the start with a message, not a blank page', async () => {
  const { context, page } = await newPage();
  await page.route('**/fonts/Inter-SemiBold.ttf', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto(app.url);
  await page.waitForSelector('#failure', { state: 'visible' });
  assert.match(await page.textContent('#failure-text'),
               /could not be downloaded \(fonts\/Inter-SemiBold\.ttf: HTTP 404\)\. Check the connection/);
  assert.equal(await page.isHidden('#loading'), true);
  assert.equal(await page.evaluate(() => window.accordBoot.firstFrame), null);
  await context.close();
});

test('without WebAssembly the page says so instead of staying blank', async () => {
  const { context, page } = await newPage();
  await page.addInitScript(() => { delete window.WebAssembly; });
  await page.goto(app.url);
  await page.waitForSelector('#failure', { state: 'visible' });
  assert.match(await page.textContent('#failure-text'), /WebAssembly/);
  await context.close();
});
