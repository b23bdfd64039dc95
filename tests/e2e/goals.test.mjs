// The goal tree, driven like a person with the sample plan open: select a card and edit it in the
// inspector, add goals, drag a card onto another (and onto its own descendant, which is refused),
// collapse a subtree, zoom and pan, record a check-in, remove with confirmation, undo; and how it
// looks, in the light theme and at a pixel ratio of 2.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serveSite, launchBrowser, artifactsDir, root } from './lib/browser.mjs';
import {
  openApp, watchConsole, click, fill, press, typeText, state, find, items, drag, centre, settle, scrollTo, sharpness,
} from './lib/app.mjs';

let site, browser;
before(async () => {
  site = await serveSite();
  browser = await launchBrowser();
  mkdirSync(artifactsDir, { recursive: true });
});
after(async () => {
  await browser?.close();
  await site?.close();
});

// Sample plan goals (assets/sample.accord.json), by title.
const ROOT = 'A battery the neighbourhood owns';
const COMMISSION = 'Commission a 500 kWh community battery in Sonnenfeld';
const STORAGE = 'Installed storage capacity';
const PEAK = "Cut the village's evening peak";
const LEARN = 'Learn and publish what a community battery is worth';
const DATASET = 'Open dataset of pilot measurements';
const PAPERS = 'Peer-reviewed papers submitted';
const METER = 'Smart-meter roll-out to pilot households';

async function openGoals(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const errors = watchConsole(page);
  await openApp(page, site.url);
  await click(page, 'Plan', { window: 'titlebar' });
  await click(page, 'Open sample plan');
  await click(page, 'Goals', { window: 'navigation' });
  // "Opened the sample plan" shows for a few seconds above the view; when it goes, everything
  // below moves up a line. Wait for it, so that positions read now are still right when used.
  for (let i = 0; i < 100 && (await state(page)).notice; i++) await page.waitForTimeout(100);
  await settle(page);
  return { context, page, errors };
}

const goalNamed = (plan, title) => plan.goals.find((goal) => goal.title === title);
const card = (page, title) => find(page, `goal:${title}`);
const labels = async (page) => (await items(page)).map((item) => item.label);

// The middle of the inspector pane, where the wheel scrolls it.
async function inspectorPoint(page) {
  const title = await find(page, '##Title');
  return { x: title.rect.x + title.rect.w / 2, y: 500 };
}

test('clicking a card selects it and its title is edited in the inspector', async () => {
  const { context, page, errors } = await openGoals();
  await click(page, `goal:${STORAGE}`);
  await find(page, `selected:${STORAGE}`);
  const id = goalNamed((await state(page)).plan, STORAGE).id;
  await fill(page, '##Title', 'Installierte Speicherkapazität — Ωμέγα');
  const plan = (await state(page)).plan;
  assert.equal(plan.goals.find((goal) => goal.id === id).title, 'Installierte Speicherkapazität — Ωμέγα');
  await find(page, 'goal:Installierte Speicherkapazität — Ωμέγα');  // the card shows the new title
  assert.deepEqual(errors, []);
  await context.close();
});

test('Add child makes a goal under the selected one whose title takes the keyboard', async () => {
  const { context, page, errors } = await openGoals();
  await click(page, `goal:${PEAK}`);
  const peak = goalNamed((await state(page)).plan, PEAK);
  const before = (await state(page)).plan.goals.length;
  await click(page, 'Add child');
  await typeText(page, 'Peak-shaving schedule');  // no click: the new title input has the keyboard
  await press(page, 'Enter');
  const plan = (await state(page)).plan;
  assert.equal(plan.goals.length, before + 1);
  const added = goalNamed(plan, 'Peak-shaving schedule');
  assert.ok(added, 'the typed title replaced the placeholder');
  assert.equal(added.parent, peak.id);
  assert.equal(added.kind, 'key_result', 'an objective\'s child is a key result');
  await find(page, 'selected:Peak-shaving schedule');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Add sibling places the new goal right after the selected one', async () => {
  const { context, page } = await openGoals();
  await click(page, `goal:${STORAGE}`);
  await click(page, 'Add sibling');
  await typeText(page, 'Second site');
  await press(page, 'Enter');
  const plan = (await state(page)).plan;
  const storage = goalNamed(plan, STORAGE);
  const siblings = plan.goals.filter((goal) => goal.parent === storage.parent).map((goal) => goal.title);
  assert.equal(siblings[siblings.indexOf(STORAGE) + 1], 'Second site');
  await context.close();
});

