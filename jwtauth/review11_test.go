package jwtauth

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// TestReview11SignatureWithLineBreak: strictBase64URL is meant to leave a
// signature exactly one spelling, but encoding/base64 skips '\r' and '\n'
// even in Strict mode, and the length check (n == DecodedLen(len(seg)))
// does not notice one extra character when the signature's length is a
// multiple of 4 (ES384: 96 bytes, 128 characters; ES512, HS384, RSA-3072
// likewise). jwx's decoder skips the break too, so the signature verifies:
// 2*129 more accepted texts of one ES384 token, each its own cache entry
// and a way around a deny list keyed on the token's text.
func TestReview11SignatureWithLineBreak(t *testing.T) {
	signers := newSigners(t)
	a := newVerifier(t, jwksOf(t, signers), nil)
	tok := sign(t, signers["ES384"], validClaims(), nil)
	if _, err := a.Verify(context.Background(), tok); err != nil {
		t.Fatalf("the good ES384 token: %v", err)
	}
	i := strings.LastIndexByte(tok, '.')
	if n := len(tok) - i - 1; n%4 != 0 {
		t.Fatalf("ES384 signature is %d characters, expected a multiple of 4", n)
	}
	for _, brk := range []string{"\n", "\r"} {
		for _, at := range []int{i + 1, i + 40, len(tok)} {
			variant := tok[:at] + brk + tok[at:]
			if _, err := a.Verify(context.Background(), variant); err == nil || !errors.Is(err, ErrMalformed) {
				t.Errorf("signature with %q at %d: err = %v, want ErrMalformed", brk, at-i-1, err)
			}
		}
	}
}
