// Exchange: the plan goes out as a file (download, email draft, clipboard) and a report; files come
// in through the file picker, a drop on the page or a paste, and what cannot be read is explained
// while the open plan stays as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, artifactsDir } from './lib/browser.mjs';
import { click, find, state, settle, waitFor } from './lib/app.mjs';
import { useApp } from './lib/session.mjs';

const sampleTitle = 'Sonnenfeld Community Battery Pilot';
// Chromium reports a mailto: link it has no program for as a console error; that is the
// machine's lack of a mail client, not the app's.
const noMailClient = (line) => !/scheme does not have a registered handler/.test(line);

const app = useApp();

const exchangePage = () => app.open({ sample: true, view: 'Exchange', acceptDownloads: true,
                                       permissions: ['clipboard-read', 'clipboard-write'] });

async function downloaded(page, label) {
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, label)]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

// Drops a file on the page the way the browser delivers one (a DataTransfer holding a File).
async function dropFile(page, name, text) {
  await page.evaluate(({ name, text }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], name, { type: 'application/json' }));
    const canvas = document.querySelector('canvas');
    for (const type of ['dragenter', 'dragover', 'drop']) {
      canvas.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }
  }, { name, text });
}

test('the plan file downloads under the plan title and holds exactly the open plan', async () => {
  const { context, page, errors } = await exchangePage();
  const file = await downloaded(page, 'Download plan file');
  assert.equal(file.name, `${sampleTitle}.accord.json`);
  assert.deepEqual(JSON.parse(file.text), (await state(page)).plan);
  // Canonical bytes: two spaces of indent and a final newline (docs/plan-format.md).
  assert.ok(file.text.startsWith('{\n  "format": "accord-plan"'));
  assert.ok(file.text.endsWith('}\n'));
  await find(page, new RegExp(`Downloaded ${sampleTitle}\\.accord\\.json \\(\\d+ KB\\)`));
  assert.deepEqual(errors, []);
  await context.close();
});

test('prepare email downloads the file and opens a draft to every partner with an address', async () => {
  const { context, page, errors } = await exchangePage();
  const file = await downloaded(page, 'Prepare email');
  assert.equal(file.name, `${sampleTitle}.accord.json`);
  const url = await page.evaluate(() => Module.accordLastOpenedUrl);
  // Nobody said who they are on this device, so all three partners are written to.
  assert.ok(url.startsWith('mailto:pilot@sonnenfeld-energie.example,projekty@wisla-grid.example,energylab@ut.example?subject='),
            url);
  const params = new URLSearchParams(url.slice(url.indexOf('?') + 1));
  assert.equal(params.get('subject'), `Accord plan: ${sampleTitle}`);
  const body = params.get('body');
  assert.ok(body.includes(`the file ${sampleTitle}.accord.json.`), body);
  assert.ok(body.includes(`1. Open Accord at ${app.url}.`), body);
  assert.ok(body.includes('\r\n'), 'mail bodies break lines with CRLF');
  assert.deepEqual(errors.filter(noMailClient), []);
  await context.close();
});

