// JWTs minted by an independent JOSE implementation (npm jose) against the
// JWK Set it serves (e2e/lib/jwks.mjs), presented to the example server
// (examples/server, -issuer ISS -jwks-url URL). Valid tokens of every
// default algorithm must reach whoami with their subject and scopes; every
// adversarial kind below must be refused with the right status: 401 with
// `WWW-Authenticate: Bearer error="invalid_token", …, resource_metadata=…`,
// 400 invalid_request for a malformed request, 403 insufficient_scope for a
// valid token short of a scope — never 200. Each kind is sent twice: as a
// fresh initialize, and as a tools/call whoami on a live session that a
// valid token of alice opened (a stolen session id must not help a forged
// token). The example server runs with a 30 s leeway.
//
// Kinds, and the Go test that covers the same case ("e2e only": no Go test
// presents that token; the row says which Go test covers the code path).
//
// | kind                                         | Go test                                                          |
// |----------------------------------------------|------------------------------------------------------------------|
// | alg none (jose UnsecuredJWT)                 | jwtauth TestRejections/"alg none"; FuzzVerify seed alg-none; FuzzGate seed-01 |
// | alg none, real kid, real signature kept      | jwtauth TestRejections/"alg none" (e2e variant)                  |
// | alg None (case variant)                      | e2e only (allow-list in jwtauth.Verify; TestRejections/"alg none") |
// | alg NONE (case variant)                      | e2e only (as above)                                              |
// | alg missing                                  | e2e only (as above)                                              |
// | alg empty string                             | e2e only (as above)                                              |
// | HS256, RSA public key DER as secret          | jwtauth TestRejections/"HS256 with RSA public key"               |
// | HS256, RSA public key PEM as secret          | jwtauth TestRejections/"HS256 with RSA public key" (PEM variant) |
// | HS256 with the oct key the JWKS publishes    | jwtauth TestSymmetricKeysInRemoteSetIgnored; FuzzVerify seed hs256-with-kid; FuzzGate seed-02 |
// | ES256 with the kid of an RSA key             | jwtauth TestRejections/"alg does not fit key"; FuzzVerify seed es256-wrong-key-kid |
// | ES256 header on an ES384 key and signature   | jwtauth TestRejections/"ES256 header, ES384 key"                 |
// | PS256 with an RS256-pinned key               | jwtauth TestKeySets ("PS256 with RS256-pinned key")              |
// | RS256 with a 1024-bit key in the set         | jwtauth TestKeySets (short RSA keys skipped)                     |
// | ES256 with a use=enc key in the set          | jwtauth TestKeySets (encryption keys skipped)                    |
// | unknown kid                                  | jwtauth TestRejections/"unknown kid"; FuzzVerify seed rs256-unknown-kid |
// | kid naming a real key, signed by another     | jwtauth TestRejections/"signed by another key"                   |
// | no kid, signed by another key                | FuzzVerify seed eddsa-no-kid                                     |
// | tampered payload                             | jwtauth TestRejections/"tampered claims"                         |
// | tampered signature                           | jwtauth TestVerifiedTokenCache (bad token); FuzzVerify seed rs256-known-kid-bad-sig |
// | empty signature                              | jwtauth TestRejections/"empty signature"                         |
// | ES256 zero signature (r = s = 0)             | e2e only (CVE-2022-21449 shape; Go crypto/ecdsa)                 |
// | signature in standard base64                 | e2e only (strict base64url; TestRejections/"padded base64")      |
// | signature with base64 padding                | e2e only (as above)                                              |
// | signature with non-zero trailing bits        | e2e only (as above)                                              |
// | embedded jwk header, no kid                  | e2e only (jwtauth reads alg, kid, typ, crit only)                |
// | embedded jwk header, real kid                | e2e only (as above)                                              |
// | jku header to the attacker's JWKS            | e2e only (as above; the URL is never fetched)                    |
// | x5u header to the attacker's certificate     | e2e only (as above; the URL is never fetched)                    |
// | x5c header with the attacker's certificate   | e2e only (as above)                                              |
// | unknown crit                                 | jwtauth TestRejections/"crit header"; FuzzVerify seed crit       |
// | b64=false, unencoded payload (RFC 7797)      | FuzzVerify seed b64-false                                        |
// | b64=false, detached payload                  | jwtauth TestRejections/"crit header" (crit b64)                  |
// | b64=false header on an encoded payload       | jwtauth TestRejections/"crit header" (crit b64)                  |
// | detached payload (RFC 7515 appendix F)       | e2e only (strict claims decoding; FuzzVerify seed dots)          |
// | JWS JSON serialization, flattened            | jwtauth TestJSONSerializationNotClaimed                          |
// | JWS JSON serialization, general              | jwtauth TestJSONSerializationNotClaimed; FuzzVerify seed json-serialization |
// | JWE compact (five parts)                     | FuzzVerify seed jwe-five-parts                                   |
// | four parts                                   | jwtauth TestRejections/"four parts"                              |
// | padded base64 header                         | jwtauth TestRejections/"padded base64"; FuzzVerify seed padded   |
// | header not JSON                              | jwtauth TestRejections/"header not JSON"                         |
// | header a JSON array                          | FuzzVerify seed header-array                                     |
// | trailing JSON after the header               | jwtauth TestStrictParsingAndBounds/"trailing JSON in header"     |
// | claims a JSON string                         | FuzzVerify seed claims-string                                    |
// | empty segments                               | FuzzVerify seed dots                                             |
// | non-ASCII token                              | FuzzVerify seed unicode                                          |
// | kid of 300 characters                        | jwtauth TestStrictParsingAndBounds/"kid too long"                |
// | oversized token (17 KiB, validly signed)     | jwtauth TestRejections/"oversize"                                |
// | oversized token (88 KB, validly signed)      | jwtauth TestRejections/"oversize" (REFERENCE.md's 88 KB case)    |
// | token beyond the HTTP header limit (1.2 MB)  | e2e only (net/http MaxHeaderBytes: 431)                          |
// | expired                                      | jwtauth TestRejections/"expired"; TestLeeway                     |
// | exp exactly at the leeway edge               | jwtauth TestLeeway (claims.go: !now.Before(exp+leeway))          |
// | missing exp                                  | jwtauth TestRejections/"no exp"                                  |
// | exp not a number                             | jwtauth TestRejections/"exp not a number"                        |
// | exp 1e300                                    | FuzzVerify seed exp-huge                                         |
// | exp negative                                 | e2e only (numericDate range check)                               |
// | nbf in the future                            | jwtauth TestRejections/"nbf in future"; TestNbfAndIatLeeway      |
// | nbf not a number                             | e2e only (numericDate; TestRejections/"exp not a number")        |
// | iat in the future                            | jwtauth TestRejections/"iat in future"; TestNbfAndIatLeeway      |
// | wrong iss                                    | jwtauth TestRejections/"wrong iss"                               |
// | iss with a trailing slash                    | jwtauth TestRejections/"iss prefix"                              |
// | missing iss                                  | e2e only (issuer lookup; TestRejections/"wrong iss")             |
// | iss not a string                             | e2e only (as above)                                              |
// | wrong aud                                    | jwtauth TestRejections/"wrong aud"; mcpauth TestFailuresAreShapedByTheGate/"jwt for another audience" |
// | aud array without the resource               | jwtauth TestRejections/"wrong aud array"                         |
// | missing aud                                  | jwtauth TestRejections/"missing aud"                             |
// | aud array with a non-string member           | jwtauth TestStrictParsingAndBounds/"aud with a non-string"       |
// | aud nested array                             | FuzzVerify seed aud-nested                                       |
// | aud with a trailing slash                    | e2e only (exact match; TestRejections/"wrong aud")               |
// | aud of the admin endpoint, on /mcp           | examples/server TestJWTFromJWKSFile                              |
// | aud of /mcp, on the admin endpoint           | examples/server TestJWTFromJWKSFile                              |
// | missing sub                                  | jwtauth TestRejections/"missing sub"                             |
// | empty sub                                    | e2e only (claims.go subject; TestRejections/"missing sub")       |
// | sub not a string                             | e2e only (as above)                                              |
// | scope without tools, calling whoami (403)    | mcpauth TestFailuresAreShapedByTheGate/"insufficient scope jwt"  |
// | admin token without admin scope (403)        | examples/server TestJWTFromJWKSFile                              |
// | another subject's token on alice's session   | mcpauth TestSessionBoundToItsUser                                |
// | token in the query string                    | mcpauth TestQueryTokensRefusedBeforeAuthenticators; TestFailuresAreShapedByTheGate/"query-string token" |
// | header token plus ?access_token=             | mcpauth TestQueryTokensRefusedBeforeAuthenticators               |
// | ?access%5Ftoken= (encoded name)              | mcpauth TestQueryTokensRefusedBeforeAuthenticators; FuzzGate seed-12 |
// | two Authorization headers                    | mcpauth TestBearerToken; TestFailuresAreShapedByTheGate/"two authorization headers" |
// | JWT plus X-API-Key                           | mcpauth TestMoreThanOneCredentialIsRefused/"key and bearer"      |
// | two tokens in one Bearer header              | mcpauth TestBearerToken ("Bearer a b")                           |
// | two Bearer credentials comma-joined          | mcpauth TestBearerToken (e2e variant); FuzzGate seed-07          |
// | JWT under the DPoP scheme                    | mcpauth TestBearerToken ("Token abc", "Basic abc")               |
// | empty Bearer                                 | mcpauth TestBearerToken ("Bearer "); FuzzGate seed-10            |
// | JWT in X-API-Key                             | e2e only (apikey claims its header; TestFailuresAreShapedByTheGate/"malformed key") |
//
// Also, outside the per-kind table: a token accepted inside the leeway is
// refused once exp + leeway passes (jwtauth TestVerifiedTokenCache,
// TestLeewayThroughTheGate); a flood of forged kids costs at most one JWKS
// fetch (jwtauth TestForgedKidFloodCostsOneFetch); the jku and x5u URLs are
// never fetched; typ is not enforced by the example (it sets no
// RequiredType; jwtauth TestTypeEnforcement covers RequiredType).
import test from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { startExampleServer, dumpLog } from '../lib/harness.mjs';
import { startJWKS, jose, b64u } from '../lib/jwks.mjs';

