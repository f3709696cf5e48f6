package jwtauth

import (
	"context"
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/hmac"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lestrrat-go/jwx/v3/jwa"
	"github.com/lestrrat-go/jwx/v3/jwk"
	"github.com/lestrrat-go/jwx/v3/jws"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/internal/testlog"
)

const (
	testIssuer   = "https://idp.test/"
	testAudience = "https://api.test/mcp"
)

type signer struct {
	alg  jwa.SignatureAlgorithm
	priv crypto.Signer
	kid  string
}

func newSigners(t testing.TB) map[string]signer {
	t.Helper()
	rsaKey, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	ec256, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	ec384, _ := ecdsa.GenerateKey(elliptic.P384(), rand.Reader)
	_, ed, _ := ed25519.GenerateKey(rand.Reader)
	return map[string]signer{
		"RS256": {jwa.RS256(), rsaKey, "rsa"},
		"PS256": {jwa.PS256(), rsaKey, "rsa"},
		"ES256": {jwa.ES256(), ec256, "ec256"},
		"ES384": {jwa.ES384(), ec384, "ec384"},
		"EdDSA": {jwa.EdDSA(), ed, "ed"},
	}
}

// jwksOf publishes the public halves of the signers as a JWK Set.
func jwksOf(t testing.TB, signers map[string]signer) []byte {
	t.Helper()
	set := jwk.NewSet()
	done := map[string]bool{}
	for _, s := range signers {
		if done[s.kid] {
			continue
		}
		done[s.kid] = true
		k, err := jwk.PublicKeyOf(s.priv.Public())
		if err != nil {
			t.Fatal(err)
		}
		_ = k.Set(jwk.KeyIDKey, s.kid)
		_ = set.AddKey(k)
	}
	b, err := json.Marshal(set)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func validClaims() map[string]any {
	now := time.Now().Unix()
	return map[string]any{
		"iss": testIssuer, "sub": "alice", "aud": testAudience,
		"exp": now + 300, "iat": now, "nbf": now - 10, "scope": "tools read",
	}
}

func sign(t testing.TB, s signer, claims map[string]any, hdr map[string]any) string {
	t.Helper()
	payload, _ := json.Marshal(claims)
	h := jws.NewHeaders()
	_ = h.Set(jws.KeyIDKey, s.kid)
	for k, v := range hdr {
		_ = h.Set(k, v)
	}
	out, err := jws.Sign(payload, jws.WithKey(s.alg, s.priv, jws.WithProtectedHeaders(h)))
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// rawToken assembles a token from a header and claims with a given signature,
// for shapes no honest library would produce.
func rawToken(hdr, claims any, sig []byte) string {
	h, _ := json.Marshal(hdr)
	c, _ := json.Marshal(claims)
	enc := base64.RawURLEncoding
	return enc.EncodeToString(h) + "." + enc.EncodeToString(c) + "." + enc.EncodeToString(sig)
}

// newVerifier serves data from a JWKS endpoint and returns an
// Authenticator whose keys come from it (warmed up eagerly), so that every
// row of the matrix runs against a real HTTP JWK Set.
func newVerifier(t testing.TB, data []byte, mod func(*Config)) *Authenticator {
	t.Helper()
	return newAuth(t, newJWKSServer(t, data).remote(t, nil), func(c *Config) {
		c.Audiences = append(c.Audiences, "api://other")
		c.CacheSize = 0 // the default cache, as users get it
		if mod != nil {
			mod(c)
		}
	})
}

func TestValidTokens(t *testing.T) {
	signers := newSigners(t)
	a := newVerifier(t, jwksOf(t, signers), nil)
	for name, s := range signers {
		t.Run(name, func(t *testing.T) {
			p, err := a.Verify(context.Background(), sign(t, s, validClaims(), nil))
			if err != nil {
				t.Fatal(err)
			}
			if p.Subject != "alice" || p.Issuer != testIssuer || p.KeyID != s.kid || strings.Join(p.Scopes, ",") != "tools,read" || p.Claims["sub"] != "alice" {
				t.Fatalf("principal %+v", p)
			}
		})
	}
}

func TestRejections(t *testing.T) {
	signers := newSigners(t)
	a := newVerifier(t, jwksOf(t, signers), nil)
	rs := signers["RS256"]
	es := signers["ES256"]
	with := func(mod func(map[string]any)) map[string]any {
		c := validClaims()
		mod(c)
		return c
	}
	rsaPubDER, _ := x509.MarshalPKIXPublicKey(rs.priv.Public())
	hmacWithPub := func(hdr map[string]any) string {
		h, _ := json.Marshal(hdr)
		c, _ := json.Marshal(validClaims())
		enc := base64.RawURLEncoding
		input := enc.EncodeToString(h) + "." + enc.EncodeToString(c)
		m := hmac.New(sha256.New, rsaPubDER)
		m.Write([]byte(input))
		return input + "." + enc.EncodeToString(m.Sum(nil))
	}
	good := sign(t, rs, validClaims(), nil)
	parts := strings.Split(good, ".")

	cases := []struct {
		name  string
		token string
		cause error
	}{
		{"expired", sign(t, rs, with(func(c map[string]any) { c["exp"] = time.Now().Unix() - 1 }), nil), ErrExpired},
		{"no exp", sign(t, rs, with(func(c map[string]any) { delete(c, "exp") }), nil), ErrMissingClaim},
		{"exp not a number", sign(t, rs, with(func(c map[string]any) { c["exp"] = "tomorrow" }), nil), ErrMalformed},
		{"nbf in future", sign(t, rs, with(func(c map[string]any) { c["nbf"] = time.Now().Unix() + 60 }), nil), ErrNotYetValid},
		{"iat in future", sign(t, rs, with(func(c map[string]any) { c["iat"] = time.Now().Unix() + 60 }), nil), ErrNotYetValid},
		{"wrong iss", sign(t, rs, with(func(c map[string]any) { c["iss"] = "https://evil.test/" }), nil), ErrIssuer},
		{"iss prefix", sign(t, rs, with(func(c map[string]any) { c["iss"] = strings.TrimSuffix(testIssuer, "/") }), nil), ErrIssuer},
		{"wrong aud", sign(t, rs, with(func(c map[string]any) { c["aud"] = "https://api.test/other" }), nil), ErrAudience},
		{"wrong aud array", sign(t, rs, with(func(c map[string]any) { c["aud"] = []string{"a", "b"} }), nil), ErrAudience},
		{"missing aud", sign(t, rs, with(func(c map[string]any) { delete(c, "aud") }), nil), ErrAudience},
		{"missing sub", sign(t, rs, with(func(c map[string]any) { delete(c, "sub") }), nil), ErrMissingClaim},
		{"alg none", rawToken(map[string]any{"alg": "none", "kid": "rsa"}, validClaims(), nil), ErrAlgorithm},
		{"empty signature", parts[0] + "." + parts[1] + ".", ErrSignature},
		{"HS256 with RSA public key", hmacWithPub(map[string]any{"alg": "HS256", "kid": "rsa"}), ErrAlgorithm},
		{"alg does not fit key", rawToken(map[string]any{"alg": "ES256", "kid": "rsa"}, validClaims(), []byte("x")), ErrUnknownKey},
		{"ES256 header, ES384 key", func() string {
			s := signers["ES384"]
			s.kid = "ec384"
			tok := sign(t, s, validClaims(), nil)
			p := strings.Split(tok, ".")
			h, _ := json.Marshal(map[string]any{"alg": "ES256", "kid": "ec384"})
			return base64.RawURLEncoding.EncodeToString(h) + "." + p[1] + "." + p[2]
		}(), ErrUnknownKey},
		{"unknown kid", sign(t, signer{rs.alg, rs.priv, "nope"}, validClaims(), nil), ErrUnknownKey},
		{"signed by another key", func() string {
			other, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
			return sign(t, signer{jwa.ES256(), other, es.kid}, validClaims(), nil)
		}(), ErrSignature},
		{"tampered claims", parts[0] + "." + base64.RawURLEncoding.EncodeToString([]byte(`{"iss":"`+testIssuer+`","sub":"root","aud":"`+testAudience+`","exp":9999999999}`)) + "." + parts[2], ErrSignature},
		{"crit header", sign(t, rs, validClaims(), map[string]any{"crit": []string{"exp"}, "exp": 1}), ErrMalformed},
		{"oversize", sign(t, rs, with(func(c map[string]any) { c["pad"] = strings.Repeat("x", DefaultMaxTokenBytes) }), nil), ErrTooLarge},
		{"four parts", good + ".x", ErrMalformed},
		{"padded base64", parts[0] + "=." + parts[1] + "." + parts[2], ErrMalformed},
		{"header not JSON", base64.RawURLEncoding.EncodeToString([]byte("nope")) + "." + parts[1] + "." + parts[2], ErrMalformed},
		// Other spellings of a good signature (found by the e2e suite's
		// jose-minted tokens): jwx would verify each, so one token would
		// have many accepted texts.
		{"signature in standard base64", stdAlphabetSig(t, es), ErrMalformed},
		{"padded signature", parts[0] + "." + parts[1] + "." + parts[2] + "==", ErrMalformed},
		{"stray bits in the signature", parts[0] + "." + parts[1] + "." + flipLastBit(parts[2]), ErrMalformed},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := a.Verify(context.Background(), c.token)
			if !errors.Is(err, mcpauth.ErrInvalidCredential) || !errors.Is(err, c.cause) {
				t.Fatalf("err = %v, want ErrInvalidCredential wrapping %v", err, c.cause)
			}
			if strings.Contains(err.Error(), c.token) {
				t.Fatal("error echoes the token")
			}
		})
	}
}

