// OAuth end to end, with a real authorization server: oidc-provider
// (e2e/oidc/provider.mjs) issues client-credentials JWTs for our resource
// (RFC 8707), and the official TypeScript MCP clients get them on their own.
//
// Each test starts the provider, then the example server with only
// `-issuer` (its keys are found by OpenID discovery), and a client that
// holds no token. The client meets our 401, reads the RFC 9728 metadata it
// names, the provider's metadata, gets a token for our resource URL and
// calls whoami; then purge_cache, whose 403 insufficient_scope names the
// scope "maintenance", and steps up; then the provider rotates its signing
// key and retires the old one while the client keeps calling.
//
//   1. 2025-11-25, stateful server, @modelcontextprotocol/sdk 1.x. This
//      client does not step up by itself for client credentials (it asks
//      for the scope it was configured with again: see the test), so the
//      test steps up the way a client would. The rotation runs on a second
//      client that connects with its token and so holds a session.
//   2. 2026-07-28, stateless server, @modelcontextprotocol/client 2.x
//      pinned to 2026-07-28: it takes its scope from our challenges and
//      steps up by itself.
//   3. 2025-11-25, stateful server, the 2.x client on the legacy wire: what
//      its standalone SSE stream asks for, and step-up by itself there too.
//
// What a retired key is refused for, by design (jwtauth): a token the
// server has never verified, once the server has fetched the JWK Set
// without that key. The server fetches when it meets an unknown kid (the
// new key's first token, at most once per 30 s) and otherwise in the
// background (every 5 min at the soonest); a token it already verified is
// answered from its verified-token cache for up to 5 min (CacheTTL) and
// keeps working that long. The rotation checks assert exactly that.
import test from 'node:test';
import assert from 'node:assert/strict';

import { Client as ClientV1 } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport as TransportV1 } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ClientCredentialsProvider as CredentialsV1 } from '@modelcontextprotocol/sdk/client/auth-extensions.js';
import {
  Client as ClientV2,
  StreamableHTTPClientTransport as TransportV2,
  ClientCredentialsProvider as CredentialsV2,
} from '@modelcontextprotocol/client';

import { startExampleServer } from '../lib/harness.mjs';
import {
  clientCredentialsToken, decodeJwt, keepCalling, parseChallenge, rawCall, recordingFetch, startProvider, waitFor,
} from '../lib/oauth.mjs';

const clientInfo = { name: 'mcpauth-oauth-e2e', version: '1.0.0' };
const toolNames = (list) => list.tools.map((x) => x.name).sort();
const kidOf = (token) => decodeJwt(token).header.kid;
const metadataURL = (srv) => `${srv.base}/.well-known/oauth-protected-resource/mcp`;

async function callTool(client, name) {
  const r = await client.callTool({ name, arguments: {} });
  assert.ok(!r.isError, `${name}: ${JSON.stringify(r)}`);
  return r.structuredContent;
}
const whoami = (client) => callTool(client, 'whoami');

/** The provider and the example server, and what the server publishes. */
async function startBoth(t, serverArgs = []) {
  const idp = await startProvider(t);
  const srv = await startExampleServer(t, ['-issuer', idp.issuer, ...serverArgs]);
  const prm = await (await fetch(metadataURL(srv))).json();
  assert.equal(prm.resource, srv.url, 'RFC 9728 resource');
  assert.deepEqual(prm.authorization_servers, [idp.issuer], 'RFC 9728 authorization_servers: the -issuer');
  return { idp, srv, prm };
}

/**
 * In the exchanges since `from`, the client's way to its first token: the
 * 401 on `tool` with our challenge, our RFC 9728 document, the provider's
 * metadata, the token request for our resource, the retry with the token,
 * answered 200 — in that order. Returns the token request's form.
 */
