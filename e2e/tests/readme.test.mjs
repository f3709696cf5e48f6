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
//   <!-- e2e: ci-runs COMMAND -->   COMMAND is what .ci/run itself runs:
//                                    checked to be in .ci/run, not run twice
// A server command that names a host outside this machine (an identity
// provider's URL) must fail for want of that host, not for a wrong flag.
// Placeholders the README shows are filled in (and listed on failure):
// mcp_… is the key the running server printed, KEY_ID the id of $KEY,
// $TENANT_ID a made-up tenant, and the hosts db.internal and
// cache.internal are this machine's PostgreSQL and Redis.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { startProcess, tempDir } from '../lib/harness.mjs';

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
/** Whether a command names a host other than this machine's. */
const outside = (cmd) => [...cmd.matchAll(/https?:\/\/([^/:\s"']+)/g)].some(([, h]) => !['127.0.0.1', 'localhost', '[::1]'].includes(h));
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

/** The URL of a database "app" owned by a role "app", as the README has it. */
function postgresApp() {
  const u = new URL(postgres ?? 'postgres://postgres@127.0.0.1:5432/test');
  u.username = 'app';
  u.pathname = '/app';
  return u.toString();
}

/** Make role and database "app" in the test PostgreSQL, if they are missing. */
function ensurePostgresApp() {
  if (!postgres) return false;
  const psql = (sql) => spawnSync('psql', [postgres, '-qAtc', sql], { encoding: 'utf8' });
  if (psql('select 1').status !== 0) return false;
  if (psql("select 1 from pg_roles where rolname = 'app'").stdout.trim() !== '1') psql('create role app login');
  if (psql("select 1 from pg_database where datname = 'app'").stdout.trim() !== '1') psql('create database app owner app');
  psql('drop table if exists mcpauth_api_keys'); // a fresh store each run
  spawnSync('psql', [postgresApp(), '-qAtc', 'drop table if exists mcpauth_api_keys'], { encoding: 'utf8' });
  return true;
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
      if (isServer(filled)) script.push(`${outside(filled) ? 'MCPAUTH_E2E_OFFLINE=1 ' : ''}start_server ${shellQuote(filled)}`);
      else script.push(`printf '+ %s\\n' ${shellQuote(cmd)}`, filled);
    }
    script.push('stop_servers');
    let out;
    try {
      const r = await run('bash', ['-c', script.join('\n')], { cwd: root, env: { ...process.env, ...env }, timeout: 280000, maxBuffer: 1 << 24 });
      out = r.stdout + r.stderr;
    } catch (err) {
      assert.fail(`block at README.md:${block.line} failed (exit ${err.code}):\n--- script ---\n${script.join('\n')}\n--- output ---\n${err.stdout}${err.stderr}`);
    }
    for (const l of out.replace(/mcp_[A-Za-z0-9]+_[A-Za-z0-9]+/g, 'mcp_<key>').split('\n')) t.diagnostic(l);
    if (expect) assert.match(out, expect, `README.md:${block.line}: output`);
  });
}