// stdAlphabetSig signs valid claims with s until the signature holds a
// character that standard base64 spells differently ('-' or '_'), and
// returns the token with its signature in the standard alphabet.
func stdAlphabetSig(t *testing.T, s signer) string {
	for range 64 {
		tok := sign(t, s, validClaims(), nil)
		sig := tok[strings.LastIndexByte(tok, '.')+1:]
		if strings.ContainsAny(sig, "-_") {
			return tok[:strings.LastIndexByte(tok, '.')] + "." + strings.NewReplacer("-", "+", "_", "/").Replace(sig)
		}
	}
	t.Fatal("no signature with - or _ in 64 tries")
	return ""
}

// flipLastBit flips the lowest bit of the last character of an unpadded
// base64url string: the decoded bytes stay the same when that bit is one
// the encoding leaves unused.
func flipLastBit(seg string) string {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
	i := strings.IndexByte(alphabet, seg[len(seg)-1])
	return seg[:len(seg)-1] + string(alphabet[i^1])
}

func TestAudienceArrayAndScp(t *testing.T) {
	signers := newSigners(t)
	a := newVerifier(t, jwksOf(t, signers), nil)
	c := validClaims()
	c["aud"] = []string{"https://elsewhere", "api://other"}
	delete(c, "scope")
	c["scp"] = []string{"a", "b"}
	p, err := a.Verify(context.Background(), sign(t, signers["ES256"], c, nil))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(p.Scopes, " ") != "a b" {
		t.Fatalf("scopes %v", p.Scopes)
	}
	c["scp"] = "x y"
	if p, _ := a.Verify(context.Background(), sign(t, signers["ES256"], c, nil)); strings.Join(p.Scopes, " ") != "x y" {
		t.Fatalf("scp string: %v", p.Scopes)
	}
}

