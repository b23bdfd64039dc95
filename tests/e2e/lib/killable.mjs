// A Chromium that a test can kill like a crash or a power cut of the browser: no clean shutdown,
// no pagehide, no unload. Playwright's own launch closes the browser politely, so this one spawns
// Chromium itself (in its own process group) on a persistent profile and connects over CDP.
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { chromiumArgs } from './browser.mjs';

export async function launchKillable({ userDataDir, width = 1280, height = 800 }) {
  const child = spawn('/usr/bin/chromium', [
    ...chromiumArgs, '--headless', '--remote-debugging-port=0', `--user-data-dir=${userDataDir}`,
    `--window-size=${width},${height}`, 'about:blank',
  ], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  const endpoint = await new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${seen}`)), 30000);
    child.stderr.on('data', (chunk) => {
      seen += chunk;
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${seen}`)));
  });
  child.stderr.resume();  // keep draining: a full pipe would stall the browser
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0];
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    browser,
    context,
    // SIGKILL to the whole process group this test started (browser, renderers, GPU, utilities).
    async kill() {
      process.kill(-child.pid, 'SIGKILL');
      await exited;
    },
    async close() {
      await browser.close().catch(() => {});
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone already */ }
      await exited;
    },
  };
}
