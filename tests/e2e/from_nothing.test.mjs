// Issue 5's test: a person builds a whole partnership plan from a new, empty plan, only by clicking
// and typing in the page — title, partners, vision, values and glossary, goals with a
// metric, roles, an alignment round rated by each partner, a risk and a check-in — and after each
// part the plan holds exactly what was entered. The dashboard's health index and goal progress are
// then the ones worked out by hand from docs/scoring.md, the downloaded plan file is the plan, and
// the plan is all there again after the page is loaded anew (from IndexedDB).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifactsDir } from './lib/browser.mjs';
import {
  click, clickItem, fill, find, findAll, findInRow, openApp, press, revealIn, settle, state, typeText, visibleLabel,
} from './lib/app.mjs';
import { waitDurable } from './lib/storage.mjs';
import { useApp } from './lib/session.mjs';

const app = useApp();

const TITLE = 'Valle Cálido × Тепло';
const ZOE = 'Zoë Ñúñez';
const DMITRY = 'Дмитрий Соколов';
const ROOT = 'Warm homes';
const CONNECT = 'Connect 120 homes';
const TRAIN = 'Train installers';
const RUN = 'Run the network';
const TRAINING = 'Training';
const RISK = 'Supplier goes bust';
// Names are typed key by key; longer texts are entered at once, as a phone keyboard or dictation
// enters them (lib/app.mjs enterText: a typed key costs the app a frame or two, and the budget of
// this test is a minute).
const TEXT = {
  strengths: '200 members own the boilers; 40 years of bookkeeping',
  vision: 'Every home in the valley warm through the winter, each family owning a heat share in the network that warms it.',
  mission: 'Build and run a district heat network with the people it serves, at cost.',
  why: 'Gas bills take a week of wages each winter, and the money leaves the valley.',
  openness: 'Every member sees the books, every quarter',
  heatShare: "A member's stake in the network: one vote, a share of any surplus",
  contingency: 'A second supplier on a standing framework contract',
  notes: 'Kick-off in Valencia: the first 40 homes agreed, surveys start in January',
};