func TestLeeway(t *testing.T) {
	signers := newSigners(t)
	c := validClaims()
	c["exp"] = time.Now().Unix() - 5
	tok := sign(t, signers["EdDSA"], c, nil)
	if _, err := newVerifier(t, jwksOf(t, signers), nil).Verify(context.Background(), tok); !errors.Is(err, ErrExpired) {
		t.Fatalf("no leeway: %v", err)
	}
	if _, err := newVerifier(t, jwksOf(t, signers), func(c *Config) { c.Leeway = 30 * time.Second }).Verify(context.Background(), tok); err != nil {
		t.Fatalf("30s leeway: %v", err)
	}
}

func TestJSONSerializationNotClaimed(t *testing.T) {
	signers := newSigners(t)
	a := newVerifier(t, jwksOf(t, signers), nil)
	payload, _ := json.Marshal(validClaims())
	js, err := jws.Sign(payload, jws.WithJSON(), jws.WithKey(jwa.RS256(), signers["RS256"].priv))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.Verify(context.Background(), string(js)); !errors.Is(err, ErrMalformed) {
		t.Fatalf("JSON serialization: %v", err)
	}
	r := httptest.NewRequest("POST", "/", nil)
	r.Header.Set("Authorization", "Bearer "+string(js))
	if _, err := a.Authenticate(r); !errors.Is(err, mcpauth.ErrNoCredential) {
		t.Fatalf("Authenticate claimed a JSON-serialized token: %v", err)
	}
}

