// Drives the Accord page like a person: finds widgets by their label through the app's test hooks
// (src/ui/test_hooks.hpp) and clicks, types and drags at their position on screen.
import assert from 'node:assert/strict';

// Collects console errors and page errors; tests assert the list stays empty.
export function watchConsole(page) {
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

// Loads the page and waits for the first drawn frame, then turns the test hooks on.
export async function openApp(page, url, { timeout = 30000 } = {}) {
  await page.goto(url);
  await started(page, timeout);
}

// Reloads the page as a person does, and waits for it as openApp does. Not page.reload() followed by
// openApp(): that loads the page twice, and the first load, started by the reload, may get as far
// as opening the library (even repairing a damaged plan) before the second replaces it.
export async function reopenApp(page, { timeout = 30000 } = {}) {
  await page.reload();
  await started(page, timeout);
}

async function started(page, timeout) {
  await page.waitForFunction(() => window.accordBoot && (window.accordBoot.firstFrame || window.accordBoot.failed),
                             null, { timeout });
  const failed = await page.evaluate(() => window.accordBoot.failed);
  assert.equal(failed, null, `the app failed to start: ${failed}`);
  await page.evaluate(() => Module._accord_test_enable(1));
  await settle(page);
}

export async function frames(page) {
  return page.evaluate(() => Module._accord_test_frames());
}

// Waits until the app has drawn at least `count` more frames, then lets the idle loop finish its
// few settling frames. The app draws only when something changes and sleeps after a few frames, so
// this keeps waking it while it waits.
export async function settle(page, count = 2) {
  const start = await frames(page);
  await page.waitForFunction((target) => {
    if (Module._accord_test_frames() >= target) return true;
    Module._accord_wake();
    return false;
  }, start + count, { polling: 20 });
  await page.waitForTimeout(50);
}

// Waits until the app stops drawing (no frame for `quiet` ms), as it must once what it shows has
// settled: a notice gone, a save finished. Fails if it is still drawing after `timeout` ms.
export async function untilIdle(page, { quiet = 1000, timeout = 10000 } = {}) {
  const until = Date.now() + timeout;
  let last = await frames(page);
  for (;;) {
    await page.waitForTimeout(quiet);
    const now = await frames(page);
    if (now === last) return now;
    assert.ok(Date.now() < until, `the app was still drawing after ${timeout} ms (${now} frames)`);
    last = now;
  }
}

export async function items(page) {
  return JSON.parse(await page.evaluate(() => Module.UTF8ToString(Module._accord_test_items())));
}

export async function state(page) {
  return JSON.parse(await page.evaluate(() => Module.UTF8ToString(Module._accord_test_state())));
}

// The text a person sees: ImGui hides everything from "##" on.
export function visibleLabel(label) {
  const cut = label.indexOf('##');
  // Icons (Font Awesome, in the Private Use Area) are drawn but are not words.
  return (cut < 0 ? label : label.slice(0, cut)).replace(/[\uE000-\uF8FF]/g, '').trim();
}

// The hidden part of a label, from "##" on: what names an icon-only button ("\uf1f8##remove").
export function hiddenId(label) {
  const cut = label.indexOf('##');
  return cut < 0 ? null : label.slice(cut);
}

// Whether a widget answers to `label`: its full label ("Goals##nav"), its visible text, its hidden
// id ("##remove"), or a RegExp tested on the full label and the visible text.
export function labelled(label) {
  return (item) => (label instanceof RegExp
    ? label.test(item.label) || label.test(visibleLabel(item.label))
    : item.label === label || visibleLabel(item.label) === label || (label.startsWith('##') && hiddenId(item.label) === label));
}

// Finds one shown widget by its label (see labelled()), in the window whose name holds `window`.
export async function find(page, label, { window } = {}) {
  const all = (await items(page)).filter((item) => item.shown && (!window || item.window.includes(window)));
  const matches = all.filter(labelled(label));
  assert.ok(matches.length > 0, `no widget labelled ${label} on screen; seen: ${
    all.map((item) => JSON.stringify(visibleLabel(item.label))).slice(0, 60).join(', ')}`);
  return matches[matches.length - 1];
}

// Every shown widget labelled `label` (see labelled()), top to bottom: the rows of a list or table,
// whose inputs share a name ("##Value name" in each row).
export async function findAll(page, label, { window } = {}) {
  return (await items(page))
    .filter((item) => item.shown && (!window || item.window.includes(window)) && labelled(label)(item))
    .sort((a, b) => a.rect.y - b.rect.y || a.rect.x - b.rect.x);
}

// The shown widget labelled `label` on the same row as `anchor` (a widget found before): its
// middle lies within the anchor's height. For a row's buttons that repeat in every row (a
// partner's chip "Zoë##<id>" beside each value).
export async function findInRow(page, label, anchor, { window } = {}) {
  const middle = (item) => item.rect.y + item.rect.h / 2;
  const row = (await findAll(page, label, { window }))
    .filter((item) => middle(item) >= anchor.rect.y && middle(item) <= anchor.rect.y + anchor.rect.h);
  assert.equal(row.length, 1, `one widget labelled ${label} on the row of ${anchor.label} at y ${anchor.rect.y}`);
  return row[0];
}

// Finds a widget that is to appear after something asynchronous (a file read, a timer): keeps the
// app drawing until it shows, for up to `timeout` ms, then fails as find() does.
export async function waitFor(page, label, { window, timeout = 10000 } = {}) {
  const until = Date.now() + timeout;
  for (;;) {
    try {
      return await find(page, label, { window });
    } catch (error) {
      if (Date.now() > until) throw error;
      await settle(page, 1);
    }
  }
}

export function centre(item) {
  const r = item.visible;
  return { x: r.x + r.w / 2, y: r.y + r.h / 2 };
}

export async function click(page, label, options = {}) {
  return clickItem(page, await find(page, label, options), options);
}

// Clicks the centre of a widget found before (findAll(), findInRow()).
export async function clickItem(page, item, { button } = {}) {
  const { x, y } = centre(item);
  await page.mouse.click(x, y, button ? { button } : undefined);
  await settle(page);
  return item;
}

// Pixel statistics of a screenshot region, computed in the page from the PNG (no image library).
export async function regionStats(page, png, region) {
  return page.evaluate(async ({ base64, region: r }) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    context.drawImage(bitmap, 0, 0);
    const x = Math.round(r ? r.x : 0), y = Math.round(r ? r.y : 0);
    const w = Math.round(r ? r.w : bitmap.width), h = Math.round(r ? r.h : bitmap.height);
    const data = context.getImageData(x, y, w, h).data;
    const counts = new Map();
    let sum = 0;
    for (let i = 0; i < data.length; i += 4) {
      const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
      counts.set(key, (counts.get(key) || 0) + 1);
      sum += data[i] + data[i + 1] + data[i + 2];
    }
    let dominant = 0, dominantCount = 0;
    for (const [key, count] of counts) if (count > dominantCount) { dominant = key; dominantCount = count; }
    return {
      width: bitmap.width, height: bitmap.height,
      colours: counts.size,
      dominant: '#' + dominant.toString(16).padStart(6, '0'),
      dominantShare: dominantCount / (w * h),
      meanLevel: sum / (3 * w * h),
    };
  }, { base64: png.toString('base64'), region });
}