const near = (actual, expected, what) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: ${actual}, expected ${expected}`);

const byName = (list, field, value) => list.find((entity) => entity[field] === value);

// Types a name into the input that has just taken the keyboard (a new entity's name) and leaves it.
async function name(page, text) {
  await typeText(page, text);
  await press(page, 'Enter');
}

// Alignment ratings of the kick-off round, by partner: every dimension 4 but these.
const RATINGS = {
  [ZOE]: { Trust: 5 },
  [DMITRY]: { Trust: 3, Communication: 2, Commitment: 5 },
};

test('a whole partnership plan is built from nothing in the browser, and it is all kept', async () => {
  const { context, page, errors } = await app.open();

  // --- A new, empty plan, renamed ------------------------------------------------------------
  await click(page, 'Plan', { window: 'titlebar' });
  await click(page, 'New plan');
  let s = await state(page);
  assert.equal(s.title, 'Untitled partnership');
  for (const part of ['partners', 'values', 'glossary', 'goals', 'activities', 'rounds', 'risks', 'checkins'])
    assert.deepEqual(s.plan[part], [], `a new plan has no ${part}`);
  const planId = s.plan.id;
  await click(page, 'Untitled partnership', { window: 'titlebar' });
  await page.keyboard.press('Control+A');
  await name(page, TITLE);
  assert.equal((await state(page)).plan.title, TITLE);

  // --- Partners --------------------------------------------------------------------------------
  await click(page, 'Partners', { window: 'navigation' });
  await click(page, 'Add partner');
  await name(page, ZOE);  // the new partner's name field has the keyboard
  await fill(page, '##Organisation', 'Calor Común', { insert: true });
  await fill(page, '##Email', 'zoe@calor.example', { insert: true });
  await fill(page, '##Strengths', TEXT.strengths, { leave: 'click', insert: true });
  await fill(page, '##Values', 'thrift, openness', { insert: true });
  await click(page, 'Add partner');
  await name(page, DMITRY);
  await fill(page, '##Organisation', 'Тепло Сети', { insert: true });
  s = await state(page);
  assert.equal(s.plan.partners.length, 2);
  const [zoe, dmitry] = s.plan.partners;
  assert.deepEqual(
    { name: zoe.name, organisation: zoe.organisation, email: zoe.email, strengths: zoe.strengths, values: zoe.values },
    { name: ZOE, organisation: 'Calor Común', email: 'zoe@calor.example',
      strengths: TEXT.strengths, values: ['thrift', 'openness'] });
  assert.deepEqual({ name: dmitry.name, organisation: dmitry.organisation }, { name: DMITRY, organisation: 'Тепло Сети' });
  assert.notEqual(zoe.colour, dmitry.colour, 'each partner has a colour of its own');
  await find(page, `##partner:${ZOE}`);  // both listed
  await find(page, `##partner:${DMITRY}`);

  // --- Vision, values, glossary -----------------------------------------------------------------
  await click(page, 'Vision', { window: 'navigation' });
  await fill(page, '##Vision', TEXT.vision, { leave: 'click', insert: true });
  await fill(page, '##Mission', TEXT.mission, { leave: 'click', insert: true });
  await fill(page, '##Why', TEXT.why, { leave: 'click', insert: true });
  await fill(page, '##Horizon', '2050', { insert: true });
  await click(page, 'Add value');
  await name(page, 'Openness');
  await fill(page, '##Meaning', TEXT.openness, { insert: true });
  await click(page, 'Add value');
  await name(page, 'Local work');
  // Each partner endorses the values it holds: both Openness, Zoë alone Local work.
  const [openness, localWork] = await findAll(page, '##Value name');
  await clickItem(page, await findInRow(page, 'Zoë', openness));
  await clickItem(page, await findInRow(page, 'Дмитрий', openness));
  await clickItem(page, await findInRow(page, 'Zoë', localWork));
  await click(page, 'Add term');
  await name(page, 'Heat share');
  await fill(page, '##Definition', TEXT.heatShare, { insert: true });
  const term = await find(page, '##Term');
  await clickItem(page, await findInRow(page, 'Zoë', term));  // both agree on it
  await clickItem(page, await findInRow(page, 'Дмитрий', term));
  s = await state(page);
  assert.deepEqual(
    { statement: s.plan.vision.statement, mission: s.plan.vision.mission, why: s.plan.vision.why, horizon: s.plan.vision.horizon },
    { statement: TEXT.vision, mission: TEXT.mission, why: TEXT.why, horizon: '2050' });
  assert.deepEqual(s.plan.values.map((v) => [v.name, v.meaning, v.endorsed_by]),
                   [['Openness', TEXT.openness, [zoe.id, dmitry.id]], ['Local work', '', [zoe.id]]]);
  assert.deepEqual(s.plan.glossary.map((g) => [g.term, g.definition, g.agreed_by, g.disputed]),
                   [['Heat share', TEXT.heatShare, [zoe.id, dmitry.id], false]]);
  // The chips show who endorsed what, and the vision marks the term it now defines.
  const chips = async (anchor) => Promise.all(['Zoë', 'Дмитрий'].map(async (p) => (await findInRow(page, p, anchor)).checked));
  const rows = await findAll(page, '##Value name');
  assert.deepEqual(await chips(rows[0]), [true, true]);
  assert.deepEqual(await chips(rows[1]), [true, false]);
  await find(page, 'term:heat share');
  await page.mouse.move(640, 790);
  await settle(page);
  await page.screenshot({ path: join(artifactsDir, 'from-nothing-vision.png') });

  // --- Goals: a vision anchor, an objective with a metric under it, and a sibling --------------
  await click(page, 'Goals', { window: 'navigation' });
  await click(page, 'Add goal');
  await name(page, ROOT);
  await click(page, 'Add child');
  await name(page, CONNECT);
  await fill(page, '##Due', '2050-12-31', { insert: true });
  await click(page, 'Zoë', { window: 'goal-inspector' });  // the owner
  await click(page, 'Add a metric');
  await fill(page, '##Unit', 'homes', { insert: true });
  await fill(page, '##Target', '120', { insert: true });
  await fill(page, '##Current', '36', { insert: true });
  await click(page, 'Add sibling');
  await name(page, TRAIN);
  await fill(page, '##Start', '2026-01-01', { insert: true });
  await fill(page, '##Due', '2026-06-30', { insert: true });
  await click(page, '##Status');
  await click(page, 'In progress');
  await click(page, 'Дмитрий', { window: 'goal-inspector' });
  s = await state(page);
  assert.equal(s.plan.goals.length, 3);
  const root = byName(s.plan.goals, 'title', ROOT);
  const connect = byName(s.plan.goals, 'title', CONNECT);
  const train = byName(s.plan.goals, 'title', TRAIN);
  assert.deepEqual([root.kind, root.parent], ['vision_anchor', '']);
  assert.deepEqual([connect.kind, connect.parent, connect.due, connect.owners], ['objective', root.id, '2050-12-31', [zoe.id]]);
  assert.deepEqual({ unit: connect.metric.unit, baseline: connect.metric.baseline, target: connect.metric.target,
                     current: connect.metric.current, direction: connect.metric.direction },
                   { unit: 'homes', baseline: 0, target: 120, current: 36, direction: 'increase' });
  assert.deepEqual([train.kind, train.parent, train.start, train.due, train.status, train.owners],
                   ['objective', root.id, '2026-01-01', '2026-06-30', 'in_progress', [dmitry.id]]);
  assert.deepEqual(s.plan.goals.map((g) => g.title), [ROOT, CONNECT, TRAIN], 'the sibling comes after its sibling');
  // By hand: Connect is 36 of 120 homes = 30%; without a start date of its own it starts when the
  // plan was made, today, so nothing is expected of it yet (due 2050): ahead. Train has no metric
  // and is in progress = 50%, and was due 2026-06-30: overdue. The anchor weighs them alike:
  // (30 + 50) / 2 = 40%.
  const progress = Object.fromEntries(s.scores.goals.by_goal.map((g) => [g.id, g]));
  near(progress[connect.id].progress, 0.3, 'Connect progress');
  near(progress[train.id].progress, 0.5, 'Train progress');
  near(progress[root.id].progress, 0.4, 'anchor progress');
  assert.equal(progress[connect.id].pace, 'ahead');
  assert.equal(progress[train.id].pace, 'overdue');
  near(s.scores.goals.progress.value, 0.4, 'overall progress');
  // On schedule: Connect scores 1 (no shortfall), overdue Train its progress 0.5 -> 75.
  near(s.scores.goals.schedule.value, 75, 'goals on schedule');

  // --- Roles: two activities, roles set by clicking the cells ---------------------------------
  await click(page, 'Roles', { window: 'navigation' });
  await click(page, 'Add activity');
  await name(page, RUN);
  await click(page, `role:${RUN}/${ZOE}`);     // none -> R
  await click(page, `role:${RUN}/${ZOE}`);     // R -> A
  await click(page, `role:${RUN}/${DMITRY}`);  // none -> R
  await click(page, 'Add activity');
  await name(page, TRAINING);
  await click(page, `role:${TRAINING}/${DMITRY}`);
  await click(page, `role:${TRAINING}/${DMITRY}`);  // A, and nobody Responsible
  await click(page, '##Goal');
  await click(page, TRAIN);
  s = await state(page);
  const roles = (activity) => Object.fromEntries(byName(s.plan.activities, 'name', activity).roles.map((r) => [r.partner, r.role]));
  assert.deepEqual(s.plan.activities.map((a) => a.name), [RUN, TRAINING]);
  assert.deepEqual(roles(RUN), { [zoe.id]: 'accountable', [dmitry.id]: 'responsible' });
  assert.deepEqual(roles(TRAINING), { [dmitry.id]: 'accountable' });
  assert.equal(byName(s.plan.activities, 'name', TRAINING).goal, train.id);
  const problems = Object.fromEntries(s.scores.roles.activities.map((a) => [a.name, a.problems]));
  assert.deepEqual(problems, { [RUN]: [], [TRAINING]: ['no_responsible'] });
  near(s.scores.roles.score.value, 50, 'role score: 1 of 2 activities clear');

  // --- Alignment: a round, rated by each partner --------------------------------------------------
  await click(page, 'Alignment', { window: 'navigation' });
  await click(page, 'Add round');
  await name(page, 'Kick-off');
  await click(page, 'Rate');
  const dimensions = s.plan.dimensions.map((d) => d.name);
  for (const partner of [ZOE, DMITRY]) {
    await clickItem(page, await revealIn(page, partner.split(' ')[0], { window: 'alignment-side' }));  // "Rating as"
    for (const dimension of dimensions) {
      const score = RATINGS[partner][dimension] ?? 4;
      await clickItem(page, await revealIn(page, `##rate:${dimension}:${score}`, { window: 'alignment-side' }));
    }
  }
  s = await state(page);
  assert.equal(s.plan.rounds.length, 1);
  const round = s.plan.rounds[0];
  assert.equal(round.title, 'Kick-off');
  assert.equal(round.date, s.scores.today, 'a new round is dated today');
  const rated = Object.fromEntries(round.ratings.map((r) => [`${r.partner}/${s.plan.dimensions.find((d) => d.id === r.dimension).name}`, r.score]));
  assert.equal(round.ratings.length, 20, 'ten dimensions, two partners');
  for (const [partner, id] of [[ZOE, zoe.id], [DMITRY, dmitry.id]])
    for (const dimension of dimensions) assert.equal(rated[`${id}/${dimension}`], RATINGS[partner][dimension] ?? 4, `${partner} ${dimension}`);
  // By hand: seven dimensions at 4 and 4 (level 75%, agreement 100%); Trust 5 and 3 (mean 4,
  // level 75%, spread 2, agreement 50%); Communication 4 and 2 (mean 3, level 50%, agreement 50%);
  // Commitment 4 and 5 (mean 4.5, level 87.5%, spread 1, agreement 75%).
  // Level (7 × 75 + 75 + 50 + 87.5) / 10 = 73.75%, agreement (7 + 0.5 + 0.5 + 0.75) / 10 = 87.5%,
  // index 100 × (0.6 × 0.7375 + 0.4 × 0.875) = 79.25.
  const scoredRound = s.scores.alignment.rounds[0];
  near(scoredRound.index.value, 79.25, 'alignment index');
  near(s.scores.alignment.index.value, 79.25, 'the latest round\'s index');
  assert.deepEqual(scoredRound.dimensions.filter((d) => d.gap).map((d) => d.name), ['Trust', 'Communication']);

  // --- Risks ----------------------------------------------------------------------------------
  await click(page, 'Risks', { window: 'navigation' });
  await click(page, 'Add risk');
  await name(page, RISK);
  await click(page, '##Likelihood-4');
  await click(page, '##Impact-5');
  await click(page, '##Owner');
  await click(page, DMITRY);
  await fill(page, '##Contingency', TEXT.contingency, { leave: 'click', insert: true });
  s = await state(page);
  assert.equal(s.plan.risks.length, 1);
  const risk = s.plan.risks[0];
  assert.deepEqual([risk.title, risk.likelihood, risk.impact, risk.owner, risk.status, risk.contingency],
                   [RISK, 4, 5, dmitry.id, 'open', TEXT.contingency]);
  const exposure = s.scores.risks.risks[0];
  assert.deepEqual([exposure.exposure, exposure.level], [20, 'high'], '4 × 5 = 20: high');
  assert.equal(visibleLabel((await find(page, '##heat-4-5')).label), '1', 'the heat map counts it at 4 × 5');
  near(s.scores.risks.score.value, 90, 'risk score: 100 − 10 for an open high risk with a contingency');

  // --- Check-ins --------------------------------------------------------------------------------
  await click(page, 'Check-ins & reviews', { window: 'navigation' });
  await click(page, 'Add check-in');
  await fill(page, '##Notes', TEXT.notes, { leave: 'click', insert: true });
  s = await state(page);
  assert.equal(s.plan.checkins.length, 1);
  const checkin = s.plan.checkins[0];
  assert.deepEqual([checkin.date, checkin.attendees, checkin.notes],
                   [s.scores.today, [zoe.id, dmitry.id], TEXT.notes]);
  assert.equal(s.scores.communication.last_checkin, s.scores.today);
  near(s.scores.communication.score.value, 100, 'communication: the check-in was today');

  // --- The dashboard sums it up ----------------------------------------------------------------
  await click(page, 'Dashboard', { window: 'navigation' });
  s = await state(page);
  // Health: goals 75 (weight 25), alignment 79.25 (20), roles 50 (15), risks 90 (15),
  // communication 100 (15); balance has no data and is left out:
  // (25 × 75 + 20 × 79.25 + 15 × 50 + 15 × 90 + 15 × 100) / 90 = 7060 / 90 = 78.44.
  near(s.scores.health.index.value, 7060 / 90, 'health index');
  assert.deepEqual(s.scores.health.parts.map((p) => [p.part, p.score]),
                   [['goals', 75], ['alignment', 79.25], ['roles', 50], ['risks', 90], ['communication', 100], ['balance', null]]);
  assert.equal(visibleLabel((await find(page, '##health-index')).label), '78');
  assert.equal(visibleLabel((await find(page, '##goal-progress')).label), '40%');
  await page.mouse.move(640, 790);
  await settle(page);
  await page.screenshot({ path: join(artifactsDir, 'from-nothing-dashboard.png') });

  // --- The plan file is the plan, and the plan survives a new page load ----------------------
  const built = (await state(page)).plan;
  await click(page, 'Plan', { window: 'titlebar' });
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Download plan file')]);
  assert.deepEqual(JSON.parse(readFileSync(await download.path(), 'utf8')), built);
  await waitDurable(page, (await state(page)).revision);
  await openApp(page, app.url);
  s = await state(page);
  assert.equal(s.plan.id, planId, 'the plan open last opens again');
  assert.deepEqual(s.plan, built);
  assert.deepEqual(errors, []);
  await context.close();
});
