// What every e2e test file needs around its tests: the built site served and one Chromium for the
// file (started before the first test, closed after the last), and for each test a fresh page in
// its own browser context (no storage, clipboard or downloads shared between tests), with the app
// loaded and, when asked, the sample plan open on one view.
//
//   const app = useApp();
//   test('...', async () => {
//     const { context, page, errors } = await app.open({ sample: true, view: 'Risks' });
//     ...
//     await context.close();
//   });
import { before, after, afterEach } from 'node:test';
import { mkdirSync } from 'node:fs';
import { serveSite, launchBrowser, launchProfile, artifactsDir } from './browser.mjs';
import { openApp, watchConsole, click, openSample } from './app.mjs';

export function useApp() {
  let site, browser;
  before(async () => {
    mkdirSync(artifactsDir, { recursive: true });
    site = await serveSite();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get url() { return site.url; },
    get browser() { return browser; },
    // A fresh page, the app not yet loaded. Options go to browser.newContext; `permissions` are
    // granted on the site.
    async newPage({ permissions = [], viewport = { width: 1280, height: 800 }, ...contextOptions } = {}) {
      const context = await browser.newContext({ viewport, ...contextOptions });
      if (permissions.length) await context.grantPermissions(permissions, { origin: site.url });
      const page = await context.newPage();
      return { context, page, errors: watchConsole(page) };
    },
    // A fresh page with the app loaded and, when asked, the sample plan open on `view`.
    async open({ sample = false, view = null, ...options } = {}) {
      const opened = await this.newPage(options);
      await openApp(opened.page, site.url);
      if (sample) await openSample(opened.page);
      if (view) await click(opened.page, view, { window: 'navigation' });
      return opened;
    },
  };
}

// For tests of what a browser keeps (storage, offline): the site served for the file, and browsers
// with their own profile folder (persistent: IndexedDB survives closing and starting again), each
// closed after its test, passed or failed, so none is left running.
//
//   const site = useProfiles();
//   const profile = await site.launch();            // launchProfile's options
//   site.adopt(await launchKillable({ userDataDir }));  // anything else with close()
export function useProfiles() {
  let site;
  const running = [];
  before(async () => {
    mkdirSync(artifactsDir, { recursive: true });
    site = await serveSite();
  });
  after(async () => { await site?.close(); });
  afterEach(async () => {
    while (running.length) await running.pop().close().catch(() => {});
  });
  return {
    get url() { return site.url; },
    adopt(browser) {
      running.push(browser);
      return browser;
    },
    async launch(options) { return this.adopt(await launchProfile(options)); },
  };
}
