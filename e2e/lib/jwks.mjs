// A stand-in identity provider for the end-to-end tests, built on the npm
// package jose (an implementation of JOSE nobody here wrote): it makes its
// keys at start, serves their public halves as a JWK Set on a loopback port
// (with an OpenID discovery document beside it), and mints tokens with the
// private halves. It also serves what an attacker would point a token's
// jku and x5u headers at, and counts every request per path, so a test can
// prove that the resource server never fetched them.
//
// Tokens come from jose (SignJWT, CompactSign, FlattenedSign, GeneralSign,
// UnsecuredJWT, CompactEncrypt) wherever jose agrees to build them; the
// shapes it refuses (an unknown crit, a 1024-bit RSA key, a header that is
// not an object, ...) are assembled by hand with node:crypto by
// signCompact.
import { createServer } from 'node:http';
import {
  constants, createHmac, createSecretKey, generateKeyPair, randomBytes, sign as cryptoSign, X509Certificate,
} from 'node:crypto';
import { promisify } from 'node:util';
import * as jose from 'jose';

const genKeyPair = promisify(generateKeyPair);

/** base64url without padding, of a Buffer, Uint8Array or string. */
export function b64u(data) {
  return Buffer.from(typeof data === 'string' ? Buffer.from(data, 'utf8') : data).toString('base64url');
}

/**
 * The keys of the provider. `publish` puts the public half in the JWK Set
 * (with `alg` and `use` when given); unpublished keys are an attacker's.
 * Keys that mcpauth must not use are published on purpose: a symmetric key
 * (whose secret the set reveals, as a misconfigured provider would), an
 * encryption key and a 1024-bit RSA key.
 */
export const KEY_SPECS = {
  rs256: { type: 'rsa', bits: 2048, kid: 'rsa-rs256', alg: 'RS256', use: 'sig', publish: true },
  rsa: { type: 'rsa', bits: 2048, kid: 'rsa-any', publish: true }, // no alg: RS* and PS* alike
  es256: { type: 'ec', curve: 'P-256', kid: 'ec-p256', alg: 'ES256', use: 'sig', publish: true },
  es384: { type: 'ec', curve: 'P-384', kid: 'ec-p384', alg: 'ES384', publish: true },
  es512: { type: 'ec', curve: 'P-521', kid: 'ec-p521', alg: 'ES512', publish: true },
  eddsa: { type: 'ed25519', kid: 'ed25519', alg: 'EdDSA', use: 'sig', publish: true },
  enc: { type: 'ec', curve: 'P-256', kid: 'ec-enc', use: 'enc', publish: true },
  rsa1024: { type: 'rsa', bits: 1024, kid: 'rsa-1024', alg: 'RS256', publish: true },
  hmac: { type: 'oct', kid: 'hmac', alg: 'HS256', publish: true },
  attacker: { type: 'ec', curve: 'P-256', kid: 'attacker-1', alg: 'ES256', publish: false },
};

/** The default algorithm of each key, for mint and signCompact. */
const defaultAlg = (spec) => spec.alg ?? (spec.type === 'rsa' ? 'RS256' : spec.type === 'ec' ? 'ES256' : 'EdDSA');

async function makeKey(spec) {
  switch (spec.type) {
    case 'rsa':
      return genKeyPair('rsa', { modulusLength: spec.bits, publicExponent: 0x10001 });
    case 'ec':
      return genKeyPair('ec', { namedCurve: spec.curve });
    case 'ed25519':
      return genKeyPair('ed25519');
    case 'oct': {
      const secret = createSecretKey(randomBytes(32));
      return { privateKey: secret, publicKey: secret };
    }
  }
  throw new Error(`unknown key type ${spec.type}`);
}

async function publicJWK(spec, key) {
  const jwk = await jose.exportJWK(key.publicKey); // for oct: the secret itself
  jwk.kid = spec.kid;
  if (spec.alg) jwk.alg = spec.alg;
  if (spec.use) jwk.use = spec.use;
  return jwk;
}

