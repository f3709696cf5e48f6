// The official MCP conformance suite (@modelcontextprotocol/conformance,
// server mode) against e2e/conformance/server behind mcpauth's full
// chain, for both requirement sets and both ways of letting the suite
// in: through a proxy that adds the API key (-auth key) and anonymously
// under a public-operation policy (-auth public). Each run's per-scenario
// results must match e2e/conformance/expected.json exactly: a scenario
// that should pass and fails is a regression; a check the table has
// succeed that comes back SKIPPED or not at all, or a scenario expected
// to pass in which no check succeeds, is a pass that verified nothing;
// one the table expects to fail that passes (or fails differently) means
// the table must be updated, with docs/CONFORMANCE.md. A scenario that
// disagrees runs once more, alone, so that the log tells a flake from a
// change; it fails the test either way. See docs/CONFORMANCE.md.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dumpLog, tempDir } from '../lib/harness.mjs';
import {
  authModes, compareRun, compareScenario, fromChecks, loadExpected, readResults, runSet, runSuite, suiteSets,
  suiteVersion, summarize, verifiesSomething,
} from '../lib/conformance.mjs';

const table = loadExpected();

// More scenarios than this disagreeing at once is no flake: none is run again.
const maxRetries = 4;

describe('conformance suite', { concurrency: 2 }, () => {
  it(`the table is for the installed suite (${suiteVersion})`, () => {
    assert.equal(table.suite, `@modelcontextprotocol/conformance@${suiteVersion}`,
      'e2e/package.json pins another suite version than the table was made with: rerun and update e2e/conformance/expected.json');
  });

  for (const { set, stateless } of suiteSets) {
    for (const mode of authModes) {
      it(`--requirements ${set}, auth ${mode}`, async (t) => {
        const outDir = tempDir(t, 'mcpauth-conformance-');
        const { url, run, results } = await runSet(t, { set, stateless, mode }, outDir);
        const retries = [];
        t.after(() => {
          if (t.passed) return;
          dumpLog(`conformance suite (${set}, ${mode})`, run.output);
          for (const r of retries) dumpLog(`conformance suite, ${r.scenario} again (${set}, ${mode})`, r.output);
          dumpLog(`conformance results (${set}, ${mode})`, summarize(results));
        });
        const all = [...results.results.values()];
        const passed = all.filter((r) => !r.failures.length && verifiesSomething(r.successes));
        t.diagnostic(`${set} ${mode}: ${all.length} scenarios: ${passed.length} pass` +
          ` (${passed.filter((r) => r.warnings.length).length} with warnings),` +
          ` ${all.filter((r) => r.failures.length).length} fail,` +
          ` ${all.filter((r) => !r.failures.length && !verifiesSomething(r.successes)).length} verify nothing;` +
          ` ${all.reduce((n, r) => n + r.successes.length, 0)} checks succeeded`);
        assert.ok(run.code === 0 || run.code === 1, `the suite exited with ${run.code ?? run.signal} (not a verdict):\n${run.output.slice(-4000)}`);
        assert.ok(results.ran.length > 0, 'the suite ran no scenario');

        const { problems, notes } = compareRun(table, set, mode, results);
        // A scenario that disagrees with the table runs once more, alone,
        // on the same server: the log then says whether it is a flake (a
        // few of the suite's checks wait a second or two for a stream, and
        // a hung request waits 30 s) or a change. It fails the test either
        // way: a pass that needed a second run is not silent.
        const suspects = [...new Set(problems.filter((p) => p.retry).map((p) => p.scenario))];
        const verdict = new Map();
        for (const scenario of suspects.length <= maxRetries ? suspects : []) {
          const dir = tempDir(t, 'mcpauth-conformance-retry-');
          const again = await runSuite(url, set, dir, { scenario, timeoutMs: 120000 });
          retries.push({ scenario, output: again.output });
          const got = readResults(dir, again.output, scenario).results.get(scenario);
          verdict.set(scenario, compareScenario(table, set, mode, scenario, got).problems.length === 0
            ? 'FLAKY: agreed with the table when run again alone'
            : 'disagreed again when run alone');
        }
        for (const n of notes) t.diagnostic(n);
        const left = problems.map((p) => (verdict.has(p.scenario) ? `${p.message} [${verdict.get(p.scenario)}]` : p.message));
        assert.deepEqual(left, [], `results differ from e2e/conformance/expected.json:\n  ${left.join('\n  ')}`);
      });
    }
  }
});