test('dragging a card onto another re-parents it, as one undo step', async () => {
  const { context, page, errors } = await openGoals();
  const before = (await state(page)).plan;
  const peak = goalNamed(before, PEAK);
  const learn = goalNamed(before, LEARN);
  assert.equal(goalNamed(before, DATASET).parent, learn.id);
  await drag(page, centre(await card(page, DATASET)), centre(await card(page, PEAK)));
  const moved = await state(page);
  assert.equal(goalNamed(moved.plan, DATASET).parent, peak.id);
  assert.equal(moved.undo, 'Move goal');
  await press(page, 'Control+z');
  assert.equal(goalNamed((await state(page)).plan, DATASET).parent, learn.id, 'one undo puts it back');
  assert.deepEqual(errors, []);
  await context.close();
});

test('dropping a card on the leading edge of a sibling reorders it', async () => {
  const { context, page } = await openGoals();
  const target = await card(page, PAPERS);  // first in its column: its top edge is "before it"
  await drag(page, centre(await card(page, DATASET)), { x: target.rect.x + target.rect.w / 2, y: target.rect.y + 3 });
  const plan = (await state(page)).plan;
  const learn = goalNamed(plan, LEARN);
  const order = plan.goals.filter((goal) => goal.parent === learn.id).map((goal) => goal.title);
  assert.deepEqual(order.slice(0, 2), [DATASET, PAPERS]);
  await context.close();
});

test('dropping a card onto its own descendant is refused and says why', async () => {
  const { context, page, errors } = await openGoals();
  const before = await state(page);
  const root = goalNamed(before.plan, ROOT);
  await drag(page, centre(await card(page, COMMISSION)), centre(await card(page, STORAGE)));
  const after = await state(page);
  assert.equal(goalNamed(after.plan, COMMISSION).parent, root.id, 'the parent is unchanged');
  assert.equal(after.revision, before.revision, 'nothing changed');
  assert.equal(after.notice, `Cannot move goal: '${COMMISSION}' cannot be placed under '${STORAGE}', which is inside it`);
  await page.waitForTimeout(250);  // the card glides back to its place
  await settle(page);
  const back = await card(page, COMMISSION);
  const parent = await card(page, ROOT);
  assert.ok(back.rect.y > parent.rect.y + parent.rect.h, 'the card is back under its parent');
  assert.deepEqual(errors, []);
  await context.close();
});

test('collapsing a subtree hides its goals and shows how many; expanding brings them back', async () => {
  const { context, page } = await openGoals();
  assert.ok((await labels(page)).includes(`goal:${PAPERS}`));
  await click(page, `chevron:${LEARN}`);
  let shown = await labels(page);
  assert.ok(!shown.includes(`goal:${PAPERS}`) && !shown.includes(`goal:${DATASET}`), 'its four goals are gone');
  assert.ok(shown.includes(`goal:${LEARN}`) && shown.includes(`goal:${METER}`), 'the rest stays');
  await click(page, `chevron:${LEARN}`);
  shown = await labels(page);
  assert.ok(shown.includes(`goal:${PAPERS}`) && shown.includes(`goal:${DATASET}`));
  await context.close();
});

