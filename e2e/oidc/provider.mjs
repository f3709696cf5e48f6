// A real OpenID Provider for the end-to-end tests: oidc-provider (a
// certified implementation nobody here wrote) on 127.0.0.1, configured the
// way an MCP deployment would configure its authorization server:
//
//   - resource indicators (RFC 8707): a token is issued for one resource,
//     an MCP endpoint on loopback (http://127.0.0.1:PORT/mcp or …/mcp/admin),
//     which becomes its audience;
//   - access tokens for those resources are JWTs (RFC 9068, typ at+jwt),
//     signed with the provider's current key;
//   - scopes tools, maintenance and admin;
//   - the client-credentials grant, and one confidential client
//     (client_secret_basic, the method the MCP SDKs' client-credentials
//     providers use) allowed those scopes.
//
// Key rotation, in process, without a restart (the issuer keeps its port):
// the provider holds a pool of RSA keys made at start. Only the published
// ones appear at jwks_uri; tokens are signed with the current one. An admin
// listener on its own loopback port takes
//
//   POST /rotate  publish the next key of the pool and sign new tokens with it
//                 (the old keys stay published: tokens they signed still verify)
//   POST /retire  withdraw every published key but the current one
//   GET  /keys    {signing, published, unpublished, jwksServed, jwks}
//                 (jwks: the last JWK Sets served, numbered, with their kids)
//
// The client's credentials come from the environment (the test makes them
// up at start): OIDC_E2E_CLIENT_ID, OIDC_E2E_CLIENT_SECRET, and
// OIDC_E2E_CLIENT_SCOPES (default "tools maintenance admin"). OIDC_E2E_KEYS
// is the size of the key pool (default 3). Once both listeners are up it
// prints one line:
//
//   oidc-provider ready issuer=http://127.0.0.1:PORT admin=http://127.0.0.1:PORT
//
// and logs every grant, failure and admin action on stdout. SIGTERM stops it.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';

import Provider, { errors } from 'oidc-provider';

const SCOPES = ['tools', 'maintenance', 'admin'];

const env = (name, def) => {
  const v = process.env[name];
  if (v === undefined || v === '') {
    if (def === undefined) throw new Error(`${name} is required`);
    return def;
  }
  return v;
};
const clientId = env('OIDC_E2E_CLIENT_ID');
const clientSecret = env('OIDC_E2E_CLIENT_SECRET');
const clientScopes = env('OIDC_E2E_CLIENT_SCOPES', SCOPES.join(' '));
const poolSize = Number(env('OIDC_E2E_KEYS', '3'));
if (!Number.isInteger(poolSize) || poolSize < 1 || poolSize > 16) throw new Error('OIDC_E2E_KEYS must be 1..16');

const log = (...a) => console.log(new Date().toISOString(), ...a);

// The key pool: key 0 is published and signs from the start.
const pool = Array.from({ length: poolSize }, (_, i) => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });
  return { ...jwk, kid: `k${i + 1}-${randomBytes(4).toString('hex')}`, alg: 'RS256', use: 'sig' };
});
let signing = 0;
const published = new Set([pool[0].kid]);
// Every JWK Set served, numbered: who fetched which keys (only resource
// servers fetch it), so that a test can tell that one has seen a change.
const served = [];
const state = () => ({
  signing: pool[signing].kid,
  published: pool.filter((k) => published.has(k.kid)).map((k) => k.kid),
  unpublished: pool.filter((k) => !published.has(k.kid)).map((k) => k.kid),
  jwksServed: served.length,
  jwks: served.slice(-20),
});

// Resources tokens may be issued for: MCP endpoints on loopback.
const resourcePattern = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\]):\d{1,5}\/mcp(\/admin)?$/;

function listen(handler) {
  const srv = createServer(handler);
  return new Promise((resolve, reject) => {
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => resolve(srv));
  });
}

// Listen first: the issuer URL names the port.
let app = (_req, res) => { res.statusCode = 503; res.end(); };
const oidcServer = await listen((req, res) => app(req, res));
const issuer = `http://127.0.0.1:${oidcServer.address().port}`;

const provider = new Provider(issuer, {
  clients: [{
    client_id: clientId,
    client_secret: clientSecret,
    grant_types: ['client_credentials'],
    response_types: [],
    redirect_uris: [],
    token_endpoint_auth_method: 'client_secret_basic',
    scope: clientScopes,
  }],
  jwks: { keys: pool },
  scopes: SCOPES,
  features: {
    devInteractions: { enabled: false },
    clientCredentials: { enabled: true },
    resourceIndicators: {
      enabled: true,
      // A request without a resource gets an opaque token, good at the
      // provider's own endpoints only (no MCP server accepts it).
      defaultResource: () => undefined,
      getResourceServerInfo(_ctx, resourceIndicator) {
        if (!resourcePattern.test(resourceIndicator)) {
          throw new errors.InvalidTarget(`unknown resource ${resourceIndicator}`);
        }
        return {
          scope: SCOPES.join(' '),
          audience: resourceIndicator,
          accessTokenTTL: 5 * 60,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'RS256', kid: pool[signing].kid } },
        };
      },
    },
  },
  ttl: { ClientCredentials: 5 * 60, AccessToken: 5 * 60 },
});

// jwks_uri lists the published keys only; the others are in the
// keystore, unused, until a rotation publishes them.
provider.use(async (ctx, next) => {
  await next();
  if (ctx.method === 'GET' && ctx.path === '/jwks' && ctx.status === 200 && ctx.body?.keys) {
    ctx.body = { keys: ctx.body.keys.filter((k) => published.has(k.kid)) };
    const entry = { n: served.length + 1, kids: ctx.body.keys.map((k) => k.kid), userAgent: ctx.get('user-agent') };
    served.push(entry);
    log('jwks served', JSON.stringify(entry));
  }
});
provider.on('grant.success', (ctx) => {
  const b = ctx.body ?? {};
  let kid;
  try { kid = JSON.parse(Buffer.from(String(b.access_token).split('.')[0], 'base64url')).kid; } catch { /* opaque */ }
  log('grant', ctx.oidc.params?.grant_type, 'client', ctx.oidc.client?.clientId, 'resource', ctx.oidc.params?.resource,
    'scope', JSON.stringify(b.scope ?? ''), 'kid', kid);
});
provider.on('grant.error', (ctx, err) => log('grant error', ctx.oidc?.client?.clientId, err.error, err.error_description));
provider.on('server_error', (_ctx, err) => log('server error', err));
app = provider.callback();

const adminServer = await listen(async (req, res) => {
  const reply = (status, body) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const route = `${req.method} ${req.url}`;
  switch (route) {
    case 'GET /keys':
      return reply(200, state());
    case 'POST /rotate':
      if (signing + 1 >= pool.length) return reply(409, { error: 'key pool exhausted', ...state() });
      signing++;
      published.add(pool[signing].kid);
      log('rotate: published', pool[signing].kid, 'and signing with it; published', JSON.stringify(state().published));
      return reply(200, state());
    case 'POST /retire':
      for (const k of pool) if (k.kid !== pool[signing].kid) published.delete(k.kid);
      log('retire: published now', JSON.stringify(state().published));
      return reply(200, state());
    default:
      return reply(404, { error: `no route ${route}` });
  }
});

const stop = () => {
  oidcServer.close();
  adminServer.close();
  oidcServer.closeAllConnections?.();
  adminServer.closeAllConnections?.();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

log('keys: signing with', pool[signing].kid, 'of', JSON.stringify(pool.map((k) => k.kid)));
console.log(`oidc-provider ready issuer=${issuer} admin=http://127.0.0.1:${adminServer.address().port}`);
