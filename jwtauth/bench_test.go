package jwtauth

import (
	"context"
	"testing"
)

// BenchmarkVerify measures one full verification (parse, key lookup,
// signature, claims) per algorithm. There is no cache yet: every call pays
// the signature check.
func BenchmarkVerify(b *testing.B) {
	signers := newSigners(b)
	a := newVerifier(b, jwksOf(b, signers), nil)
	for _, name := range []string{"RS256", "ES256", "EdDSA"} {
		tok := sign(b, signers[name], validClaims(), nil)
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := a.Verify(context.Background(), tok); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
