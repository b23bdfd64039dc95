// Launches Debian's Chromium through playwright-core and serves the built site, for the e2e tests.
// Headless Chromium draws WebGL2 only through SwiftShader, and must be kept off the network
// (this machine has none; Chromium's background requests would fail noisily).
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../../scripts/static_server.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const siteDir = join(root, 'build', 'site');
export const artifactsDir = join(root, 'build', 'e2e');

export const chromiumArgs = [
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox', '--disable-gpu',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic',
  // Headless Chromium is the whole browser: every new window (each context here) loads the
  // omnibox's popup, a WebUI page, in a renderer of its own. On 2 cores its 100-400 ms of CPU fell
  // in the middle of the page's own start, and took the bench's start figures from ~470 to ~1000 ms
  // (both pages). A person's browser loaded it long before they open Accord.
  '--disable-features=Translate,MediaRouter,WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup,' +
    'PreloadTopChromeWebUI',
];

export async function serveSite(dir = siteDir) {
  const server = await startServer(dir, 0);
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(r)) };
}

// A persistent profile lives in its own folder so that tests can close the browser and start it
// again on the same storage (IndexedDB survives), like a person closing and reopening it.
export async function launchProfile({ userDataDir, viewport = { width: 1280, height: 800 },
                                      deviceScaleFactor = 1, ...options } = {}) {
  const dir = userDataDir || mkdtempSync(join(tmpdir(), 'accord-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
    viewport,
    deviceScaleFactor,
    ...options,
  });
  const owned = !userDataDir;
  return {
    context,
    dir,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (owned && !keepProfile) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs });
}
