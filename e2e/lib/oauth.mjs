// Helpers of the OAuth end-to-end tests: the OpenID Provider of
// e2e/oidc/provider.mjs (oidc-provider) as a process, its admin calls (key
// rotation), a client-credentials token request made the way a client
// makes it, and a fetch that records what an MCP client sent and got, so
// that a test can prove the path the client took and print it on failure.
import { createHash, randomBytes } from 'node:crypto';

import { dumpLog, node, startProcess } from './harness.mjs';

const providerScript = new URL('../oidc/provider.mjs', import.meta.url).pathname;

/**
 * Start the OpenID Provider with a confidential client whose id and secret
 * are made up here, now. Returns the process handle (harness) plus
 * `issuer`, `clientId`, `clientSecret`, and the admin calls `keys()`,
 * `rotate()` and `retire()` (each resolves to {signing, published,
 * unpublished}).
 */
export async function startProvider(t, { scopes = 'tools maintenance admin', keys = 3 } = {}) {
  const clientId = `mcp-e2e-${randomBytes(4).toString('hex')}`;
  const clientSecret = randomBytes(24).toString('base64url');
  const p = await startProcess(t, 'oidc-provider', node, [providerScript], {
    env: {
      OIDC_E2E_CLIENT_ID: clientId,
      OIDC_E2E_CLIENT_SECRET: clientSecret,
      OIDC_E2E_CLIENT_SCOPES: scopes,
      OIDC_E2E_KEYS: String(keys),
    },
    ready: /^oidc-provider ready issuer=(\S+) admin=(\S+)$/m,
  });
  const [, issuer, admin] = p.match;
  const call = async (method, path) => {
    const r = await fetch(admin + path, { method });
    const body = await r.json();
    if (!r.ok) throw new Error(`provider admin ${method} ${path}: ${r.status} ${JSON.stringify(body)}`);
    return body;
  };
  return {
    ...p,
    issuer,
    admin,
    clientId,
    clientSecret,
    keys: () => call('GET', '/keys'),
    rotate: () => call('POST', '/rotate'),
    retire: () => call('POST', '/retire'),
  };
}

/**
 * Ask the provider's token endpoint for a client-credentials token, as a
 * client does: discovery (OpenID configuration) for the token endpoint,
 * client_secret_basic, the resource indicator (RFC 8707) and the scopes.
 * Resolves to the token response ({access_token, scope, expires_in, ...}).
 */
export async function clientCredentialsToken(provider, { resource, scope }) {
  const md = await (await fetch(`${provider.issuer}/.well-known/openid-configuration`)).json();
  const form = new URLSearchParams({ grant_type: 'client_credentials', resource });
  if (scope) form.set('scope', scope);
  const basic = Buffer.from(`${encodeURIComponent(provider.clientId)}:${encodeURIComponent(provider.clientSecret)}`).toString('base64');
  const r = await fetch(md.token_endpoint, {
    method: 'POST',
    headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: form,
  });
  const body = await r.json();
  if (!r.ok) throw new Error(`token request: ${r.status} ${JSON.stringify(body)}`);
  return body;
}

/** The header and claims of a JWT, unverified (for assertions only). */
export function decodeJwt(token) {
  const [h, p] = String(token).split('.');
  const part = (s) => JSON.parse(Buffer.from(s, 'base64url').toString());
  return { header: part(h), claims: part(p) };
}

/**
 * Parse a WWW-Authenticate challenge (RFC 9110 §11.6.1): its scheme and its
 * auth-params, quoted strings unescaped. One challenge is expected.
 */
