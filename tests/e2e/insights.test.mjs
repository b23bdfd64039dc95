// Issue 9's insights in the app, with the sample plan: a partner approves the plan on the
// dashboard's Agreement card and an edit makes that approval outdated with the change listed;
// glossary terms in the vision are highlighted with their definition on hover, and the glossary
// flags the term defined twice; the check-ins view shows the generated agenda and copies it as text.
//
// The expected fingerprint and agenda text come from the native CLI (build/native/src/cli/accord,
// `scripts/build native`), which reads the plan file the app exports: another route through the core.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { artifactsDir, root } from './lib/browser.mjs';
import {
  click, fill, find, items, state, press, reveal, settle, centre, regionStats,
} from './lib/app.mjs';
import { useApp } from './lib/session.mjs';

const accord = join(root, 'build', 'native', 'src', 'cli', 'accord');
const sample = join(root, 'assets', 'sample.accord.json');

const app = useApp();
before(() => assert.ok(existsSync(accord), 'build the native CLI first: scripts/build native'));

const SONNENFELD = 'f6fadfa7-e5c1-4b62-9362-da5cc13da58a';  // Sonnenfeld Energie eG
const WISLA = '2c63888f-28f0-4481-be6d-dce7a7ace732';       // Wisła Grid Sp. z o.o.
const TARTU = '8a119b9e-16bc-4732-8f7b-7676d015b0dc';       // Tartu Ülikool — Energy Lab
// "Installed storage capacity": unchanged since the version all three partners approved in September.
const STORAGE = 'ac9130f4-547c-47d3-8e3a-655f20731ab2';

const todayIso = () => new Date().toISOString().slice(0, 10);

const openPage = (view, options = {}) => app.open({ sample: true, view, ...options });

const labels = async (page) => (await items(page)).filter((item) => item.shown).map((item) => item.label);

// Waits (a few seconds at most) until a widget labelled `label` is drawn.
async function shown(page, label) {
  for (let i = 0; i < 30 && !(await labels(page)).includes(label); i++) {
    await page.waitForTimeout(100);
    await settle(page);
  }
  return find(page, label);
}

