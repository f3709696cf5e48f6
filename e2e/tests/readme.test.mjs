// Every command block of README.md (```bash, and ``` blocks without a
// language), executed as written, in order, from the root of the checkout,
// each in a bash of its own with a fresh data directory. A README edit
// that breaks a command fails here.
//
// A comment just before a block may say how to run it:
//   <!-- e2e: running COMMAND -->   start COMMAND (a server, as the README's
//                                    prose says to) before the block, and
//                                    give the block the key it printed
//   <!-- e2e: expect REGEX -->      the block's output must match REGEX
//   <!-- e2e: nonempty VAR -->      the shell variable VAR must be set and
//                                    non-empty once the block has run (so
//                                    that a broken extraction, e.g. of the
//                                    session id SID, fails though the
//                                    server would answer without it)
//   <!-- e2e: ci-runs COMMAND -->   COMMAND is what .ci/run itself runs:
//                                    checked to be in .ci/run, not run twice
// A server command that names a host outside this machine (an identity
// provider's URL) runs with HTTPS_PROXY and HTTP_PROXY at a closed
// loopback port (NO_PROXY=127.0.0.1,localhost), so that it never reaches
// the network and fails the same way with DNS or without: it must exit
// non-zero saying `discovery failed for https://<a host it names>`, not
// for a wrong flag (lib/readme.sh checks).
// Placeholders the README shows are filled in (and listed on failure):
// mcp_… is the key the running server printed, KEY_ID the id of $KEY,
// $TENANT_ID a made-up tenant, postgres://app@db.internal/app is a
// database of this suite's own (mcpauth_e2e_readme, owned by role app,
// emptied before each block that names it) on the PostgreSQL that
// MCPAUTH_TEST_POSTGRES names, and cache.internal is this machine's Redis.
// Passwords in URLs are masked in what the test prints.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { startProcess, tempDir, track } from '../lib/harness.mjs';

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;
const readmeSh = new URL('../lib/readme.sh', import.meta.url).pathname;

/** The command blocks of a Markdown text, with their directives. */
export function commandBlocks(md) {
  const lines = md.split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i].match(/^```(\S*)\s*$/);
    if (!m) continue;
    const lang = m[1];
    let j = i + 1;
    while (j < lines.length && lines[j] !== '```') j++;
    const body = lines.slice(i + 1, j);
    if (lang === '' || lang === 'bash' || lang === 'sh') {
      const directives = [];
      for (let k = i - 1; k >= 0 && /^<!-- e2e: .* -->$/.test(lines[k]); k--) {
        directives.unshift(lines[k].match(/^<!-- e2e: (.*) -->$/)[1]);
      }
      blocks.push({ line: i + 1, body, directives });
    }
    i = j;
  }
  return blocks;
}

/** Join continued lines (ending in \) into one command. */
function commands(body) {
  const out = [];
  let cur = '';
  for (const l of body) {
    cur = cur ? `${cur}\n${l}` : l;
    if (!l.endsWith('\\')) { out.push(cur); cur = ''; }
  }
  if (cur) out.push(cur);
  return out;
}

