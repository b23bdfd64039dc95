// Builds the single-file accord.html: the shell page with its styles, loader, the app's JS, its
// wasm and the files boot.js fetches beside it (its ASSETS, read from SITE_DIR; both as base64) all
// inside, so a partner can receive it by email and open it from disk.
// With --shell, builds the served index.html: its styles and loader inside, the rest beside it,
// preloaded. With --assets, prints boot.js's ASSETS as JSON (scripts/site puts them in sw.js's
// cache list), with --start-atlases its START_ATLASES: boot.js is the one list of those files.
// usage: node scripts/bundle_single.mjs WEB_DIR APP_JS APP_WASM SITE_DIR OUT_HTML
//        node scripts/bundle_single.mjs --shell WEB_DIR OUT_HTML
//        node scripts/bundle_single.mjs --assets WEB_DIR
//        node scripts/bundle_single.mjs --start-atlases WEB_DIR
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const mode = ['--shell', '--assets', '--start-atlases'].includes(process.argv[2]) ? process.argv[2] : null;
const [webDir, appJs, appWasm, siteDir, out] =
  mode ? [process.argv[3], null, null, null, process.argv[4]] : process.argv.slice(2);
if (!out && !['--assets', '--start-atlases'].includes(mode) || !webDir) {
  console.error('usage: node scripts/bundle_single.mjs WEB_DIR APP_JS APP_WASM SITE_DIR OUT_HTML\n' +
                '       node scripts/bundle_single.mjs --shell WEB_DIR OUT_HTML\n' +
                '       node scripts/bundle_single.mjs --assets WEB_DIR\n' +
                '       node scripts/bundle_single.mjs --start-atlases WEB_DIR');
  process.exit(2);
}

// Text inside <script> or <style> ends at the first "</script" or "</style": make sure there is none.
function inlineSafe(text, tag, what) {
  if (text.toLowerCase().includes(`</${tag}`)) throw new Error(`${what} contains "</${tag}" and cannot be inlined`);
  return text;
}

let html = readFileSync(join(webDir, 'index.html'), 'utf8');
const css = inlineSafe(readFileSync(join(webDir, 'accord.css'), 'utf8'), 'style', 'accord.css');
const boot = inlineSafe(readFileSync(join(webDir, 'boot.js'), 'utf8'), 'script', 'boot.js');
// The quoted paths of one of boot.js's lists: `var NAME = [...]` or `var NAME = {...}`.
function listedInBoot(name) {
  const listed = new RegExp(`var ${name} = [[{]([^\\]}]*)[\\]}]`).exec(boot);
  if (!listed) throw new Error(`boot.js no longer lists its ${name}`);
  return [...listed[1].matchAll(/'([^']+)'/g)].map(([, path]) => path);
}
// The files boot.js fetches beside the wasm.
const assets = listedInBoot('ASSETS');
// The start atlases (one is fetched, for the screen's pixel ratio): the service worker caches the
// one a page uses; the single-file page carries none (its app rasterises the atlas itself).
const atlases = listedInBoot('START_ATLASES');
if (mode === '--start-atlases') {
  console.log(JSON.stringify(atlases));
  process.exit(0);
}
if (mode === '--assets') {
  console.log(JSON.stringify(assets));
  process.exit(0);
}

const replaceOnce = (pattern, replacement) => {
  if (!pattern.test(html)) throw new Error(`index.html no longer matches ${pattern}`);
  html = html.replace(pattern, () => replacement);
};
replaceOnce(/<link rel="stylesheet" href="accord.css">/, `<style>\n${css}</style>`);

// The served page: a stylesheet and a script of its own were two more requests before boot.js could
// start the wasm's compile (the script waits for the stylesheet), ~100 ms of the start.
if (mode === '--shell') {
  const wasmPreload = /<link rel="preload" href="app.wasm"[^>]*>/;
  replaceOnce(wasmPreload, (html.match(wasmPreload) || [''])[0] +
              assets.map((path) => `\n  <link rel="preload" href="${path}" as="fetch" crossorigin>`).join(''));
  replaceOnce(/<script src="boot.js"><\/script>/, `<script>\n${boot}</script>`);
  writeFileSync(out, html);
  process.exit(0);
}

const app = inlineSafe(readFileSync(appJs, 'utf8'), 'script', appJs);
const wasm = readFileSync(appWasm).toString('base64');  // base64 never holds "<"
const icon = readFileSync(join(webDir, 'icon.svg')).toString('base64');
replaceOnce(/<link rel="icon" href="icon.svg" type="image\/svg\+xml">/,
            `<link rel="icon" href="data:image/svg+xml;base64,${icon}" type="image/svg+xml">`);
replaceOnce(/\s*<link rel="manifest" href="manifest.webmanifest">/, '');  // no install from a file
replaceOnce(/\s*<!-- Fetched at once[^>]*-->(\s*<link rel="preload"[^>]*>)+/, '');  // all inside already
// The files boot.js would fetch, each where it looks for a copy: one inert script per path.
const copies = assets.map((path) =>
  `<script type="text/plain" data-asset="${path}">${readFileSync(join(siteDir, path)).toString('base64')}</script>\n  `);
// The app, its wasm and files go first as inert text; boot.js checks the browser, then runs them.
replaceOnce(/<script src="boot.js"><\/script>/,
            `<script type="text/plain" id="accord-wasm">${wasm}</script>\n  ${copies.join('')}` +
            `<script type="text/plain" id="accord-app">${app}</script>\n  <script>\n${boot}</script>`);
writeFileSync(out, html);
console.log(`${out}: ${(html.length / 1024).toFixed(0)} KiB`);