// Hash and padding of each signature algorithm, for signCompact.
const ALGS = {
  RS256: { hash: 'sha256' }, RS384: { hash: 'sha384' }, RS512: { hash: 'sha512' },
  PS256: { hash: 'sha256', pss: true, salt: 32 }, PS384: { hash: 'sha384', pss: true, salt: 48 }, PS512: { hash: 'sha512', pss: true, salt: 64 },
  ES256: { hash: 'sha256', ec: true }, ES384: { hash: 'sha384', ec: true }, ES512: { hash: 'sha512', ec: true },
  EdDSA: { hash: null }, Ed25519: { hash: null },
  HS256: { hmac: 'sha256' }, HS384: { hmac: 'sha384' }, HS512: { hmac: 'sha512' },
};

/**
 * Sign `input` (the JWS signing input) with alg. `key` is a KeyObject, or,
 * for HS*, any secret (a Buffer, a string, a KeyObject).
 */
export function rawSignature(alg, key, input) {
  const a = ALGS[alg];
  if (!a) throw new Error(`rawSignature: unsupported alg ${alg}`);
  const data = Buffer.from(input, 'utf8');
  if (a.hmac) return createHmac(a.hmac, key?.type === 'secret' ? key.export() : Buffer.from(key)).update(data).digest();
  // PS*: RFC 7518 §3.5, MGF1 with the same hash and a salt as long as it.
  if (a.pss) return cryptoSign(a.hash, data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: a.salt });
  // ES*: the signature is R || S (RFC 7518 §3.4), not DER.
  if (a.ec) return cryptoSign(a.hash, data, { key, dsaEncoding: 'ieee-p1363' });
  return cryptoSign(a.hash, data, key);
}

// --- A self-signed X.509 certificate, DER by hand (for the x5c header). ---
function derLen(n) {
  if (n < 0x80) return Buffer.from([n]);
  const bytes = [];
  for (let v = n; v > 0; v >>= 8) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}
const der = (tag, ...parts) => {
  const body = Buffer.concat(parts);
  return Buffer.concat([Buffer.from([tag]), derLen(body.length), body]);
};
const seq = (...p) => der(0x30, ...p);
const derInt = (buf) => der(0x02, buf[0] & 0x80 ? Buffer.concat([Buffer.from([0]), buf]) : buf);
function derOID(s) {
  const [a, b, ...rest] = s.split('.').map(Number);
  const out = [40 * a + b];
  for (const n of rest) {
    const stack = [n & 0x7f];
    for (let v = n >>> 7; v > 0; v >>>= 7) stack.unshift(0x80 | (v & 0x7f));
    out.push(...stack);
  }
  return der(0x06, Buffer.from(out));
}
const utcTime = (d) => der(0x17, Buffer.from(d.toISOString().replace(/[-:T]/g, '').slice(2, 14) + 'Z'));

/** A self-signed ECDSA P-256 certificate for keyPair, as DER. */
function selfSignedCert(keyPair, cn) {
  const ecdsaSHA256 = seq(derOID('1.2.840.10045.4.3.2'));
  const name = seq(der(0x31, seq(derOID('2.5.4.3'), der(0x0c, Buffer.from(cn)))));
  const now = Date.now();
  const tbs = seq(
    der(0xa0, derInt(Buffer.from([2]))), // v3
    derInt(randomBytes(8).map((b, i) => (i === 0 ? b & 0x7f : b))),
    ecdsaSHA256,
    name,
    seq(utcTime(new Date(now - 3600e3)), utcTime(new Date(now + 86400e3))),
    name,
    keyPair.publicKey.export({ type: 'spki', format: 'der' }),
  );
  const sig = cryptoSign('sha256', tbs, keyPair.privateKey); // DER ECDSA, as X.509 wants
  const cert = seq(tbs, ecdsaSHA256, der(0x03, Buffer.from([0]), sig));
  const parsed = new X509Certificate(cert); // proves it is a real certificate
  if (!parsed.verify(keyPair.publicKey)) throw new Error('self-signed certificate does not verify');
  return cert;
}

/**
 * Start the provider on a free loopback port. The handle has:
 *  - base, issuer, jwksURL, discoveryURL, attackerJWKSURL, attackerCertURL;
 *  - keys: name → { spec, kid, alg, privateKey, publicKey, jwk };
 *  - jwks: the published JWK Set; attackerCertDER;
 *  - mint(claims, { key, alg, kid, header }): a JWT signed by jose;
 *  - signCompact(key, header, payload, { alg }): a compact JWS by hand;
 *    header and payload are objects (JSON-encoded) or strings (used as
 *    the raw JSON text), or Buffers;
 *  - hits(path): how many requests that path got; requests(): all paths;
 *  - close().
 * With t, close runs when the test ends.
 */
