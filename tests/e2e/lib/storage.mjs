// Helpers for the storage tests: make an edit like a person, wait until the app says it is durable,
// time it from the keystroke, and look at (or damage) what IndexedDB holds.
import { click, settle, state, waitForTextInput } from './app.mjs';

// Records when the last key went down, in the page's clock (the app's durable_at_ms uses the same
// performance.now()). Call before the first page load: it applies to every later load too.
export async function recordKeystrokes(page) {
  await page.addInitScript(() => {
    window.addEventListener('keydown', () => { window.accordLastKeyAt = performance.now(); }, true);
  });
}

export async function lastKeyAt(page) {
  return page.evaluate(() => window.accordLastKeyAt);
}

// Waiting for a text field to take the keyboard is needed beyond these tests: it lives in app.mjs.
export { waitForTextInput };

// Types at a person's pace (about 12 keys a second), so that the time from a keystroke to durable
// measures the app, not a queue of keys a test driver fired faster than any hand.
export async function typeLikeAPerson(page, text) {
  await page.keyboard.type(text, { delay: 80 });
  await settle(page);
}

// Adds a partner and types its name, like a person: the new partner's name field takes the
// keyboard with its text selected. Returns the plan's revision after the last keystroke.
export async function addPartner(page, name) {
  const before = (await state(page)).view;
  if (before !== 'Partners') await click(page, 'Partners', { window: 'navigation' });
  await click(page, 'Add partner');
  await waitForTextInput(page);
  await typeLikeAPerson(page, name);
  const after = await state(page);
  if (!after.partners.includes(name)) throw new Error(`typing did not name the partner: ${JSON.stringify(after.partners)}`);
  return after.revision;
}

// Waits until the title bar may say "Saved" for `revision`: the sync covering it has called back.
// Polls the save state alone: the whole state writes out the plan, and polling that every few
// milliseconds with a large plan kept the page's thread busy enough to slow the save it waits for.
export async function waitDurable(page, revision, { timeout = 10000 } = {}) {
  await page.waitForFunction((wanted) => {
    const s = JSON.parse(Module.UTF8ToString(Module._accord_test_save_state()));
    return s.save.durable_revision >= wanted && s.save.state === 'saved';
  }, revision, { timeout, polling: 5 });
  return state(page);
}

// Median and worst of a list of numbers.
export function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, worst: sorted[sorted.length - 1], count: sorted.length };
}

// Replaces a stored file's contents in IndexedDB behind the app's back (IDBFS keeps one record
// per path: {timestamp, mode, contents}), as a damaged disk or a buggy writer would.
export async function damageStoredFile(page, path, bytes) {
  await page.evaluate(async ({ key, text }) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('/data');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise((resolve, reject) => {
      const store = db.transaction('FILE_DATA', 'readwrite').objectStore('FILE_DATA');
      const get = store.get(key);
      get.onsuccess = () => {
        if (!get.result) return reject(new Error(`nothing stored at ${key}`));
        const put = store.put({ ...get.result, timestamp: new Date(), contents: new TextEncoder().encode(text) }, key);
        put.onsuccess = () => resolve();
        put.onerror = () => reject(put.error);
      };
      get.onerror = () => reject(get.error);
    });
    db.close();
  }, { key: path, text: bytes });
}

// The paths IDBFS holds, with their sizes.
export async function storedFiles(page) {
  return page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('/data');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const out = await new Promise((resolve, reject) => {
      const store = db.transaction('FILE_DATA', 'readonly').objectStore('FILE_DATA');
      const files = {};
      const cursor = store.openCursor();
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (!c) return resolve(files);
        if (c.value.contents) files[c.key] = c.value.contents.length;
        c.continue();
      };
      cursor.onerror = () => reject(cursor.error);
    });
    db.close();
    return out;
  });
}
