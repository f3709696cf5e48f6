package jwtauth

import (
	"context"
	"testing"
)

// BenchmarkVerify measures one verification per algorithm: "cold" with the
// verified-token cache off (parse, key lookup, signature, claims every
// time), and "cached" for a token already verified once.
func BenchmarkVerify(b *testing.B) {
	signers := newSigners(b)
	ks, err := ParseJWKS(jwksOf(b, signers))
	if err != nil {
		b.Fatal(err)
	}
	for _, cache := range []struct {
		name string
		size int
	}{{"cold", -1}, {"cached", 0}} {
		a := newAuth(b, ks, func(c *Config) { c.CacheSize = cache.size })
		for _, alg := range []string{"RS256", "ES256", "EdDSA"} {
			tok := sign(b, signers[alg], validClaims(), nil)
			b.Run(cache.name+"/"+alg, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if _, err := a.Verify(context.Background(), tok); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