test('Ctrl+wheel zooms towards the pointer; the wheel alone pans', async () => {
  const { context, page } = await openGoals();
  const before = await card(page, STORAGE);
  const pointer = { x: before.rect.x + 10, y: before.rect.y + 10 };
  await page.mouse.move(pointer.x, pointer.y);
  await page.keyboard.down('Control');
  await settle(page);
  await page.mouse.wheel(0, -200);
  await settle(page);
  await page.keyboard.up('Control');
  await settle(page);
  const zoomed = await card(page, STORAGE);
  const factor = zoomed.rect.w / before.rect.w;
  assert.ok(factor > 1.2, `cards grew: ${before.rect.w} -> ${zoomed.rect.w}`);
  // The point under the pointer stays under it: the card's corner moved away from it by the factor.
  assert.ok(Math.abs((pointer.x - zoomed.rect.x) - (pointer.x - before.rect.x) * factor) < 2);
  assert.ok(Math.abs((pointer.y - zoomed.rect.y) - (pointer.y - before.rect.y) * factor) < 2);

  await page.mouse.wheel(0, 200);
  await settle(page);
  const panned = await card(page, STORAGE);
  assert.ok(Math.abs(panned.rect.w - zoomed.rect.w) < 0.5, 'same size');
  assert.ok(panned.rect.y < zoomed.rect.y - 20, `the tree moved up: ${zoomed.rect.y} -> ${panned.rect.y}`);

  await click(page, '##fit');
  const fitted = await card(page, STORAGE);
  assert.ok(Math.abs(fitted.rect.w - before.rect.w) < 0.5, 'fit to view returns to the first view');
  await context.close();
});

test('dragging the empty canvas pans the tree', async () => {
  const { context, page } = await openGoals();
  const before = await card(page, ROOT);
  const start = { x: before.rect.x - 30, y: before.rect.y + 10 };
  await drag(page, start, { x: start.x + 60, y: start.y + 40 });
  const after = await card(page, ROOT);
  assert.ok(Math.abs(after.rect.x - before.rect.x - 60) < 3 && Math.abs(after.rect.y - before.rect.y - 40) < 3,
            `moved with the pointer: ${JSON.stringify(before.rect)} -> ${JSON.stringify(after.rect)}`);
  assert.equal((await labels(page)).some((label) => label.startsWith('selected:')), false, 'a click on empty canvas selects nothing');
  await context.close();
});

test('a check-in adds a dated reading to the history and sets the current value; undo takes it back', async () => {
  const { context, page, errors } = await openGoals();
  await click(page, `goal:${STORAGE}`);
  const over = await inspectorPoint(page);
  await scrollTo(page, '##Reading date', { over });
  await fill(page, '##Reading date', '2026-11-30');
  await fill(page, '##Reading value', '240');
  await click(page, '##Reading note');
  await typeText(page, 'Second container delivered');
  await press(page, 'Enter');  // Enter in the note adds the reading
  let metric = goalNamed((await state(page)).plan, STORAGE).metric;
  assert.equal(metric.current, 240);
  assert.equal(metric.history.length, 4);
  assert.deepEqual(metric.history[3], { date: '2026-11-30', value: 240, note: 'Second container delivered' });
  assert.equal((await state(page)).undo, 'Add check-in');

  await press(page, 'Control+z');
  metric = goalNamed((await state(page)).plan, STORAGE).metric;
  assert.equal(metric.current, 180);
  assert.equal(metric.history.length, 3);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a reading dated before the newest one joins the history in date order and leaves the current value', async () => {
  const { context, page } = await openGoals();
  await click(page, `goal:${STORAGE}`);
  const over = await inspectorPoint(page);
  await scrollTo(page, '##Reading date', { over });
  await fill(page, '##Reading date', '2026-06-15');
  await fill(page, '##Reading value', '30');
  await click(page, 'Add reading');
  const metric = goalNamed((await state(page)).plan, STORAGE).metric;
  assert.deepEqual(metric.history.map((r) => r.date), ['2026-04-30', '2026-06-15', '2026-07-31', '2026-10-30']);
  assert.equal(metric.current, 180);
  await context.close();
});

