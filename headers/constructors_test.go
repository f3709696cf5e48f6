package headers

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/mcpauth/mcpauth/internal/testcheck"
)

func TestConstructorsRefuseBadInput(t *testing.T) {
	for _, c := range []struct {
		name string
		call func() error
		want string
	}{
		{"ValidateOrigin empty origin", func() error {
			_, err := ValidateOrigin(OriginOptions{AllowedOrigins: []string{"https://a.example", ""}})
			return err
		}, "OriginOptions.AllowedOrigins[1] is empty"},
		{"ValidateOrigin origin with a path", func() error {
			_, err := ValidateOrigin(OriginOptions{AllowedOrigins: []string{"https://a.example/app"}})
			return err
		}, "OriginOptions.AllowedOrigins[0]"},
		{"ValidateOrigin null origin", func() error {
			_, err := ValidateOrigin(OriginOptions{AllowedOrigins: []string{"null"}})
			return err
		}, "OriginOptions.AllowedOrigins[0]"},
		{"CORS empty origin", func() error {
			_, err := CORS(CORSOptions{Origins: OriginOptions{AllowedOrigins: []string{""}}})
			return err
		}, "OriginOptions.AllowedOrigins[0] is empty"},
		{"CORS empty ExposeHeaders entry", func() error {
			_, err := CORS(CORSOptions{ExposeHeaders: []string{"X-A", ""}})
			return err
		}, "CORSOptions.ExposeHeaders[1]"},
		{"CORS bad ExposeHeaders entry", func() error {
			_, err := CORS(CORSOptions{ExposeHeaders: []string{"X A"}})
			return err
		}, "CORSOptions.ExposeHeaders[0]"},
	} {
		var err error
		testcheck.NoPanic(t, c.name, func() { err = c.call() })
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want an error naming %q", c.name, err, c.want)
		}
	}
}

// TestMiddlewarePanicsAtConstructionOnNilNext: a nil next handler is
// refused when the middleware is applied, not at the first request.
func TestMiddlewarePanicsAtConstructionOnNilNext(t *testing.T) {
	origin, err := ValidateOrigin(OriginOptions{})
	if err != nil {
		t.Fatal(err)
	}
	testcheck.PanicsWith(t, "ValidateOrigin(nil)", "ValidateOrigin: next handler is nil", func() { origin(nil) })
	cors, err := CORS(CORSOptions{})
	if err != nil {
		t.Fatal(err)
	}
	testcheck.PanicsWith(t, "CORS(nil)", "CORS: next handler is nil", func() { cors(nil) })
}

// TestZeroValuesDoNotPanic: zero options, nil options and nil inputs are
// safe.
func TestZeroValuesDoNotPanic(t *testing.T) {
	ok := http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusNoContent) })
	testcheck.NoPanic(t, "zero OriginOptions", func() {
		mw, err := ValidateOrigin(OriginOptions{})
		if err != nil {
			t.Fatal(err)
		}
		req := httptest.NewRequest(http.MethodPost, "/mcp", nil)
		req.Header.Set("Origin", "https://evil.example")
		rec := httptest.NewRecorder()
		mw(ok).ServeHTTP(rec, req)
		if rec.Code != http.StatusForbidden {
			t.Errorf("foreign origin: %d", rec.Code)
		}
	})
	testcheck.NoPanic(t, "zero CORSOptions", func() {
		mw, err := CORS(CORSOptions{})
		if err != nil {
			t.Fatal(err)
		}
		rec := httptest.NewRecorder()
		mw(ok).ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/mcp", nil))
	})
	testcheck.NoPanic(t, "nil inputs", func() {
		if got := FromHeader(nil); got == nil || len(got) != 0 {
			t.Errorf("FromHeader(nil) = %v", got)
		}
		var nilCtx context.Context
		if got := FromContext(nilCtx); got == nil || len(got) != 0 {
			t.Errorf("FromContext(nil) = %v", got)
		}
		h := http.Header{"Authorization": {"Bearer x"}, "X-Tenant": {"a"}}
		if got := FromHeader(h, nil, Include(), nil); len(got) != 1 || got["x-tenant"] != "a" {
			t.Errorf("FromHeader with nil options = %v", got)
		}
		_ = Exclude()
		_ = FromHeader(h, Exclude("", "  "))
		_ = IsExcluded("")
		_ = FromRequest(nil)
	})
}
