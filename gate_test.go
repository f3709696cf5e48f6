package mcpauth

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/modelcontextprotocol/go-sdk/auth"

	"github.com/mcpauth/mcpauth/internal/testlog"
	"github.com/mcpauth/mcpauth/mcpctx"
)

// fixed is an authenticator with a canned answer that counts its calls.
type fixed struct {
	p     *mcpctx.Principal
	err   error
	calls int
}

func (f *fixed) Authenticate(*http.Request) (*mcpctx.Principal, error) {
	f.calls++
	return f.p, f.err
}

func serve(t *testing.T, g *Gate, r *http.Request) (*httptest.ResponseRecorder, *http.Request) {
	t.Helper()
	var seen *http.Request
	h := g.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		seen = r
		w.WriteHeader(http.StatusNoContent)
	}))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, r)
	return rec, seen
}

func mustGate(t *testing.T, o Options) *Gate {
	t.Helper()
	if o.Logger == nil {
		o.Logger = testlog.New(t) // every rejection scanned for credentials
	}
	g, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestNewValidates(t *testing.T) {
	a := &fixed{}
	for name, o := range map[string]Options{
		"no authenticators": {},
		"nil authenticator": {Authenticators: []Authenticator{nil}},
		"relative metadata": {Authenticators: []Authenticator{a}, ResourceMetadataURL: "/.well-known/oauth-protected-resource"},
		"bad scope":         {Authenticators: []Authenticator{a}, RequiredScopes: []string{"a b"}},
		"empty scope":       {Authenticators: []Authenticator{a}, RequiredScopes: []string{""}},
		"quote in scope":    {Authenticators: []Authenticator{a}, RequiredScopes: []string{`a"`}},
	} {
		if _, err := New(o); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestFirstClaimerDecides(t *testing.T) {
	none := &fixed{err: ErrNoCredential}
	bad := &fixed{err: InvalidCredential("nope", nil)}
	good := &fixed{p: &mcpctx.Principal{Subject: "s"}}
	g := mustGate(t, Options{Authenticators: []Authenticator{none, bad, good}})
	rec, _ := serve(t, g, httptest.NewRequest("POST", "/mcp", strings.NewReader(pingBody)))
	if rec.Code != 401 || good.calls != 0 || none.calls != 1 || bad.calls != 1 {
		t.Fatalf("status %d, calls %d/%d/%d", rec.Code, none.calls, bad.calls, good.calls)
	}
	g = mustGate(t, Options{Authenticators: []Authenticator{none, good, bad}})
	rec, seen := serve(t, g, httptest.NewRequest("POST", "/mcp", strings.NewReader(pingBody)))
	if rec.Code != 204 || bad.calls != 1 {
		t.Fatalf("status %d", rec.Code)
	}
	if p, ok := mcpctx.PrincipalFrom(seen.Context()); !ok || p.Subject != "s" {
		t.Fatal("principal not in context")
	}
	ti := auth.TokenInfoFromContext(seen.Context())
	if ti == nil || ti.UserID != good.p.ID() {
		t.Fatalf("TokenInfo %+v", ti)
	}
	if seen.Header.Get("Authorization") != "" {
		t.Fatal("placeholder Authorization header reached the handler")
	}
	if mcpctx.HeaderFrom(seen.Context()) == nil {
		t.Fatal("header not in context")
	}
}

func TestGateOutcomes(t *testing.T) {
	exp := time.Now().Add(-time.Second)
	cases := []struct {
		name   string
		a      *fixed
		status int
		code   string
	}{
		{"expired principal", &fixed{p: &mcpctx.Principal{Subject: "s", ExpiresAt: exp}}, 401, "invalid_token"},
		{"nil principal", &fixed{}, 503, "temporarily_unavailable"},
		{"principal without subject", &fixed{p: &mcpctx.Principal{}}, 503, "temporarily_unavailable"},
		{"unclassified error", &fixed{err: errors.New("boom")}, 503, "temporarily_unavailable"},
		{"wrapped unavailable", &fixed{err: Unavailable("", errors.New("redis down"))}, 503, "temporarily_unavailable"},
		{"fmt-wrapped invalid", &fixed{err: errors.Join(errors.New("x"), ErrInvalidCredential)}, 401, "invalid_token"},
		{"invalid request", &fixed{err: InvalidRequest("dup", nil)}, 400, "invalid_request"},
		{"no credential", &fixed{err: ErrNoCredential}, 401, "unauthorized"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g := mustGate(t, Options{Authenticators: []Authenticator{c.a}})
			rec, seen := serve(t, g, httptest.NewRequest("POST", "/mcp", strings.NewReader(pingBody)))
			if rec.Code != c.status || seen != nil {
				t.Fatalf("status %d (handler reached: %v), want %d", rec.Code, seen != nil, c.status)
			}
			if !strings.Contains(rec.Body.String(), `"error":"`+c.code+`"`) {
				t.Fatalf("body %s", rec.Body)
			}
			if got := rec.Header().Get("Cache-Control"); got != "no-store" {
				t.Errorf("Cache-Control %q", got)
			}
		})
	}
}

func TestChallengeWithoutMetadataOrScopes(t *testing.T) {
	g := mustGate(t, Options{Authenticators: []Authenticator{&fixed{err: ErrNoCredential}}})
	rec, _ := serve(t, g, httptest.NewRequest("POST", "/mcp", strings.NewReader(pingBody)))
	if got := rec.Header().Get("WWW-Authenticate"); got != "Bearer" {
		t.Fatalf("challenge %q", got)
	}
}

func TestDescriptionsAreSanitised(t *testing.T) {
	g := mustGate(t, Options{Authenticators: []Authenticator{&fixed{err: InvalidCredential("bad \"x\"\r\nSet-Cookie: a\\b é", nil)}}})
	rec, _ := serve(t, g, httptest.NewRequest("POST", "/mcp", strings.NewReader(pingBody)))
	ch := rec.Header().Get("WWW-Authenticate")
	if strings.ContainsAny(ch, "\r\n\\") || strings.Count(ch, `"`)%2 != 0 {
		t.Fatalf("challenge %q", ch)
	}
	if !strings.Contains(rec.Body.String(), `bad ?x???Set-Cookie: a?b ??`) {
		t.Fatalf("body %s", rec.Body)
	}
}

func TestQueryTokensRefusedBeforeAuthenticators(t *testing.T) {
	a := &fixed{p: &mcpctx.Principal{Subject: "s"}}
	g := mustGate(t, Options{Authenticators: []Authenticator{a}})
	for _, q := range []string{"?access_token=abc", "?x=1&access%5Ftoken=abc"} {
		rec, _ := serve(t, g, httptest.NewRequest("POST", "/mcp"+q, strings.NewReader(pingBody)))
		if rec.Code != 400 || a.calls != 0 {
			t.Fatalf("%s: status %d, authenticator called %d times", q, rec.Code, a.calls)
		}
	}
	if rec, _ := serve(t, g, httptest.NewRequest("POST", "/mcp?x=1", strings.NewReader(pingBody))); rec.Code != 204 {
		t.Fatalf("harmless query: %d", rec.Code)
	}
}

func TestLogsNeverContainCredentials(t *testing.T) {
	const secret = "mcp_SECRETSECRET_SECRETSECRETSECRET"
	var buf bytes.Buffer
	testlog.Secret(t, secret)
	logger := slog.New(testlog.Wrap(t, slog.NewJSONHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug})))
	authn := AuthenticatorFunc(func(r *http.Request) (*mcpctx.Principal, error) {
		if r.Header.Get("X-Api-Key") == "" {
			return nil, ErrNoCredential
		}
		return nil, InvalidCredential("unknown API key", errors.New("key id SECRETSECR not found"))
	})
	g := mustGate(t, Options{Authenticators: []Authenticator{authn}, Logger: logger})
	r := httptest.NewRequest("POST", "/mcp", strings.NewReader(pingBody))
	r.Header.Set("X-Api-Key", secret)
	r.Header.Set("Authorization", "Bearer "+secret)
	serve(t, g, r)
	if buf.Len() == 0 {
		t.Fatal("rejection not logged")
	}
	if strings.Contains(buf.String(), secret) || strings.Contains(buf.String(), "Bearer") {
		t.Fatalf("log contains the credential: %s", buf.String())
	}
}

