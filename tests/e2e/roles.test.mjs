// The role matrix with the sample plan open: cells cycle R -> A -> C -> I -> none on a click, take a
// role from the right-click menu or the keyboard, and the role check's problems follow; activities
// are added, named, linked to a goal, moved and removed; governance is edited in place.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveSite, launchBrowser, artifactsDir, root } from './lib/browser.mjs';
import { openApp, watchConsole, click, fill, find, revealIn, press, typeText, state, settle, regionStats } from './lib/app.mjs';

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

// Opens the app on the sample plan's role matrix. The "Opened the sample plan" notice goes after
// four seconds and the view moves up a line when it does, so the tests start once it has gone.
async function openRoles(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const errors = watchConsole(page);
  await openApp(page, site.url);
  await click(page, 'Plan', { window: 'titlebar' });
  await click(page, 'Open sample plan');
  await click(page, 'Roles', { window: 'navigation' });
  await page.waitForFunction(() => JSON.parse(Module.UTF8ToString(Module._accord_test_state())).notice === '' ||
                                   (Module._accord_wake(), false), null, { timeout: 8000, polling: 250 });
  await settle(page);
  return { context, page, errors };
}

const activity = (s, name) => s.plan.activities.find((a) => a.name === name);
const partner = (s, prefix) => s.plan.partners.find((p) => p.name.startsWith(prefix));
const roleOf = (s, name, partnerPrefix) =>
  activity(s, name).roles.find((r) => r.partner === partner(s, partnerPrefix).id)?.role ?? null;
const problemsOf = (s, name) => s.scores.roles.activities.find((a) => a.name === name).problems;
const cell = (s, name, partnerPrefix) => `role:${name}/${partner(s, partnerPrefix).name}`;

test('clicking a cell cycles its role, and the "several Accountable" problem goes and comes back', async () => {
  const { context, page, errors } = await openRoles();
  let s = await state(page);
  const ems = 'Energy management software';
  // Sample: Sonnenfeld R, Wisła A, Tartu A -> two Accountable partners.
  assert.equal(roleOf(s, ems, 'Tartu'), 'accountable');
  assert.deepEqual(problemsOf(s, ems), ['several_accountable']);
  assert.equal(s.scores.roles.score.value, 60);

  const target = cell(s, ems, 'Tartu');
  const expected = ['consulted', 'informed', null, 'responsible', 'accountable'];
  for (const role of expected) {
    await click(page, target);
    s = await state(page);
    assert.equal(roleOf(s, ems, 'Tartu'), role, `after a click the role is ${role}`);
    if (role === 'consulted') {
      assert.deepEqual(problemsOf(s, ems), [], 'one Accountable left: the problem is gone');
      assert.equal(s.scores.roles.score.value, 70, '7 of 10 activities clear');
    }
  }
  assert.deepEqual(problemsOf(s, ems), ['several_accountable'], 'back to two Accountable');
  // Every click was its own undo step.
  await press(page, 'Control+z');
  assert.equal(roleOf(await state(page), ems, 'Tartu'), 'responsible');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a problem row carries a coloured marker, which goes when the problem is fixed', async () => {
  const { context, page } = await openRoles();
  const s = await state(page);
  const row = await find(page, 'activity:Tariff design');
  // The marker is a bar down the row's left edge, in amber for "No Responsible".
  const marker = { x: row.rect.x + 1, y: row.rect.y + row.rect.h / 2 - 4, w: 2, h: 8 };
  const before = await regionStats(page, await page.screenshot(), marker);
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(before.dominant.slice(i, i + 2), 16));
  assert.ok(r > 180 && g > 120 && b < 90, `an amber marker, saw ${before.dominant}`);
  assert.deepEqual(problemsOf(s, 'Tariff design'), ['no_responsible']);

  // Right-click Wisła's cell (C) and choose Responsible from the menu.
  await click(page, cell(s, 'Tariff design', 'Wisła'), { button: 'right' });
  await click(page, 'Responsible');
  const now = await state(page);
  assert.equal(roleOf(now, 'Tariff design', 'Wisła'), 'responsible');
  assert.deepEqual(problemsOf(now, 'Tariff design'), []);
  await page.mouse.move(5, 790);
  await settle(page);
  const after = await regionStats(page, await page.screenshot(), marker);
  assert.notEqual(after.dominant, before.dominant, 'the marker is gone');
  await context.close();
});

test('with a cell picked, the keyboard sets roles: arrows move, R/A/C/I set, Delete clears', async () => {
  const { context, page } = await openRoles();
  let s = await state(page);
  const safety = 'Safety case and fire protection';
  // Everyone only Consulted: nobody owns the work.
  assert.deepEqual(problemsOf(s, safety), ['no_owner', 'only_consulted']);
  await click(page, cell(s, safety, 'Sonnenfeld'));  // C -> I, and the cell takes the keyboard
  assert.equal(roleOf(await state(page), safety, 'Sonnenfeld'), 'informed');
  await press(page, 'a');
  assert.equal(roleOf(await state(page), safety, 'Sonnenfeld'), 'accountable');
  await press(page, 'ArrowRight');
  await press(page, 'r');
  s = await state(page);
  assert.equal(roleOf(s, safety, 'Wisła'), 'responsible');
  assert.deepEqual(problemsOf(s, safety), [], 'one A and one R: clear');
  await press(page, 'Delete');
  s = await state(page);
  assert.equal(roleOf(s, safety, 'Wisła'), null);
  assert.deepEqual(problemsOf(s, safety), ['no_responsible']);
  await press(page, 'ArrowDown');  // the row below: Operations' "Site preparation and civil works"
  await press(page, 'i');
  s = await state(page);
  assert.equal(roleOf(s, 'Site preparation and civil works', 'Wisła'), 'informed', 'the cursor moved down a row');
  await context.close();
});