test('Delete asks first, says how many goals go, and undo restores them all', async () => {
  const { context, page, errors } = await openGoals();
  const before = (await state(page)).plan.goals.length;
  await click(page, `goal:${LEARN}`);
  await press(page, 'Delete');
  assert.equal((await state(page)).plan.goals.length, before, 'nothing goes before the yes');
  await click(page, 'Remove 5 goals');
  const plan = (await state(page)).plan;
  assert.equal(plan.goals.length, before - 5);
  assert.equal(goalNamed(plan, LEARN), undefined);
  assert.equal(goalNamed(plan, PAPERS), undefined);
  await click(page, '##undo');
  const restored = (await state(page)).plan;
  assert.equal(restored.goals.length, before);
  assert.equal(goalNamed(restored, PAPERS).parent, goalNamed(restored, LEARN).id);
  assert.deepEqual(errors, []);
  await context.close();
});

test('arrow keys move the selection and F2 edits the title', async () => {
  const { context, page } = await openGoals();
  await click(page, `goal:${STORAGE}`);
  await press(page, 'ArrowDown');  // the next card in its column
  await find(page, 'selected:Permit steps completed');
  await press(page, 'ArrowUp');
  await press(page, 'ArrowUp');  // up the column to the parent
  await find(page, `selected:${COMMISSION}`);
  await press(page, 'F2');
  await typeText(page, 'Commission the battery');
  await press(page, 'Enter');
  assert.ok(goalNamed((await state(page)).plan, 'Commission the battery'));
  await context.close();
});

test('a goal found with Ctrl+F is selected and revealed, even inside a collapsed subtree', async () => {
  const { context, page } = await openGoals();
  await click(page, `chevron:${PEAK}`);
  assert.ok(!(await labels(page)).includes(`goal:${METER}`));
  await click(page, 'Vision', { window: 'navigation' });
  await press(page, 'Control+f');
  await typeText(page, 'smart-meter');
  await press(page, 'Enter');
  assert.equal((await state(page)).view, 'Goals');
  const shown = await find(page, `selected:${METER}`);
  assert.ok(shown.shown);
  await context.close();
});

test('the goal tree looks right: light theme screenshot, sharp at a pixel ratio of 2', async () => {
  const shots = join(root, 'docs', 'screenshots');
  mkdirSync(shots, { recursive: true });
  const light = await openGoals();
  await click(light.page, `goal:${COMMISSION}`);
  await light.page.mouse.move(640, 790);  // no hover highlight in the picture
  await settle(light.page);
  const png1 = await light.page.screenshot({ path: join(artifactsDir, 'goals.png') });
  copyFileSync(join(artifactsDir, 'goals.png'), join(shots, 'goals.png'));
  const title1 = (await card(light.page, COMMISSION)).rect;

  const hidpi = await openGoals({ deviceScaleFactor: 2 });
  await click(hidpi.page, `goal:${COMMISSION}`);
  await hidpi.page.mouse.move(640, 790);
  await settle(hidpi.page);
  const png2 = await hidpi.page.screenshot({ path: join(artifactsDir, 'goals-2x.png') });
  const title2 = (await card(hidpi.page, COMMISSION)).rect;
  assert.ok(Math.abs(title2.w - title1.w) < 1, 'the layout is the same in CSS pixels');

  // The card's text: drawn at twice the pixels, as crisp as at 1x, and crisper than the 1x picture
  // scaled up (which is what a canvas ignoring the pixel ratio would show).
  const region = (r, k) => ({ x: (r.x + r.w * 0.3) * k, y: r.y * k, w: r.w * 0.65 * k, h: r.h * 0.7 * k });
  const sharp1 = await sharpness(light.page, png1, region(title1, 1));
  const sharp2 = await sharpness(hidpi.page, png2, region(title2, 2));
  const blurred = await sharpness(light.page, png1, region(title1, 1), { upscale: 2 });
  assert.ok(sharp2 > blurred * 1.3, `2x ${sharp2.toFixed(3)} vs 1x upscaled ${blurred.toFixed(3)}`);
  assert.ok(sharp2 > sharp1 * 0.8, `2x ${sharp2.toFixed(3)} vs 1x ${sharp1.toFixed(3)}`);
  assert.deepEqual([...light.errors, ...hidpi.errors], []);
  await light.context.close();
  await hidpi.context.close();
});