func TestBearerToken(t *testing.T) {
	cases := map[string]string{
		"Bearer abc":      "abc",
		"bearer abc":      "abc",
		"BEARER   abc":    "abc",
		" Bearer abc ":    "abc",
		"Bearer":          "",
		"Bearer ":         "",
		"Bearer a b":      "",
		"Basic abc":       "",
		"Bearerabc":       "",
		"Bearer a\tb":     "",
		"Token abc":       "",
		"Bearer abc.d.ef": "abc.d.ef",
	}
	for h, want := range cases {
		r := httptest.NewRequest("GET", "/", nil)
		r.Header.Set("Authorization", h)
		got, ok := BearerToken(r)
		if got != want || ok != (want != "") {
			t.Errorf("%q: got %q %v, want %q", h, got, ok, want)
		}
	}
	r := httptest.NewRequest("GET", "/?access_token=abc", nil)
	if _, ok := BearerToken(r); ok {
		t.Error("token taken from the query string")
	}
	r.Header.Add("Authorization", "Bearer a")
	r.Header.Add("Authorization", "Bearer b")
	if _, ok := BearerToken(r); ok {
		t.Error("repeated header accepted")
	}
}

func TestErrorType(t *testing.T) {
	cause := errors.New("cause")
	err := InvalidCredential("desc", cause)
	if !errors.Is(err, ErrInvalidCredential) || !errors.Is(err, cause) || errors.Is(err, ErrUnavailable) {
		t.Fatal("errors.Is")
	}
	if got := err.Error(); got != "mcpauth: invalid credential: desc: cause" {
		t.Fatalf("Error() = %q", got)
	}
	if got := (&Error{}).Error(); got != "mcpauth: authentication failed" {
		t.Fatalf("zero Error() = %q", got)
	}
	if description(errors.New("x"), "def") != "def" || description(err, "def") != "desc" {
		t.Fatal("description")
	}
}

