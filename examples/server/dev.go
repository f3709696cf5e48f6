package main

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/json"
	"net/http"
	"time"

	"github.com/lestrrat-go/jwx/v3/jwa"
	"github.com/lestrrat-go/jwx/v3/jwk"
	"github.com/lestrrat-go/jwx/v3/jws"
	"github.com/lestrrat-go/jwx/v3/jwt"

	"github.com/mcpauth/mcpauth/jwtauth"
)

// devPrefix is where -dev serves its issuer: discovery document and JWKS.
const devPrefix = "/dev"

// devSubjectJWT is the subject of the token -dev prints.
const devSubjectJWT = "dev-jwt-user"

// devIssuer is a stand-in identity provider for trying JWTs locally: a
// fresh Ed25519 key per run, its JWKS and an OpenID discovery document
// served under /dev, and a token for the main endpoint.
type devIssuer struct {
	signer jwk.Key
	jwks   []byte
	keys   *jwtauth.KeySet
}

func newDevIssuer() (*devIssuer, error) {
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	signer, err := jwk.Import(priv)
	if err != nil {
		return nil, err
	}
	pubJWK, err := jwk.Import(pub)
	if err != nil {
		return nil, err
	}
	for _, k := range []jwk.Key{signer, pubJWK} {
		_ = k.Set(jwk.KeyIDKey, "dev")
		_ = k.Set(jwk.AlgorithmKey, jwa.EdDSA())
	}
	set := jwk.NewSet()
	_ = set.AddKey(pubJWK)
	doc, err := json.Marshal(set)
	if err != nil {
		return nil, err
	}
	keys, err := jwtauth.ParseJWKS(doc)
	if err != nil {
		return nil, err
	}
	return &devIssuer{signer: signer, jwks: doc, keys: keys}, nil
}

// token signs an access token for audience.
func (d *devIssuer) token(issuer, audience string) (string, error) {
	now := time.Now()
	tok, err := jwt.NewBuilder().Issuer(issuer).Subject(devSubjectJWT).Audience([]string{audience}).
		IssuedAt(now).NotBefore(now).Expiration(now.Add(time.Hour)).Claim("scope", "tools").Build()
	if err != nil {
		return "", err
	}
	// typ at+jwt: an access token (RFC 9068), so that -require-typ
	// at+jwt takes it.
	hdr := jws.NewHeaders()
	if err := hdr.Set(jws.TypeKey, "at+jwt"); err != nil {
		return "", err
	}
	signed, err := jwt.Sign(tok, jwt.WithKey(jwa.EdDSA(), d.signer, jws.WithProtectedHeaders(hdr)))
	return string(signed), err
}

// mount serves the discovery document and the JWKS.
func (d *devIssuer) mount(mux *http.ServeMux, issuer string) {
	discovery, _ := json.Marshal(map[string]any{
		"issuer": issuer, "jwks_uri": issuer + "/jwks.json",
		"id_token_signing_alg_values_supported": []string{"EdDSA"},
	})
	serve := func(body []byte) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set("Cache-Control", "public, max-age=300")
			_, _ = w.Write(body)
		}
	}
	mux.HandleFunc("GET "+devPrefix+"/.well-known/openid-configuration", serve(discovery))
	mux.HandleFunc("GET "+devPrefix+"/jwks.json", serve(d.jwks))
}
