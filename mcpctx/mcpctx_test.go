package mcpctx

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/modelcontextprotocol/go-sdk/auth"
	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mcpauth/mcpauth/operation"
)

func TestPrincipalIDIsUnambiguous(t *testing.T) {
	cases := []Principal{
		{Method: MethodJWT, Issuer: "https://a", Subject: "b:c"},
		{Method: MethodJWT, Issuer: "https://a:b", Subject: "c"},
		{Method: MethodJWT, Issuer: `https://a":"b`, Subject: "c"},
		{Method: MethodJWT, Issuer: "https://a", Subject: `"b":c`},
		{Method: MethodAPIKey, Issuer: "", Subject: "alice"},
		{Method: MethodJWT, Issuer: "", Subject: "alice"},
		{Method: MethodAPIKey, Issuer: "x", Subject: "alice"},
	}
	seen := map[string]int{}
	for i, p := range cases {
		id := p.ID()
		if j, dup := seen[id]; dup {
			t.Fatalf("principals %d and %d share ID %q", j, i, id)
		}
		seen[id] = i
	}
	if got, want := cases[4].ID(), `apikey:"":alice`; got != want {
		t.Errorf("ID = %q, want %q", got, want)
	}
}

func TestScopesAndExpiry(t *testing.T) {
	p := &Principal{Scopes: []string{"read", "write"}, ExpiresAt: time.Unix(100, 0)}
	if !p.HasScope("read") || p.HasScope("admin") {
		t.Error("HasScope wrong")
	}
	if got := p.MissingScopes("read", "admin", "write", "x"); len(got) != 2 || got[0] != "admin" || got[1] != "x" {
		t.Errorf("MissingScopes = %v", got)
	}
	if p.MissingScopes("read") != nil {
		t.Error("MissingScopes should be nil when all are granted")
	}
	var nilP *Principal
	if nilP.HasScope("read") {
		t.Error("nil principal has no scopes")
	}
	if p.Expired(time.Unix(99, 0)) || !p.Expired(time.Unix(100, 0)) {
		t.Error("Expired wrong")
	}
	if (&Principal{}).Expired(time.Now()) {
		t.Error("zero ExpiresAt never expires")
	}
}

func TestContextRoundTrip(t *testing.T) {
	ctx := context.Background()
	if _, ok := PrincipalFrom(ctx); ok {
		t.Fatal("empty context has a principal")
	}
	if HeaderFrom(ctx) != nil {
		t.Fatal("empty context has a header")
	}
	alice := &Principal{Subject: "alice"}
	ctx = WithPrincipal(ctx, alice)
	if p, ok := PrincipalFrom(ctx); !ok || p != alice {
		t.Fatalf("PrincipalFrom = %v, %v", p, ok)
	}
	// A nil principal hides the earlier one.
	if _, ok := PrincipalFrom(WithPrincipal(ctx, nil)); ok {
		t.Fatal("WithPrincipal(nil) must hide the earlier principal")
	}
	h := http.Header{"X-A": {"1"}}
	if got := HeaderFrom(WithHeader(ctx, h)); got.Get("X-A") != "1" {
		t.Fatal("header lost")
	}
	if got := HeaderFrom(WithHeader(ctx, nil)); got == nil || len(got) != 0 {
		t.Fatal("WithHeader(nil) must give an empty header")
	}
}

func TestTokenInfoRoundTrip(t *testing.T) {
	exp := time.Now().Add(time.Hour)
	p := &Principal{Subject: "alice", Method: MethodAPIKey, Scopes: []string{"a"}, ExpiresAt: exp}
	ti := TokenInfo(p)
	if ti.UserID != p.ID() || ti.Scopes[0] != "a" || !ti.Expiration.Equal(exp) {
		t.Fatalf("TokenInfo = %+v", ti)
	}
	if got, ok := FromTokenInfo(ti); !ok || got != p {
		t.Fatal("FromTokenInfo lost the principal")
	}
	if _, ok := FromTokenInfo(nil); ok {
		t.Fatal("nil TokenInfo has no principal")
	}
	if _, ok := FromTokenInfo(&auth.TokenInfo{UserID: "x"}); ok {
		t.Fatal("foreign TokenInfo has no principal")
	}
}

func TestMiddlewareReplacesStaleValues(t *testing.T) {
	alice := &Principal{Subject: "alice"}
	bob := &Principal{Subject: "bob"}
	// ctx as go-sdk would derive it from alice's initialize request.
	stale := WithHeader(WithPrincipal(context.Background(), alice), http.Header{"X-Who": {"alice"}})

	var gotP *Principal
	var gotOK bool
	var gotH http.Header
	h := Middleware()(func(ctx context.Context, method string, req mcp.Request) (mcp.Result, error) {
		gotP, gotOK = PrincipalFrom(ctx)
		gotH = HeaderFrom(ctx)
		return nil, nil
	})

	ti := TokenInfo(bob)
	operation.Attach(ti, &operation.Request{Ops: []operation.Op{{Kind: operation.Call, Method: "tools/call"}}})
	req := &mcp.CallToolRequest{Extra: &mcp.RequestExtra{TokenInfo: ti, Header: http.Header{"X-Who": {"bob"}}}}
	if _, err := h(stale, "tools/call", req); err != nil {
		t.Fatal(err)
	}
	if !gotOK || gotP != bob || gotH.Get("X-Who") != "bob" {
		t.Fatalf("got %v %v %v, want bob", gotP, gotOK, gotH)
	}
	if p, ok := FromRequest(req); !ok || p != bob {
		t.Fatal("FromRequest lost bob")
	}

	// A message with no HTTP request behind it carries nobody.
	if _, err := h(stale, "tools/call", &mcp.CallToolRequest{}); err != nil {
		t.Fatal(err)
	}
	if gotOK || gotH != nil && len(gotH) != 0 {
		t.Fatalf("message without Extra got principal %v / header %v", gotP, gotH)
	}
	if _, ok := FromRequest(&mcp.CallToolRequest{}); ok {
		t.Fatal("FromRequest without Extra")
	}
	if _, ok := FromRequest(nil); ok {
		t.Fatal("FromRequest(nil)")
	}
}

func TestMiddlewareClaimsDecidedOperations(t *testing.T) {
	ran := 0
	h := Middleware()(func(ctx context.Context, method string, req mcp.Request) (mcp.Result, error) {
		ran++
		return nil, nil
	})
	call := func(ti *auth.TokenInfo, name string) error {
		req := &mcp.CallToolRequest{Params: &mcp.CallToolParamsRaw{Name: name}, Extra: &mcp.RequestExtra{TokenInfo: ti}}
		_, err := h(context.Background(), "tools/call", req)
		return err
	}
	alice := &Principal{Subject: "alice"}

	// Decided by the gate: search once, nothing else.
	ti := TokenInfo(alice)
	operation.Attach(ti, &operation.Request{Ops: []operation.Op{{Kind: operation.Call, Method: "tools/call", Name: "search"}}})
	if err := call(ti, "delete_all"); err == nil {
		t.Fatal("an undecided tool ran")
	}
	if err := call(ti, "search"); err != nil {
		t.Fatalf("the decided call was refused: %v", err)
	}
	if err := call(ti, "search"); err == nil {
		t.Fatal("a decided call ran twice")
	}
	if ran != 1 {
		t.Fatalf("ran %d times, want 1", ran)
	}

	// No decision recorded (go-sdk's RequireBearerToken with
	// jwtauth's TokenVerifier, say): nothing to check against.
	if err := call(TokenInfo(alice), "anything"); err != nil || ran != 2 {
		t.Fatalf("a request without a recorded decision: %v", err)
	}
}
