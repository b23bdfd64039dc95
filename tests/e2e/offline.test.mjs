// Offline: after the first visit the service worker serves the whole app with no network; the
// single-file accord.html opens straight from disk (file://).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { siteDir } from './lib/browser.mjs';
import { openApp, watchConsole, click, state, hasMark } from './lib/app.mjs';
import { useProfiles } from './lib/session.mjs';

const site = useProfiles();

test('the server sends the wasm as application/wasm so it compiles while downloading', async () => {
  const profile = await site.launch();
  const page = await profile.context.newPage();
  const types = {};
  page.on('response', (response) => { types[new URL(response.url()).pathname] = response.headers()['content-type']; });
  await openApp(page, site.url);
  assert.equal(types['/app.wasm'], 'application/wasm');
  assert.match(types['/app.js'], /^text\/javascript/);
  await profile.close();
});

test('after the first visit the app starts with the network off', async () => {
  const profile = await site.launch();
  const page = await profile.context.newPage();
  const errors = watchConsole(page);
  await openApp(page, site.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => !!navigator.serviceWorker.controller || window.accordBoot.serviceWorker?.active);
  await profile.context.setOffline(true);
  const offline = await profile.context.newPage();
  const offlineErrors = watchConsole(offline);
  await openApp(offline, site.url);
  await click(offline, 'Partners', { window: 'navigation' });
  assert.equal((await state(offline)).view, 'Partners');
  // The start atlas is cached once a page the worker serves has fetched it (web/sw.js): this first
  // start without the network rasterised its atlas; the next one, after a start with it, need not.
  assert.equal(await hasMark(offline, 'accord:start-atlas-file'), false);
  assert.deepEqual(offlineErrors, []);
  await profile.context.setOffline(false);
  await openApp(await profile.context.newPage(), site.url);
  await profile.context.setOffline(true);
  const again = await profile.context.newPage();
  const againErrors = watchConsole(again);
  await openApp(again, site.url);
  assert.equal(await hasMark(again, 'accord:start-atlas-file'), true, 'the second start without the network used the cached atlas');
  const cachedAtlases = await again.evaluate(async () => {
    const cache = await caches.open((await caches.keys()).find((name) => name.startsWith('accord-')));
    return (await cache.keys()).map((request) => new URL(request.url).pathname).filter((path) => path.includes('start-atlas'));
  });
  assert.deepEqual(cachedAtlases, ['/fonts/start-atlas-1x.bin.gz'], 'only the atlas this screen uses is cached');
  assert.deepEqual(errors, []);
  assert.deepEqual(againErrors, []);
  await profile.close();
});

test('the single-file accord.html opens from disk and works', async () => {
  const profile = await site.launch();
  const page = await profile.context.newPage();
  const errors = watchConsole(page);
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await openApp(page, pathToFileURL(join(siteDir, 'accord.html')).href);
  await click(page, 'Risks', { window: 'navigation' });
  assert.equal((await state(page)).view, 'Risks');
  assert.deepEqual(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:')), [],
                   'nothing is fetched from a network');
  assert.deepEqual(errors, []);
  await profile.close();
});