test('copy as text puts the plan file on the clipboard', async () => {
  const { context, page, errors } = await exchangePage();
  await click(page, 'Copy as text');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.deepEqual(JSON.parse(copied), (await state(page)).plan);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the report downloads as HTML and Markdown with the insights in it', async () => {
  const { context, page, errors } = await exchangePage();
  const html = await downloaded(page, 'Download report (HTML)');
  assert.equal(html.name, `${sampleTitle} report.html`);
  assert.ok(html.text.includes('<h2>Feelings against evidence</h2>'));
  const markdown = await downloaded(page, 'Download report (Markdown)');
  assert.equal(markdown.name, `${sampleTitle} report.md`);
  assert.ok(markdown.text.startsWith(`# ${sampleTitle}`), markdown.text.slice(0, 80));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a broken file from the file picker is explained, and the plan stays as it was', async () => {
  const { context, page, errors } = await exchangePage();
  const before = await state(page);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Open a plan file')]);
  await chooser.setFiles(join(root, 'tests/data/bad/goal_cycle.json'));
  await waitFor(page, /Cannot open goal_cycle\.json/);  // the browser reads the file in the background
  // The importer's own words, with the JSON path (tests/data/bad/goal_cycle.expect).
  await find(page, /goals\[0\]\.parent: makes a cycle in the goal tree/);
  const after = await state(page);
  assert.equal(after.revision, before.revision);
  assert.deepEqual(after.plan, before.plan);
  await click(page, 'Dismiss');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a file of another plan dropped on the page opens after asking, based on that file', async () => {
  const { context, page, errors } = await exchangePage();
  const text = readFileSync(join(root, 'tests/data/good/unknown_fields.accord.json'), 'utf8');
  await dropFile(page, 'newer.accord.json', text);
  await waitFor(page, /newer\.accord\.json holds another plan/);
  await find(page, /"Plan from a newer Accord": 2 partners, 2 goals/);
  assert.equal((await state(page)).plan.title, sampleTitle, 'nothing opens before the person says so');
  await click(page, 'Open this plan');
  const opened = (await state(page)).plan;
  assert.equal(opened.id, '0d5e7c2a-91b3-4f6e-a8d4-2c7b9e1f3a60');
  // The file received is the version both sides share: the next merge starts from it.
  assert.equal(opened.based_on, createHash('sha256').update(text).digest('hex'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a partner file of a plan kept on this device but not open is merged into that copy, not opened beside it', async () => {
  const { context, page, errors } = await exchangePage();
  const sent = await downloaded(page, 'Download plan file');
  // The partner's copy, as the partner's Accord writes it: based on the file sent, one change made.
  const theirs = JSON.parse(sent.text);
  theirs.based_on = createHash('sha256').update(sent.text).digest('hex');
  theirs.vision.mission = 'Share one battery between forty homes';
  theirs.revision += 1;
  // Another plan is open when the reply arrives.
  await click(page, '##library');
  await click(page, 'New plan', { window: 'library' });
  await click(page, 'Exchange', { window: 'navigation' });
  // The plan the app started with, the sample, the new one.
  const kept = [sampleTitle, 'Untitled partnership', 'Untitled partnership'];
  const library = (await state(page)).library;
  assert.deepEqual([...library.plans].sort(), kept);

  await dropFile(page, 'reply.accord.json', JSON.stringify(theirs, null, 2));
  await waitFor(page, /reply\.accord\.json holds a plan you have/);
  await page.screenshot({ path: join(artifactsDir, 'exchange-held-plan.png') });
  await assert.rejects(find(page, 'Open this plan'), 'a plan the library holds is never opened as a second copy');
  assert.equal((await state(page)).title, 'Untitled partnership', 'nothing opens before the person says so');
  await click(page, `Merge into \u201c${sampleTitle}\u201d`);

  // The stored copy opens and the review compares it with the version both had (the file sent).
  await waitFor(page, /Compared with the version you both had/);
  let now = await state(page);
  assert.equal(now.title, sampleTitle);
  assert.notEqual(now.library.open, library.open, 'the copy kept is open, not the new plan');
  assert.notEqual(now.plan.vision.mission, theirs.vision.mission, 'nothing changes before Apply');
  await click(page, 'Apply merge');
  now = await state(page);
  assert.equal(now.plan.vision.mission, theirs.vision.mission);
  assert.equal(now.undo, 'Merge reply.accord.json', 'one undo step');
  assert.equal(now.plan.based_on, createHash('sha256').update(JSON.stringify(theirs, null, 2)).digest('hex'));
  // Merged into the copy kept: no plan added.
  assert.deepEqual([...now.library.plans].sort(), kept);
  assert.deepEqual(errors, []);
  await context.close();
});

test('while a file is dragged over the page, the page says where to drop it', async () => {
  const { context, page, errors } = await exchangePage();
  const drag = (type) => page.evaluate((type) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['{}'], 'x.accord.json', { type: 'application/json' }));
    document.querySelector('canvas').dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true }));
  }, type);
  await drag('dragenter');
  const hint = await waitFor(page, 'Drop a plan file to open it');
  // In the middle of the window, over everything.
  assert.ok(Math.abs(hint.rect.x + hint.rect.w / 2 - 640) < 10 && Math.abs(hint.rect.y + hint.rect.h / 2 - 400) < 10);
  await page.screenshot({ path: join(artifactsDir, 'exchange-drop.png') });
  await drag('dragleave');
  await settle(page, 4);
  await assert.rejects(find(page, 'Drop a plan file to open it'));
  assert.deepEqual(errors, []);
  await context.close();
});