const isServer = (cmd) => /^(\w+=\S+\s+)*go run \.\/examples\//.test(cmd.trim());
/** The hosts other than this machine's that a command names. */
const outsideHosts = (cmd) => [...new Set([...cmd.matchAll(/https?:\/\/([^/:\s"']+)/g)].map(([, h]) => h))]
  .filter((h) => !['127.0.0.1', 'localhost', '[::1]'].includes(h));
const shellQuote = (s) => `'${s.replaceAll("'", "'\\''")}'`;

const postgres = process.env.MCPAUTH_TEST_POSTGRES;
const redis = process.env.MCPAUTH_TEST_REDIS;

/** Fill in the README's placeholders. */
function fill(cmd, key) {
  let c = cmd;
  if (key) c = c.replaceAll('mcp_…', key);
  c = c.replaceAll(/\bKEY_ID\b/g, '"$(printf %s "$KEY" | cut -d_ -f2)"');
  c = c.replaceAll('postgres://app@db.internal/app', postgresApp());
  c = c.replaceAll('redis://cache.internal:6379/0', redis ?? 'redis://127.0.0.1:6379/0');
  return c;
}

/** The database that stands for the README's postgres://app@db.internal/app. */
const readmeDB = 'mcpauth_e2e_readme';

/**
 * The URL of database readmeDB, as role "app" (the README's), on the
 * server MCPAUTH_TEST_POSTGRES names.
 */
function postgresApp() {
  const u = new URL(postgres ?? 'postgres://postgres@127.0.0.1:5432/test');
  u.username = 'app';
  u.pathname = `/${readmeDB}`;
  return u.toString();
}

/**
 * Make role "app" and database readmeDB owned by it in the test
 * PostgreSQL, if they are missing, and drop the key table there, so that
 * the block starts with an empty store. Nothing else is touched: not the
 * database MCPAUTH_TEST_POSTGRES names, whose tables other tests use.
 * False if there is no PostgreSQL to use.
 */
function ensurePostgresApp() {
  if (!postgres) return false;
  const psql = (url, sql) => {
    const r = spawnSync('psql', [url, '-qAtc', sql], { encoding: 'utf8' });
    return { ...r, out: (r.stdout ?? '').trim(), err: mask(`${r.stderr ?? ''}${r.error ?? ''}`) };
  };
  if (psql(postgres, 'select 1').status !== 0) return false;
  const must = (url, sql) => {
    const r = psql(url, sql);
    assert.equal(r.status, 0, `psql ${mask(url)} -c ${sql}: ${r.err}`);
    return r.out;
  };
  if (must(postgres, "select 1 from pg_roles where rolname = 'app'") !== '1') must(postgres, 'create role app login');
  if (must(postgres, `select 1 from pg_database where datname = '${readmeDB}'`) !== '1') must(postgres, `create database ${readmeDB} owner app`);
  must(postgresApp(), 'drop table if exists mcpauth_api_keys'); // a fresh store each block
  return true;
}

/**
 * Text to print, with the passwords in URLs masked (MCPAUTH_TEST_POSTGRES
 * may carry one, and the filled-in commands carry it on).
 */
function mask(text) {
  return String(text).replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@'"]*):[^\s/@'"]*@/gi, '$1:***@');
}

const readme = readFileSync(`${root}README.md`, 'utf8');
const blocks = commandBlocks(readme);

test('README.md has command blocks', () => {
  assert.ok(blocks.length >= 5, `found ${blocks.length}`);
});

for (const block of blocks) {
  const title = `README.md:${block.line}: ${block.body.find((l) => l.trim() && !l.startsWith('#'))?.trim().slice(0, 60)}`;
  test(title, { timeout: 300000 }, async (t) => {
    const dataDir = tempDir(t);
    const env = { MCPAUTH_DATA_DIR: dataDir, TENANT_ID: '00000000-0000-0000-0000-000000000000' };
    let key;
    let expect;
    let skipCmd;
    const nonempty = [];
    for (const d of block.directives) {
      let m;
      if ((m = d.match(/^running (.+)$/))) {
        const [, ...args] = m[1].split(' ');
        assert.equal(args[0], 'run', `directive ${d}`);
        const srv = await startProcess(t, m[1], 'go', args, { cwd: root, env, ready: /^Ready\./m, timeoutMs: 180000, group: true });
        key = srv.output().match(/^\s*KEY=(mcp_\S+)$/m)?.[1];
        assert.ok(key, 'the running server printed a key');
      } else if ((m = d.match(/^expect (.+)$/))) {
        expect = new RegExp(m[1]);
      } else if ((m = d.match(/^nonempty ([A-Za-z_][A-Za-z0-9_]*)$/))) {
        nonempty.push(m[1]);
      } else if ((m = d.match(/^ci-runs (.+)$/))) {
        skipCmd = m[1];
        const ci = readFileSync(`${root}.ci/run`, 'utf8');
        const [cmd, ...rest] = skipCmd.split(' ');
        const line = ci.split('\n').find((l) => l.trim().startsWith(`${cmd} ${rest[0]}`) && rest.slice(1).every((w) => l.includes(w)));
        assert.ok(line, `.ci/run runs ${skipCmd}`);
      } else {
        assert.fail(`unknown directive <!-- e2e: ${d} -->`);
      }
    }
    const body = block.body.join('\n');
    if (/db\.internal/.test(body) && !ensurePostgresApp()) {
      assert.ok(process.env.CI !== 'true', 'CI has PostgreSQL');
      t.skip('no PostgreSQL here (MCPAUTH_TEST_POSTGRES)');
      return;
    }
    const script = [`set -euo pipefail`, `source ${shellQuote(readmeSh)}`];
    for (const cmd of commands(block.body)) {
      if (!cmd.trim() || cmd.trim().startsWith('#')) continue;
      if (skipCmd && cmd.trim().startsWith(skipCmd)) { script.push(`echo ${shellQuote(`(${skipCmd}: run by .ci/run itself)`)}`); continue; }
      const filled = fill(cmd, key);
      if (isServer(filled)) {
        const hosts = outsideHosts(filled);
        script.push(`${hosts.length ? `MCPAUTH_E2E_OFFLINE=${shellQuote(hosts.join(' '))} ` : ''}start_server ${shellQuote(filled)}`);
      } else script.push(`printf '+ %s\\n' ${shellQuote(cmd)}`, filled);
    }
    for (const v of nonempty) {
      script.push(`[ -n "\${${v}:-}" ] || { echo ${shellQuote(`README.md:${block.line}: $${v} is empty after the block (<!-- e2e: nonempty ${v} -->)`)} >&2; exit 1; }`);
    }
    script.push('stop_servers');
    let out;
    try {
      // Tracked: if this process is told to stop, bash is too, and its
      // traps (lib/readme.sh) stop the servers it started.
      const p = run('bash', ['-c', script.join('\n')], { cwd: root, env: { ...process.env, ...env }, timeout: 280000, maxBuffer: 1 << 24 });
      track(p.child);
      const r = await p;
      out = r.stdout + r.stderr;
    } catch (err) {
      assert.fail(mask(`block at README.md:${block.line} failed (exit ${err.code}):\n--- script ---\n${script.join('\n')}\n--- output ---\n${err.stdout}${err.stderr}`));
    }
    for (const l of mask(out.replace(/mcp_[A-Za-z0-9]+_[A-Za-z0-9]+/g, 'mcp_<key>')).split('\n')) t.diagnostic(l);
    if (expect) assert.match(out, expect, `README.md:${block.line}: output`);
  });
}
