package audit_test

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"

	"github.com/mcpauth/mcpauth/audit"
)

// An Auditor in front of a handler that refuses: one event per request,
// logged as a JSON line and seen by an observer.
func Example() {
	aud, err := audit.New(audit.Config{
		// A JSON line per event; drop the time so the output is stable.
		Logger: slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
			switch a.Key {
			case "time", "request_id", "auth_ms", "latency_ms":
				return slog.Attr{}
			}
			return a
		}})),
		Observer: audit.ObserverFunc(func(_ context.Context, e *audit.Event) {
			fmt.Println("observed:", e.Outcome, e.Status, e.Reason)
		}),
	})
	if err != nil {
		panic(err)
	}
	// A layer that refuses says why in the request's Record.
	refuse := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		audit.RecordFrom(r.Context()).Refuse(audit.ReasonNoCredential)
		http.Error(w, "authentication required", http.StatusUnauthorized)
	})
	h := aud.Handler(refuse)
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("POST", "/mcp", nil))
	// Output:
	// {"level":"INFO","msg":"mcpauth decision","outcome":"unauthenticated","status":401,"reason":"no_credential","remote_addr":"192.0.2.1","http_method":"POST","path":"/mcp"}
	// observed: unauthenticated 401 no_credential
}
