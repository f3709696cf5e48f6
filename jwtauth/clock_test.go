package jwtauth

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"errors"
	"testing"
	"time"

	"github.com/lestrrat-go/jwx/v3/jwa"

	"github.com/mcpauth/mcpauth/internal/testcheck"
)

// claimsAt is validClaims as of at.
func claimsAt(at time.Time) map[string]any {
	c := validClaims()
	c["iat"], c["nbf"], c["exp"] = at.Unix(), at.Add(-10*time.Second).Unix(), at.Add(5*time.Minute).Unix()
	return c
}

// TestConfigNowDecidesValidity: with Config.Now, a token valid by the fake
// clock but expired by real time is accepted, one valid by real time but
// not yet valid by the fake clock is refused, and a cached token lapses
// when the fake clock passes its exp.
func TestConfigNowDecidesValidity(t *testing.T) {
	signers := newSigners(t)
	ks, err := ParseJWKS(jwksOf(t, signers))
	if err != nil {
		t.Fatal(err)
	}
	clock := testcheck.NewClock(time.Now().Add(-3 * time.Hour))
	a := newAuth(t, ks, func(c *Config) { c.Now = clock.Now; c.CacheSize = 10 })

	past := sign(t, signers["RS256"], claimsAt(clock.Now()), nil) // exp 2h55m ago by real time
	if _, err := a.Verify(context.Background(), past); err != nil {
		t.Fatalf("a token valid by the configured clock: %v", err)
	}
	if _, err := newAuth(t, ks, nil).Verify(context.Background(), past); !errors.Is(err, ErrExpired) {
		t.Fatalf("the same token by real time: %v, want ErrExpired", err)
	}
	if _, err := a.Verify(context.Background(), sign(t, signers["RS256"], validClaims(), nil)); err == nil {
		t.Fatal("a token issued by real time, hours in the configured clock's future, was accepted")
	}
	// The cached principal lapses by the fake clock too.
	clock.Add(6 * time.Minute)
	if _, err := a.Verify(context.Background(), past); !errors.Is(err, ErrExpired) {
		t.Fatalf("after the fake clock passed exp: %v, want ErrExpired", err)
	}
}

// TestProviderCarriesNow: NewProvider's Config.Now reaches each endpoint's
// authenticator.
func TestProviderCarriesNow(t *testing.T) {
	signers := newSigners(t)
	ks, err := ParseJWKS(jwksOf(t, signers))
	if err != nil {
		t.Fatal(err)
	}
	clock := testcheck.NewClock(time.Now().Add(-3 * time.Hour))
	p, err := NewProvider(context.Background(), Config{Issuer: testIssuer, Keys: ks, Now: clock.Now}, RemoteJWKSOptions{})
	if err != nil {
		t.Fatal(err)
	}
	auth, err := p.Authenticator(testAudience)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := auth.(*Authenticator).Verify(context.Background(), sign(t, signers["ES256"], claimsAt(clock.Now()), nil)); err != nil {
		t.Fatalf("a token valid by the provider's clock: %v", err)
	}
}

// TestIntrospectionConfigNow: a response whose exp passed hours ago by real
// time is accepted by an Introspector whose clock is earlier, and its
// cache entry lapses when that clock passes exp.
func TestIntrospectionConfigNow(t *testing.T) {
	is := newIntrospectionServer(t, ClientSecretBasic)
	clock := testcheck.NewClock(time.Now().Add(-3 * time.Hour))
	is.tokens["old"] = activeToken(clock.Now().Add(time.Minute))
	in := newIntrospector(t, is, func(c *IntrospectionConfig) { c.Now = clock.Now; c.CacheTTL = time.Hour })
	if _, err := in.Verify(context.Background(), "old"); err != nil {
		t.Fatalf("a response valid by the configured clock: %v", err)
	}
	if _, err := newIntrospector(t, is, nil).Verify(context.Background(), "old"); !errors.Is(err, ErrExpired) {
		t.Fatalf("the same response by real time: %v, want ErrExpired", err)
	}
	clock.Add(2 * time.Minute)
	if _, err := in.Verify(context.Background(), "old"); !errors.Is(err, ErrExpired) {
		t.Fatalf("after the fake clock passed exp: %v, want ErrExpired", err)
	}
}

// TestRemoteJWKSNow: the refetch cooldown and the negative-kid cache
// follow RemoteJWKSOptions.Now, not real time.
func TestRemoteJWKSNow(t *testing.T) {
	signers := newSigners(t)
	js := newJWKSServer(t, jwksOf(t, signers))
	clock := testcheck.NewClock(time.Now())
	a := newAuth(t, js.remote(t, func(o *RemoteJWKSOptions) {
		o.Now, o.RefetchCooldown, o.NegativeKIDTTL = clock.Now, time.Minute, time.Hour
	}), nil)
	forger, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	forged := func(kid string) string {
		return sign(t, signer{jwa.ES256(), forger, kid}, validClaims(), nil)
	}
	verify := func(kid string, wantFetches int64) {
		t.Helper()
		if _, err := a.Verify(context.Background(), forged(kid)); !errors.Is(err, ErrUnknownKey) {
			t.Fatalf("kid %s: %v", kid, err)
		}
		if got := js.fetches.Load(); got != wantFetches {
			t.Fatalf("after kid %s: %d fetches, want %d", kid, got, wantFetches)
		}
	}
	verify("a", 2) // warm-up, then one refetch for the unknown kid
	verify("b", 2) // within the cooldown
	// Milliseconds of real time, minutes of the fake clock: the cooldown
	// is over.
	clock.Add(2 * time.Minute)
	verify("c", 3)
	// "c" is a negative kid for NegativeKIDTTL: no fetch, although the
	// cooldown is over again...
	clock.Add(2 * time.Minute)
	verify("c", 3)
	// ...until the fake clock passes NegativeKIDTTL.
	clock.Add(2 * time.Hour)
	verify("c", 4)
}
