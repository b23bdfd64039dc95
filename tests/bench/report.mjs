// Puts the benchmark's figures beside their targets (issue: "Benchmarks") and writes them as JSON.
//   node tests/bench/report.mjs BENCH_DIR OUT_JSON
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, outFile] = process.argv.slice(2);
const read = (name) => JSON.parse(readFileSync(join(dir, name), 'utf8'));
// The core's figures over its rounds (scripts/bench): each figure's fastest run, and the lower of
// the rounds' medians (the quieter round).
const rounds = (name) => {
  const all = [1, 2].map((round) => read(`core_${name}.${round}.json`));
  const combined = { ...all[0], rounds: all };
  for (const key of Object.keys(all[0]).filter((k) => k.endsWith('_ms'))) {
    combined[key] = Math.min(...all.map((r) => r[key]));
  }
  return combined;
};
const native = rounds('native');
const wasm = rounds('wasm');
const browser = read('browser.json');

// figure, value, unit, target, and whether lower is better (all of ours are)
const rows = [];
const row = (figure, value, unit, target) => rows.push({ figure, value, unit, target,
  ratio: target ? value / target : null, ok: target == null ? null : value <= target });

row('download, gzip, everything the page loads', browser.download_total_gzip / 1024, 'KiB', 1024);
for (const [file, size] of Object.entries(browser.download)) row(`  ${file}`, size.gzip / 1024, 'KiB', null);
row('start: app, navigation to first frame', browser.start_app_ms, 'ms', null);
row('start: minimal ImGui page', browser.start_minimal_ms, 'ms', null);
row('start: app / minimal', browser.start_app_ms / browser.start_minimal_ms, 'x', 1.5);
for (const [view, f] of Object.entries(browser.frames)) {
  row(`frame, large plan, ${view}: median`, f.median_ms, 'ms', 4);
  row(`frame, large plan, ${view}: p95`, f.p95_ms, 'ms', null);
}
row('idle: frames drawn per second without input', browser.idle_frames_per_second, 'fps', 0);
const core = (figure, key, target) => {
  if (native[key] == null) return;
  row(`${figure}, native: fastest run`, native[key], 'ms', target);
  row(`${figure}, native: median, quieter round`, native[key.replace(/_ms$/, '_median_ms')], 'ms', null);
};
core('score the large plan', 'score_large_ms', 1);
core('import a 5 MB plan', 'import_5mb_ms', 150);
core('export a 5 MB plan', 'export_5mb_ms', null);
core('merge two 10,000-entity plans', 'merge_10k_ms', 50);
for (const key of ['score_large_ms', 'import_5mb_ms', 'export_5mb_ms', 'merge_10k_ms']) {
  if (native[key] != null && wasm[key] != null) row(`wasm / native: ${key.replace(/_ms$/, '').replace(/_/g, ' ')}, fastest runs`, wasm[key] / native[key], 'x', 1.8);
}
if (browser.save_ms != null) {
  row('save: edit to durable in IndexedDB, large plan: median', browser.save_ms, 'ms', 1000);
  row('save: edit to durable in IndexedDB, large plan: worst', browser.save_worst_ms, 'ms', null);
}
row('memory: wasm heap with the large plan', browser.memory.heap / 1048576, 'MiB', 64);
row('memory: of which in use (malloc)', browser.memory.in_use / 1048576, 'MiB', null);

const fmt = (v) => (v == null ? '' : Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2));
const width = Math.max(...rows.map((r) => r.figure.length));
console.log(`${'figure'.padEnd(width)}  ${'value'.padStart(9)} unit  ${'target'.padStart(7)}  ratio`);
for (const r of rows) {
  const mark = r.ok == null ? '' : r.ok ? '  ok' : '  MISSED';
  console.log(`${r.figure.padEnd(width)}  ${fmt(r.value).padStart(9)} ${r.unit.padEnd(4)}  ${fmt(r.target).padStart(7)}  ${r.ratio == null ? '' : fmt(r.ratio)}${mark}`);
}
writeFileSync(outFile, JSON.stringify({ when: new Date().toISOString(), rows, native, wasm, browser }, null, 2) + '\n');
console.log(`\nwritten to ${outFile} (input size: ${(native.file_bytes / 1048576).toFixed(1)} MiB plan file)`);
