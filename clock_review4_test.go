package mcpauth

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/mcpauth/mcpauth/mcpctx"
)

type review4Auth struct{ p *mcpctx.Principal }

func (a review4Auth) Authenticate(*http.Request) (*mcpctx.Principal, error) { return a.p, nil }

const review4Ping = `{"jsonrpc":"2.0","id":1,"method":"ping"}`

// TestReview4GateClockFarFromRealTime: a fake clock more than ~292 years
// from real time (the zero time.Time of an uninitialised `var now
// time.Time`, or time.Date(1, ...)) makes time.Now().Sub(g.now()) saturate
// at the maximum Duration, so the expiry handed to go-sdk lands centuries
// in the past and go-sdk answers 401 "token expired" for a principal the
// gate accepted.
func TestReview4GateClockFarFromRealTime(t *testing.T) {
	for _, c := range []struct {
		name string
		now  time.Time
	}{
		{"zero time", time.Time{}},
		{"year 1", time.Date(1, 1, 1, 12, 0, 0, 0, time.UTC)},
		{"year 1500", time.Date(1500, 1, 1, 0, 0, 0, 0, time.UTC)},
		{"year 2500", time.Date(2500, 1, 1, 0, 0, 0, 0, time.UTC)},
	} {
		t.Run(c.name, func(t *testing.T) {
			clock := c.now
			p := &mcpctx.Principal{Subject: "s", ExpiresAt: clock.Add(time.Hour)}
			g, err := New(Options{Authenticators: []Authenticator{review4Auth{p}}, Now: func() time.Time { return clock }})
			if err != nil {
				t.Fatal(err)
			}
			h := g.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) }))
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest("POST", "/mcp", strings.NewReader(review4Ping)))
			if rec.Code != http.StatusNoContent {
				t.Errorf("principal valid for an hour by Options.Now: status %d, want 204; body %q", rec.Code, rec.Body)
			}
		})
	}
}
