// Check-ins & reviews with the sample plan: a new check-in is dated today with every partner
// attending; an action gets its words, an owner and a due date, and is ticked done; the cadence
// moves the next due date; a review snapshot records the headline scores of the day.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serveSite, launchBrowser, artifactsDir } from './lib/browser.mjs';
import {
  openApp, watchConsole, click, fill, find, state, press, typeText, openSample, visibleLabel, regionStats,
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

const WISLA = '2c63888f-28f0-4481-be6d-dce7a7ace732';  // Wisła Grid Sp. z o.o.

async function checkinsPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = watchConsole(page);
  await openApp(page, site.url);
  await openSample(page);
  await click(page, 'Check-ins & reviews', { window: 'navigation' });
  return { context, page, errors };
}

function addDays(iso, days) {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

test('the log opens on the newest check-in, and overdue state comes from the scores', async () => {
  const { context, page, errors } = await checkinsPage();
  const { plan, scores } = await state(page);
  const newest = plan.checkins[plan.checkins.length - 1];
  assert.equal(visibleLabel((await find(page, '##checkin-editor')).label), newest.date);  // 2026-10-27
  // Its two open actions are listed; the one due 2026-11-10 is overdue by today (the sample is
  // dated so that it is, whatever day the tests run after that).
  await find(page, '##action-text-0');
  await find(page, '##action-text-1');
  assert.equal(scores.communication.overdue_actions[0].text, 'Send the revised grid connection application to the DSO');
  // The older check-ins are one line each; a click opens one.
  const first = plan.checkins[0];
  await click(page, `##checkin:${first.id}`);
  assert.equal(visibleLabel((await find(page, '##checkin-editor')).label), first.date);

  await click(page, `##checkin:${newest.id}`);
  const png = await page.screenshot({ path: join(artifactsDir, 'checkins.png') });
  assert.ok((await regionStats(page, png, { x: 220, y: 100, w: 1040, h: 680 })).colours > 60);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a new check-in gets an action with an owner and a due date, then ticked done', async () => {
  const { context, page, errors } = await checkinsPage();
  const before = await state(page);
  const today = before.scores.today;
  await click(page, 'Add check-in');
  let now = await state(page);
  const added = now.plan.checkins.find((c) => !before.plan.checkins.some((b) => b.id === c.id));
  assert.ok(added, 'a check-in was added');
  assert.equal(added.date, today);
  assert.deepEqual(added.attendees, before.plan.partners.map((p) => p.id), 'every partner attends by default');
  assert.equal(visibleLabel((await find(page, '##checkin-editor')).label), today, 'the new check-in is open');
  assert.equal(now.scores.communication.last_checkin, today);
  assert.equal(now.scores.communication.days_overdue, 0);

  await click(page, 'Add action');
  now = await state(page);
  let checkin = now.plan.checkins.find((c) => c.id === added.id);
  assert.equal(checkin.actions.length, 1);
  assert.equal(checkin.actions[0].due, addDays(today, 14), 'due by the next check-in, one cadence later');
  // The new action's text takes the keyboard.
  await typeText(page, 'Ask the DSO about the 20 kV connection — ещё раз');
  await press(page, 'Enter');

  assert.equal(visibleLabel((await find(page, '##action-owner-0')).label), 'Nobody');
  await click(page, '##action-owner-0');
  await click(page, 'Wisła Grid Sp. z o.o.');
  assert.equal(visibleLabel((await find(page, '##action-owner-0')).label), 'Wisła');
  await fill(page, '##action-due-0', '2026-12-04');
  checkin = (await state(page)).plan.checkins.find((c) => c.id === added.id);
  const action = checkin.actions[0];
  assert.equal(action.text, 'Ask the DSO about the 20 kV connection — ещё раз');
  assert.equal(action.owner, WISLA);
  assert.equal(action.due, '2026-12-04');
  assert.equal(action.done, false);

  const done = await click(page, '##action-done-0');
  assert.equal(done.checked, false, 'the box was clear before the click');
  checkin = (await state(page)).plan.checkins.find((c) => c.id === added.id);
  assert.equal(checkin.actions[0].done, true);
  assert.equal((await find(page, '##action-done-0')).checked, true);

  // A decision, typed in any language.
  await click(page, 'Add decision');
  await typeText(page, 'Απόφαση: keep the 14-day rhythm');
  await press(page, 'Enter');
  checkin = (await state(page)).plan.checkins.find((c) => c.id === added.id);
  assert.deepEqual(checkin.decisions, ['Απόφαση: keep the 14-day rhythm']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the cadence moves the next due date', async () => {
  const { context, page, errors } = await checkinsPage();
  const before = await state(page);
  assert.equal(before.plan.communication.cadence_days, 14);
  assert.equal(before.scores.communication.next_due, '2026-11-10');  // 2026-10-27 + 14
  await fill(page, '##Cadence', '30');
  const after = await state(page);
  assert.equal(after.plan.communication.cadence_days, 30);
  assert.equal(after.scores.communication.next_due, '2026-11-26');  // 2026-10-27 + 30
  assert.equal(after.undo, 'Edit communication');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a review snapshot records today\'s headline scores with its title', async () => {
  const { context, page, errors } = await checkinsPage();
  const before = await state(page);
  await click(page, 'Take a review snapshot');
  await fill(page, '##review-title', 'Q4 review — Überprüfung');
  const { scores } = await state(page);
  await click(page, 'Record snapshot');
  const after = await state(page);
  assert.equal(after.plan.reviews.length, before.plan.reviews.length + 1);
  const review = after.plan.reviews.find((r) => !before.plan.reviews.some((b) => b.id === r.id));
  assert.equal(review.title, 'Q4 review — Überprüfung');
  assert.equal(review.date, scores.today);
  assert.equal(review.scores.health, scores.health.index.value);
  assert.equal(review.scores.goal_progress, 100 * scores.goals.progress.value);
  assert.equal(review.scores.alignment, scores.alignment.index.value);
  assert.equal(review.scores.risk, scores.risks.score.value);
  assert.equal(review.scores.communication, scores.communication.score.value);
  assert.equal(after.undo, 'Add review');
  assert.deepEqual(errors, []);
  await context.close();
});