// Runs the CLI on a plan given as JSON, returns its standard output.
function cli(args, plan) {
  const dir = mkdtempSync(join(tmpdir(), 'accord-insights-'));
  try {
    const file = join(dir, 'plan.accord.json');
    if (plan) writeFileSync(file, JSON.stringify(plan));
    return execFileSync(accord, [...args, plan ? file : sample], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fingerprintOf = (plan) => {
  const match = /Fingerprint of the plan's agreed content: `?([0-9a-f]{64})/.exec(cli(['report'], plan));
  assert.ok(match, 'the report names the fingerprint');
  return match[1];
};

test('approving records me, today and the fingerprint; an edit then shows it outdated with the change', async () => {
  const { context, page, errors } = await openPage('Dashboard');
  // The sample: Wisła Grid approved the plan as it is (20 Nov); the others approved September's version.
  await reveal(page, `##approval:${WISLA}:current`);
  await find(page, `##approval:${SONNENFELD}:outdated`);
  await find(page, `##approval:${TARTU}:outdated`);
  const before = (await state(page)).plan;
  assert.equal(before.approvals.length, 4);

  // Nobody is "me" on this device yet: the button asks who is approving.
  await reveal(page, 'Approve this version');
  await click(page, 'Approve this version');
  await click(page, '##me:Sonnenfeld Energie eG');
  const after = (await state(page)).plan;
  assert.equal(after.approvals.length, 5);
  const approval = after.approvals[4];
  assert.equal(approval.partner, SONNENFELD);
  assert.ok(approval.at.startsWith(todayIso()), `approved today, not ${approval.at}`);
  assert.match(approval.fingerprint, /^[0-9a-f]{64}$/);
  // The CLI reads the exported file and computes the fingerprint of its agreed content: the same.
  assert.equal(approval.fingerprint, fingerprintOf(after));
  // Approving changes no content: Wisła Grid's approval of 20 Nov has the same fingerprint.
  assert.equal(approval.fingerprint, after.approvals[3].fingerprint);
  assert.ok(Object.keys(approval.digests).includes(`goals/${STORAGE}`), 'the approval keeps a digest per part');
  await reveal(page, `##approval:${SONNENFELD}:current`);
  assert.ok(!(await labels(page)).some((label) => label.endsWith('Approve this version')), 'nothing left to approve');
  assert.ok(!(await labels(page)).includes(`##change:goals/${STORAGE}`), 'the storage goal has not changed yet');

  // Undo takes the approval back, redo brings it again: one step.
  await press(page, 'Control+z');
  assert.equal((await state(page)).plan.approvals.length, 4);
  await press(page, 'Control+Shift+z');
  assert.equal((await state(page)).plan.approvals[4].id, approval.id);

  // Rename a goal through the inspector.
  await click(page, 'Goals', { window: 'navigation' });
  // Coming from the scrolled dashboard, the tree opens scrolled away (reported to the goal tree's
  // owner): "Fit the tree to the view" brings it back, as a person would press it.
  await click(page, '##fit');
  await shown(page, 'goal:Installed storage capacity');
  await click(page, 'goal:Installed storage capacity');
  await fill(page, '##Title', 'Installierte Speicherkapazität');
  assert.equal((await state(page)).plan.goals.find((goal) => goal.id === STORAGE).title, 'Installierte Speicherkapazität');

  // Back on the dashboard: the approval is kept, shown as outdated, and the rename is listed.
  await click(page, 'Dashboard', { window: 'navigation' });
  const edited = (await state(page)).plan;
  assert.equal(edited.approvals.length, 5, 'an outdated approval is not deleted');
  assert.notEqual(fingerprintOf(edited), approval.fingerprint);
  await reveal(page, `##approval:${SONNENFELD}:outdated`);
  await find(page, `##approval:${WISLA}:outdated`);
  const more = (await labels(page)).find((label) => /^Show all \d+ changes$/.test(label));
  if (more) await click(page, more);
  const change = await reveal(page, `##change:goals/${STORAGE}`);
  // A click on the change opens the goal in the goal tree.
  await page.mouse.click(centre(change).x, centre(change).y);
  await settle(page);
  const now = await state(page);
  assert.equal(now.view, 'Goals');
  // ...with the goal selected: the inspector edits it.
  await find(page, '##Title');
  await find(page, 'Add child');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a glossary term in the vision is highlighted and shows its definition on hover', async () => {
  const { context, page, errors } = await openPage('Vision');
  // "community battery" in the vision statement stands for the glossary's "Community battery".
  const term = await find(page, 'term:community battery');
  const png = await page.screenshot({ path: join(artifactsDir, 'insights-vision.png') });
  // Tinted: the term's box is not the plain field colour all over.
  assert.ok((await regionStats(page, png, term.visible)).dominantShare < 0.9);
  assert.ok(!(await labels(page)).includes('definition:Community battery'), 'no definition before hovering');
  await page.mouse.move(centre(term).x, centre(term).y);
  await settle(page);
  // The tooltip shows the definition below the term (text drawn: many colours where it is).
  const definition = await find(page, 'definition:Community battery');
  assert.ok(definition.rect.y > term.rect.y);
  const hover = await page.screenshot({ path: join(artifactsDir, 'insights-term-hover.png') });
  assert.ok((await regionStats(page, hover, definition.visible)).colours > 8);

  // The glossary flags "Peak shaving", defined twice, and the disputed "Flexibility", in words.
  await reveal(page, /^glossary-problem:.Peak shaving. is defined twice: agree on one definition/);
  await find(page, /^glossary-problem:.Flexibility. is disputed: not agreed by Sonnenfeld Energie eG and Tartu Ülikool — Energy Lab/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the check-ins view lists the generated agenda and copies it as text', async () => {
  const { context, page, errors } = await openPage('Check-ins & reviews', {
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  // The same agenda from the CLI, for the same day.
  const text = cli(['agenda', '--today', todayIso()]);
  const numbered = text.split('\n').filter((line) => /^\d+\. \[/.test(line));
  // Checked by hand on 2026-11-23 (`accord agenda assets/sample.accord.json --today 2026-11-23`):
  // 12 items: four disagreements of their own and one for the smaller ones, three ratings the
  // evidence contradicts, the overdue goal and action, the grid risk without a plan B, and last the
  // approvals. Later days can only add overdue items, so these are looked for, not counted.
  assert.ok(numbered.length >= 12, text);
  const has = (pattern) => assert.ok(numbered.some((line) => pattern.test(line)), `${pattern} in\n${text}`);
  has(/^\d+\. \[Goal tree\] Goal 'Prepare the grid connection application' is \d+ days overdue$/);
  has(/^\d+\. \[Check-ins\] Action 'Send the revised grid connection application to the DSO' is \d+ days past/);
  has(/^\d+\. \[Risks\] Risk 'Grid operator refuses the connection at the planned point' \(exposure 20\)/);
  assert.match(numbered[numbered.length - 1], /^\d+\. \[Agreement\] Approve the plan again: it changed since every partner approved it on 2026-09-25$/);
  // "Copy as text" puts exactly that text on the clipboard.
  await click(page, 'Copy as text');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, text);
  assert.match((await state(page)).notice, /Copied the agenda/);

  // One row per item, numbered as in the text, top to bottom.
  for (let n = 1; n <= numbered.length; n++) await reveal(page, `##agenda:${n}`);
  assert.ok(!(await items(page)).some((item) => item.label === `##agenda:${numbered.length + 1}`));
  // An item opens where it is dealt with: the last, the approvals, on the dashboard's Agreement card.
  await click(page, `##agenda:${numbered.length}`);
  assert.equal((await state(page)).view, 'Dashboard');
  assert.deepEqual(errors, []);
  await context.close();
});

test('at twice the pixel ratio the highlight still sits on the term', async () => {
  const { context, page, errors } = await openPage('Vision', { deviceScaleFactor: 2 });
  const term = await find(page, 'term:community battery');
  // Two words at the body size: about 9–10 em wide and one line high, in CSS pixels.
  assert.ok(term.rect.w > 90 && term.rect.w < 170, `width ${term.rect.w}`);
  assert.ok(term.rect.h > 12 && term.rect.h < 24, `height ${term.rect.h}`);
  const png = await page.screenshot({ path: join(artifactsDir, 'insights-vision-2x.png') });
  const box = { x: term.visible.x * 2, y: term.visible.y * 2, w: term.visible.w * 2, h: term.visible.h * 2 };
  assert.ok((await regionStats(page, png, box)).colours > 8, 'the words are drawn inside the highlight');
  assert.deepEqual(errors, []);
  await context.close();
});

// The screenshots the README shows (docs/screenshots/), light theme at 1280×800 with the sample.
test('screenshots of the views with insights', async () => {
  const { context, page, errors } = await openPage('Vision');
  await page.screenshot({ path: join(artifactsDir, 'insights-vision-view.png') });
  await click(page, 'Check-ins & reviews', { window: 'navigation' });
  await page.screenshot({ path: join(artifactsDir, 'insights-checkins-view.png') });
  await click(page, 'Dashboard', { window: 'navigation' });
  await reveal(page, '##change:risks/5b0e6a43-8f1d-4c52-9e7a-2d9c4b7f1a06');  // the last change: a risk removed
  await page.screenshot({ path: join(artifactsDir, 'insights-dashboard-view.png') });
  await click(page, 'Vision', { window: 'navigation' });
  await reveal(page, 'Add term');
  await page.screenshot({ path: join(artifactsDir, 'insights-glossary.png') });
  assert.deepEqual(errors, []);
  await context.close();
});