// Whether the page has set a performance mark (the runtime's start marks: accord:main, ...,
// accord:start-atlas-file when the start atlas came from its prebuilt file).
export async function hasMark(page, name) {
  return page.evaluate((wanted) => performance.getEntriesByType('mark').some((mark) => mark.name === wanted), name);
}

// Types text like a person: the app receives it through its hidden text area (IME-safe path).
// Playwright presses a key only for characters on a US keyboard; any other ('Α', 'ё', '—') it
// inserts as text with no key press, as an input method would, and that reaches only a focused text
// area. A field the app opens by itself takes the keyboard a frame or two after the click; keys
// pressed before that are kept for it (library_accord.js), but inserted text cannot be, so it would
// be lost ("πόφαση"). A person's keyboard sends key presses for those characters too (an input
// method needs a focused field to start with), so the wait belongs here, not in the app.
export async function typeText(page, text) {
  if ([...text].some((c) => c < ' ' || c > '~')) await waitForTextInput(page);
  await page.keyboard.type(text, { delay: 5 });
  await settle(page);
}

// Waits until a text field has the keyboard: the app then focuses its hidden text area, which is
// where typed text goes (a key pressed a frame earlier would be lost, as it would for a person who
// types before the field is there).
// The app idles after a few frames; it is kept drawing while this waits, as a person's next key
// would wake it.
export async function waitForTextInput(page) {
  await page.waitForFunction(() => {
    if (document.activeElement && document.activeElement.id === 'accord-text-input') return true;
    Module._accord_wake();
    return false;
  }, null, { polling: 20 });
}

// Enters text the way a phone keyboard, dictation or an input method does: the whole text as one
// input event into the field that has the keyboard, no key presses. The app takes both through
// its hidden text area; this way costs one frame instead of one or more a key, for longer texts.
export async function enterText(page, text) {
  await waitForTextInput(page);
  await page.keyboard.insertText(text);
  await settle(page);
}

export async function press(page, key) {
  await page.keyboard.press(key);
  await settle(page);
}

// Clicks an input, replaces its text and leaves it with Enter (single-line) or a click on empty
// canvas (`leave: 'click'`, for multi-line inputs where Enter is a new line). The text is typed key
// by key, or with `insert: true` entered at once (enterText).
export async function fill(page, label, text, options = {}) {
  const item = await click(page, label, options);
  // Select all only once the field has the keyboard, as a person waits for the cursor: a long text
  // opens its input a frame or two after the click, and a Ctrl+A before that was lost (the Delete
  // after it then took one letter, and the new text went in front of the old).
  await waitForTextInput(page);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await (options.insert ? enterText : typeText)(page, text);
  if (options.leave === 'click') {
    await page.mouse.click(options.leaveAt?.x ?? 5, options.leaveAt?.y ?? 790);
    await settle(page);
  } else {
    await press(page, 'Enter');
  }
  return item;
}