test('an activity is added in the selected one\'s area, named, linked to a goal and moved', async () => {
  const { context, page, errors } = await openRoles();
  await click(page, 'activity:Battery procurement');
  await revealIn(page, 'Add activity', { window: 'roles-main' });
  await click(page, 'Add activity');
  let s = await state(page);
  assert.equal(s.plan.activities.length, 11);
  // After the last Technology activity ("Measurement and data collection", 8th in the plan).
  assert.equal(s.plan.activities[8].name, 'New activity');
  assert.equal(s.plan.activities[8].area, 'Technology');
  assert.deepEqual(problemsOf(s, 'New activity'), ['no_owner']);

  await fill(page, '##Name', 'Wartung der Batterie — łączność');
  s = await state(page);
  const added = s.plan.activities[8];
  assert.equal(added.name, 'Wartung der Batterie — łączność');

  await click(page, '##Goal');
  await click(page, 'Installed storage capacity');
  s = await state(page);
  const goal = s.plan.goals.find((g) => g.title === 'Installed storage capacity');
  assert.equal(activity(s, added.name).goal, goal.id);

  await click(page, '##move-up');
  s = await state(page);
  assert.equal(s.plan.activities[7].name, added.name, 'moved above "Measurement and data collection"');
  assert.equal(s.plan.activities[8].name, 'Measurement and data collection');

  await click(page, cell(s, added.name, 'Wisła'));  // none -> R
  await click(page, cell(s, added.name, 'Sonnenfeld'));
  await click(page, cell(s, added.name, 'Sonnenfeld'));  // none -> R -> A
  s = await state(page);
  assert.equal(roleOf(s, added.name, 'Sonnenfeld'), 'accountable');
  assert.deepEqual(problemsOf(s, added.name), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an area change moves the row to its group, and an area without a rule offers one', async () => {
  const { context, page } = await openRoles();
  await click(page, 'activity:Safety case and fire protection');
  await fill(page, '##Area', 'Safety');
  let s = await state(page);
  assert.equal(activity(s, 'Safety case and fire protection').area, 'Safety');
  await revealIn(page, 'Rule for Safety', { window: 'roles-main' });
  await click(page, 'Rule for Safety');
  s = await state(page);
  const rule = s.plan.decision_rules.find((r) => r.area === 'Safety');
  assert.ok(rule, 'a decision rule for the new area');
  assert.equal(rule.method, 'consensus');
  await context.close();
});

test('removing an activity asks first; "Keep" keeps it, "Remove" removes it and its roles', async () => {
  const { context, page } = await openRoles();
  await click(page, 'activity:Research publications');
  await click(page, 'Remove', { window: 'roles-side' });
  await click(page, 'Keep', { window: 'Remove activity?' });
  assert.ok(activity(await state(page), 'Research publications'), 'kept');
  await click(page, 'Remove', { window: 'roles-side' });
  await click(page, 'Remove', { window: 'Remove activity?' });
  const s = await state(page);
  assert.equal(activity(s, 'Research publications'), undefined);
  assert.equal(s.plan.activities.length, 9);
  assert.equal(s.undo, 'Remove activity');
  await context.close();
});

test('governance: a decision rule, a contact and an escalation step are edited in place', async () => {
  const { context, page, errors } = await openRoles();
  // The last rule is Research: the lab decides. Choosing consensus drops the lead.
  await revealIn(page, 'Add decision rule', { window: 'roles-main' });  // the Research row is just above it
  await click(page, '##Method');
  await click(page, 'Consensus');
  let s = await state(page);
  const research = s.plan.decision_rules.find((r) => r.area === 'Research');
  assert.equal(research.method, 'consensus');
  assert.equal(research.lead, '');

  // A contact at Tartu (the last partner's "add" button).
  await revealIn(page, '##add-contact', { window: 'roles-main' });
  await click(page, '##add-contact');
  await typeText(page, 'Mari Kask');
  await press(page, 'Enter');
  s = await state(page);
  const contact = s.plan.contacts.find((c) => c.name === 'Mari Kask');
  assert.ok(contact, 'the new contact is named');
  assert.equal(contact.partner, partner(s, 'Tartu').id);

  // A fourth escalation step, twice the third's 30 days, then moved up one place.
  await revealIn(page, 'Add step', { window: 'roles-main' });
  await click(page, 'Add step');
  await typeText(page, 'Schiedsgericht');
  await press(page, 'Enter');
  s = await state(page);
  assert.equal(s.plan.escalation.length, 4);
  assert.equal(s.plan.escalation[3].who, 'Schiedsgericht');
  assert.equal(s.plan.escalation[3].within_days, 60);
  await click(page, '##up');
  s = await state(page);
  assert.equal(s.plan.escalation[2].who, 'Schiedsgericht');
  await fill(page, '##Within', '45');
  s = await state(page);
  assert.equal(s.plan.escalation[3].within_days, 45, 'the step below the moved one');
  assert.deepEqual(errors, []);
  await context.close();
});

test('screenshot: the role matrix with the sample plan', async () => {
  const { context, page, errors } = await openRoles();
  await click(page, 'activity:Energy management software');
  await page.mouse.move(1270, 790);
  await settle(page);
  const file = join(artifactsDir, 'roles.png');
  const png = await page.screenshot({ path: file });
  const stats = await regionStats(page, png);
  assert.ok(stats.colours > 200, 'a drawn matrix');
  mkdirSync(join(root, 'docs', 'screenshots'), { recursive: true });
  copyFileSync(file, join(root, 'docs', 'screenshots', 'roles.png'));
  assert.deepEqual(errors, []);
  await context.close();
});
