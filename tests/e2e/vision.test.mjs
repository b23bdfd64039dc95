// The Vision view, on a new plan: the vision, mission and why are written in place, each text one
// undo step, and undo and redo bring back the text before; a value is added, endorsed and
// un-endorsed by each partner (their chips show it), renamed, removed and brought back; a glossary
// term is added and defined, the vision highlights it, and undo and redo restore its definition.
// (A new plan, not the sample: its frames are drawn two to three times faster, and this file's
// budget is half a minute.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  click, clickItem, fill, find, findAll, findInRow, items, press, regionStats, state, typeText,
} from './lib/app.mjs';
import { useApp } from './lib/session.mjs';

const app = useApp();

async function openVision({ partners = [] } = {}) {
  const opened = await app.open();
  const { page } = opened;
  if (partners.length) await click(page, 'Partners', { window: 'navigation' });
  for (const name of partners) {
    await click(page, 'Add partner');
    await typeText(page, name);  // the new partner's name has the keyboard
    await press(page, 'Enter');
  }
  await click(page, 'Vision', { window: 'navigation' });
  return opened;
}

const vision = async (page) => {
  const { statement, mission, why } = (await state(page)).plan.vision;
  return { statement, mission, why };
};

// Whether a colour ("#rrggbb") is within `by` of another in every channel.
const close = (a, b, by = 40) => [1, 3, 5].every((i) => Math.abs(parseInt(a.slice(i, i + 2), 16) - parseInt(b.slice(i, i + 2), 16)) <= by);