// Presses at one point, moves in steps (so the app sees a drag, not a jump) and releases.
export async function drag(page, from, to, { steps = 12 } = {}) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await settle(page);
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(from.x + (to.x - from.x) * i / steps, from.y + (to.y - from.y) * i / steps);
    await page.evaluate(() => Module._accord_wake());
  }
  await settle(page);
  await page.mouse.up();
  await settle(page);
}

// Opens the sample partnership from the title bar's Plan menu, as a person would.
export async function openSample(page) {
  await click(page, 'Plan', { window: 'titlebar' });
  await click(page, 'Open sample plan');
}

// Scrolls with the mouse wheel until a widget is wholly on screen (views taller than the window),
// then returns it. ImGui names only the widgets it draws, so one not yet seen is looked for further
// down, half a window at a time.
export async function reveal(page, label, { window, x = 700 } = {}) {
  const { height } = page.viewportSize();
  for (let attempt = 0; attempt < 30; attempt++) {
    const matches = (await items(page)).filter((item) => (!window || item.window.includes(window)) && labelled(label)(item));
    const item = matches[matches.length - 1];
    if (item && item.shown && item.visible.h >= item.rect.h - 1) return item;
    await page.mouse.move(item ? item.rect.x + Math.min(item.rect.w / 2, 20) : x, height / 2);
    await page.mouse.wheel(0, item ? item.rect.y + item.rect.h / 2 - height / 2 : height / 2);
    await settle(page);
  }
  assert.fail(`could not scroll ${label} into view`);
}

// How crisp the drawing in a screenshot region is: of the steps between neighbouring pixels that
// change at all, the share that are hard (a jump of more than 96 of 255 in grey level). Sharp text
// and lines are mostly hard steps; a blurred or upscaled picture turns them into soft ramps.
// `upscale` first scales the region up with smoothing: what a canvas ignoring the pixel ratio shows.
export async function sharpness(page, png, region, { upscale = 1 } = {}) {
  return page.evaluate(async ({ base64, region: r, upscale: k }) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const w = Math.round(r.w * k), h = Math.round(r.h * k);
    const canvas = new OffscreenCanvas(w, h);
    const context = canvas.getContext('2d');
    context.imageSmoothingEnabled = true;
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, r.x, r.y, r.w, r.h, 0, 0, w, h);
    const data = context.getImageData(0, 0, w, h).data;
    const grey = (i) => 0.299 * data[i] + 0.587 * data[i + 1] + 0.114 * data[i + 2];
    let changing = 0, hard = 0;
    for (let y = 0; y < h; y++) {
      for (let x = 0; x + 1 < w; x++) {
        const step = Math.abs(grey((y * w + x) * 4) - grey((y * w + x + 1) * 4));
        if (step > 8) changing++;
        if (step > 96) hard++;
      }
    }
    return changing ? hard / changing : 0;
  }, { base64: png.toString('base64'), region, upscale });
}

// Scrolls the window under `over` (a point) with the wheel until a widget labelled `label` is
// fully on screen, and returns it. Widgets scrolled out of a window have no label in the hooks.
export async function scrollTo(page, label, { over, window, steps = 12 } = {}) {
  const matches = labelled(label);
  for (let i = 0; i <= steps; i++) {
    const all = (await items(page)).filter((item) => matches(item) && (!window || item.window.includes(window)));
    const item = all[all.length - 1];
    if (item && item.shown && item.visible.h >= item.rect.h - 0.5) return item;
    const down = !item || item.rect.y > over.y;
    await page.mouse.move(over.x, over.y);
    await page.mouse.wheel(0, down ? 240 : -240);
    await settle(page);
  }
  return find(page, label, { window });
}

// Scrolls one window (named by `window`) with the wheel, like a person, until a widget of it is wholly on screen.
// ImGui reports no label for widgets scrolled out of view, so this scrolls down, then up, looking.
// `window` names the scrolled window (part of its name, as in find()); labels as in find().
export async function revealIn(page, label, { window } = {}) {
  const matches = labelled(label);
  const viewport = page.viewportSize();
  let direction = 1, turned = false, lastY = null;
  for (let attempt = 0; attempt < 30; attempt++) {
    const all = (await items(page)).filter((item) => item.shown && (!window || item.window.includes(window)));
    const target = all.filter(matches).pop();
    if (target && target.visible.h >= target.rect.h - 1 && target.visible.w >= target.rect.w - 1) return target;
    assert.ok(all.length > 0, `nothing of window ${window} is on screen to scroll it`);
    const host = all[Math.floor(all.length / 2)];
    if (lastY !== null && host.rect.y === lastY && !target) {  // the end of the window: turn round once
      assert.ok(!turned, `no widget labelled ${label} in ${window}`);
      turned = true;
      direction = -direction;
    }
    lastY = host.rect.y;
    const { x, y } = centre(host);
    await page.mouse.move(x, y);
    const step = target ? target.rect.y + target.rect.h / 2 - viewport.height / 2 : direction * viewport.height / 3;
    await page.mouse.wheel(0, step);
    await settle(page, 3);
  }
  assert.fail(`could not scroll ${label} into view`);
}
