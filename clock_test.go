package mcpauth

import (
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/mcpauth/mcpauth/mcpctx"
)

// TestGateNow: the gate decides a principal's expiry by Options.Now (and
// EndpointConfig.Now), not real time.
func TestGateNow(t *testing.T) {
	exp := time.Now().Add(time.Hour) // valid by real time
	future := func() time.Time { return exp.Add(time.Second) }
	past := func() time.Time { return exp.Add(-3 * time.Hour) }
	expiredAt := time.Now().Add(-time.Hour) // expired by real time
	for _, c := range []struct {
		name   string
		expiry time.Time
		now    func() time.Time
		status int
	}{
		{"valid by real time, expired by the clock", exp, future, 401},
		{"expired by real time, valid by the clock", expiredAt, past, 204},
		{"valid by both", exp, past, 204},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := &fixed{p: &mcpctx.Principal{Subject: "s", ExpiresAt: c.expiry}}
			gates := map[string]*Gate{"Options": mustGate(t, Options{Authenticators: []Authenticator{a}, Now: c.now})}
			ep, err := NewEndpoint(EndpointConfig{Resource: "https://mcp.test/mcp", Authenticators: []Authenticator{a}, Now: c.now})
			if err != nil {
				t.Fatal(err)
			}
			gates["EndpointConfig"] = ep.Gate()
			for name, g := range gates {
				rec, _ := serve(t, g, httptest.NewRequest("POST", "/mcp", strings.NewReader(pingBody)))
				if rec.Code != c.status {
					t.Errorf("%s: status %d, want %d; body %s", name, rec.Code, c.status, rec.Body)
				}
			}
		})
	}
}
