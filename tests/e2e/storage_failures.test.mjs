// Storage failures in the open: when IndexedDB is refused, when it is full, and when another tab
// holds the library, the app says what happened in plain words, keeps working in memory, and the
// plan can still be downloaded (its content checked here).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifactsDir } from './lib/browser.mjs';
import { openApp, reopenApp, watchConsole, click, state } from './lib/app.mjs';
import { addPartner, waitDurable } from './lib/storage.mjs';
import { useProfiles } from './lib/session.mjs';

const site = useProfiles();
const launch = (options) => site.launch(options);

// Clicks "Download plan file" in the failure banner (or, `fromMenu`, in the Plan menu) and returns
// the file's name and parsed content.
async function downloadCopy(page, { fromMenu = false } = {}) {
  const download = page.waitForEvent('download');
  if (fromMenu) await click(page, 'Plan');
  await click(page, 'Download plan file', fromMenu ? { window: '##Popup' } : {});
  const file = await download;
  return { name: file.suggestedFilename(), plan: JSON.parse(readFileSync(await file.path(), 'utf8')) };
}

test('without IndexedDB the app says so, keeps working in memory, and the download holds the work', async () => {
  const profile = await launch();
  const page = await profile.context.newPage();
  const errors = watchConsole(page);
  // As in a private window of some browsers, or with site data blocked: opening a database throws.
  await page.addInitScript(() => {
    IDBFactory.prototype.open = function () {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
  await openApp(page, site.url);
  let s = await state(page);
  assert.equal(s.storage.durable, false);
  assert.equal(s.storage.problem, 'unavailable');
  assert.equal(s.save.state, 'not saved');
  assert.match(s.save.reason, /does not let Accord keep plans on this device.*download the plan file/);

  await addPartner(page, 'Kept in memory');
  s = await state(page);
  assert.deepEqual(s.partners, ['Kept in memory'], 'editing goes on');
  assert.equal(s.save.state, 'not saved', 'and the title bar never claims otherwise');
  await page.screenshot({ path: join(artifactsDir, 'storage-unavailable.png') });

  const { name, plan } = await downloadCopy(page);
  assert.equal(name, 'Untitled partnership.accord.json');
  assert.equal(plan.format, 'accord-plan');
  assert.equal(plan.title, 'Untitled partnership');
  assert.deepEqual(plan.partners.map((partner) => partner.name), ['Kept in memory']);
  // The same file from the Plan menu, where it always is.
  const fromMenu = await downloadCopy(page, { fromMenu: true });
  assert.equal(fromMenu.name, 'Untitled partnership.accord.json');
  assert.deepEqual(fromMenu.plan.partners.map((partner) => partner.name), ['Kept in memory']);
  assert.deepEqual(errors, []);
  await profile.close();
});

test('when storage is full the app says so, keeps the work, and saves again once there is room', async () => {
  const profile = await launch();
  const page = await profile.context.newPage();
  const errors = watchConsole(page);
  // The store throws as IndexedDB does when the quota is exceeded, while the page says it is full.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args) {
      if (window.accordDiskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await openApp(page, site.url);
  await page.evaluate(() => { window.accordDiskFull = true; });
  const revision = await addPartner(page, 'Written while full');
  await page.waitForFunction(() => JSON.parse(Module.UTF8ToString(Module._accord_test_save_state())).save.state === 'not saved');
  const s = await state(page);
  assert.match(s.save.reason, /space this browser gives Accord is full/);
  assert.deepEqual(s.partners, ['Written while full']);
  await page.screenshot({ path: join(artifactsDir, 'storage-full.png') });

  const { name, plan } = await downloadCopy(page);
  assert.equal(name, 'Untitled partnership.accord.json');
  assert.deepEqual(plan.partners.map((partner) => partner.name), ['Written while full']);

  // Room again: Accord tries again by itself (no edit needed) and then says "Saved".
  await page.evaluate(() => { window.accordDiskFull = false; });
  await waitDurable(page, revision, { timeout: 20000 });
  await reopenApp(page);
  assert.deepEqual((await state(page)).partners, ['Written while full']);
  assert.deepEqual(errors, []);
  await profile.close();
});

test('a second tab reads the plans but never writes over the first one', async () => {
  const profile = await launch();
  const first = await profile.context.newPage();
  await openApp(first, site.url);
  await waitDurable(first, await addPartner(first, 'From the first tab'));

  const second = await profile.context.newPage();
  await openApp(second, site.url);
  let s = await state(second);
  assert.equal(s.storage.problem, 'in use elsewhere');
  assert.deepEqual(s.partners, ['From the first tab'], 'it shows what the first tab saved');
  assert.match(s.save.reason, /open in another tab or window/);
  await addPartner(second, 'Only in the second tab');
  await second.screenshot({ path: join(artifactsDir, 'storage-second-tab.png') });

  await first.bringToFront();  // back to the first tab, as a person would (a hidden tab draws no frames)
  await waitDurable(first, await addPartner(first, 'More from the first tab'));
  await second.close();
  await reopenApp(first);
  s = await state(first);
  assert.deepEqual(s.partners, ['From the first tab', 'More from the first tab']);
  assert.equal(s.storage.problem, 'none');
  await profile.close();
});