test('vision, mission and why are written in place, and undo and redo bring back the text before', async () => {
  const { context, page, errors } = await openVision();
  assert.deepEqual(await vision(page), { statement: '', mission: '', why: '' }, 'a new plan');
  const first = 'Ciepłe domy.';
  const second = 'Every home in the valley warm through the winter, on heat its people own.';
  const mission = 'Build and run a district heat network with the people it serves, at cost.';
  const why = 'Gas bills take a week of wages each winter, and the money leaves the valley.';
  await fill(page, '##Vision', first, { leave: 'click' });  // typed key by key into the long text
  await fill(page, '##Mission', mission, { leave: 'click', insert: true });
  await fill(page, '##Why', why, { leave: 'click', insert: true });
  await fill(page, '##Vision', second, { leave: 'click', insert: true });
  assert.deepEqual(await vision(page), { statement: second, mission, why });

  // Each text was one undo step, however many keys it took: undo goes back through them in turn.
  await press(page, 'Control+z');
  assert.deepEqual(await vision(page), { statement: first, mission, why }, 'the vision typed before');
  await press(page, 'Control+z');
  await press(page, 'Control+z');
  assert.deepEqual(await vision(page), { statement: first, mission: '', why: '' });
  assert.equal((await state(page)).redo, 'Edit vision');
  await press(page, 'Control+Shift+z');
  assert.deepEqual(await vision(page), { statement: first, mission, why: '' });
  await click(page, '##redo');
  await click(page, '##redo');
  assert.deepEqual(await vision(page), { statement: second, mission, why });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a value is added, endorsed and un-endorsed by each partner, renamed and removed, and undo brings it back', async () => {
  const { context, page, errors } = await openVision({ partners: ['Zoë Ñúñez', 'Дмитрий'] });
  const [zoe, dmitry] = (await state(page)).plan.partners;
  await click(page, 'Add value');
  await typeText(page, 'Treue');  // the new value's name has the keyboard
  await press(page, 'Enter');
  let values = (await state(page)).plan.values;
  assert.deepEqual(values.map((v) => [v.name, v.endorsed_by]), [['Treue', []]]);
  const row = await find(page, '##Value name');
  const chip = (partner) => findInRow(page, partner, row);
  assert.deepEqual([(await chip('Zoë')).checked, (await chip('Дмитрий')).checked], [false, false]);

  // Both endorse it: their chips turn on, in the partner's colour.
  await clickItem(page, await chip('Zoë'));
  await clickItem(page, await chip('Дмитрий'));
  assert.deepEqual((await state(page)).plan.values[0].endorsed_by, [zoe.id, dmitry.id]);
  assert.deepEqual([(await chip('Zoë')).checked, (await chip('Дмитрий')).checked], [true, true]);
  await page.mouse.move(640, 790);  // no hover colour on a chip
  const inside = (item) => ({ x: item.rect.x + 3, y: item.rect.y + 3, w: item.rect.w - 6, h: item.rect.h - 6 });
  let seen = (await regionStats(page, await page.screenshot(), inside(await chip('Zoë')))).dominant;
  assert.ok(close(seen, zoe.colour), `an endorsing chip is filled with ${zoe.colour}, saw ${seen}`);

  // Дмитрий withdraws: his chip is off again, no longer in his colour.
  await clickItem(page, await chip('Дмитрий'));
  assert.deepEqual((await state(page)).plan.values[0].endorsed_by, [zoe.id]);
  assert.deepEqual([(await chip('Zoë')).checked, (await chip('Дмитрий')).checked], [true, false]);
  await page.mouse.move(640, 790);
  seen = (await regionStats(page, await page.screenshot(), inside(await chip('Дмитрий')))).dominant;
  assert.ok(!close(seen, dmitry.colour), `a chip without an endorsement is not in ${dmitry.colour}, saw ${seen}`);

  await fill(page, '##Value name', 'Reliability');
  assert.deepEqual((await state(page)).plan.values.map((v) => [v.name, v.endorsed_by]), [['Reliability', [zoe.id]]]);
  await press(page, 'Control+z');
  assert.equal((await state(page)).plan.values[0].name, 'Treue', 'renaming was one step');
  await press(page, 'Control+Shift+z');

  await click(page, 'Add value');
  await typeText(page, 'Openness');
  await press(page, 'Enter');
  await clickItem(page, await findInRow(page, '##remove', row));  // the first value's
  values = (await state(page)).plan.values;
  assert.deepEqual(values.map((v) => v.name), ['Openness']);
  assert.equal((await state(page)).undo, 'Remove value');
  await press(page, 'Control+z');
  values = (await state(page)).plan.values;
  assert.deepEqual(values.map((v) => [v.name, v.endorsed_by]), [['Reliability', [zoe.id]], ['Openness', []]],
                   'back in its place, with its endorsement');
  assert.deepEqual((await findAll(page, '##Value name')).length, 2);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a glossary term is added and defined, the vision highlights it, and undo and redo restore its definition', async () => {
  const { context, page, errors } = await openVision();
  await fill(page, '##Vision', 'Every family owns a heat share in the network that warms it.', { leave: 'click', insert: true });
  const highlighted = async () => (await items(page)).filter((item) => item.label === 'term:heat share').length;
  assert.equal(await highlighted(), 0, 'no glossary yet');

  await click(page, 'Add term');
  await typeText(page, 'Heat share');  // the new term has the keyboard
  await press(page, 'Enter');
  let glossary = (await state(page)).plan.glossary;
  assert.deepEqual(glossary.map((g) => [g.term, g.definition, g.agreed_by, g.disputed]), [['Heat share', '', [], false]]);
  assert.equal(await highlighted(), 1, 'the vision now marks the term it uses');
  const term = await find(page, 'term:heat share');
  assert.ok(term.rect.y < (await find(page, '##Mission')).rect.y, 'in the vision statement');

  const first = "A member's stake in the network: one vote, a share of any surplus";
  const second = 'One vote and a share of the surplus, for each member household';
  await fill(page, '##Definition', first, { insert: true });
  assert.equal((await state(page)).plan.glossary[0].definition, first);
  await fill(page, '##Definition', second, { insert: true });
  glossary = (await state(page)).plan.glossary;
  assert.deepEqual(glossary.map((g) => [g.term, g.definition]), [['Heat share', second]]);

  await press(page, 'Control+z');
  assert.equal((await state(page)).plan.glossary[0].definition, first, 'undo restores the definition typed before');
  await press(page, 'Control+z');
  assert.equal((await state(page)).plan.glossary[0].definition, '');
  await press(page, 'Control+Shift+z');
  await press(page, 'Control+Shift+z');
  assert.equal((await state(page)).plan.glossary[0].definition, second);
  assert.deepEqual(errors, []);
  await context.close();
});
