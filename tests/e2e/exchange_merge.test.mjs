// Two partners, two browser profiles: the plan goes from one to the other as a file, both edit
// their copies apart (and both change the title), one browser restarts, the files go back and forth, the merge review
// shows what comes in and the conflict, and both end with the same plan.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, reopenApp, watchConsole, click, fill, find, press, typeText, state, openSample, waitFor } from './lib/app.mjs';
import { useProfiles } from './lib/session.mjs';
import { waitDurable } from './lib/storage.mjs';
import { artifactsDir } from './lib/browser.mjs';

const site = useProfiles();

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

// The plan without what only says who saved what when on which device: stamps, revision,
// timestamps and the version each copy is based on.
function content(plan) {
  const drop = new Set(['stamp', 'revision', 'modified', 'based_on']);
  return JSON.parse(JSON.stringify(plan, (key, value) => (drop.has(key) ? undefined : value)));
}

async function partner(name) {
  const profile = await site.launch({ acceptDownloads: true });
  const page = profile.context.pages()[0] || await profile.context.newPage();
  const errors = watchConsole(page);
  await openApp(page, site.url);
  return { name, profile, page, errors };
}

async function send(who, folder) {
  await click(who.page, 'Exchange', { window: 'navigation' });
  const [download] = await Promise.all([who.page.waitForEvent('download'), click(who.page, 'Download plan file')]);
  const text = readFileSync(await download.path(), 'utf8');
  const path = join(folder, `${who.name}-${sha256(text).slice(0, 8)}.accord.json`);
  writeFileSync(path, text);
  return { path, text };
}

// Opens a file from the file picker; returns once the Exchange view has read it and says what it is.
async function receive(who, file, expect) {
  await click(who.page, 'Exchange', { window: 'navigation' });
  const [chooser] = await Promise.all([who.page.waitForEvent('filechooser'), click(who.page, 'Open a plan file')]);
  await chooser.setFiles(file.path);
  await waitFor(who.page, expect);
}

async function retitle(who, title) {
  const now = (await state(who.page)).title;
  await click(who.page, now, { window: 'titlebar' });
  await who.page.keyboard.press('Control+A');
  await typeText(who.page, title);
  await press(who.page, 'Enter');
  assert.equal((await state(who.page)).title, title);
}

test('two partners edit apart, exchange files, merge, and end with the same plan', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'accord-mail-'));
  const anna = await partner('anna');
  const bartek = await partner('bartek');
  try {
    // Anna starts the plan and sends it.
    await openSample(anna.page);
    const first = await send(anna, folder);

    // Bartek opens it: a plan he does not have yet, based on the file he received.
    await receive(bartek, first, /holds another plan/);
    await click(bartek.page, 'Open this plan');
    assert.equal((await state(bartek.page)).plan.based_on, sha256(first.text));

    // Apart: Bartek sets the horizon and retitles; Anna adds a value and retitles differently.
    await click(bartek.page, 'Vision', { window: 'navigation' });
    await fill(bartek.page, '##Horizon', '2031');
    await retitle(bartek, 'Battery Pilot: Wisła draft');
    await click(anna.page, 'Vision', { window: 'navigation' });
    await click(anna.page, 'Add value');
    await press(anna.page, 'Enter');
    await retitle(anna, 'Battery Pilot: Sonnenfeld draft');
    const annaValues = (await state(anna.page)).plan.values.length;

    // Days pass: Anna's browser starts again before Bartek's copy comes back. The file she sent is
    // kept with her plan in the library, so the merge is still three-way.
    await waitDurable(anna.page, (await state(anna.page)).revision);
    await reopenApp(anna.page);

    // Bartek's copy comes back to Anna: the horizon comes in, the titles conflict.
    const second = await send(bartek, folder);
    const annaCopy = await state(anna.page);
    await receive(anna, second, /Merge bartek-/);
    await find(anna.page, /Compared with the version you both had/);  // three-way: Anna kept what she sent
    await find(anna.page, /To decide: 1 change you both made differently/);
    await find(anna.page, 'Battery Pilot: Wisła draft');
    await find(anna.page, 'Battery Pilot: Sonnenfeld draft');
    const before = await state(anna.page);
    assert.equal(before.revision, annaCopy.revision, 'nothing changes before Apply');
    assert.deepEqual(before.plan, annaCopy.plan);
    await anna.page.screenshot({ path: join(artifactsDir, 'exchange-merge.png') });
    await click(anna.page, 'Take theirs');
    await click(anna.page, 'Apply merge');
    const merged = (await state(anna.page)).plan;
    assert.equal(merged.title, 'Battery Pilot: Wisła draft');
    assert.equal(merged.vision.horizon, '2031');
    assert.equal(merged.values.length, annaValues, "Anna's new value is still there");
    assert.deepEqual(merged.conflicts ?? [], []);
    assert.equal(merged.based_on, sha256(second.text));

    // The merge is one step: undo gives Anna her copy back, redo the merge.
    await press(anna.page, 'Control+Z');
    assert.equal((await state(anna.page)).plan.title, 'Battery Pilot: Sonnenfeld draft');
    await press(anna.page, 'Control+Shift+Z');
    assert.equal((await state(anna.page)).plan.title, 'Battery Pilot: Wisła draft');

    // Anna's merged copy goes to Bartek: nothing to decide, and the two copies are the same.
    const third = await send(anna, folder);
    await receive(bartek, third, /Merge anna-/);
    await click(bartek.page, 'Apply merge');
    const annaPlan = (await state(anna.page)).plan;
    const bartekPlan = (await state(bartek.page)).plan;
    assert.equal(bartekPlan.values.length, annaValues);
    assert.deepEqual(content(bartekPlan), content(annaPlan));
    assert.deepEqual(anna.errors, []);
    assert.deepEqual(bartek.errors, []);
  } finally {
    rmSync(folder, { recursive: true, force: true });  // the browsers are closed by useProfiles
  }
});