func TestAuthenticateClaimsOnlyJWTs(t *testing.T) {
	signers := newSigners(t)
	a := newVerifier(t, jwksOf(t, signers), nil)
	for _, h := range []string{"", "Bearer mcp_abc_def", "Basic YTpi", "Bearer a.b"} {
		r := httptest.NewRequest("POST", "/", nil)
		if h != "" {
			r.Header.Set("Authorization", h)
		}
		if _, err := a.Authenticate(r); !errors.Is(err, mcpauth.ErrNoCredential) {
			t.Errorf("%q: %v", h, err)
		}
	}
	r := httptest.NewRequest("POST", "/?access_token=x", nil)
	r.Header.Set("Authorization", "Bearer "+sign(t, signers["RS256"], validClaims(), nil))
	if p, err := a.Authenticate(r); err != nil || p.Subject != "alice" {
		t.Fatalf("header token: %v", err)
	}
}

func TestKeySets(t *testing.T) {
	signers := newSigners(t)
	// Symmetric keys, encryption keys and short RSA keys are skipped, not fatal.
	small, _ := rsa.GenerateKey(rand.Reader, 1024)
	encJWK, _ := jwk.PublicKeyOf(signers["ES256"].priv.Public())
	_ = encJWK.Set(jwk.KeyIDKey, "enc")
	_ = encJWK.Set(jwk.KeyUsageKey, "enc")
	oct, _ := jwk.Import([]byte("0123456789abcdef0123456789abcdef"))
	_ = oct.Set(jwk.KeyIDKey, "oct")
	set := jwk.NewSet()
	for _, k := range []jwk.Key{encJWK, oct} {
		_ = set.AddKey(k)
	}
	if _, err := NewKeySet(set); !errors.Is(err, ErrNoUsableKeys) {
		t.Fatalf("only unusable keys: %v", err)
	}
	good, _ := jwk.PublicKeyOf(signers["EdDSA"].priv.Public())
	_ = good.Set(jwk.KeyIDKey, "ed")
	_ = set.AddKey(good)
	ks, err := NewKeySet(set)
	if err != nil || ks.Len() != 1 {
		t.Fatalf("NewKeySet: %v", err)
	}
	// A document mixing a usable key with a short RSA key and an unknown
	// key type keeps the usable one.
	b64 := base64.RawURLEncoding.EncodeToString
	goodJSON, _ := json.Marshal(good)
	doc := `{"keys":[` +
		`{"kty":"RSA","kid":"small","n":"` + b64(small.N.Bytes()) + `","e":"AQAB"},` +
		`{"kty":"XYZ","kid":"weird","x":"abc"},` +
		string(goodJSON) + `]}`
	if ks, err := ParseJWKS([]byte(doc)); err != nil || ks.Len() != 1 {
		t.Fatalf("mixed document: %v", err)
	}

	// A key pinned to an algorithm refuses others; private keys are reduced.
	priv, _ := jwk.Import(signers["RS256"].priv)
	_ = priv.Set(jwk.KeyIDKey, "rsa")
	_ = priv.Set(jwk.AlgorithmKey, jwa.RS256())
	set2 := jwk.NewSet()
	_ = set2.AddKey(priv)
	data, _ := json.Marshal(set2)
	path := filepath.Join(t.TempDir(), "jwks.json")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	fileKeys, err := ReadJWKSFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := New(Config{Issuer: testIssuer, Audiences: []string{testAudience}, Keys: fileKeys})
	if _, err := a.Verify(context.Background(), sign(t, signers["RS256"], validClaims(), nil)); err != nil {
		t.Fatalf("RS256 with pinned key: %v", err)
	}
	if _, err := a.Verify(context.Background(), sign(t, signers["PS256"], validClaims(), nil)); !errors.Is(err, ErrUnknownKey) {
		t.Fatalf("PS256 with RS256-pinned key: %v", err)
	}
	if _, err := ReadJWKSFile(filepath.Join(t.TempDir(), "missing.json")); err == nil {
		t.Fatal("missing file")
	}
	if _, err := StaticKey([]byte("secret"), "", ""); err == nil {
		t.Fatal("StaticKey accepted a symmetric key")
	}
	if _, err := StaticKey(small.Public(), "", ""); err == nil {
		t.Fatal("StaticKey accepted a 1024-bit RSA key")
	}
}