function assertFoundItsWay(rec, from, { srv, idp, tool, scope }) {
  const entries = rec.since(from);
  let i = 0;
  const next = (what, pred) => {
    const j = entries.findIndex((e, k) => k >= i && pred(e));
    assert.ok(j >= 0, `the client's exchanges lack ${what} (after #${entries[i - 1]?.n ?? from})`);
    i = j + 1;
    return entries[j];
  };
  const denied = next(`a 401 on ${tool}`, (e) => e.tool === tool && e.status === 401 && !e.token);
  const ch = parseChallenge(denied.wwwAuthenticate);
  assert.equal(ch?.scheme, 'bearer', denied.wwwAuthenticate);
  assert.equal(ch.params.resource_metadata, metadataURL(srv), 'the 401 names our RFC 9728 document');
  assert.equal(ch.params.scope, scope, `the 401 names scope ${scope}`);
  next('the RFC 9728 document', (e) => e.method === 'GET' && e.url === metadataURL(srv) && e.status === 200);
  next("the provider's metadata", (e) => e.method === 'GET' && e.url.startsWith(`${idp.issuer}/.well-known/`) && e.status === 200);
  const tokenRequest = next('a token request', (e) => e.method === 'POST' && e.url === `${idp.issuer}/token` && e.status === 200);
  assert.equal(tokenRequest.form.grant_type, 'client_credentials');
  assert.equal(tokenRequest.form.resource, srv.url, 'RFC 8707 resource: our URL, as the metadata gave it');
  assert.equal(tokenRequest.clientAuth, 'basic', 'client_secret_basic');
  next(`the retry of ${tool} with the token, answered 200`, (e) => e.tool === tool && e.token && e.status === 200);
  return tokenRequest.form;
}

/** What a fresh token from the provider must look like. */
function assertAccessToken(token, { idp, srv, kid, scope }) {
  const { header, claims } = decodeJwt(token);
  assert.equal(header.typ, 'at+jwt', 'RFC 9068 typ');
  assert.equal(header.kid, kid);
  assert.equal(claims.iss, idp.issuer);
  assert.equal(claims.aud, srv.url, 'audience: our resource URL');
  assert.equal(claims.client_id, idp.clientId);
  assert.equal(claims.scope, scope);
}

/** What whoami must say about the client. */
function assertCaller(me, { idp, kid, scopes }) {
  assert.equal(me.subject, idp.clientId, 'subject: the client (client credentials: sub is the client id)');
  assert.equal(me.method, 'jwt');
  assert.equal(me.issuer, idp.issuer);
  assert.equal(me.key_id, kid);
  assert.deepEqual(me.scopes, scopes);
  assert.ok(!Object.keys(me.headers).some((h) => /^authorization$/i.test(h)), 'no credential reaches the tool');
}

/**
 * Key rotation at the provider while `call` (a whoami through the client
 * `auth` belongs to) keeps being called; `rec` records that client.
 */
async function rotateKeys({ idp, srv, auth, call, rec, session }) {
  const { signing: k1 } = await idp.keys();
  const held = auth.tokens();
  assert.equal(kidOf(held.access_token), k1, 'the client holds a token signed by the current key');
  // A token signed by the same key that the server does not see before
  // the key is retired and the server has fetched the new set.
  const unseen = await clientCredentialsToken(idp, { resource: srv.url, scope: 'tools' });
  assert.equal(kidOf(unseen.access_token), k1);

  const loop = keepCalling(call);
  await loop.more(2);
  const rotated = await idp.rotate();
  const k2 = rotated.signing;
  assert.notEqual(k2, k1);
  assert.deepEqual(rotated.published, [k1, k2], 'rotate: the new key is published beside the old one');
  await loop.more(3);
  const retired = await idp.retire();
  assert.deepEqual(retired.published, [k2], 'retire: only the new key is published');
  await loop.more(3);
  // The client drops its token (as if it had expired: the SDKs renew on
  // the 401 either way): its next call meets our 401, and the client gets
  // a token signed by the new key, whose kid the server does not know yet.
  auth.saveTokens(undefined);
  await loop.more(4);
  const results = await loop.stop();
  assert.deepEqual(results.filter((r) => !r.ok).map((r) => String(r.error)), [], 'no call failed during the rotation');
  const kids = results.map((r) => r.value.key_id);
  const first = kids.indexOf(k2);
  assert.ok(first > 0, `calls went on with the new key's tokens: ${kids.join(' ')}`);
  assert.ok(kids.slice(0, first).every((k) => k === k1) && kids.slice(first).every((k) => k === k2), kids.join(' '));
  assertAccessToken(auth.tokens().access_token, { idp, srv, kid: k2, scope: auth.tokens().scope });
  // The unknown kid made the server fetch the JWK Set again, after the
  // retirement: it has seen the set without the old key.
  const { jwks } = await idp.keys();
  assert.ok(jwks.some((j) => j.n > retired.jwksServed && j.kids.join() === k2),
    `the server fetched the JWK Set without ${k1} after the retirement: ${JSON.stringify(jwks)}`);

  // A token signed by the retired key, never verified before: refused
  // (401 invalid_token). The client then gets a new token and succeeds.
  const mark = rec.length;
  auth.saveTokens(unseen);
  assert.equal((await call()).key_id, k2);
  const refused = rec.since(mark).find((e) => e.token === unseen.access_token);
  assert.equal(refused?.status, 401, 'the retired key\'s token is refused');
  assert.equal(parseChallenge(refused.wwwAuthenticate).params.error, 'invalid_token', refused.wwwAuthenticate);

  // The bound, by design: a token of the retired key that the server had
  // already verified is answered from its verified-token cache (jwtauth
  // Config.CacheTTL, 5 min by default) until the entry lapses.
  auth.saveTokens(held);
  assert.equal((await call()).key_id, k1, 'a token verified before the retirement works until its cache entry lapses');

  if (session) {
    // The session outlived the rotation and the new tokens: the same
    // principal (the client) presented them all.
    const calls = rec.since(0).filter((e) => e.rpc === 'tools/call');
    assert.ok(calls.length > 0 && calls.every((e) => e.session === session), 'every call in the one session');
  }
}