func TestGateKeepsContextValues(t *testing.T) {
	type k struct{}
	g := mustGate(t, Options{Authenticators: []Authenticator{&fixed{p: &mcpctx.Principal{Subject: "s"}}}})
	r := httptest.NewRequest("POST", "/mcp", strings.NewReader(pingBody))
	r = r.WithContext(context.WithValue(r.Context(), k{}, "v"))
	_, seen := serve(t, g, r)
	if seen.Context().Value(k{}) != "v" {
		t.Fatal("upstream context value lost")
	}
}

// headerAuth claims requests carrying its header, like apikey does.
type headerAuth struct{ fixed }

func (h *headerAuth) CredentialHeaders() []string { return []string{"x-api-key"} }

func TestMoreThanOneCredentialIsRefused(t *testing.T) {
	ok := &mcpctx.Principal{Subject: "s"}
	keyAuth := &headerAuth{fixed{p: ok}}
	bearer := &fixed{p: ok}
	for _, order := range [][]Authenticator{{keyAuth, bearer}, {bearer, keyAuth}} {
		g := mustGate(t, Options{Authenticators: order})
		for name, h := range map[string]http.Header{
			"key and bearer":   {"X-Api-Key": {"k"}, "Authorization": {"Bearer t"}},
			"key and basic":    {"X-Api-Key": {"k"}, "Authorization": {"Basic YTpi"}},
			"two keys":         {"X-Api-Key": {"k1", "k2"}},
			"key, empty authz": {"X-Api-Key": {"k"}, "Authorization": {""}},
		} {
			r := httptest.NewRequest("POST", "/mcp", strings.NewReader(pingBody))
			r.Header = h
			rec, seen := serve(t, g, r)
			if rec.Code != 400 || seen != nil || !strings.Contains(rec.Body.String(), "invalid_request") {
				t.Errorf("%s: %d %s", name, rec.Code, rec.Body)
			}
		}
	}
	g := mustGate(t, Options{Authenticators: []Authenticator{keyAuth}})
	r := httptest.NewRequest("POST", "/mcp", strings.NewReader(pingBody))
	r.Header.Set("X-Api-Key", "k")
	if rec, _ := serve(t, g, r); rec.Code != 204 {
		t.Fatalf("one key: %d", rec.Code)
	}
}

func TestRetryAfterOn503(t *testing.T) {
	down := &fixed{err: Unavailable("store down", nil)}
	for _, c := range []struct {
		opt  time.Duration
		want string
	}{{0, "5"}, {1500 * time.Millisecond, "2"}, {-1, ""}} {
		g := mustGate(t, Options{Authenticators: []Authenticator{down}, RetryAfter: c.opt})
		rec, _ := serve(t, g, httptest.NewRequest("POST", "/mcp", strings.NewReader(pingBody)))
		if rec.Code != 503 || rec.Header().Get("Retry-After") != c.want {
			t.Errorf("RetryAfter %v: %d %q", c.opt, rec.Code, rec.Header().Get("Retry-After"))
		}
	}
}

// pingBody is a well-formed MCP request, for tests about everything but the
// body.
const pingBody = `{"jsonrpc":"2.0","id":1,"method":"ping"}`
