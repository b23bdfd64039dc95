// The dashboard with the sample plan: the health index it draws is the one the scores give, its
// parts explain themselves, and every item jumps to its view with the entity selected. A new plan
// opens on the start page, whose buttons go where each step is done.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { artifactsDir } from './lib/browser.mjs';
import {
  click, find, items, state, settle, frames, untilIdle, reveal, visibleLabel, regionStats,
} from './lib/app.mjs';
import { useApp } from './lib/session.mjs';

const app = useApp();

const newPage = () => app.open();
const sample = () => app.open({ sample: true });

test('the health index drawn is the one the scores give, with its six parts', async () => {
  const { context, page, errors } = await sample();
  const { view, scores } = await state(page);
  assert.equal(view, 'Dashboard');
  const index = scores.health.index.value;
  assert.ok(index > 0 && index < 100, `the sample has a health index: ${index}`);
  const drawn = await find(page, '##health-index');
  assert.equal(visibleLabel(drawn.label), String(Math.round(index)));

  // Each part is listed by name; a click opens its reasons (and a button to its view).
  for (const part of scores.health.parts) await find(page, part.label);
  await click(page, 'Risks', { window: 'view' });
  await click(page, 'Open risks');
  assert.equal((await state(page)).view, 'Risks');
  assert.deepEqual(errors, []);
  await context.close();
});

test('screenshots: the sample dashboard in the light and the dark theme', async () => {
  const { context, page, errors } = await sample();
  // Once the opening notice has gone and the plan is saved, the dashboard rests: no frame is drawn
  // without a reason.
  const resting = await untilIdle(page);
  await page.waitForTimeout(1500);
  assert.equal(await frames(page), resting, 'the idle dashboard draws no frames');
  const light = await page.screenshot({ path: join(artifactsDir, 'dashboard.png') });
  const cards = await regionStats(page, light, { x: 220, y: 100, w: 1040, h: 680 });
  assert.ok(cards.colours > 100, 'cards, rings and badges are drawn');

  await click(page, '##theme');
  assert.equal((await state(page)).theme, 'dark');
  await page.mouse.move(600, 60);  // away from the button and its tooltip
  await settle(page);
  const dark = await page.screenshot({ path: join(artifactsDir, 'dashboard-dark.png') });
  const page_ = await regionStats(page, dark, { x: 220, y: 100, w: 1040, h: 680 });
  assert.ok(page_.meanLevel < 80, `the dark dashboard is dark: mean level ${page_.meanLevel}`);
  const drawn = await find(page, '##health-index');
  assert.equal(visibleLabel(drawn.label), String(Math.round((await state(page)).scores.health.index.value)));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a top risk jumps to the risk register with that risk open', async () => {
  const { context, page, errors } = await sample();
  const { scores, plan } = await state(page);
  const top = scores.risks.risks.filter((r) => r.open).sort((a, b) => b.exposure - a.exposure)[0];
  assert.equal(top.title, 'Grid operator refuses the connection at the planned point');  // 4 x 5 = 20
  await reveal(page, `##risk:${top.id}`);
  await click(page, `##risk:${top.id}`);
  assert.equal((await state(page)).view, 'Risks');
  const editor = await find(page, '##risk-editor');
  assert.equal(visibleLabel(editor.label), plan.risks.find((r) => r.id === top.id).title);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a goal behind schedule and an alignment gap jump to their views', async () => {
  const { context, page, errors } = await sample();
  const { scores } = await state(page);
  const late = scores.goals.by_goal.filter((g) => g.pace === 'behind' || g.pace === 'overdue');
  assert.ok(late.length > 0, 'the sample has goals behind schedule');
  const labels = (await items(page)).map((item) => item.label);
  const listed = late.find((g) => labels.includes(`##goal:${g.id}`));
  assert.ok(listed, 'the most behind goals are listed on the dashboard');
  await reveal(page, `##goal:${listed.id}`);
  await click(page, `##goal:${listed.id}`);
  assert.equal((await state(page)).view, 'Goals');

  await click(page, 'Dashboard', { window: 'navigation' });
  const latest = scores.alignment.rounds.find((r) => r.id === scores.alignment.latest_round);
  const gap = latest.dimensions.filter((d) => d.gap).sort((a, b) => b.spread - a.spread)[0];
  assert.ok(gap, 'the sample\'s latest round has a gap');
  await reveal(page, `##dimension:${gap.id}`);
  await click(page, `##dimension:${gap.id}`);
  assert.equal((await state(page)).view, 'Alignment');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an overdue action jumps to its check-in, opened', async () => {
  const { context, page, errors } = await sample();
  const { scores } = await state(page);
  const action = scores.communication.overdue_actions[0];
  assert.equal(action.text, 'Send the revised grid connection application to the DSO');
  await reveal(page, `##action:${action.checkin}:${action.action}`);
  await click(page, `##action:${action.checkin}:${action.action}`);
  assert.equal((await state(page)).view, 'Check-ins & reviews');
  const { plan } = await state(page);
  const checkin = plan.checkins.find((c) => c.id === action.checkin);
  assert.equal(visibleLabel((await find(page, '##checkin-editor')).label), checkin.date);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a new plan opens on the start page, whose steps go where the work is done', async () => {
  const { context, page, errors } = await newPage();
  assert.equal((await state(page)).view, 'Dashboard');
  await find(page, 'Add partners');
  await click(page, 'Write the vision');
  assert.equal((await state(page)).view, 'Vision');
  await click(page, 'Dashboard', { window: 'navigation' });
  await click(page, 'Add risks');
  assert.equal((await state(page)).view, 'Risks');
  assert.deepEqual(errors, []);
  await context.close();
});