test('2025-11-25, stateful server: the 1.x SDK client gets a token from oidc-provider; step-up; key rotation under a session', async (t) => {
  const { idp, srv, prm } = await startBoth(t);
  const rec = recordingFetch(t, 'SDK 1.x client');
  // The 1.x client-credentials provider requests the scope it is given
  // here, whatever a challenge says (fetchToken reads clientMetadata.scope).
  const auth = new CredentialsV1({ clientId: idp.clientId, clientSecret: idp.clientSecret, expectedIssuer: idp.issuer, scope: 'tools' });
  const client = new ClientV1(clientInfo);
  t.after(() => client.close());
  await client.connect(new TransportV1(new URL(srv.url), { authProvider: auth, fetch: rec.fetch }));
  assert.equal(client.transport.protocolVersion, '2025-11-25');
  assert.equal(auth.tokens(), undefined, 'connected without a token');
  assert.deepEqual(toolNames(await client.listTools()), ['forecast'], 'without a token: the public tool only');

  let mark = rec.length;
  const { signing: k1 } = await idp.keys();
  const me = await whoami(client);
  const form = assertFoundItsWay(rec, mark, { srv, idp, tool: 'whoami', scope: 'tools' });
  assert.equal(form.scope, 'tools');
  assertAccessToken(auth.tokens().access_token, { idp, srv, kid: k1, scope: 'tools' });
  assertCaller(me, { idp, kid: k1, scopes: ['tools'] });
  assert.deepEqual(toolNames(await client.listTools()), ['echo', 'forecast', 'whoami'], 'with scope tools');

  // Step-up. The SDK reacts to 403 insufficient_scope by authorizing
  // again, but asks for its configured scope, not the challenged one, so
  // it meets the same 403 and gives up.
  mark = rec.length;
  await assert.rejects(callTool(client, 'purge_cache'), /403 after trying upscoping/);
  const tried = rec.since(mark);
  const denials = tried.filter((e) => e.tool === 'purge_cache' && e.status === 403);
  assert.equal(denials.length, 2, 'the first 403, and the one after the SDK\'s own attempt');
  const challenge = parseChallenge(denials[0].wwwAuthenticate);
  assert.deepEqual(challenge, {
    scheme: 'bearer',
    params: {
      error: 'insufficient_scope', error_description: 'this operation needs scope maintenance',
      resource_metadata: metadataURL(srv), scope: 'maintenance',
    },
  });
  assert.deepEqual(tried.filter((e) => e.form).map((e) => e.form.scope), ['tools'],
    'the SDK asked for its configured scope again (if it now asks for "maintenance", it steps up by itself: drop the manual step-up)');
  // So the client steps up the way a client does: the scopes it has plus
  // those the challenge names, for the resource of the metadata; retry.
  const scope = [...new Set([...auth.tokens().scope.split(' '), ...challenge.params.scope.split(' ')])].join(' ');
  const stepped = await clientCredentialsToken(idp, { resource: prm.resource, scope });
  assertAccessToken(stepped.access_token, { idp, srv, kid: k1, scope: 'tools maintenance' });
  auth.saveTokens(stepped);
  assert.deepEqual(await callTool(client, 'purge_cache'), { purged: true, by: idp.clientId });
  assertCaller(await whoami(client), { idp, kid: k1, scopes: ['tools', 'maintenance'] });
  assert.deepEqual(toolNames(await client.listTools()), ['echo', 'forecast', 'purge_cache', 'whoami']);

  // Audiences (RFC 8707): a token for the admin endpoint is no good on the
  // main one, and the main one's token (even with scope admin) no good on
  // the admin endpoint.
  const initialize = { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo } };
  const adminToken = (await clientCredentialsToken(idp, { resource: `${srv.url}/admin`, scope: 'admin' })).access_token;
  const mainAdminToken = (await clientCredentialsToken(idp, { resource: srv.url, scope: 'tools admin' })).access_token;
  assert.equal(decodeJwt(adminToken).claims.aud, `${srv.url}/admin`);
  assert.equal((await rawCall(`${srv.url}/admin`, adminToken, initialize)).status, 200, 'admin token at the admin endpoint');
  for (const [url, token] of [[srv.url, adminToken], [`${srv.url}/admin`, mainAdminToken]]) {
    const r = await rawCall(url, token, initialize);
    assert.equal(r.status, 401, `a token for another resource at ${url}`);
    assert.equal(parseChallenge(r.wwwAuthenticate).params.error, 'invalid_token', r.wwwAuthenticate);
  }

  // Key rotation, on a second client that connects with the token it has:
  // its initialize carries the token, so it gets a session, bound to the
  // client, which must survive the rotation.
  const rec2 = recordingFetch(t, 'SDK 1.x client with a session');
  const client2 = new ClientV1(clientInfo);
  t.after(() => client2.close());
  const transport2 = new TransportV1(new URL(srv.url), { authProvider: auth, fetch: rec2.fetch });
  await client2.connect(transport2);
  assert.ok(transport2.sessionId, 'an initialize with a token starts a session');
  await rotateKeys({ idp, srv, auth, rec: rec2, call: () => whoami(client2), session: transport2.sessionId });
  // The client ends its session (DELETE) and closes before the server
  // stops: the 1.x client's close() alone leaves the session's stream
  // open, which would hold the server's shutdown 3 s.
  await transport2.terminateSession();
  assert.equal(rec2.entries.at(-1).method, 'DELETE');
  assert.equal(rec2.entries.at(-1).status, 204);
  await client2.close();
});

