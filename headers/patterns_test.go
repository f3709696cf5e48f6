package headers

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/mcpauth/mcpauth/mcpctx"
)

// hiddenByName are the credential headers hidden by name, among them
// those in which authenticating proxies forward a caller's token, identity
// or client certificate (issue 13, item 3).
var hiddenByName = []string{
	"x-forwarded-access-token",
	"x-auth-request-access-token",
	"x-amzn-oidc-accesstoken",
	"x-amzn-oidc-data",
	"x-amzn-oidc-identity",
	"x-goog-iap-jwt-assertion",
	"cf-access-jwt-assertion",
	"x-ms-token-aad-id-token",
	"x-ms-token-aad-access-token",
	"x-ms-token-aad-refresh-token",
	"x-ms-token-aad-expires-on",
	"x-forwarded-client-cert",
	"x-auth-token",
	"x-access-token",
	"api-key",
	"x-csrf-token",
	"x-forwarded-authorization",
	"authorization",
	"cookie",
	"x-api-key",
	"proxy-authorization",
}

// hiddenByPattern: one or more names per pattern, none of them listed.
var hiddenByPattern = map[string][]string{
	"x-amzn-oidc-*":    {"x-amzn-oidc-future"},
	"x-ms-token-aad-*": {"x-ms-token-aad-whatever"},
	"*token*":          {"x-acme-token", "token", "x-tokenized", "id-token-hint"},
	"*secret*":         {"x-client-secret", "secret", "x-secrets"},
	"*password*":       {"x-password", "password", "x-db-password-hash"},
	"*assertion*":      {"x-saml-assertion", "assertion"},
	"*signature*":      {"x-hub-signature-256", "signature", "x-signature"},
	"*-key":            {"x-crm-key", "x-subscription-key", "ocp-apim-subscription-key", "-key"},
	"cookie*":          {"cookie2", "cookie-session"},
}

// visible are ordinary headers a tool sees by default.
var visible = []string{
	"user-agent", "accept-language", "x-request-id", "mcp-protocol-version", "x-tenant",
	"x-keyboard-layout", // contains "key", does not end in "-key"
	"x-monkey",          // ends in "key", not in "-key"
	"x-key-id", "keyword", "x-session", "x-tok", "set-cookie-policy",
}

// spellings returns name lowercased, uppercased, canonical and in mixed case.
func spellings(name string) []string {
	mixed := []byte(name)
	for i := range mixed {
		if i%2 == 0 {
			mixed[i] = strings.ToUpper(string(mixed[i]))[0]
		}
	}
	return []string{name, strings.ToUpper(name), http.CanonicalHeaderKey(name), string(mixed)}
}

func allHidden() []string {
	names := append([]string(nil), hiddenByName...)
	for _, list := range hiddenByPattern {
		names = append(names, list...)
	}
	return names
}

// TestCredentialHeadersHiddenByDefault: every listed name and each
// pattern is hidden, in any case, by FromHeader, FromContext and
// IsExcluded; ordinary headers pass.
func TestCredentialHeadersHiddenByDefault(t *testing.T) {
	for _, name := range allHidden() {
		for _, spelled := range spellings(name) {
			h := http.Header{spelled: {"secret"}, "X-Tenant": {"acme"}}
			if got := FromHeader(h); len(got) != 1 || got["x-tenant"] != "acme" {
				t.Errorf("FromHeader shows %q: %v", spelled, got)
			}
			if got := FromContext(mcpctx.WithHeader(context.Background(), h)); len(got) != 1 {
				t.Errorf("FromContext shows %q: %v", spelled, got)
			}
			if !IsExcluded(spelled) {
				t.Errorf("IsExcluded(%q) = false", spelled)
			}
		}
	}
	for pattern, names := range hiddenByPattern {
		for _, name := range names {
			if _, listed := excluded[name]; listed {
				t.Errorf("%s: %q is listed by name, so it does not test the pattern", pattern, name)
			}
		}
	}
	for _, name := range visible {
		for _, spelled := range spellings(name) {
			if got := FromHeader(http.Header{spelled: {"v"}}); got[name] != "v" {
				t.Errorf("FromHeader hides %q: %v", spelled, got)
			}
			if IsExcluded(spelled) {
				t.Errorf("IsExcluded(%q) = true", spelled)
			}
		}
	}
}

