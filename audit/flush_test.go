package audit_test

import (
	"bufio"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/mcpauth/mcpauth/audit"
	"github.com/mcpauth/mcpauth/internal/testlog"
)

// TestAuditorKeepsStreaming: an SSE event the handler flushes reaches the
// client while the handler is still running (the Auditor's ResponseWriter
// keeps Flush and Unwrap; go-sdk flushes through http.ResponseController).
func TestAuditorKeepsStreaming(t *testing.T) {
	aud, err := audit.New(audit.Config{Observer: testlog.Observer(t)})
	if err != nil {
		t.Fatal(err)
	}
	received := make(chan struct{})
	srv := httptest.NewServer(aud.Handler(audit.Passed(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/event-stream")
		_, _ = w.Write([]byte("data: first\n\n"))
		if err := http.NewResponseController(w).Flush(); err != nil {
			t.Errorf("Flush through the Auditor: %v", err)
		}
		select { // the handler ends only once the client has the event (or gave up)
		case <-received:
		case <-r.Context().Done():
		}
	}))))
	defer srv.Close()
	// A bound, not a measure: without the flush the client would wait
	// for a handler that waits for it.
	resp, err := (&http.Client{Timeout: 10 * time.Second}).Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	line, err := bufio.NewReader(resp.Body).ReadString('\n')
	close(received)
	if err != nil || line != "data: first\n" {
		t.Fatalf("first line %q, %v", line, err)
	}
}