test('2026-07-28, stateless server: the 2.x SDK client gets a token from oidc-provider and steps up by itself; key rotation', async (t) => {
  const { idp, srv } = await startBoth(t, ['-stateless']);
  const rec = recordingFetch(t, 'SDK 2.x client (2026-07-28)');
  // No scope configured: the client takes it from our challenges.
  const auth = new CredentialsV2({ clientId: idp.clientId, clientSecret: idp.clientSecret, expectedIssuer: idp.issuer });
  const client = new ClientV2(clientInfo, { versionNegotiation: { mode: { pin: '2026-07-28' } } });
  t.after(() => client.close());
  const transport = new TransportV2(new URL(srv.url), { authProvider: auth, fetch: rec.fetch });
  await client.connect(transport);
  assert.equal(transport.protocolVersion, '2026-07-28');
  assert.equal(auth.tokens(), undefined, 'connected without a token');
  assert.deepEqual(rec.entries.map((e) => e.rpc), ['server/discover']);
  assert.deepEqual(toolNames(await client.listTools()), ['forecast'], 'without a token: the public tool only');

  let mark = rec.length;
  const { signing: k1 } = await idp.keys();
  const me = await whoami(client);
  const form = assertFoundItsWay(rec, mark, { srv, idp, tool: 'whoami', scope: 'tools' });
  assert.equal(form.scope, 'tools', 'the scope our 401 named (the metadata lists more)');
  assertAccessToken(auth.tokens().access_token, { idp, srv, kid: k1, scope: 'tools' });
  assertCaller(me, { idp, kid: k1, scopes: ['tools'] });
  assert.equal(me.headers['mcp-method'], 'tools/call', 'the 2026-07-28 wire');

  // Step-up, by the SDK itself: 403 → a token for the scopes it had plus
  // the challenged one → the retry succeeds.
  mark = rec.length;
  assert.deepEqual(await callTool(client, 'purge_cache'), { purged: true, by: idp.clientId });
  const steps = rec.since(mark);
  const denied = steps.find((e) => e.tool === 'purge_cache' && e.status === 403);
  assert.ok(denied, 'the SDK met our 403');
  assert.deepEqual(parseChallenge(denied.wwwAuthenticate).params, {
    error: 'insufficient_scope', error_description: 'this operation needs scope maintenance',
    resource_metadata: metadataURL(srv), scope: 'maintenance',
  });
  const tokenRequests = steps.filter((e) => e.form);
  assert.equal(tokenRequests.length, 1);
  assert.ok(tokenRequests[0].n > denied.n, 'the token request came after the 403');
  assert.deepEqual(tokenRequests[0].form, { grant_type: 'client_credentials', scope: 'tools maintenance', resource: srv.url });
  const retried = steps.find((e) => e.n > tokenRequests[0].n && e.tool === 'purge_cache');
  assert.equal(retried?.status, 200, 'the SDK retried with the new token');
  assertAccessToken(auth.tokens().access_token, { idp, srv, kid: k1, scope: 'tools maintenance' });
  assertCaller(await whoami(client), { idp, kid: k1, scopes: ['tools', 'maintenance'] });

  await rotateKeys({ idp, srv, auth, rec, call: () => whoami(client) });
});