export function parseChallenge(value) {
  if (!value) return null;
  const m = /^\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*/.exec(value);
  if (!m) return null;
  const params = {};
  const re = /\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*(?:,|$)/y;
  re.lastIndex = m[0].length;
  let p;
  while (re.lastIndex < value.length && (p = re.exec(value))) {
    params[p[1].toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : p[3];
  }
  return { scheme: m[1].toLowerCase(), params };
}

/**
 * A fetch for an MCP client's transport that records every exchange: the
 * method and URL, the JSON-RPC method (and tool) or the form fields of a
 * token request (never a secret), the bearer token's kid, the status and the
 * WWW-Authenticate challenge. `entries` is the record; `dump()` prints it,
 * and it is printed when the test fails (the client's side of the story,
 * beside the server's and the provider's logs).
 */
export function recordingFetch(t, name) {
  const entries = [];
  const record = async (input, init = {}) => {
    const req = input instanceof Request ? input : null;
    const url = req ? req.url : String(input);
    const method = init.method ?? req?.method ?? 'GET';
    const headers = new Headers(init.headers ?? req?.headers);
    const entry = { method, url };
    const session = headers.get('mcp-session-id');
    if (session) entry.session = session;
    const auth = headers.get('authorization') ?? '';
    if (/^bearer /i.test(auth)) {
      entry.token = auth.slice(7);
      try { entry.kid = decodeJwt(entry.token).header.kid; } catch { entry.kid = '(not a JWT)'; }
    } else if (/^basic /i.test(auth)) {
      entry.clientAuth = 'basic';
    }
    const body = init.body;
    if (body instanceof URLSearchParams || (typeof body === 'string' && !body.startsWith('{') && !body.startsWith('['))) {
      const form = Object.fromEntries(new URLSearchParams(body));
      for (const k of ['client_secret', 'client_assertion']) if (k in form) form[k] = '(redacted)';
      entry.form = form;
    } else if (typeof body === 'string') {
      try {
        const msg = JSON.parse(body);
        entry.rpc = Array.isArray(msg) ? msg.map((x) => x.method) : msg.method;
        if (msg.params?.name) entry.tool = msg.params.name;
      } catch { /* not JSON */ }
    }
    let res;
    try {
      res = await fetch(input, init);
    } catch (err) {
      entry.error = String(err);
      entry.n = entries.push(entry);
      throw err;
    }
    entry.status = res.status;
    const challenge = res.headers.get('www-authenticate');
    if (challenge) entry.wwwAuthenticate = challenge;
    entry.n = entries.push(entry); // numbered as answered
    return res;
  };
  const line = (e) => {
    const what = e.rpc ? `${e.rpc}${e.tool ? ` ${e.tool}` : ''}` : e.form ? `form ${JSON.stringify(e.form)}` : '';
    const tok = e.token ? ` bearer kid=${e.kid} sha256:${createHash('sha256').update(e.token).digest('hex').slice(0, 12)}` : '';
    return `#${e.n} ${e.method} ${e.url} ${what}${tok}${e.clientAuth ? ' (client auth basic)' : ''}${e.session ? ` session=${e.session}` : ''} -> ${e.status ?? e.error}` +
      (e.wwwAuthenticate ? `\n     WWW-Authenticate: ${e.wwwAuthenticate}` : '');
  };
  const dump = () => dumpLog(`${name} (what the client sent and got)`, entries.map(line).join('\n'));
  t.after(() => { if (!t.passed) dump(); });
  return {
    fetch: record,
    entries,
    dump,
    /** The entries recorded after the first `from` (rec.length before an action). */
    since: (from) => entries.slice(from),
    get length() { return entries.length; },
  };
}

/** POST one JSON-RPC message to an MCP endpoint with a bearer token (raw HTTP). */
export async function rawCall(url, token, message, headers = {}) {
  const r = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify(message),
  });
  const text = await r.text();
  return { status: r.status, wwwAuthenticate: r.headers.get('www-authenticate'), text, headers: r.headers };
}

/**
 * Poll `check` (sync or async) until it returns a truthy value, and return
 * that; fail with `what` after `timeoutMs`.
 */
export async function waitFor(what, check, { timeoutMs = 15000, everyMs = 20 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/**
 * Call `call` again and again, one call at a time (as one client's loop
 * would: the SDK transports are not meant for concurrent re-authorization),
 * every `everyMs`, until stop(). `results` holds {ok, value | error} per
 * call, in order.
 */
export function keepCalling(call, { everyMs = 25 } = {}) {
  const results = [];
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      try {
        results.push({ ok: true, value: await call() });
      } catch (error) {
        results.push({ ok: false, error });
      }
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    results,
    /** Resolves once at least `n` more calls have returned than when asked. */
    more: (n = 1) => { const want = results.length + n; return waitFor(`${n} more calls`, () => results.length >= want); },
    async stop() { stopped = true; await loop; return results; },
  };
}
