package ratelimit

import (
	"testing"
	"time"

	"github.com/mcpauth/mcpauth/mcpctx"
)

// TestKeyLimitIsPerKey: a key's own limit (Principal.RateLimit) is that
// key's quota. ByPrincipal keys by method:issuer:subject, which all of one
// owner's keys share; one call with alice's "1/h" CI key must not push her
// other key (the policy's 60/m) an hour into the future.
func TestKeyLimitIsPerKey(t *testing.T) {
	now := time.Unix(1_800_000_000, 0)
	mem := NewMemory(MemoryOptions{Now: func() time.Time { return now }})
	hs := newHarness(t, mem, Options{Policies: []Policy{
		{Name: "caller", Limit: PerMinute(60), Key: ByPrincipal(), UsePrincipalLimit: true},
	}})
	ci := &mcpctx.Principal{Subject: "alice", Method: mcpctx.MethodAPIKey, KeyID: "ci", RateLimit: "1/h"}
	laptop := &mcpctx.Principal{Subject: "alice", Method: mcpctx.MethodAPIKey, KeyID: "laptop"}

	if w := hs.do(ci, rpc("tools/list", 1, nil)); w.Code != 200 {
		t.Fatalf("ci key, first call: %d", w.Code)
	}
	now = now.Add(time.Second)
	if w := hs.do(laptop, rpc("tools/list", 2, nil)); w.Code != 200 {
		t.Fatalf("the laptop key (its own 60/m, untouched) is denied after one call of another key: %d, Retry-After %s", w.Code, w.Header().Get("Retry-After"))
	}
}
