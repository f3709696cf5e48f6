package main

import (
	"strings"
	"testing"
)

// Review 11b. The requestState's MAC segment is decoded with
// base64.RawURLEncoding, which ignores the unused low bits of the last
// character: a 32-byte MAC is 43 characters carrying 258 bits, so the last
// character has four spellings that decode to the same MAC. A requestState
// that differs from the one issued — tampered, by any byte comparison —
// verifies. The payload itself is safe (the MAC is over its text), but the
// claim "a state that does not verify is refused; tampered is refused"
// holds for the content, not for the token: a server that, say, keys
// single use or replay detection on the token string can be fooled. Fix:
// base64.RawURLEncoding.Strict() for both segments (or compare the
// re-encoded MAC with the segment as sent).
func TestReview11bRequestStateIsMalleable(t *testing.T) {
	s := newStates()
	const tool = "test_input_required_result_tampered_state"
	token := s.seal(roundState{Tool: tool, Round: 1, Caller: "c"})
	p, sig, _ := strings.Cut(token, ".")
	if len(sig) != 43 {
		t.Fatalf("MAC segment of %d characters", len(sig))
	}
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
	last := strings.IndexByte(alphabet, sig[42])
	for low := 0; low < 4; low++ {
		c := alphabet[last&^3|low]
		if c == sig[42] {
			continue
		}
		tampered := p + "." + sig[:42] + string(c)
		if _, err := s.open(tampered, tool, "c"); err == nil {
			t.Errorf("a requestState other than the one issued verifies:\n issued   %s\n accepted %s", token, tampered)
		}
	}
}