// TestIncludeBeatsPatterns: Include re-admits a header hidden by name or
// by pattern, and only that one; IncludeAll shows all.
func TestIncludeBeatsPatterns(t *testing.T) {
	h := http.Header{}
	for _, name := range allHidden() {
		h.Set(name, "secret-"+name)
	}
	for _, name := range visible {
		h.Set(name, "v")
	}
	for _, name := range []string{"x-crm-key", "X-Forwarded-Access-Token", "x-amzn-oidc-data", "COOKIE2"} {
		got := FromHeader(h, Include(name))
		lower := strings.ToLower(name)
		if got[lower] != "secret-"+lower || len(got) != len(visible)+1 {
			t.Errorf("Include(%q) = %v", name, got)
		}
	}
	if got := FromHeader(h, Include("x-crm-key"), Exclude("X-Crm-Key")); got["x-crm-key"] == "" {
		t.Errorf("Include lost to Exclude: %v", got)
	}
	all := FromHeader(h, IncludeAll())
	if len(all) != len(h) {
		t.Fatalf("IncludeAll shows %d of %d headers: %v", len(all), len(h), all)
	}
	for _, name := range allHidden() {
		if all[name] != "secret-"+name {
			t.Errorf("IncludeAll: %s = %q", name, all[name])
		}
	}
}

// TestNonASCIINames: a name strings.ToLower folds to a hidden one (the
// Kelvin sign lowercases to k) is hidden too.
func TestNonASCIINames(t *testing.T) {
	h := http.Header{"X-Crm-\u212aey": {"secret"}, "X-Caf\u00e9": {"v"}}
	if got := FromHeader(h); len(got) != 1 || got["x-caf\u00e9"] != "v" {
		t.Fatalf("FromHeader = %v", got)
	}
	if !IsExcluded("X-Crm-\u212aey") || IsExcluded("X-Caf\u00e9") {
		t.Fatal("IsExcluded wrong on non-ASCII names")
	}
	long := "X-" + strings.Repeat("A", maxFold) + "-Token"
	if got := FromHeader(http.Header{long: {"s"}}); len(got) != 0 || !IsExcluded(long) {
		t.Fatalf("a long name: %v", got)
	}
}

// TestNameCheckDoesNotAllocate: checking a name costs nothing; a hidden
// header costs FromHeader no allocation.
func TestNameCheckDoesNotAllocate(t *testing.T) {
	for _, name := range []string{"X-Forwarded-Access-Token", "X-Keyboard-Layout", "x-tenant", "X-Amzn-Oidc-Data", "Mcp-Protocol-Version"} {
		if n := testing.AllocsPerRun(100, func() { IsExcluded(name) }); n != 0 {
			t.Errorf("IsExcluded(%q): %v allocations", name, n)
		}
	}
	var b [maxFold]byte
	if n := testing.AllocsPerRun(100, func() { fixedHidden(fold(b[:], "X-Ms-Token-Aad-Refresh-Token-Long-Name-Beyond-32")) }); n != 0 {
		t.Errorf("fixedHidden: %v allocations", n)
	}
	hidden := benchHeader()
	only := http.Header{"X-Tenant": hidden["X-Tenant"]}
	base := testing.AllocsPerRun(100, func() { FromHeader(only) })
	if n := testing.AllocsPerRun(100, func() { FromHeader(hidden) }); n > base+1 { // +1: a larger map
		t.Errorf("FromHeader: %v allocations with %d hidden headers, %v without", n, len(hidden)-1, base)
	}
}

func benchHeader() http.Header {
	return http.Header{
		"Authorization":            {"Bearer secret"},
		"X-Forwarded-Access-Token": {"t"},
		"X-Amzn-Oidc-Data":         {"d"},
		"Cookie":                   {"a=b"},
		"Content-Type":             {"application/json"},
		"X-Hub-Signature-256":      {"sha256=x"},
		"X-Tenant":                 {"acme"},
	}
}

func BenchmarkIsExcluded(b *testing.B) {
	names := []string{"X-Forwarded-Access-Token", "X-Keyboard-Layout", "User-Agent", "X-Amzn-Oidc-Data", "x-tenant"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		IsExcluded(names[i%len(names)])
	}
}

func BenchmarkFromContext(b *testing.B) {
	h := benchHeader()
	for _, name := range []string{"User-Agent", "Accept-Language", "X-Request-Id", "Mcp-Protocol-Version"} {
		h.Set(name, "v")
	}
	ctx := mcpctx.WithCredentialHeaders(mcpctx.WithHeader(context.Background(), h), mcpctx.NewCredentialHeaders("X-Acme-Token"))
	b.ReportAllocs()
	for b.Loop() {
		FromContext(ctx)
	}
}