export async function startJWKS(t) {
  const names = Object.keys(KEY_SPECS);
  const made = await Promise.all(names.map((n) => makeKey(KEY_SPECS[n])));
  const keys = {};
  for (const [i, name] of names.entries()) {
    const spec = KEY_SPECS[name];
    keys[name] = { spec, kid: spec.kid, alg: defaultAlg(spec), ...made[i], jwk: await publicJWK(spec, made[i]) };
  }
  const jwks = { keys: names.filter((n) => KEY_SPECS[n].publish).map((n) => keys[n].jwk) };
  const attackerJWKS = { keys: [keys.attacker.jwk] };
  const attackerCertDER = selfSignedCert(keys.attacker, 'attacker.invalid');
  const attackerCertPEM = `-----BEGIN CERTIFICATE-----\n${attackerCertDER.toString('base64').replace(/.{64}/g, '$&\n')}\n-----END CERTIFICATE-----\n`;

  const counts = new Map();
  let base = '';
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    counts.set(path, (counts.get(path) ?? 0) + 1);
    const send = (status, type, body) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'max-age=300' });
      res.end(body);
    };
    if (req.method !== 'GET') return send(405, 'text/plain', 'method not allowed\n');
    switch (path) {
      case '/jwks.json':
        return send(200, 'application/json', JSON.stringify(jwks));
      case '/.well-known/openid-configuration':
      case '/.well-known/oauth-authorization-server':
        return send(200, 'application/json', JSON.stringify({
          issuer: base, jwks_uri: `${base}/jwks.json`,
          id_token_signing_alg_values_supported: ['RS256', 'PS256', 'ES256', 'ES384', 'ES512', 'EdDSA'],
          response_types_supported: ['code'], subject_types_supported: ['public'],
        }));
      case '/attacker/jwks.json':
        return send(200, 'application/json', JSON.stringify(attackerJWKS));
      case '/attacker/cert.pem':
        return send(200, 'application/pem-certificate-chain', attackerCertPEM);
    }
    return send(404, 'text/plain', 'not found\n');
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  base = `http://127.0.0.1:${server.address().port}`;

  const keyOf = (k) => (typeof k === 'string' ? keys[k] ?? (() => { throw new Error(`no key ${k}`); })() : k);
  const isObject = (v) => typeof v === 'object' && v !== null && !Buffer.isBuffer(v) && !Array.isArray(v);
  const encode = (part) => (Buffer.isBuffer(part) ? b64u(part) : b64u(typeof part === 'string' ? part : JSON.stringify(part)));

  const handle = {
    base,
    issuer: base,
    jwksURL: `${base}/jwks.json`,
    discoveryURL: `${base}/.well-known/openid-configuration`,
    attackerJWKSURL: `${base}/attacker/jwks.json`,
    attackerCertURL: `${base}/attacker/cert.pem`,
    keys,
    jwks,
    attackerCertDER,
    /** A JWT signed by jose's SignJWT. kid: undefined → the key's, null → none. */
    async mint(claims, { key = 'es256', alg, kid, header = {} } = {}) {
      const k = keyOf(key);
      const hdr = { alg: alg ?? k.alg, ...(kid === null ? {} : { kid: kid ?? k.kid }), ...header };
      return new jose.SignJWT(claims).setProtectedHeader(hdr).sign(k.privateKey);
    },
    /** A compact JWS assembled by hand (for shapes jose refuses to build). */
    signCompact(key, header, payload, { alg } = {}) {
      const k = keyOf(key);
      const input = `${encode(header)}.${encode(payload)}`;
      const a = alg ?? (isObject(header) ? header.alg : undefined) ?? k.alg;
      return `${input}.${b64u(rawSignature(a, k.privateKey, input))}`;
    },
    hits: (path) => counts.get(path) ?? 0,
    requests: () => Object.fromEntries(counts),
    async close() {
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(() => resolve()));
    },
  };
  if (t) t.after(() => handle.close());
  return handle;
}

export { jose };
