// Editing in the shell: rename the plan, undo and redo from the keyboard and the buttons, find an
// entity and jump to it, and see why an edit was refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveSite, launchBrowser } from './lib/browser.mjs';
import { openApp, watchConsole, click, fill, press, typeText, state, find } from './lib/app.mjs';

let site, browser;
before(async () => {
  site = await serveSite();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

async function newPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = watchConsole(page);
  await openApp(page, site.url);
  return { context, page, errors };
}

test('the plan is renamed from its title, and Ctrl+Z / Ctrl+Shift+Z undo and redo it', async () => {
  const { context, page, errors } = await newPage();
  const before = (await state(page)).title;
  await click(page, before, { window: 'titlebar' });
  await page.keyboard.press('Control+A');
  await typeText(page, 'Sonnenfeld × Wisła battery pilot');
  await press(page, 'Enter');
  assert.equal((await state(page)).title, 'Sonnenfeld × Wisła battery pilot');
  // Typing the title was one step, whatever the number of keystrokes.
  await press(page, 'Control+Z');
  assert.equal((await state(page)).title, before);
  await press(page, 'Control+Shift+Z');
  assert.equal((await state(page)).title, 'Sonnenfeld × Wisła battery pilot');
  await click(page, '##undo');
  assert.equal((await state(page)).title, before);
  await click(page, '##redo');
  assert.equal((await state(page)).title, 'Sonnenfeld × Wisła battery pilot');
  assert.deepEqual(errors, []);
  await context.close();
});

test('find lists what matches across the plan and Enter jumps to it', async () => {
  const { context, page } = await newPage();
  await click(page, 'Partners', { window: 'navigation' });
  await click(page, 'Add partner');
  await fill(page, '##Name', 'Wisła Grid');
  await click(page, 'Vision', { window: 'navigation' });
  await press(page, 'Control+f');
  await typeText(page, 'WISŁA');
  const hit = await find(page, 'Wisła Grid');  // the result line, found by its visible text
  assert.ok(hit.rect.y > 50, 'the result is listed in the find box');
  await press(page, 'Enter');
  assert.equal((await state(page)).view, 'Partners');
  await context.close();
});

test('an edit that would break the plan is refused and says why', async () => {
  const { context, page } = await newPage();
  await click(page, 'Partners', { window: 'navigation' });
  await click(page, 'Add partner');
  const revision = (await state(page)).revision;
  await click(page, '##Name');
  await page.keyboard.press('Control+A');
  await press(page, 'Delete');
  const now = await state(page);
  assert.equal(now.notice, 'Cannot edit partner: name must not be empty');
  assert.equal(now.revision, revision, 'the refused edit changed nothing');
  await context.close();
});