test('2025-11-25, stateful server: the 2.x SDK client on the legacy wire, its standalone stream, and step-up by itself', async (t) => {
  const { idp, srv, prm } = await startBoth(t);
  const rec = recordingFetch(t, 'SDK 2.x client (2025-11-25)');
  const auth = new CredentialsV2({ clientId: idp.clientId, clientSecret: idp.clientSecret, expectedIssuer: idp.issuer });
  const client = new ClientV2(clientInfo);
  t.after(() => client.close());
  const transport = new TransportV2(new URL(srv.url), { authProvider: auth, fetch: rec.fetch });
  await client.connect(transport);
  assert.equal(transport.protocolVersion, '2025-11-25');
  const { signing: k1 } = await idp.keys();

  // Once initialized, this client opens the standalone SSE stream (GET)
  // on its own. Our 401 to that GET names no scope (a GET carries no
  // operation to name one for), so the client asks for every scope the
  // metadata lists (SEP-835's fallback). /mcp lists only "tools", so that
  // token is no broader than what any tool call needs: the privileged
  // "maintenance" is found through purge_cache's 403 step-up below, and
  // the admin endpoint's "admin" through its own metadata. The GET with
  // the token gets 405: a client that connected without a token has no
  // session.
  const stream = await waitFor('the standalone stream to be tried with a token',
    () => rec.entries.find((e) => e.method === 'GET' && e.url === srv.url && e.token));
  assert.equal(stream.status, 405);
  const streamDenied = rec.entries.find((e) => e.method === 'GET' && e.url === srv.url && e.status === 401);
  assert.deepEqual(parseChallenge(streamDenied.wwwAuthenticate).params, { resource_metadata: metadataURL(srv) });
  assert.equal(auth.tokens().scope, prm.scopes_supported.join(' '), 'a token for every scope of the metadata');
  assert.equal(auth.tokens().scope, 'tools', 'and no privileged scope among them');

  // With a token of its own asking, on whoami's 401, it gets scope tools
  // only; then it steps up for purge_cache by itself.
  auth.saveTokens(undefined);
  let mark = rec.length;
  assertCaller(await whoami(client), { idp, kid: k1, scopes: ['tools'] });
  assert.equal(assertFoundItsWay(rec, mark, { srv, idp, tool: 'whoami', scope: 'tools' }).scope, 'tools');
  mark = rec.length;
  assert.deepEqual(await callTool(client, 'purge_cache'), { purged: true, by: idp.clientId });
  assert.deepEqual(rec.since(mark).filter((e) => e.form || e.tool).map((e) => e.form?.scope ?? e.status), [403, 'tools maintenance', 200],
    'the 403, a token for tools and maintenance, the retry');
  assertCaller(await whoami(client), { idp, kid: k1, scopes: ['tools', 'maintenance'] });
});