func TestNewValidatesConfig(t *testing.T) {
	ks, _ := StaticKey(newSigners(t)["EdDSA"].priv.Public(), "", "")
	ok := Config{Issuer: testIssuer, Audiences: []string{testAudience}, Keys: ks}
	for name, mod := range map[string]func(*Config){
		"no issuer":   func(c *Config) { c.Issuer = "" },
		"no audience": func(c *Config) { c.Audiences = nil },
		"empty aud":   func(c *Config) { c.Audiences = []string{""} },
		"no keys":     func(c *Config) { c.Keys = nil },
		"HS256":       func(c *Config) { c.Algorithms = []string{"HS256"} },
		"none":        func(c *Config) { c.Algorithms = []string{"none"} },
		"leeway":      func(c *Config) { c.Leeway = -time.Second },
	} {
		c := ok
		mod(&c)
		if _, err := New(c); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if _, err := New(ok); err != nil {
		t.Fatal(err)
	}
}

func TestKeyWithoutKidVerifiesTokensWithKid(t *testing.T) {
	s := newSigners(t)["ES256"]
	ks, err := StaticKey(s.priv.Public(), "", "")
	if err != nil {
		t.Fatal(err)
	}
	a := newAuth(t, ks, nil)
	for _, kid := range []string{"", "some-kid"} {
		if _, err := a.Verify(context.Background(), sign(t, signer{s.alg, s.priv, kid}, validClaims(), nil)); err != nil {
			t.Errorf("kid %q: %v", kid, err)
		}
	}
	// A key with a kid is still only tried for that kid.
	pinned, _ := StaticKey(s.priv.Public(), "k1", "")
	if _, err := newAuth(t, pinned, nil).Verify(context.Background(), sign(t, signer{s.alg, s.priv, "k2"}, validClaims(), nil)); !errors.Is(err, ErrUnknownKey) {
		t.Errorf("kid k2 against key k1: %v", err)
	}
}

// The leeway must hold through the gate too, which checks ExpiresAt.
func TestLeewayThroughTheGate(t *testing.T) {
	s := newSigners(t)["EdDSA"]
	ks, _ := StaticKey(s.priv.Public(), "", "")
	a := newAuth(t, ks, func(c *Config) { c.Leeway = 30 * time.Second })
	g, err := mcpauth.New(mcpauth.Options{Authenticators: []mcpauth.Authenticator{a}, Logger: testlog.New(t)})
	if err != nil {
		t.Fatal(err)
	}
	h := g.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) }))
	c := validClaims()
	c["exp"] = time.Now().Unix() - 5
	r := httptest.NewRequest("POST", "/", strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"ping"}`))
	r.Header.Set("Authorization", "Bearer "+sign(t, s, c, nil))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, r)
	if rec.Code != http.StatusNoContent {
		t.Fatalf("token 5 s past exp with 30 s leeway: %d %s", rec.Code, rec.Body)
	}
}