const PROTOCOL = '2025-11-25';
const ACCEPT = 'application/json, text/event-stream';
const LEEWAY = 30; // seconds: the example server's jwtauth.Config.Leeway

const rpc = (id, method, params) => JSON.stringify({ jsonrpc: '2.0', id, method, ...(params ? { params } : {}) });
const INITIALIZE = rpc(1, 'initialize', { protocolVersion: PROTOCOL, capabilities: {}, clientInfo: { name: 'jose-e2e', version: '1' } });
const INITIALIZED = JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' });
const WHOAMI = rpc(2, 'tools/call', { name: 'whoami', arguments: {} });

const nowSec = () => Math.floor(Date.now() / 1000);

/**
 * One HTTP request with node:http (fetch folds repeated headers into one
 * and cannot send some of the shapes below). A header whose value is an
 * array is sent as that many header lines.
 */
function send(url, { method = 'POST', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.setTimeout(20000, () => req.destroy(new Error(`no answer from ${url} in 20 s`)));
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** A response, for assertion messages. */
function show(res) {
  const body = res.body.length > 2000 ? `${res.body.slice(0, 2000)}… (${res.body.length} bytes)` : res.body;
  return `HTTP ${res.status}\n${Object.entries(res.headers).map(([k, v]) => `${k}: ${v}`).join('\n')}\n\n${body}`;
}

/** The JSON-RPC messages of a response, SSE or JSON. */
function messages(res) {
  if (/^text\/event-stream/.test(res.headers['content-type'] ?? '')) {
    return res.body.split(/\r?\n/).filter((l) => l.startsWith('data:')).map((l) => JSON.parse(l.slice(5)));
  }
  return res.body ? [JSON.parse(res.body)].flat() : [];
}

function resultOf(res, id) {
  assert.equal(res.status, 200, `want 200, got:\n${show(res)}`);
  const msg = messages(res).find((m) => m.id === id);
  assert.ok(msg, `no JSON-RPC response with id ${id}:\n${show(res)}`);
  assert.ok(msg.result, `JSON-RPC error:\n${show(res)}`);
  return msg.result;
}

const mcpHeaders = (extra = {}) => ({ 'Content-Type': 'application/json', Accept: ACCEPT, ...extra });
const bearer = (token) => ({ Authorization: `Bearer ${token}` });

/** initialize, notifications/initialized: the session id. */
async function openSession(url, auth) {
  const res = await send(url, { headers: mcpHeaders(auth), body: INITIALIZE });
  const result = resultOf(res, 1);
  assert.equal(result.protocolVersion, PROTOCOL);
  const sid = res.headers['mcp-session-id'];
  assert.ok(sid, `no Mcp-Session-Id:\n${show(res)}`);
  const ack = await send(url, { headers: mcpHeaders({ ...auth, 'Mcp-Session-Id': sid, 'MCP-Protocol-Version': PROTOCOL }), body: INITIALIZED });
  assert.equal(ack.status, 202, `notifications/initialized:\n${show(ack)}`);
  return sid;
}

const callWhoami = (url, auth, sid) =>
  send(url, { headers: mcpHeaders({ ...auth, 'Mcp-Session-Id': sid, 'MCP-Protocol-Version': PROTOCOL }), body: WHOAMI });

/** whoami's answer, from the structured content (checked against the text). */
function whoamiOf(res) {
  const result = resultOf(res, 2);
  assert.ok(!result.isError, `whoami failed:\n${show(res)}`);
  assert.deepEqual(JSON.parse(result.content[0].text), result.structuredContent);
  return result.structuredContent;
}

/** Parse the auth-params of a Bearer challenge. */
function challengeParams(h) {
  const out = {};
  for (const m of (h ?? '').replace(/^Bearer\s*/, '').matchAll(/([a-z_]+)="([^"]*)"/g)) out[m[1]] = m[2];
  return out;
}

test('jose: JWTs from an independent JOSE implementation against its own JWKS', { timeout: 60000 }, async (t) => {
  const idp = await startJWKS(t);
  // Rate limits raised: this test sends a few hundred requests from one IP
  // in seconds, which the defaults (300/m per IP) are there to stop.
  const s = await startExampleServer(t, ['-issuer', idp.issuer, '-jwks-url', idp.jwksURL, '-ip-rate', '100000/m', '-rate', '100000/m']);
  const mainURL = s.url;
  const adminURL = `${s.url}/admin`;
  const metadataFor = (url) => `${s.base}/.well-known/oauth-protected-resource${new URL(url).pathname}`;

  /** Claims of a valid token for aud (default: the main endpoint); undefined deletes. */
  const claims = (over = {}) => {
    const n = nowSec();
    const c = { iss: idp.issuer, sub: 'alice', aud: mainURL, iat: n, nbf: n - 5, exp: n + 300, scope: 'tools read', ...over };
    for (const [k, v] of Object.entries(over)) if (v === undefined) delete c[k];
    return c;
  };
  const mint = (over, opts) => idp.mint(claims(over), opts);

  // A subtest that prints the server's log of its own span, and the full
  // log once, when it fails (the harness prints it only for a failing
  // top-level test).
  let fullLogShown = false;
  const sub = (parent, name, fn) => parent.test(name, async (st) => {
    const from = s.output().length;
    st.after(() => {
      if (st.passed) return;
      dumpLog(`example server, during "${name}"`, s.output().slice(from));
      if (!fullLogShown) { fullLogShown = true; dumpLog('example server (whole log)', s.output()); }
    });
    await fn(st);
  });

  await sub(t, 'protected-resource metadata names the issuer', async () => {
    for (const url of [mainURL, adminURL]) {
      const res = await send(metadataFor(url), { method: 'GET' });
      assert.equal(res.status, 200, show(res));
      const md = JSON.parse(res.body);
      assert.equal(md.resource, url, show(res));
      assert.deepEqual(md.authorization_servers, [idp.issuer], show(res));
    }
    assert.ok(idp.hits('/jwks.json') >= 1, 'the server fetched the JWK Set at start');
  });

  // alice's session, opened with a valid token: the adversarial kinds
  // present their tokens on it too.
  const aliceToken = await mint({}, { key: 'es256' });
  const aliceSession = await openSession(mainURL, bearer(aliceToken));

  await t.test('valid tokens', async (t) => {
    const algs = [
      ['RS256', 'rs256'], ['RS384', 'rsa'], ['RS512', 'rsa'], ['PS256', 'rsa'], ['PS384', 'rsa'], ['PS512', 'rsa'],
      ['ES256', 'es256'], ['ES384', 'es384'], ['ES512', 'es512'], ['EdDSA', 'eddsa'],
    ];
    for (const [alg, key] of algs) {
      await sub(t, `${alg} (key ${idp.keys[key].kid}) → initialize and whoami`, async () => {
        const subject = `user-${alg.toLowerCase()}`;
        const exp = nowSec() + 600;
        const token = await mint({ sub: subject, exp, scope: 'tools read' }, { key, alg });
        const sid = await openSession(mainURL, bearer(token));
        const res = await callWhoami(mainURL, bearer(token), sid);
        const who = whoamiOf(res);
        assert.equal(who.subject, subject, show(res));
        assert.equal(who.method, 'jwt', show(res));
        assert.equal(who.issuer, idp.issuer, show(res));
        assert.equal(who.key_id, idp.keys[key].kid, show(res));
        assert.deepEqual(who.scopes, ['tools', 'read'], show(res));
        assert.equal(Date.parse(who.expires_at), (exp + LEEWAY) * 1000, `expires_at is exp + leeway:\n${show(res)}`);
        // No token passthrough: the tool sees neither the header nor the token.
        assert.ok(!Object.keys(who.headers).some((h) => h.toLowerCase() === 'authorization'), show(res));
        assert.ok(!res.body.includes(token.split('.')[2]), `the token reached the tool:\n${show(res)}`);
      });
    }

    await sub(t, 'scp array instead of scope, aud array naming the resource', async () => {
      const token = await mint({ scope: undefined, scp: ['tools', 'read'], aud: ['https://elsewhere.example/', mainURL] }, { key: 'eddsa' });
      const sid = await openSession(mainURL, bearer(token));
      const res = await callWhoami(mainURL, bearer(token), sid);
      assert.deepEqual(whoamiOf(res).scopes, ['tools', 'read'], show(res));
    });

    await sub(t, 'leeway: exp 10 s ago, nbf and iat 10 s ahead are accepted (30 s leeway)', async () => {
      const n = nowSec();
      for (const over of [{ exp: n - 10 }, { nbf: n + 10 }, { iat: n + 10 }]) {
        const token = await mint(over, { key: 'es256' });
        const res = await callWhoami(mainURL, bearer(token), aliceSession);
        assert.equal(whoamiOf(res).subject, 'alice', `${JSON.stringify(over)}:\n${show(res)}`);
      }
    });

    await sub(t, 'lowercase bearer scheme is accepted (RFC 6750: case-insensitive)', async () => {
      const res = await callWhoami(mainURL, { Authorization: `bearer ${aliceToken}` }, aliceSession);
      assert.equal(whoamiOf(res).subject, 'alice', show(res));
    });

    await sub(t, 'typ is not enforced by the example (no RequiredType): at+jwt and JWT both pass', async () => {
      for (const typ of ['at+jwt', 'JWT']) {
        const token = await mint({}, { key: 'es256', header: { typ } });
        const res = await callWhoami(mainURL, bearer(token), aliceSession);
        assert.equal(whoamiOf(res).subject, 'alice', `typ ${typ}:\n${show(res)}`);
      }
    });

    await sub(t, 'admin endpoint: a token for its audience with scope admin', async () => {
      const token = await mint({ aud: adminURL, scope: 'admin' }, { key: 'rs256' });
      const res = await send(adminURL, { headers: mcpHeaders(bearer(token)), body: INITIALIZE });
      resultOf(res, 1);
    });

    await sub(t, 'official TypeScript SDK client (requestInit headers): tools/list and whoami', async () => {
      const token = await mint({ sub: 'sdk-user', scope: 'tools' }, { key: 'es384' });
      const client = new Client({ name: 'jose-e2e-sdk', version: '1.0.0' });
      const transport = new StreamableHTTPClientTransport(new URL(mainURL), { requestInit: { headers: bearer(token) } });
      await client.connect(transport);
      try {
        const { tools } = await client.listTools();
        assert.ok(tools.some((x) => x.name === 'whoami'), JSON.stringify(tools));
        const r = await client.callTool({ name: 'whoami', arguments: {} });
        assert.equal(r.structuredContent.subject, 'sdk-user', JSON.stringify(r));
        assert.equal(r.structuredContent.method, 'jwt', JSON.stringify(r));
        assert.equal(r.structuredContent.key_id, idp.keys.es384.kid, JSON.stringify(r));
        assert.deepEqual(r.structuredContent.scopes, ['tools'], JSON.stringify(r));
      } finally {
        await client.close();
      }
    });

    await sub(t, 'official TypeScript SDK client with an expired token: refused with 401', async () => {
      const token = await mint({ exp: nowSec() - 120 }, { key: 'es384' });
      const client = new Client({ name: 'jose-e2e-sdk', version: '1.0.0' });
      const transport = new StreamableHTTPClientTransport(new URL(mainURL), { requestInit: { headers: bearer(token) } });
      await assert.rejects(client.connect(transport), (err) => {
        assert.equal(err.code, 401, String(err));
        assert.match(String(err), /invalid_token/);
        return true;
      });
      await client.close().catch(() => {});
    });
  });

  // --- The adversarial kinds. ---------------------------------------------
  const bad = (description) => ({ status: 401, error: 'invalid_token', description });
  const unsupported = bad('unsupported credential');
  const badAlg = bad('signing algorithm not allowed');
  const noKey = bad('no verification key for this token');
  const badSig = bad('signature verification failed');
  // The signature is the key's, over the right input, but not spelled as
  // RFC 7515 §2 says (base64url, no padding, no stray bits): whether the
  // verifier calls it malformed or a bad signature, it must refuse it.
  const nonCanonical = bad(/^(signature verification failed|malformed token.*)$/);
  const badHeader = bad('malformed token header');
  const badAud = bad('token audience not accepted');
  const badIss = bad('token issuer not accepted');
  const noSub = bad('token has no subject');
  const invalidRequest = (description) => ({ status: 400, error: 'invalid_request', description });

  const validParts = async (key = 'es256') => (await mint({}, { key })).split('.');
  const rsaSPKI = idp.keys.rs256.publicKey.export({ type: 'spki', format: 'der' });
  const rsaPEM = idp.keys.rs256.publicKey.export({ type: 'spki', format: 'pem' });
  const enc = (o) => b64u(typeof o === 'string' ? o : JSON.stringify(o));

  // Each kind: token (the bearer token) or request (headers and query);
  // want: the refusal; on: where to send it (default: a fresh initialize on
  // /mcp and whoami on alice's session).
  const kinds = [
    // Algorithms.
    { name: 'alg none (jose UnsecuredJWT)', token: () => new jose.UnsecuredJWT(claims()).encode(), want: badAlg },
    { name: 'alg none, real kid, real signature kept', token: async () => {
      const [, , sig] = await validParts('es256');
      return `${enc({ alg: 'none', kid: idp.keys.es256.kid })}.${enc(claims())}.${sig}`;
    }, want: badAlg },
    { name: 'alg None (case variant)', token: () => `${enc({ alg: 'None' })}.${enc(claims())}.`, want: badAlg },
    { name: 'alg NONE (case variant)', token: () => `${enc({ alg: 'NONE' })}.${enc(claims())}.`, want: badAlg },
    { name: 'alg missing', token: () => idp.signCompact('es256', { kid: idp.keys.es256.kid }, claims(), { alg: 'ES256' }), want: badAlg },
    { name: 'alg empty string', token: () => idp.signCompact('es256', { alg: '', kid: idp.keys.es256.kid }, claims(), { alg: 'ES256' }), want: badAlg },
    { name: 'HS256, RSA public key DER as secret', token: () => idp.mint(claims(), { key: { privateKey: new Uint8Array(rsaSPKI), kid: idp.keys.rs256.kid }, alg: 'HS256' }), want: badAlg },
    { name: 'HS256, RSA public key PEM as secret', token: () => idp.mint(claims(), { key: { privateKey: new TextEncoder().encode(rsaPEM), kid: idp.keys.rs256.kid }, alg: 'HS256' }), want: badAlg },
    { name: 'HS256 with the oct key the JWKS publishes', token: () => mint({}, { key: 'hmac' }), want: badAlg },
    { name: 'ES256 with the kid of an RSA key', token: () => mint({}, { key: 'es256', kid: idp.keys.rs256.kid }), want: noKey },
    { name: 'ES256 header on an ES384 key and signature', token: () => idp.signCompact('es384', { alg: 'ES256', kid: idp.keys.es384.kid }, claims(), { alg: 'ES384' }), want: noKey },
    { name: 'PS256 with an RS256-pinned key', token: () => mint({}, { key: 'rs256', alg: 'PS256' }), want: noKey },
    { name: 'RS256 with a 1024-bit key in the set', token: () => idp.signCompact('rsa1024', { alg: 'RS256', kid: idp.keys.rsa1024.kid }, claims()), want: noKey },
    { name: 'ES256 with a use=enc key in the set', token: () => mint({}, { key: 'enc', alg: 'ES256' }), want: noKey },
    // Keys and signatures.
    { name: 'unknown kid', token: () => mint({}, { key: 'attacker', kid: 'no-such-kid' }), want: noKey },
    { name: 'kid naming a real key, signed by another', token: () => mint({}, { key: 'attacker', kid: idp.keys.es256.kid }), want: badSig },
    { name: 'no kid, signed by another key', token: () => mint({}, { key: 'attacker', kid: null }), want: badSig },
    { name: 'tampered payload', token: async () => {
      const [h, , sig] = await validParts('rs256');
      return `${h}.${enc(claims({ sub: 'root', scope: 'tools read admin maintenance' }))}.${sig}`;
    }, want: badSig },
    { name: 'tampered signature', token: async () => {
      const [h, p, sig] = await validParts('eddsa');
      const raw = Buffer.from(sig, 'base64url');
      raw[raw.length >> 1] ^= 0x01;
      return `${h}.${p}.${b64u(raw)}`;
    }, want: badSig },
    { name: 'empty signature', token: async () => { const [h, p] = await validParts('rs256'); return `${h}.${p}.`; }, want: badSig },
    { name: 'ES256 zero signature (r = s = 0)', token: async () => { const [h, p] = await validParts('es256'); return `${h}.${p}.${b64u(Buffer.alloc(64))}`; }, want: badSig },
    { name: 'signature in standard base64', token: async () => {
      // Mint until the signature has a character base64url and base64 spell differently.
      for (;;) {
        const [h, p, sig] = await validParts('es256');
        if (/[-_]/.test(sig)) return `${h}.${p}.${sig.replace(/-/g, '+').replace(/_/g, '/')}`;
      }
    }, want: nonCanonical },
    { name: 'signature with base64 padding', token: async () => {
      for (;;) {
        const [h, p, sig] = await validParts('rs256'); // 256 bytes: base64 pads with one "="
        if (sig.length % 4) return `${h}.${p}.${sig}${'='.repeat(4 - (sig.length % 4))}`;
      }
    }, want: nonCanonical },
    { name: 'signature with non-zero trailing bits', token: async () => {
      // 64 bytes take 86 characters: the last one carries 4 unused bits.
      const [h, p, sig] = await validParts('es256');
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
      const last = alphabet[alphabet.indexOf(sig.at(-1)) ^ 1];
      return `${h}.${p}.${sig.slice(0, -1)}${last}`;
    }, want: nonCanonical },
    // Headers that name keys.
    { name: 'embedded jwk header, no kid', token: () => mint({}, { key: 'attacker', kid: null, header: { jwk: publicOnly(idp.keys.attacker.jwk) } }), want: badSig },
    { name: 'embedded jwk header, real kid', token: () => mint({}, { key: 'attacker', kid: idp.keys.es256.kid, header: { jwk: publicOnly(idp.keys.attacker.jwk) } }), want: badSig },
    { name: 'jku header to the attacker\'s JWKS', token: () => mint({}, { key: 'attacker', header: { jku: idp.attackerJWKSURL } }), want: noKey,
      after: () => assert.equal(idp.hits('/attacker/jwks.json'), 0, 'the server fetched the jku URL') },
    { name: 'x5u header to the attacker\'s certificate', token: () => mint({}, { key: 'attacker', kid: null, header: { x5u: idp.attackerCertURL } }), want: badSig,
      after: () => assert.equal(idp.hits('/attacker/cert.pem'), 0, 'the server fetched the x5u URL') },
    { name: 'x5c header with the attacker\'s certificate', token: () => mint({}, { key: 'attacker', kid: null, header: { x5c: [idp.attackerCertDER.toString('base64')] } }), want: badSig },
    // Serialization.
    { name: 'unknown crit', token: () => idp.signCompact('es256', { alg: 'ES256', kid: idp.keys.es256.kid, crit: ['exp'], exp: 1 }, claims()), want: bad('unsupported critical header parameters') },
    { name: 'b64=false, unencoded payload (RFC 7797)', token: async () => {
      // jose signs the unencoded payload and leaves it out (detached); put
      // it back, as RFC 7797 §5 lays out the compact form. Its dots make
      // more than three parts.
      const payload = JSON.stringify(claims());
      const jws = await new jose.FlattenedSign(new TextEncoder().encode(payload))
        .setProtectedHeader({ alg: 'ES256', kid: idp.keys.es256.kid, b64: false, crit: ['b64'] }).sign(idp.keys.es256.privateKey);
      return `${jws.protected}.${payload}.${jws.signature}`;
    }, want: unsupported },
    { name: 'b64=false, detached payload', token: async () => {
      const jws = await new jose.FlattenedSign(new TextEncoder().encode(JSON.stringify(claims())))
        .setProtectedHeader({ alg: 'ES256', kid: idp.keys.es256.kid, b64: false, crit: ['b64'] }).sign(idp.keys.es256.privateKey);
      return `${jws.protected}..${jws.signature}`;
    }, want: bad('unsupported critical header parameters') },
    { name: 'b64=false header on an encoded payload', token: () => idp.signCompact('es256', { alg: 'ES256', kid: idp.keys.es256.kid, b64: false, crit: ['b64'] }, claims()), want: bad('unsupported critical header parameters') },
    { name: 'detached payload (RFC 7515 appendix F)', token: async () => { const [h, , sig] = await validParts('es256'); return `${h}..${sig}`; },
      want: bad('malformed token claims') },
    { name: 'JWS JSON serialization, flattened', token: async () => JSON.stringify(await new jose.FlattenedSign(new TextEncoder().encode(JSON.stringify(claims())))
      .setProtectedHeader({ alg: 'ES256', kid: idp.keys.es256.kid }).sign(idp.keys.es256.privateKey)), want: unsupported },
    { name: 'JWS JSON serialization, general', token: async () => JSON.stringify(await new jose.GeneralSign(new TextEncoder().encode(JSON.stringify(claims())))
      .addSignature(idp.keys.es256.privateKey).setProtectedHeader({ alg: 'ES256', kid: idp.keys.es256.kid }).sign()), want: unsupported },
    { name: 'JWE compact (five parts)', token: () => new jose.EncryptJWT(claims()).setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: idp.keys.rs256.kid })
      .encrypt(idp.keys.rs256.publicKey), want: unsupported },
    { name: 'four parts', token: async () => `${await mint({}, { key: 'es256' })}.eA`, want: unsupported },
    { name: 'padded base64 header', token: async () => { const [h, p, sig] = await validParts('rs256'); return `${h}=.${p}.${sig}`; }, want: badHeader },
    { name: 'header not JSON', token: () => idp.signCompact('es256', 'nope', claims(), { alg: 'ES256' }), want: badHeader },
    { name: 'header a JSON array', token: () => idp.signCompact('es256', '["ES256"]', claims(), { alg: 'ES256' }), want: badHeader },
    { name: 'trailing JSON after the header', token: () => idp.signCompact('es256', `${JSON.stringify({ alg: 'ES256', kid: idp.keys.es256.kid })}{}`, claims(), { alg: 'ES256' }), want: badHeader },
    { name: 'claims a JSON string', token: () => new jose.CompactSign(new TextEncoder().encode(JSON.stringify('just a string')))
      .setProtectedHeader({ alg: 'ES256', kid: idp.keys.es256.kid }).sign(idp.keys.es256.privateKey), want: bad('malformed token claims') },
    { name: 'empty segments', token: () => '..', want: badHeader },
    { name: 'non-ASCII token', token: () => '\u00e9.\u00e9.\u00e9', want: badHeader },
    { name: 'kid of 300 characters', token: () => mint({}, { key: 'es256', kid: 'k'.repeat(300) }), want: badHeader },
    { name: 'oversized token (17 KiB, validly signed)', token: () => mint({ pad: 'x'.repeat(17 << 10) }, { key: 'es256' }), want: bad('token too large') },
    { name: 'oversized token (88 KB, validly signed)', token: () => mint({ pad: 'x'.repeat(88000) }, { key: 'es256' }), want: bad('token too large') },
    { name: 'token beyond the HTTP header limit (1.2 MB)', token: () => mint({ pad: 'x'.repeat(1200000) }, { key: 'es256' }), want: { status: 431 } },
    // Time claims (leeway 30 s).
    { name: 'expired', token: () => mint({ exp: nowSec() - 120 }), want: bad('token expired') },
    { name: 'exp exactly at the leeway edge', token: () => mint({ exp: nowSec() - LEEWAY }), want: bad('token expired') },
    { name: 'missing exp', token: () => mint({ exp: undefined }), want: bad('token has no expiry') },
    { name: 'exp not a number', token: () => mint({ exp: 'tomorrow' }), want: bad('malformed exp claim') },
    { name: 'exp 1e300', token: () => idp.signCompact('es256', { alg: 'ES256', kid: idp.keys.es256.kid }, JSON.stringify(claims()).replace(/"exp":\d+/, '"exp":1e300')), want: bad('malformed exp claim') },
    { name: 'exp negative', token: () => mint({ exp: -1 }), want: bad('malformed exp claim') },
    { name: 'nbf in the future', token: () => mint({ nbf: nowSec() + LEEWAY + 15 }), want: bad('token not yet valid') },
    { name: 'nbf not a number', token: () => mint({ nbf: 'now' }), want: bad('malformed nbf claim') },
    { name: 'iat in the future', token: () => mint({ iat: nowSec() + LEEWAY + 15 }), want: bad('token issued in the future') },
    // Issuer, audience, subject.
    { name: 'wrong iss', token: () => mint({ iss: 'https://evil.example' }), want: badIss },
    { name: 'iss with a trailing slash', token: () => mint({ iss: `${idp.issuer}/` }), want: badIss },
    { name: 'missing iss', token: () => mint({ iss: undefined }), want: badIss },
    { name: 'iss not a string', token: () => mint({ iss: [idp.issuer] }), want: badIss },
    { name: 'wrong aud', token: () => mint({ aud: 'https://other.example/mcp' }), want: badAud },
    { name: 'aud array without the resource', token: () => mint({ aud: ['https://a.example/mcp', 'https://b.example/mcp'] }), want: badAud },
    { name: 'missing aud', token: () => mint({ aud: undefined }), want: badAud },
    { name: 'aud array with a non-string member', token: () => mint({ aud: [mainURL, 5] }), want: badAud },
    { name: 'aud nested array', token: () => mint({ aud: [[mainURL]] }), want: badAud },
    { name: 'aud with a trailing slash', token: () => mint({ aud: `${mainURL}/` }), want: badAud },
    { name: 'aud of the admin endpoint, on /mcp', token: () => mint({ aud: adminURL, scope: 'tools admin' }), want: badAud },
    { name: 'aud of /mcp, on the admin endpoint', token: () => mint({ scope: 'tools admin' }), want: badAud, on: ['admin'] },
    { name: 'missing sub', token: () => mint({ sub: undefined }), want: noSub },
    { name: 'empty sub', token: () => mint({ sub: '' }), want: noSub },
    { name: 'sub not a string', token: () => mint({ sub: 42 }), want: noSub },
    // Valid tokens short of what the operation needs.
    { name: 'scope without tools, calling whoami (403)', token: () => mint({ scope: 'read' }),
      want: { status: 403, error: 'insufficient_scope', description: 'this operation needs scope tools', scope: 'tools' }, on: ['session'] },
    { name: 'admin token without admin scope (403)', token: () => mint({ aud: adminURL, scope: 'tools' }),
      want: { status: 403, error: 'insufficient_scope', description: 'missing scope: admin', scope: 'admin' }, on: ['admin'] },
    { name: 'another subject\'s token on alice\'s session', token: () => mint({ sub: 'mallory' }),
      want: { status: 403, body: /session user mismatch/ }, on: ['session'] },
    // How the token travels.
    { name: 'token in the query string', request: async () => ({ query: `?access_token=${await mint({})}` }),
      want: invalidRequest('access tokens are not accepted in the query string') },
    { name: 'header token plus ?access_token=', request: async () => { const tok = await mint({}); return { headers: bearer(tok), query: `?access_token=${tok}` }; },
      want: invalidRequest('access tokens are not accepted in the query string') },
    { name: '?access%5Ftoken= (encoded name)', request: async () => ({ query: `?x=1&access%5Ftoken=${await mint({})}` }),
      want: invalidRequest('access tokens are not accepted in the query string') },
    { name: 'two Authorization headers', request: async () => ({ headers: { Authorization: [`Bearer ${await mint({})}`, `Bearer ${await mint({ sub: 'mallory' })}`] } }),
      want: invalidRequest('more than one Authorization header') },
    { name: 'JWT plus X-API-Key', request: async () => ({ headers: { ...bearer(await mint({})), 'X-API-Key': s.key ?? 'mcp_x' } }),
      want: invalidRequest('more than one credential in the request') },
    { name: 'two tokens in one Bearer header', request: async () => ({ headers: { Authorization: `Bearer ${await mint({})} ${await mint({})}` } }), want: unsupported },
    { name: 'two Bearer credentials comma-joined', request: async () => ({ headers: { Authorization: `Bearer ${await mint({})}, Bearer ${await mint({})}` } }), want: unsupported },
    { name: 'JWT under the DPoP scheme', request: async () => ({ headers: { Authorization: `DPoP ${await mint({})}` } }), want: unsupported },
    { name: 'empty Bearer', request: () => ({ headers: { Authorization: 'Bearer ' } }), want: unsupported },
    { name: 'JWT in X-API-Key', request: async () => ({ headers: { 'X-API-Key': await mint({}) } }), want: bad('malformed API key') },
  ];

  /** Assert that res is the refusal want describes, for endpoint url. */
  function expectRefusal(res, want, url, label) {
    const ctx = `${label}: want ${want.status}${want.error ? ` ${want.error}` : ''}${want.description ? ` ${want.description instanceof RegExp ? want.description : `"${want.description}"`}` : ''}, got:\n${show(res)}`;
    assert.notEqual(res.status, 200, `ACCEPTED — ${ctx}`);
    assert.equal(res.status, want.status, ctx);
    if (want.body) assert.match(res.body, want.body, ctx);
    if (!want.error) return;
    const h = res.headers['www-authenticate'];
    assert.ok(h && /^Bearer /.test(h), `no Bearer challenge — ${ctx}`);
    const p = challengeParams(h);
    assert.equal(p.error, want.error, ctx);
    assert.equal(p.resource_metadata, metadataFor(url), ctx);
    if (want.description instanceof RegExp) assert.match(p.error_description ?? '', want.description, ctx);
    else if (want.description) assert.equal(p.error_description, want.description, ctx);
    if (want.scope) assert.equal(p.scope, want.scope, ctx);
    assert.equal(res.headers['cache-control'], 'no-store', ctx);
    const body = JSON.parse(res.body);
    assert.equal(body.error, want.error, ctx);
    if (want.description instanceof RegExp) assert.match(body.error_description ?? '', want.description, ctx);
    else if (want.description) assert.equal(body.error_description, want.description, ctx);
  }

  await t.test('adversarial tokens', async (t) => {
    for (const kind of kinds) {
      await sub(t, kind.name, async () => {
        const { headers = {}, query = '' } = kind.request ? await kind.request() : { headers: bearer(await kind.token()) };
        for (const where of kind.on ?? ['initialize', 'session']) {
          let res;
          switch (where) {
            case 'initialize':
              res = await send(mainURL + query, { headers: mcpHeaders(headers), body: INITIALIZE });
              expectRefusal(res, kind.want, mainURL, 'initialize on /mcp');
              break;
            case 'session':
              res = await send(mainURL + query, { headers: mcpHeaders({ ...headers, 'Mcp-Session-Id': aliceSession, 'MCP-Protocol-Version': PROTOCOL }), body: WHOAMI });
              expectRefusal(res, kind.want, mainURL, 'whoami on alice\'s session');
              break;
            case 'admin':
              res = await send(adminURL + query, { headers: mcpHeaders(headers), body: INITIALIZE });
              expectRefusal(res, kind.want, adminURL, 'initialize on /mcp/admin');
              break;
          }
        }
        kind.after?.();
      });
    }
  });

  await sub(t, 'the table at the top of this file names every kind', async () => {
    const table = readFileSync(new URL(import.meta.url), 'utf8').split('\nimport ')[0];
    const rows = [...table.matchAll(/^\/\/ \| (.+?) +\| .+\|$/gm)].map((m) => m[1]).filter((n) => n !== 'kind' && !/^-+$/.test(n));
    assert.deepEqual(rows, kinds.map((k) => k.name));
  });

  await sub(t, 'alice\'s session still works: the refusals were about the tokens', async () => {
    const res = await callWhoami(mainURL, bearer(aliceToken), aliceSession);
    assert.equal(whoamiOf(res).subject, 'alice', show(res));
  });

  await sub(t, 'a flood of forged kids costs at most one JWKS fetch', async () => {
    const before = idp.hits('/jwks.json');
    const tokens = await Promise.all(Array.from({ length: 25 }, (_, i) => mint({}, { key: 'attacker', kid: `forged-${i}-${Date.now()}` })));
    const answers = await Promise.all(tokens.map((tok) => send(mainURL, { headers: mcpHeaders(bearer(tok)), body: INITIALIZE })));
    for (const res of answers) expectRefusal(res, noKey, mainURL, 'forged kid');
    assert.ok(idp.hits('/jwks.json') - before <= 1, `JWKS fetched ${idp.hits('/jwks.json') - before} times for 25 forged kids`);
  });

  await sub(t, 'a token accepted inside the leeway is refused once exp + leeway passes', async () => {
    // exp 24 s ago: valid for 5 to 6 more seconds (leeway 30 s).
    const exp = nowSec() - (LEEWAY - 6);
    const token = await mint({ sub: 'late', exp }, { key: 'eddsa' });
    const sid = await openSession(mainURL, bearer(token));
    const first = await callWhoami(mainURL, bearer(token), sid);
    assert.equal(whoamiOf(first).subject, 'late', show(first));
    const edge = (exp + LEEWAY) * 1000;
    const deadline = edge + 5000;
    for (;;) {
      const at = Date.now();
      const res = await callWhoami(mainURL, bearer(token), sid);
      if (res.status !== 200) {
        // Verified again (or the gate's own expiry check on a cached principal).
        assert.equal(res.status, 401, show(res));
        assert.match(challengeParams(res.headers['www-authenticate']).error_description ?? '', /^(token|credential) expired$/, show(res));
        assert.ok(at >= edge - 1000, `refused ${edge - at} ms before exp + leeway`);
        break;
      }
      whoamiOf(res);
      assert.ok(Date.now() < deadline, `still accepted ${Date.now() - edge} ms after exp + leeway:\n${show(res)}`);
      await new Promise((r) => setTimeout(r, 200)); // poll interval, bounded by the deadline above
    }
  });

  await sub(t, 'OpenID discovery: -issuer alone finds the JWKS', async (st) => {
    const before = idp.hits('/.well-known/openid-configuration') + idp.hits('/.well-known/oauth-authorization-server');
    const d = await startExampleServer(st, ['-issuer', idp.issuer, '-ip-rate', '100000/m']);
    assert.ok(idp.hits('/.well-known/openid-configuration') + idp.hits('/.well-known/oauth-authorization-server') > before, 'no discovery request');
    const token = await idp.mint(claims({ aud: d.url, sub: 'discovered' }), { key: 'eddsa' });
    const sid = await openSession(d.url, bearer(token));
    const res = await callWhoami(d.url, bearer(token), sid);
    assert.equal(whoamiOf(res).subject, 'discovered', show(res));
    const forged = await idp.mint(claims({ aud: d.url }), { key: 'attacker', kid: idp.keys.eddsa.kid, alg: 'ES256' });
    const refused = await send(d.url, { headers: mcpHeaders(bearer(forged)), body: INITIALIZE });
    assert.equal(refused.status, 401, show(refused));
  });

  await sub(t, 'nothing fetched the attacker\'s jku and x5u URLs', async () => {
    assert.equal(idp.hits('/attacker/jwks.json'), 0, JSON.stringify(idp.requests()));
    assert.equal(idp.hits('/attacker/cert.pem'), 0, JSON.stringify(idp.requests()));
  });
});

/** A JWK without its private members (exportJWK of a public key is already so). */
function publicOnly(jwk) {
  const { d, p, q, dp, dq, qi, k, ...pub } = jwk;
  return pub;
}