// The comparison itself, on made-up results: what the suite would report
// if the server stopped offering something, so that the suite skipped
// checks instead of failing them.
describe('comparison with the table', () => {
  const set = '2026-07-28';
  const mode = 'key';

  // The checks of a run that agrees with the table in (set, mode).
  function agreeing(s) {
    const e = table.sets[set].notPass.find((x) => x.scenario === s && x.modes.includes(mode));
    return [
      ...table.sets[set].successes[s][mode].map((id) => ({ id, status: 'SUCCESS' })),
      ...(e?.failures ?? []).map((id) => ({ id, status: 'FAILURE' })),
      ...(e?.warnings ?? []).map((id) => ({ id, status: 'WARNING' })),
    ];
  }

  // A requirement set's run as the suite leaves it: its output and one
  // server-<scenario>-<time>/checks.json per scenario; read back.
  function fakeRun(t, edits = {}) {
    const dir = tempDir(t, 'mcpauth-conformance-fake-');
    let output = '';
    for (const s of table.sets[set].scenarios) {
      output += `\n=== Running scenario: ${s} ===\n`;
      const checks = s in edits ? edits[s](agreeing(s)) : agreeing(s);
      if (checks === null) continue; // no checks.json
      const d = join(dir, `server-${s}-2026-12-02T01-00-00-000Z`);
      mkdirSync(d);
      writeFileSync(join(d, 'checks.json'), JSON.stringify(checks));
    }
    return readResults(dir, output);
  }
  const about = (problems) => problems.map((p) => p.message);
  const one = (problems, s, pattern) => {
    const mine = about(problems.filter((p) => p.scenario === s));
    assert.equal(mine.length, 1, `${s}: ${JSON.stringify(about(problems))}`);
    assert.match(mine[0], pattern);
  };

  it('a run that agrees with the table compares clean', (t) => {
    for (const m of authModes) {
      for (const { set: st } of suiteSets) {
        for (const s of table.sets[st].scenarios) {
          const e = table.sets[st].notPass.find((x) => x.scenario === s && x.modes.includes(m));
          const got = fromChecks([
            ...table.sets[st].successes[s][m].map((id) => ({ id, status: 'SUCCESS' })),
            ...(e?.failures ?? []).map((id) => ({ id, status: 'FAILURE' })),
            ...(e?.warnings ?? []).map((id) => ({ id, status: 'WARNING' })),
          ]);
          assert.deepEqual(compareScenario(table, st, m, s, got), { problems: [], notes: [] }, `${st} ${m} ${s}`);
        }
      }
    }
    assert.deepEqual(compareRun(table, set, mode, fakeRun(t)), { problems: [], notes: [] });
  });

  it('the table: every scenario has its successes per mode; a pass verifies something', () => {
    for (const { set: st } of suiteSets) {
      const { scenarios, successes, notPass } = table.sets[st];
      assert.deepEqual(Object.keys(successes).sort(), [...scenarios].sort(), `${st}: successes and scenarios differ`);
      for (const s of scenarios) {
        for (const m of authModes) {
          assert.ok(Array.isArray(successes[s][m]), `${st} ${s}: no successes for ${m}`);
          const e = notPass.find((x) => x.scenario === s && x.modes.includes(m));
          assert.ok(verifiesSomething(successes[s][m]) || e, `${st} ${s} ${m}: expected to pass, but none of its checks succeeds`);
          assert.ok(!e || (e.owner && e.why && !/TODO/.test(e.owner + e.why)), `${st} ${s} ${m}: notPass entry without owner and why`);
        }
      }
    }
  });

  it('a scenario that verified nothing does not compare as passing', (t) => {
    // caching: every check SKIPPED, as when resources/list returns nothing;
    // resources-list: an empty checks.json.
    const { problems } = compareRun(table, set, mode, fakeRun(t, {
      caching: (cs) => cs.map((c) => ({ ...c, status: 'SKIPPED' })),
      'resources-list': () => [],
    }));
    one(problems, 'caching', /^NOTHING VERIFIED caching: .*SKIPPED: /);
    one(problems, 'resources-list', /^NOTHING VERIFIED resources-list: .*\(0 checks\)/);
    assert.equal(problems.length, 2, JSON.stringify(about(problems)));
    // No checks.json at all: a failure, reported once.
    const none = compareRun(table, set, mode, fakeRun(t, { 'tools-call-image': () => null }));
    assert.deepEqual(about(none.problems), ['REGRESSION tools-call-image: expected to pass, failed: (no results)']);
    // The runner's wire-schema-valid alone is not the scenario verifying
    // something.
    const own = compareRun(table, set, mode, fakeRun(t, {
      'prompts-get-simple': (cs) => cs.map((c) => (c.id === 'wire-schema-valid' ? c : { ...c, status: 'SKIPPED' })),
    }));
    one(own.problems, 'prompts-get-simple', /^NOTHING VERIFIED prompts-get-simple: .*SUCCESS: wire-schema-valid\)/);
    assert.equal(own.problems.length, 1, JSON.stringify(about(own.problems)));
    assert.ok(problems.every((p) => p.retry));
  });

  it('a check that succeeded and comes back SKIPPED or not at all fails', (t) => {
    // http-header-validation checks some ids more than once: one of three
    // turning SKIPPED must show.
    const hv = table.sets[set].successes['http-header-validation'][mode];
    const dup = hv.find((id, i) => hv.indexOf(id) !== i);
    assert.ok(dup, 'http-header-validation has no id checked twice');
    const { problems } = compareRun(table, set, mode, fakeRun(t, {
      'http-header-validation': (cs) => { const i = cs.findIndex((c) => c.id === dup); cs[i] = { ...cs[i], status: 'SKIPPED' }; return cs; },
      'tools-list': (cs) => cs.slice(1),
    }));
    one(problems, 'http-header-validation', new RegExp(`^NOT VERIFIED http-header-validation: .*${dup} SKIPPED`));
    // One of them warning, another skipped: the warning is a note, the skip
    // still fails.
    const mixed = compareRun(table, set, mode, fakeRun(t, {
      'http-header-validation': (cs) => {
        const [i, j] = cs.flatMap((c, k) => (c.id === dup ? [k] : []));
        cs[i] = { ...cs[i], status: 'WARNING' };
        cs[j] = { ...cs[j], status: 'SKIPPED' };
        return cs;
      },
    }));
    one(mixed.problems, 'http-header-validation', new RegExp(`^NOT VERIFIED http-header-validation: checks the table has succeed did not: ${dup} SKIPPED$`));
    assert.ok(mixed.notes.some((n) => n.includes(`warned (not a failure): ${dup}`)), JSON.stringify(mixed.notes));
    one(problems, 'tools-list', new RegExp(`^NOT VERIFIED tools-list: .*${table.sets[set].successes['tools-list'][mode][0]} missing`));
    assert.equal(problems.length, 2, JSON.stringify(about(problems)));
    // A warning the suite marks untestable (it could not carry the check
    // out: here a tools/list probe that got no tools) is no better than a skip.
    const probe = compareRun(table, set, mode, fakeRun(t, {
      'tools-list': (cs) => cs.map((c) => (c.id === 'tools-list-deterministic-order'
        ? { ...c, status: 'WARNING', details: { untestable: true, reason: 'tools/list probe 2 did not return a tools array' } } : c)),
    }));
    one(probe.problems, 'tools-list', /^NOT VERIFIED tools-list: .*tools-list-deterministic-order untestable/);
    assert.equal(probe.problems.length, 1, JSON.stringify(about(probe.problems)));
  });

  it('a success the table does not list fails; a failure is reported once; a success that warns is a note', (t) => {
    const ping = table.sets[set].successes['prompts-list'][mode][0];
    const { problems, notes } = compareRun(table, set, mode, fakeRun(t, {
      'tasks-status-notifications': (cs) => [...cs, { id: 'tasks-status-notifications', status: 'SUCCESS' }],
      'resources-read-text': (cs) => cs.map((c, i) => (i === 0 ? { ...c, status: 'FAILURE' } : c)),
      'prompts-list': (cs) => cs.map((c) => (c.id === ping ? { ...c, status: 'WARNING' } : c)),
    }));
    one(problems, 'tasks-status-notifications', /^NEW SUCCESS tasks-status-notifications: tasks-status-notifications succeeded/);
    one(problems, 'resources-read-text', /^REGRESSION resources-read-text: /);
    assert.equal(problems.length, 2, JSON.stringify(about(problems)));
    assert.ok(notes.some((n) => n.startsWith('prompts-list: warning not in the table')), JSON.stringify(notes));
    assert.ok(notes.some((n) => n.startsWith('prompts-list: checks the table has succeed warned')), JSON.stringify(notes));
  });

  it('the table is checked too: a pass with no success listed, a scenario without successes', () => {
    const broken = structuredClone(table);
    broken.sets[set].successes['ping-less'] = { key: [], public: [] };
    broken.sets[set].successes['tools-list'] = { public: broken.sets[set].successes['tools-list'].public };
    broken.sets[set].successes.caching[mode] = [];
    const got = fromChecks([]);
    assert.match(compareScenario(broken, set, mode, 'tools-list', got).problems[0]?.message ?? '', /^TABLE tools-list: the table lists no successes for mode key/);
    assert.match(compareScenario(broken, set, mode, 'caching', got).problems[0]?.message ?? '', /^TABLE caching: .*verifies nothing needs a notPass entry/);
    const { problems } = compareRun(broken, set, mode, { ran: [], results: new Map() });
    assert.ok(about(problems).includes(`TABLE ping-less: in successes but not in scenarios: update e2e/conformance/expected.json (and docs/CONFORMANCE.md)`),
      JSON.stringify(about(problems)));
  });
});
