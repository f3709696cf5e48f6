package headers

import (
	"context"
	"net/http"
	"testing"

	"github.com/mcpauth/mcpauth/mcpctx"
)

func sample() http.Header {
	return http.Header{
		"Authorization":       {"Bearer secret"},
		"X-Api-Key":           {"mcp_key"},
		"Cookie":              {"session=1"},
		"Proxy-Authorization": {"Basic x"},
		"Proxy-Foo":           {"y"},
		"Mcp-Session-Id":      {"abc"},
		"Host":                {"example.com"},
		"Content-Type":        {"application/json"},
		"Accept":              {"application/json, text/event-stream"},
		"Connection":          {"keep-alive"},
		"X-Tenant-Id":         {"t1"},
		"X-Multi":             {"a", "b"},
		"User-Agent":          {"curl/8"},
	}
}

func TestDefaultFilterHidesCredentials(t *testing.T) {
	got := FromHeader(sample())
	want := map[string]string{"x-tenant-id": "t1", "x-multi": "a, b", "user-agent": "curl/8"}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q", k, got[k], v)
		}
	}
}

func TestIncludeAndIncludeAll(t *testing.T) {
	got := FromHeader(sample(), Include("Authorization", "x-api-key"))
	if got["authorization"] != "Bearer secret" || got["x-api-key"] != "mcp_key" {
		t.Fatalf("Include did not re-admit: %v", got)
	}
	if _, ok := got["cookie"]; ok {
		t.Fatal("Include admitted more than asked")
	}
	all := FromHeader(sample(), IncludeAll())
	if len(all) != len(sample()) || all["cookie"] != "session=1" || all["host"] != "example.com" {
		t.Fatalf("IncludeAll = %v", all)
	}
}

// TestGateCredentialHeaders: the credential headers of the gate that let
// a request in are hidden from tools, per request (they were a
// process-wide registry); Include re-admits one. The name matches no
// pattern, which would hide it whatever the gate.
func TestGateCredentialHeaders(t *testing.T) {
	h := http.Header{"X-Custom-Cred": {"s"}, "X-Other": {"o"}}
	ctx := mcpctx.WithCredentialHeaders(mcpctx.WithHeader(context.Background(), h), mcpctx.NewCredentialHeaders("X-Custom-Cred"))
	if got := FromContext(ctx); got["x-custom-cred"] != "" || got["x-other"] != "o" {
		t.Fatalf("FromContext = %v", got)
	}
	if got := FromContext(mcpctx.WithHeader(context.Background(), h)); got["x-custom-cred"] != "s" {
		t.Fatalf("another gate's credential header hidden: %v", got)
	}
	if got := FromContext(ctx, Include("x-custom-cred")); got["x-custom-cred"] != "s" {
		t.Fatalf("Include did not re-admit it: %v", got)
	}
	if got := FromHeader(h, Exclude("x-custom-CRED")); got["x-custom-cred"] != "" {
		t.Fatalf("Exclude: %v", got)
	}
	if IsExcluded("x-custom-cred") || !IsExcluded("X-Api-Key") {
		t.Fatal("IsExcluded wrong")
	}
}

func TestFromContext(t *testing.T) {
	if got := FromContext(context.Background()); got == nil || len(got) != 0 {
		t.Fatalf("outside a request: %v", got)
	}
	if got := FromContext(nil); got == nil || len(got) != 0 { // a nil context must not panic either
		t.Fatalf("nil context: %v", got)
	}
	ctx := mcpctx.WithHeader(context.Background(), sample())
	if got := FromContext(ctx); got["x-tenant-id"] != "t1" || got["authorization"] != "" {
		t.Fatalf("FromContext = %v", got)
	}
}

func TestNonCanonicalKeysMerge(t *testing.T) {
	h := http.Header{"x-a": {"1"}, "X-A": {"2"}}
	if got := FromHeader(h)["x-a"]; got != "1, 2" && got != "2, 1" {
		t.Fatalf("got %q", got)
	}
}
