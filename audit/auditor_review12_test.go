package audit_test

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/mcpauth/mcpauth/audit"
	"github.com/mcpauth/mcpauth/internal/testlog"
)

var rv12Mu sync.Mutex

func rv12Auditor(t *testing.T) (*audit.Auditor, *[]audit.Event) {
	t.Helper()
	var evs []audit.Event
	aud, err := audit.New(audit.Config{Observer: testlog.WrapObserver(t, audit.ObserverFunc(func(_ context.Context, e *audit.Event) {
		rv12Mu.Lock()
		evs = append(evs, *e)
		rv12Mu.Unlock()
	}))})
	if err != nil {
		t.Fatal(err)
	}
	return aud, &evs
}

// Finding: a handler that panics before writing (the MCP handler behind
// the chain, or a layer) leaves the status at 0, which the Auditor's
// deferred finish turns into 200: the event says allowed, 200, no reason,
// for a request whose client got its connection reset (net/http recovers
// the panic and writes no response). finish should see the panic
// (recover and re-panic) and record a failure (500, Failed).
func TestReview12PanicIsNotAudited200(t *testing.T) {
	aud, evs := rv12Auditor(t)
	h := aud.Handler(audit.Passed(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { panic("boom") })))
	srv := httptest.NewUnstartedServer(h)
	srv.Config.ErrorLog = slog.NewLogLogger(testlog.Wrap(t, slog.DiscardHandler), slog.LevelError) // the panic's stack
	srv.Start()
	defer srv.Close()
	resp, err := http.Get(srv.URL)
	if err == nil {
		resp.Body.Close()
		t.Fatalf("the client got a response (%d): expected none", resp.StatusCode)
	}
	rv12Mu.Lock()
	defer rv12Mu.Unlock()
	if len(*evs) != 1 {
		t.Fatalf("%d events", len(*evs))
	}
	if e := (*evs)[0]; e.Status == http.StatusOK || e.Outcome == audit.Allowed && e.Reason == "" {
		t.Errorf("a request whose handler panicked (no response) is audited as %s, status %d, reason %q", e.Outcome, e.Status, e.Reason)
	}
}

// Finding: statusWriter keeps the first WriteHeader, even an
// informational one: a layer that sends 103 Early Hints and then refuses
// with 401 is audited as status 103, outcome allowed.
func TestReview12InformationalStatusIsNotTheAnswer(t *testing.T) {
	aud, evs := rv12Auditor(t)
	h := aud.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Link", "</style.css>; rel=preload")
		w.WriteHeader(http.StatusEarlyHints)
		audit.RecordFrom(r.Context()).Refuse(audit.ReasonNoCredential)
		w.WriteHeader(http.StatusUnauthorized)
	}))
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("GET", "/mcp", nil))
	if len(*evs) != 1 {
		t.Fatalf("%d events", len(*evs))
	}
	if e := (*evs)[0]; e.Status != http.StatusUnauthorized || e.Outcome != audit.Unauthenticated {
		t.Errorf("a 401 after 103 Early Hints is audited as status %d, outcome %s", e.Status, e.Outcome)
	}
}
