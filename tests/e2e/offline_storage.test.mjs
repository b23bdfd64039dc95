// Offline and durable together: after the first visit the app starts with no network and its edits
// still save; the embedded sample opens offline; a new build is picked up on the next load with a
// quiet notice; the single-file accord.html keeps its plans across a browser restart; the server
// sends every file of the site with the type a browser needs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveSite, root, siteDir, artifactsDir } from './lib/browser.mjs';
import { openApp, reopenApp, watchConsole, click, state, find } from './lib/app.mjs';
import { addPartner, waitDurable } from './lib/storage.mjs';
import { useProfiles } from './lib/session.mjs';

const site = useProfiles();
const launch = (options) => site.launch(options);

async function controlledByServiceWorker(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
}

test('offline after the first visit: the app reloads, edits save, and the sample opens', async () => {
  const profile = await launch();
  const page = await profile.context.newPage();
  const errors = watchConsole(page);
  await openApp(page, site.url);
  await controlledByServiceWorker(page);

  await profile.context.setOffline(true);
  await reopenApp(page);
  await waitDurable(page, await addPartner(page, 'Written on a plane'));
  await reopenApp(page);
  assert.deepEqual((await state(page)).partners, ['Written on a plane']);

  // The sample travels inside the app.
  await click(page, '##library');
  await click(page, 'Open sample', { window: 'library' });
  const s = await state(page);
  assert.equal(s.title, JSON.parse(readFileSync(join(root, 'assets', 'sample.accord.json'), 'utf8')).title);
  assert.equal(s.library.plans.length, 2);
  assert.deepEqual(errors, []);
  await profile.close();
});

test('a new version is picked up on the next load, with a quiet notice meanwhile', async () => {
  const copy = mkdtempSync(join(tmpdir(), 'accord-site-'));
  cpSync(siteDir, copy, { recursive: true });
  const server = await serveSite(copy);
  const profile = await launch();
  const page = await profile.context.newPage();
  try {
    await openApp(page, server.url);
    await controlledByServiceWorker(page);
    await waitDurable(page, await addPartner(page, 'Before the update'));

    // A new build is deployed: another cache name in the service worker, a changed page.
    const worker = readFileSync(join(copy, 'sw.js'), 'utf8');
    writeFileSync(join(copy, 'sw.js'), worker.replace(/const BUILD = '[^']*'/, "const BUILD = 'next-build'"));
    const html = readFileSync(join(copy, 'index.html'), 'utf8');
    writeFileSync(join(copy, 'index.html'), html.replace('<title>', '<meta name="accord-build" content="next">\n  <title>'));

    // The next load still runs the version it has (from the cache), installs the new one in the
    // background and says so quietly.
    await reopenApp(page);
    assert.equal(await page.locator('meta[name=accord-build]').count(), 0);
    await page.waitForSelector('#update-notice', { state: 'visible' });
    await page.screenshot({ path: join(artifactsDir, 'update-notice.png') });

    // The load after that is the new version, with the plans as they were.
    await reopenApp(page);
    assert.equal(await page.locator('meta[name=accord-build]').count(), 1);
    assert.equal(await page.isHidden('#update-notice'), true);
    assert.deepEqual((await state(page)).partners, ['Before the update']);
  } finally {
    await profile.close();
    await server.close();
    rmSync(copy, { recursive: true, force: true });
  }
});

test('the single-file accord.html keeps its plans from disk across a browser restart', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'accord-file-profile-'));
  const url = pathToFileURL(join(siteDir, 'accord.html')).href;
  try {
    let profile = await launch({ userDataDir: dir });
    let page = await profile.context.newPage();
    const errors = watchConsole(page);
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    await openApp(page, url);
    assert.equal((await state(page)).storage.durable, true, 'IndexedDB works from file://');
    await waitDurable(page, await addPartner(page, 'Opened from an email'));
    assert.deepEqual(requests.filter((address) => !/^(file|data|blob):/.test(address)), [], 'no network');
    assert.deepEqual(errors, []);
    await profile.close();

    profile = await launch({ userDataDir: dir });
    page = await profile.context.newPage();
    await openApp(page, url);
    assert.deepEqual((await state(page)).partners, ['Opened from an email']);
    await find(page, 'Partners', { window: 'navigation' });
    await profile.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the server sends every file of the site with the type a browser needs', async () => {
  const expected = {
    '.html': /^text\/html/, '.js': /^text\/javascript/, '.css': /^text\/css/, '.wasm': /^application\/wasm$/,
    '.svg': /^image\/svg\+xml$/, '.webmanifest': /^application\/manifest\+json/, '.json': /^application\/json/,
    '.ttf': /^font\/ttf$/, '.gz': /^application\/gzip$/,
  };
  const walk = (dir) => readdirSync(join(siteDir, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]);
  const files = walk('');
  for (const file of files) {
    const extension = file.slice(file.lastIndexOf('.'));
    assert.ok(expected[extension], `a type is expected for ${file}`);
    const response = await fetch(site.url + file);
    assert.equal(response.status, 200, file);
    assert.match(response.headers.get('content-type'), expected[extension], file);
  }
  for (const file of ['app.wasm', 'sw.js', 'manifest.webmanifest', 'fonts/Inter-Regular.ttf', 'assets/sample.accord.json',
                     'fonts/start-atlas-1x.bin.gz', 'fonts/start-atlas-2x.bin.gz']) {
    assert.ok(files.includes(file), file);
  }
});
