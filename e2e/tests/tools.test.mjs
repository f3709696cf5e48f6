// The MCP Inspector CLI and the mcp-remote bridge (the Claude Desktop path)
// against the example server, and the client configurations its banner
// prints, used exactly as printed.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { npmBin, startExampleServer, tempDir } from '../lib/harness.mjs';

const run = promisify(execFile);
const e2eDir = new URL('..', import.meta.url).pathname;

/** Run the Inspector CLI; return its exit code and parsed JSON output. */
async function inspector(t, args) {
  const home = tempDir(t); // its catalog lives in $HOME
  let r;
  try {
    r = await run(`${npmBin}mcp-inspector`, ['--cli', ...args], { env: { ...process.env, HOME: home }, timeout: 60000 });
    r.code = 0;
  } catch (err) {
    if (err.code === undefined || typeof err.code !== 'number') throw err;
    r = err;
  }
  t.after(() => { if (!t.passed) process.stderr.write(`inspector ${args.join(' ')}\nexit ${r.code}\nstdout:\n${r.stdout}\nstderr:\n${r.stderr}\n`); });
  // Results are JSON on stdout, errors JSON on stderr.
  let json;
  for (const out of [r.stdout, r.stderr]) {
    try { json = JSON.parse(out); break; } catch { json = undefined; }
  }
  return { code: r.code, json, stdout: r.stdout, stderr: r.stderr };
}

/** The JSON of the banner line that starts with `prefix`. */
function bannerJSON(s, prefix) {
  const line = s.output().split('\n').map((l) => l.trim()).find((l) => l.startsWith(prefix));
  assert.ok(line, `the banner has a line starting ${prefix}`);
  return JSON.parse(line);
}

/** An MCP client over stdio to a command, with its stderr kept for the log. */
async function stdioClient(t, command, args, cwd) {
  const transport = new StdioClientTransport({
    command, args, cwd, stderr: 'pipe',
    // npm_config_offline: npx resolves the package from e2e's own
    // node_modules or fails; it never fetches.
    env: { ...process.env, HOME: tempDir(t), MCP_REMOTE_CONFIG_DIR: tempDir(t), npm_config_offline: 'true' },
  });
  let errOut = '';
  transport.stderr?.on('data', (d) => { errOut += d; });
  const client = new Client({ name: 'e2e-claude-desktop-stand-in', version: '1.0.0' });
  t.after(async () => {
    await client.close();
    if (!t.passed) process.stderr.write(`${command} ${args.join(' ')} stderr:\n${errOut}\n`);
  });
  await client.connect(transport);
  return client;
}

test('MCP Inspector CLI', async (t) => {
  const s = await startExampleServer(t, ['-dev']);
  for (const [name, header, subject] of [['API key', `X-API-Key: ${s.key}`, 'dev'], ['JWT', `Authorization: Bearer ${s.token}`, 'dev-jwt-user']]) {
    await t.test(`${name}: tools/list and tools/call whoami`, async (t) => {
      const list = await inspector(t, [s.url, '--transport', 'http', '--header', header, '--method', 'tools/list']);
      assert.equal(list.code, 0);
      assert.deepEqual(list.json.tools.map((x) => x.name).sort(), ['echo', 'forecast', 'whoami']);
      const call = await inspector(t, [s.url, '--transport', 'http', '--header', header, '--method', 'tools/call', '--tool-name', 'whoami']);
      assert.equal(call.code, 0);
      assert.equal(call.json.structuredContent.subject, subject);
      assert.ok(!('x-api-key' in call.json.structuredContent.headers) && !('authorization' in call.json.structuredContent.headers));
    });
  }
  await t.test('a wrong key is refused', async (t) => {
    const r = await inspector(t, [s.url, '--transport', 'http', '--header', 'X-API-Key: mcp_AAAAAAAAAAAA_wrongwrongwrongwrongwrongwrongwrongw', '--method', 'tools/list']);
    // Our 401 sends it to OAuth, which it cannot do without a terminal.
    assert.notEqual(r.code, 0);
    assert.equal(r.json?.error?.code, 'auth_required', r.stderr);
  });
  await t.test('purge_cache, hidden from a caller without scope maintenance', async (t) => {
    // The Inspector looks the tool up in tools/list first, which the
    // policy filtered: it does not find it.
    const r = await inspector(t, [s.url, '--transport', 'http', '--header', `X-API-Key: ${s.key}`, '--method', 'tools/call', '--tool-name', 'purge_cache']);
    assert.notEqual(r.code, 0);
    assert.equal(r.json?.error?.code, 'tool_not_found', r.stderr);
  });
});

test('mcp-remote, as claude_desktop_config.json starts it', async (t) => {
  const s = await startExampleServer(t);
  const cfg = bannerJSON(s, '{"mcpServers": {"mcpauth-example": {"command"');
  const entry = cfg.mcpServers['mcpauth-example'];
  assert.equal(entry.command, 'npx');
  assert.deepEqual(entry.args, ['-y', 'mcp-remote', s.url, '--header', `X-API-Key:${s.key}`]);
  // The command exactly as printed; npx finds mcp-remote in e2e's own
  // node_modules, so nothing is fetched.
  const client = await stdioClient(t, entry.command, entry.args, e2eDir);
  const tools = await client.listTools();
  assert.deepEqual(tools.tools.map((x) => x.name).sort(), ['echo', 'forecast', 'whoami']);
  const res = await client.callTool({ name: 'whoami', arguments: {} });
  assert.equal(res.structuredContent.subject, 'dev');
  assert.equal(res.structuredContent.method, 'apikey');
  const echo = await client.callTool({ name: 'echo', arguments: { text: 'through the bridge' } });
  assert.equal(echo.structuredContent.text, 'through the bridge');
});

test('mcp-remote with a JWT, stateless server', async (t) => {
  const s = await startExampleServer(t, ['-dev', '-stateless']);
  const client = await stdioClient(t, `${npmBin}mcp-remote`, [s.url, '--transport', 'http-only', '--header', `Authorization:Bearer ${s.token}`], e2eDir);
  const res = await client.callTool({ name: 'whoami', arguments: {} });
  assert.equal(res.structuredContent.subject, 'dev-jwt-user');
  assert.equal(res.structuredContent.method, 'jwt');
});

test('the direct http entry for Claude Code, VS Code and Cursor', async (t) => {
  const s = await startExampleServer(t);
  const cfg = bannerJSON(s, '{"mcpServers": {"mcpauth-example": {"type"');
  // The whole file those clients read (.mcp.json, .cursor/mcp.json; VS
  // Code's says "servers"): one server, type http, url, headers of strings.
  assert.deepEqual(Object.keys(cfg), ['mcpServers']);
  assert.deepEqual(Object.keys(cfg.mcpServers), ['mcpauth-example']);
  const entry = cfg.mcpServers['mcpauth-example'];
  assert.deepEqual(Object.keys(entry).sort(), ['headers', 'type', 'url']);
  assert.equal(entry.type, 'http');
  assert.equal(entry.url, s.url);
  assert.deepEqual(entry.headers, { 'X-API-Key': s.key });
  // And it works: a client given exactly that url and those headers.
  const client = new Client({ name: 'e2e-http-entry', version: '1.0.0' });
  t.after(() => client.close());
  await client.connect(new StreamableHTTPClientTransport(new URL(entry.url), { requestInit: { headers: entry.headers } }));
  const res = await client.callTool({ name: 'whoami', arguments: {} });
  assert.equal(res.structuredContent.subject, 'dev');
});
