// The risk register with the sample plan: changing a risk's likelihood moves it on the heat map and
// changes its exposure; a heat map cell filters the register; risks are added, named and removed
// (with a confirmation, and undo); open high risks without a contingency are flagged.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serveSite, launchBrowser, artifactsDir } from './lib/browser.mjs';
import {
  openApp, watchConsole, click, fill, find, items, state, press, openSample, visibleLabel, regionStats,
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

const PRICES = '3930125c-960e-4b6d-a636-a41e59fb2824';  // "Cell prices rise before the order": L3 x I3, mitigating
const GRID = '43a91e0e-a1a7-4c5e-a560-5538fc7e473c';    // "Grid operator refuses...": L4 x I5, open, no contingency

async function risksPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = watchConsole(page);
  await openApp(page, site.url);
  await openSample(page);
  await click(page, 'Risks', { window: 'navigation' });
  return { context, page, errors };
}

// The count drawn in a heat map cell (its mark is "<count>##heat-<likelihood>-<impact>").
async function cellCount(page, likelihood, impact) {
  return Number(visibleLabel((await find(page, `##heat-${likelihood}-${impact}`)).label));
}

// The risks listed in the register, by id, top to bottom.
async function registerRows(page) {
  return (await items(page))
    .filter((item) => item.shown && item.label.startsWith('##risk:'))
    .sort((a, b) => a.rect.y - b.rect.y)
    .map((item) => item.label.slice('##risk:'.length));
}

test('the register lists risks by exposure, opens the highest, and the heat map counts open risks', async () => {
  const { context, page, errors } = await risksPage();
  const { plan, scores } = await state(page);
  const rows = await registerRows(page);
  assert.equal(rows.length, plan.risks.length);
  assert.equal(rows[0], GRID, 'likelihood 4 x impact 5 = 20 is the highest exposure');
  const exposure = Object.fromEntries(scores.risks.risks.map((r) => [r.id, r]));
  const open = rows.filter((id) => exposure[id].open);
  for (let k = 1; k < open.length; k++) assert.ok(exposure[open[k - 1]].exposure >= exposure[open[k]].exposure);
  assert.equal(visibleLabel((await find(page, '##risk-editor')).label), 'Grid operator refuses the connection at the planned point');
  for (let l = 1; l <= 5; l++)
    for (let i = 1; i <= 5; i++) assert.equal(await cellCount(page, l, i), scores.risks.heat_map[l - 1][i - 1].count);
  // The open high risk without a contingency is flagged, by name, in "Needs a plan B".
  assert.deepEqual(scores.risks.high_without_contingency, [GRID]);
  await find(page, `##flag:${GRID}`);

  const png = await page.screenshot({ path: join(artifactsDir, 'risks.png') });
  const map = await find(page, '##heat-5-5');
  const high = await regionStats(page, png, { x: map.rect.x + 4, y: map.rect.y + 4, w: map.rect.w - 8, h: map.rect.h - 8 });
  assert.notEqual(high.dominant, '#ffffff', 'cells are coloured by their exposure band');
  assert.deepEqual(errors, []);
  await context.close();
});

test('raising a risk\'s likelihood raises its exposure and moves it on the heat map', async () => {
  const { context, page, errors } = await risksPage();
  const before = await state(page);
  const from = before.scores.risks.heat_map[2][2].count;  // likelihood 3, impact 3
  const to = before.scores.risks.heat_map[4][2].count;    // likelihood 5, impact 3
  assert.equal(await cellCount(page, 3, 3), from);
  await click(page, `##risk:${PRICES}`);
  assert.equal(visibleLabel((await find(page, '##risk-editor')).label), 'Cell prices rise before the order');
  await click(page, '##Likelihood-5');

  const after = await state(page);
  const risk = after.plan.risks.find((r) => r.id === PRICES);
  assert.equal(risk.likelihood, 5);
  assert.equal(risk.impact, 3);
  const scored = after.scores.risks.risks.find((r) => r.id === PRICES);
  assert.equal(scored.exposure, 15);  // 5 x 3
  assert.equal(scored.level, 'high');
  assert.ok(after.scores.risks.heat_map[4][2].risks.includes(PRICES));
  assert.ok(!after.scores.risks.heat_map[2][2].risks.includes(PRICES));
  assert.equal(await cellCount(page, 3, 3), from - 1);
  assert.equal(await cellCount(page, 5, 3), to + 1);
  assert.equal(after.undo, 'Edit risk');

  await press(page, 'Control+z');
  assert.equal((await state(page)).plan.risks.find((r) => r.id === PRICES).likelihood, 3);
  assert.equal(await cellCount(page, 3, 3), from);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a heat map cell filters the register to its risks, and a second click lifts the filter', async () => {
  const { context, page, errors } = await risksPage();
  const { plan, scores } = await state(page);
  const cell = scores.risks.heat_map[3][4];  // likelihood 4, impact 5
  assert.deepEqual(cell.risks, [GRID]);
  await click(page, '##heat-4-5');
  assert.deepEqual(await registerRows(page), [GRID]);
  await click(page, '##heat-4-5');
  assert.equal((await registerRows(page)).length, plan.risks.length);

  await click(page, '##heat-3-4');  // "Members do not invest enough", mitigating
  assert.deepEqual(await registerRows(page), scores.risks.heat_map[2][3].risks);
  await click(page, '##clear-filter');
  assert.equal((await registerRows(page)).length, plan.risks.length);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a new risk is added, named, and removed after a confirmation', async () => {
  const { context, page, errors } = await risksPage();
  const before = (await state(page)).plan.risks.map((r) => r.id);
  await click(page, 'Add risk');
  const added = (await state(page)).plan.risks.find((r) => !before.includes(r.id));
  assert.ok(added, 'a risk was added');
  assert.deepEqual([added.likelihood, added.impact, added.status], [3, 3, 'open']);
  await fill(page, '##Title', 'Überschwemmung am Standort — паводок');
  let risk = (await state(page)).plan.risks.find((r) => r.id === added.id);
  assert.equal(risk.title, 'Überschwemmung am Standort — паводок');
  assert.equal(visibleLabel((await find(page, '##risk-editor')).label), risk.title);
  await click(page, '##Impact-4');
  risk = (await state(page)).plan.risks.find((r) => r.id === added.id);
  assert.equal(risk.impact, 4);
  assert.ok((await state(page)).scores.risks.heat_map[2][3].risks.includes(added.id));

  await click(page, '##remove-risk');
  await click(page, 'Keep');
  assert.ok((await state(page)).plan.risks.some((r) => r.id === added.id), 'Keep keeps it');
  await click(page, '##remove-risk');
  await click(page, 'Remove');
  assert.ok(!(await state(page)).plan.risks.some((r) => r.id === added.id), 'Remove removes it');
  await press(page, 'Control+z');
  assert.ok((await state(page)).plan.risks.some((r) => r.id === added.id), 'undo brings it back');
  assert.deepEqual(errors, []);
  await context.close();
});
