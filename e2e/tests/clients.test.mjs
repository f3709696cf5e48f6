// The official TypeScript MCP clients against the example server: the v1
// SDK (@modelcontextprotocol/sdk, protocol 2025-11-25) and the v2 client
// (@modelcontextprotocol/client, 2025-11-25 and 2026-07-28), each with an
// API key and with a JWT, on a stateful and a stateless server.
import test from 'node:test';
import assert from 'node:assert/strict';
import { Client as ClientV1 } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport as TransportV1 } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { Client as ClientV2, StreamableHTTPClientTransport as TransportV2 } from '@modelcontextprotocol/client';
import { startExampleServer } from '../lib/harness.mjs';

const clients = {
  'sdk v1': {
    wire: '2025-11-25',
    make: (url, headers) => [
      new ClientV1({ name: 'e2e-sdk-v1', version: '1.0.0' }),
      new TransportV1(new URL(url), { requestInit: { headers } }),
    ],
  },
  'client v2, legacy': {
    wire: '2025-11-25',
    make: (url, headers) => [
      new ClientV2({ name: 'e2e-client-v2', version: '2.0.0' }),
      new TransportV2(new URL(url), { requestInit: { headers } }),
    ],
  },
  'client v2, pinned 2026-07-28': {
    wire: '2026-07-28',
    statelessOnly: true, // go-sdk v1.8 speaks 2026-07-28 only without sessions
    make: (url, headers) => [
      new ClientV2({ name: 'e2e-client-v2', version: '2.0.0' }, { versionNegotiation: { mode: { pin: '2026-07-28' } } }),
      new TransportV2(new URL(url), { requestInit: { headers } }),
    ],
  },
};

const credentials = {
  'API key': (s) => ({ headers: { 'X-API-Key': s.key }, subject: 'dev', method: 'apikey' }),
  JWT: (s) => ({ headers: { Authorization: `Bearer ${s.token}` }, subject: 'dev-jwt-user', method: 'jwt' }),
};

/** Connect, list tools, call whoami; return what whoami said. */
async function session(t, client, transport) {
  const log = [];
  t.after(() => { if (!t.passed) process.stderr.write(`client log:\n${log.join('\n')}\n`); });
  await client.connect(transport);
  log.push(`connected: protocol ${transport.protocolVersion ?? client.getNegotiatedProtocolVersion?.() ?? '?'}, session ${transport.sessionId ?? '(none)'}`);
  const tools = await client.listTools();
  log.push(`tools/list: ${JSON.stringify(tools)}`);
  // The list is filtered by the policy: purge_cache needs scope
  // maintenance, which neither development credential has.
  assert.deepEqual(tools.tools.map((x) => x.name).sort(), ['echo', 'forecast', 'whoami']);
  assert.equal(tools.cacheScope, 'private', 'a filtered list is private');
  const res = await client.callTool({ name: 'whoami', arguments: {} });
  log.push(`tools/call whoami: ${JSON.stringify(res)}`);
  assert.ok(!res.isError, `whoami failed: ${JSON.stringify(res)}`);
  return { res, log };
}

for (const stateless of [false, true]) {
  const mode = stateless ? 'stateless' : 'stateful';
  test(`official clients, ${mode} server`, async (t) => {
    const s = await startExampleServer(t, stateless ? ['-dev', '-stateless'] : ['-dev']);
    assert.ok(s.key && s.token, 'the banner printed a key and a token');
    for (const [cname, c] of Object.entries(clients)) {
      if (c.statelessOnly && !stateless) continue;
      for (const [credName, cred] of Object.entries(credentials)) {
        await t.test(`${cname} (${c.wire}), ${credName}`, async (t) => {
          const want = cred(s);
          const [client, transport] = c.make(s.url, want.headers);
          t.after(() => client.close());
          const { res } = await session(t, client, transport);
          const caller = res.structuredContent;
          assert.equal(caller.subject, want.subject);
          assert.equal(caller.method, want.method);
          assert.ok(caller.scopes.includes('tools'), `scopes ${caller.scopes}`);
          for (const h of Object.keys(caller.headers ?? {})) {
            assert.ok(!/^(authorization|x-api-key)$/i.test(h), `whoami saw credential header ${h}`);
          }
          if (!stateless && c.wire === '2025-11-25') assert.ok(transport.sessionId, 'a stateful server gives a session id');
          if (stateless) assert.equal(transport.sessionId, undefined, 'a stateless server gives no session id');
          // The development key and token lack scope maintenance: the policy
          // refuses purge_cache with 403 insufficient_scope.
          await assert.rejects(client.callTool({ name: 'purge_cache', arguments: {} }), (err) => {
            assert.match(String(err?.message ?? err), /403|insufficient[_ ]scope/i);
            return true;
          });
        });
      }
    }
    // No credential: the public forecast works, whoami does not.
    for (const [cname, c] of Object.entries(clients)) {
      if (c.statelessOnly && !stateless) continue;
      await t.test(`${cname} (${c.wire}), anonymous`, async (t) => {
        const [client, transport] = c.make(s.url, {});
        t.after(() => client.close());
        await client.connect(transport);
        const tools = await client.listTools();
        assert.deepEqual(tools.tools.map((x) => x.name), ['forecast']);
        const res = await client.callTool({ name: 'forecast', arguments: { city: 'Oslo' } });
        assert.ok(!res.isError, JSON.stringify(res));
        await assert.rejects(client.callTool({ name: 'whoami', arguments: {} }), /401|Unauthorized/i);
      });
    }
  });
}
