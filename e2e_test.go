package mcpauth_test

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/lestrrat-go/jwx/v3/jwa"
	"github.com/lestrrat-go/jwx/v3/jwk"
	"github.com/lestrrat-go/jwx/v3/jwt"
	"github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/modelcontextprotocol/go-sdk/oauthex"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/headers"
	"github.com/mcpauth/mcpauth/jwtauth"
	"github.com/mcpauth/mcpauth/mcpctx"
)

const (
	mcpPath  = "/api/mcp"
	issuer   = "https://idp.test"
	tenantID = "tenant-42"
)

// caller is what the test tools report.
type caller struct {
	Subject string            `json:"subject"`
	Method  string            `json:"method"`
	KeyID   string            `json:"key_id"`
	Scopes  []string          `json:"scopes"`
	Headers map[string]string `json:"headers"`
	// FromRequest is the subject read from req.Extra, which must agree.
	FromRequest string `json:"from_request"`
}

type headersIn struct {
	Include []string `json:"include,omitempty"`
	All     bool     `json:"all,omitempty"`
}

type stack struct {
	srv      *httptest.Server
	endpoint string
	resource string
	store    *apikey.MemoryStore
	keys     map[string]string // name -> plaintext key
	jwtKey   jwk.Key
	release  chan struct{}
}

type stackOpts struct {
	http     mcp.StreamableHTTPOptions
	scopes   []string
	authOpts func(*mcpauth.Options)
}

// newStack serves an existing mux with /health and an MCP server mounted
// under mcpPath behind Origin check → gate, as a user would.
func newStack(t *testing.T, so stackOpts) *stack {
	t.Helper()
	st := &stack{store: apikey.NewMemoryStore(), keys: map[string]string{}, release: make(chan struct{})}
	for _, k := range []struct {
		name, subject string
		scopes        []string
	}{
		{"alice", "alice", []string{"tools", "read"}},
		{"alice2", "alice", []string{"tools"}},
		{"bob", "bob", []string{"tools"}},
		{"carol", "carol", []string{"read"}},
	} {
		key, rec, err := apikey.NewRecord(apikey.NewKey{Subject: k.subject, Name: k.name, Scopes: k.scopes})
		if err != nil {
			t.Fatal(err)
		}
		if err := st.store.Put(rec); err != nil {
			t.Fatal(err)
		}
		st.keys[k.name] = key
	}

	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	st.jwtKey, err = jwk.Import(priv)
	if err != nil {
		t.Fatal(err)
	}
	_ = st.jwtKey.Set(jwk.KeyIDKey, "k1")
	keys, err := jwtauth.StaticKey(priv.Public(), "k1", "")
	if err != nil {
		t.Fatal(err)
	}

	server := mcp.NewServer(&mcp.Implementation{Name: "e2e", Version: "v0"}, nil)
	server.AddReceivingMiddleware(mcpctx.Middleware())
	mcp.AddTool(server, &mcp.Tool{Name: "whoami"}, func(ctx context.Context, req *mcp.CallToolRequest, _ struct{}) (*mcp.CallToolResult, caller, error) {
		p, ok := mcpctx.PrincipalFrom(ctx)
		if !ok {
			return nil, caller{}, errors.New("no principal in ctx")
		}
		fromReq, _ := mcpctx.FromRequest(req)
		c := caller{Subject: p.Subject, Method: string(p.Method), KeyID: p.KeyID, Scopes: p.Scopes, Headers: headers.FromContext(ctx)}
		if fromReq != nil {
			c.FromRequest = fromReq.Subject
		}
		return nil, c, nil
	})
	mcp.AddTool(server, &mcp.Tool{Name: "headers"}, func(ctx context.Context, req *mcp.CallToolRequest, in headersIn) (*mcp.CallToolResult, map[string]string, error) {
		var opts []headers.Option
		if in.All {
			opts = append(opts, headers.IncludeAll())
		}
		if len(in.Include) > 0 {
			opts = append(opts, headers.Include(in.Include...))
		}
		return nil, headers.FromContext(ctx, opts...), nil
	})
	mcp.AddTool(server, &mcp.Tool{Name: "progress"}, func(ctx context.Context, req *mcp.CallToolRequest, _ struct{}) (*mcp.CallToolResult, struct{}, error) {
		if err := req.Session.NotifyProgress(ctx, &mcp.ProgressNotificationParams{
			ProgressToken: req.Params.GetProgressToken(), Progress: 1, Total: 2, Message: "half way",
		}); err != nil {
			return nil, struct{}{}, err
		}
		// The client releases us only after it has received the
		// notification: if anything buffered the stream, it never would.
		select {
		case <-st.release:
			return &mcp.CallToolResult{Content: []mcp.Content{&mcp.TextContent{Text: "done"}}}, struct{}{}, nil
		case <-time.After(10 * time.Second):
			return nil, struct{}{}, errors.New("progress notification was not delivered while the call was running")
		}
	})

	mux := http.NewServeMux()
	mux.HandleFunc("GET /health", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"status":"ok"}`)
	})
	st.srv = httptest.NewUnstartedServer(mux)
	st.srv.Start()
	t.Cleanup(st.srv.Close)
	st.endpoint = st.srv.URL + mcpPath
	st.resource = st.endpoint

	md, err := mcpauth.NewResourceMetadata(oauthex.ProtectedResourceMetadata{
		Resource: st.resource, AuthorizationServers: []string{issuer}, ScopesSupported: []string{"tools", "read"},
	})
	if err != nil {
		t.Fatal(err)
	}
	md.Mount(mux)

	keyAuth, err := apikey.New(apikey.Config{Store: st.store})
	if err != nil {
		t.Fatal(err)
	}
	jwtAuth, err := jwtauth.New(jwtauth.Config{Issuer: issuer, Audiences: []string{st.resource}, Keys: keys})
	if err != nil {
		t.Fatal(err)
	}
	opts := mcpauth.Options{
		Authenticators:      []mcpauth.Authenticator{jwtAuth, keyAuth},
		ResourceMetadataURL: md.URL(),
		RequiredScopes:      so.scopes,
	}
	if so.authOpts != nil {
		so.authOpts(&opts)
	}
	gate, err := mcpauth.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	originCheck, err := headers.ValidateOrigin(headers.OriginOptions{})
	if err != nil {
		t.Fatal(err)
	}
	httpOpts := so.http
	handler := mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return server }, &httpOpts)
	mux.Handle(mcpPath, originCheck(gate.Handler(handler)))
	return st
}

func (st *stack) jwt(t *testing.T, sub, aud string, scopes string) string {
	t.Helper()
	tok, err := jwt.NewBuilder().Issuer(issuer).Subject(sub).Audience([]string{aud}).
		IssuedAt(time.Now()).Expiration(time.Now().Add(time.Hour)).Claim("scope", scopes).Build()
	if err != nil {
		t.Fatal(err)
	}
	signed, err := jwt.Sign(tok, jwt.WithKey(jwa.EdDSA(), st.jwtKey))
	if err != nil {
		t.Fatal(err)
	}
	return string(signed)
}

// headerTransport adds headers to every request; the header set can be
// swapped between calls, as a client switching credentials would.
type headerTransport struct {
	h atomic.Pointer[http.Header]
}

// boundedTransport gives up on a response whose headers do not arrive in
// time. go-sdk's client opens the standalone SSE stream synchronously inside
// Connect, without a deadline: a server that buffers the stream would hang
// the test instead of failing it.
var boundedTransport = func() http.RoundTripper {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.ResponseHeaderTimeout = 10 * time.Second
	return t
}()

func (ht *headerTransport) set(h http.Header) { ht.h.Store(&h) }

func (ht *headerTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	for k, v := range *ht.h.Load() {
		r.Header[k] = v
	}
	return boundedTransport.RoundTrip(r)
}

func (st *stack) connect(t *testing.T, h http.Header, copts *mcp.ClientOptions) (*mcp.ClientSession, *headerTransport) {
	t.Helper()
	ht := &headerTransport{}
	ht.set(h)
	client := mcp.NewClient(&mcp.Implementation{Name: "test-client", Version: "v0"}, copts)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	cs, err := client.Connect(ctx, &mcp.StreamableClientTransport{
		Endpoint: st.endpoint, HTTPClient: &http.Client{Transport: ht}, MaxRetries: -1,
	}, nil)
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	t.Cleanup(func() { _ = cs.Close() })
	return cs, ht
}

func keyHeader(key string) http.Header {
	return http.Header{"X-Api-Key": {key}, "X-Tenant-Id": {tenantID}}
}

func bearerHeader(tok string) http.Header {
	return http.Header{"Authorization": {"Bearer " + tok}, "X-Tenant-Id": {tenantID}}
}

func callTool[T any](t *testing.T, cs *mcp.ClientSession, name string, args any) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	res, err := cs.CallTool(ctx, &mcp.CallToolParams{Name: name, Arguments: args})
	if err != nil {
		t.Fatalf("call %s: %v", name, err)
	}
	if res.IsError {
		t.Fatalf("call %s: tool error %v", name, res.Content)
	}
	var out T
	raw, _ := json.Marshal(res.StructuredContent)
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("call %s: decoding %s: %v", name, raw, err)
	}
	return out
}

var modes = []struct {
	name string
	opts mcp.StreamableHTTPOptions
}{
	{"stateful", mcp.StreamableHTTPOptions{}},
	{"stateless", mcp.StreamableHTTPOptions{Stateless: true}},
	{"json-response", mcp.StreamableHTTPOptions{JSONResponse: true}},
	{"stateless-json", mcp.StreamableHTTPOptions{Stateless: true, JSONResponse: true}},
}

// whoami names the caller of each request, in every mode, for API keys in
// X-API-Key, API keys as bearer tokens, and JWTs on the same endpoint.
func TestWhoamiNamesTheCallerOfEachRequest(t *testing.T) {
	for _, mode := range modes {
		t.Run(mode.name, func(t *testing.T) {
			st := newStack(t, stackOpts{http: mode.opts})

			alice, ht := st.connect(t, keyHeader(st.keys["alice"]), nil)
			got := callTool[caller](t, alice, "whoami", nil)
			aliceID, _ := apikey.ParseID(st.keys["alice"], apikey.DefaultPrefix)
			if got.Subject != "alice" || got.Method != "apikey" || got.KeyID != aliceID || got.FromRequest != "alice" {
				t.Fatalf("alice's whoami = %+v", got)
			}
			if strings.Join(got.Scopes, " ") != "tools read" {
				t.Errorf("scopes = %v", got.Scopes)
			}
			if got.Headers["x-tenant-id"] != tenantID {
				t.Errorf("x-tenant-id not visible to the tool: %v", got.Headers)
			}
			for _, secret := range []string{"x-api-key", "authorization", "mcp-session-id", "host"} {
				if _, ok := got.Headers[secret]; ok {
					t.Errorf("header %q visible to the tool by default", secret)
				}
			}

			// Same user, other key, same session: ctx must follow the
			// request, not the initialize request.
			ht.set(keyHeader(st.keys["alice2"]))
			got = callTool[caller](t, alice, "whoami", nil)
			alice2ID, _ := apikey.ParseID(st.keys["alice2"], apikey.DefaultPrefix)
			if got.KeyID != alice2ID || strings.Join(got.Scopes, " ") != "tools" {
				t.Fatalf("after switching keys whoami = %+v, want key %s", got, alice2ID)
			}

			// Bob, on his own session, with his key as a bearer token.
			bob, _ := st.connect(t, bearerHeader(st.keys["bob"]), nil)
			if got := callTool[caller](t, bob, "whoami", nil); got.Subject != "bob" || got.Method != "apikey" {
				t.Fatalf("bob's whoami = %+v", got)
			}

			// Dave, with a JWT, on the same endpoint.
			dave, _ := st.connect(t, bearerHeader(st.jwt(t, "dave", st.resource, "tools")), nil)
			if got := callTool[caller](t, dave, "whoami", nil); got.Subject != "dave" || got.Method != "jwt" || got.KeyID != "k1" {
				t.Fatalf("dave's whoami = %+v", got)
			}
		})
	}
}

func TestHeadersHelperHidesCredentialsUnlessAsked(t *testing.T) {
	st := newStack(t, stackOpts{})
	cs, _ := st.connect(t, keyHeader(st.keys["alice"]), nil)

	def := callTool[map[string]string](t, cs, "headers", headersIn{})
	if _, ok := def["x-api-key"]; ok {
		t.Fatalf("x-api-key visible by default: %v", def)
	}
	if def["x-tenant-id"] != tenantID {
		t.Fatalf("x-tenant-id missing: %v", def)
	}
	asked := callTool[map[string]string](t, cs, "headers", headersIn{Include: []string{"X-API-Key"}})
	if asked["x-api-key"] != st.keys["alice"] {
		t.Fatalf("x-api-key not shown when asked: %v", asked)
	}
	if all := callTool[map[string]string](t, cs, "headers", headersIn{All: true}); all["authorization"] != "" || all["x-api-key"] != st.keys["alice"] {
		t.Fatalf("with IncludeAll the tool must see the client's headers, not the bridge's placeholder: %v", all)
	}

	jcs, _ := st.connect(t, bearerHeader(st.jwt(t, "dave", st.resource, "tools")), nil)
	def = callTool[map[string]string](t, jcs, "headers", headersIn{})
	if _, ok := def["authorization"]; ok {
		t.Fatalf("authorization visible by default: %v", def)
	}
	all := callTool[map[string]string](t, jcs, "headers", headersIn{All: true})
	if !strings.HasPrefix(all["authorization"], "Bearer ey") {
		t.Fatalf("authorization not shown with IncludeAll: %v", all)
	}
}

// Progress notifications reach the client while the tool is still running:
// nothing between the client and the SDK buffers the SSE stream.
func TestStreamingThroughTheChain(t *testing.T) {
	for _, mode := range modes[:2] { // SSE modes; JSON responses are not streams
		t.Run(mode.name, func(t *testing.T) {
			st := newStack(t, stackOpts{http: mode.opts})
			var once sync.Once
			var got atomic.Value
			cs, _ := st.connect(t, keyHeader(st.keys["alice"]), &mcp.ClientOptions{
				ProgressNotificationHandler: func(_ context.Context, req *mcp.ProgressNotificationClientRequest) {
					got.Store(req.Params.Message)
					once.Do(func() { close(st.release) })
				},
			})
			ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
			defer cancel()
			params := &mcp.CallToolParams{Name: "progress"}
			params.SetProgressToken("p1")
			res, err := cs.CallTool(ctx, params)
			if err != nil {
				t.Fatal(err)
			}
			if res.IsError {
				t.Fatalf("tool failed: %v", res.Content[0].(*mcp.TextContent).Text)
			}
			if got.Load() != "half way" {
				t.Fatalf("progress message = %v", got.Load())
			}
		})
	}
}

func rawPost(t *testing.T, url string, h http.Header, body string) *http.Response {
	t.Helper()
	req, err := http.NewRequest("POST", url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json, text/event-stream")
	for k, v := range h {
		req.Header[k] = v
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}

const initializeBody = `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"curl","version":"0"}}}`

func TestSessionBoundToItsUser(t *testing.T) {
	st := newStack(t, stackOpts{})
	resp := rawPost(t, st.endpoint, keyHeader(st.keys["alice"]), initializeBody)
	sid := resp.Header.Get("Mcp-Session-Id")
	if resp.StatusCode != 200 || sid == "" {
		t.Fatalf("initialize: %d, session %q", resp.StatusCode, sid)
	}
	list := `{"jsonrpc":"2.0","id":2,"method":"tools/list"}`

	h := keyHeader(st.keys["bob"])
	h.Set("Mcp-Session-Id", sid)
	if resp := rawPost(t, st.endpoint, h, list); resp.StatusCode != http.StatusForbidden {
		t.Fatalf("bob on alice's session: %d, want 403", resp.StatusCode)
	}
	// A JWT for "alice" is a different principal from API-key alice.
	h = bearerHeader(st.jwt(t, "alice", st.resource, "tools"))
	h.Set("Mcp-Session-Id", sid)
	if resp := rawPost(t, st.endpoint, h, list); resp.StatusCode != http.StatusForbidden {
		t.Fatalf("JWT alice on API-key alice's session: %d, want 403", resp.StatusCode)
	}
	// Alice's other key is still alice.
	h = keyHeader(st.keys["alice2"])
	h.Set("Mcp-Session-Id", sid)
	if resp := rawPost(t, st.endpoint, h, `{"jsonrpc":"2.0","method":"notifications/initialized"}`); resp.StatusCode != http.StatusAccepted {
		t.Fatalf("alice's second key on her session: %d, want 202", resp.StatusCode)
	}
}

type challengeWant struct {
	status      int
	errCode     string // "" for none
	scope       string
	description string
}

func checkChallenge(t *testing.T, st *stack, resp *http.Response, want challengeWant) {
	t.Helper()
	if resp.StatusCode != want.status {
		t.Fatalf("status %d, want %d", resp.StatusCode, want.status)
	}
	var body struct {
		Error       string `json:"error"`
		Description string `json:"error_description"`
	}
	if ct := resp.Header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type %q", ct)
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil || body.Error == "" || body.Description == "" {
		t.Fatalf("body is not {error, error_description}: %+v %v", body, err)
	}
	if want.errCode != "" && body.Error != want.errCode {
		t.Errorf("body error %q, want %q", body.Error, want.errCode)
	}
	if want.description != "" && body.Description != want.description {
		t.Errorf("description %q, want %q", body.Description, want.description)
	}
	if want.status == http.StatusServiceUnavailable {
		return
	}
	chs, err := oauthex.ParseWWWAuthenticate(resp.Header.Values("WWW-Authenticate"))
	if err != nil || len(chs) != 1 || chs[0].Scheme != "bearer" {
		t.Fatalf("WWW-Authenticate %q: %v %+v", resp.Header.Values("WWW-Authenticate"), err, chs)
	}
	p := chs[0].Params
	if want := st.srv.URL + "/.well-known/oauth-protected-resource" + mcpPath; p["resource_metadata"] != want {
		t.Errorf("resource_metadata %q, want %q", p["resource_metadata"], want)
	}
	if p["error"] != want.errCode {
		t.Errorf("challenge error %q, want %q", p["error"], want.errCode)
	}
	if want.errCode != "" && p["error_description"] != body.Description {
		t.Errorf("challenge description %q, body %q", p["error_description"], body.Description)
	}
	if p["scope"] != want.scope {
		t.Errorf("challenge scope %q, want %q", p["scope"], want.scope)
	}
}

func TestFailuresAreShapedByTheGate(t *testing.T) {
	st := newStack(t, stackOpts{scopes: []string{"tools", "read"}})
	wrong := st.keys["alice"][:len(st.keys["alice"])-8] + "AAAAAAAA" // checksum breaks
	unknown, _, _ := apikey.Generate(apikey.DefaultPrefix)           // well-formed, not stored

	cases := []struct {
		name string
		h    http.Header
		url  string
		want challengeWant
	}{
		{"no credential", nil, "", challengeWant{401, "", "tools read", ""}},
		{"malformed key", keyHeader(wrong), "", challengeWant{401, "invalid_token", "tools read", "malformed API key"}},
		{"unknown key", keyHeader(unknown), "", challengeWant{401, "invalid_token", "tools read", "unknown API key"}},
		{"unknown bearer key", bearerHeader(unknown), "", challengeWant{401, "invalid_token", "tools read", "unknown API key"}},
		{"opaque bearer", bearerHeader("not-a-known-token"), "", challengeWant{401, "invalid_token", "tools read", "unsupported credential"}},
		{"basic auth", http.Header{"Authorization": {"Basic YTpi"}}, "", challengeWant{401, "invalid_token", "tools read", "unsupported credential"}},
		{"jwt for another audience", bearerHeader(st.jwt(t, "dave", "https://other.example/mcp", "tools read")), "", challengeWant{401, "invalid_token", "tools read", "token audience not accepted"}},
		{"query-string token", nil, "?access_token=" + st.keys["alice"], challengeWant{400, "invalid_request", "tools read", ""}},
		{"two authorization headers", http.Header{"Authorization": {"Bearer a", "Bearer b"}}, "", challengeWant{400, "invalid_request", "tools read", ""}},
		{"key twice", http.Header{"X-Api-Key": {st.keys["alice"]}, "Authorization": {"Bearer " + st.keys["alice"]}}, "", challengeWant{400, "invalid_request", "tools read", ""}},
		{"insufficient scope", keyHeader(st.keys["bob"]), "", challengeWant{403, "insufficient_scope", "tools read", "missing scope: read"}},
		{"insufficient scope jwt", bearerHeader(st.jwt(t, "dave", st.resource, "read")), "", challengeWant{403, "insufficient_scope", "tools read", "missing scope: tools"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			resp := rawPost(t, st.endpoint+c.url, c.h, initializeBody)
			checkChallenge(t, st, resp, c.want)
		})
	}
	// And the one with every scope passes.
	if resp := rawPost(t, st.endpoint, keyHeader(st.keys["alice"]), initializeBody); resp.StatusCode != 200 {
		t.Fatalf("alice with all scopes: %d", resp.StatusCode)
	}
}

// failingStore is a key store whose backend is down.
type failingStore struct{}

func (failingStore) Lookup(context.Context, string) (*apikey.Record, error) {
	return nil, errors.New("dial tcp 127.0.0.1:1: connection refused")
}

func TestStoreDownIs503NeverPass(t *testing.T) {
	down, err := apikey.New(apikey.Config{Store: failingStore{}})
	if err != nil {
		t.Fatal(err)
	}
	st := newStack(t, stackOpts{authOpts: func(o *mcpauth.Options) {
		o.Authenticators = []mcpauth.Authenticator{down}
	}})
	resp := rawPost(t, st.endpoint, keyHeader(st.keys["alice"]), initializeBody)
	checkChallenge(t, st, resp, challengeWant{503, "temporarily_unavailable", "", "API key store unavailable"})
	if resp.Header.Get("WWW-Authenticate") != "" {
		t.Error("503 must not challenge: the credential may be fine")
	}
}

func TestHealthAndMetadataNeedNoCredential(t *testing.T) {
	st := newStack(t, stackOpts{})
	resp, err := http.Get(st.srv.URL + "/health")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || strings.TrimSpace(string(b)) != `{"status":"ok"}` {
		t.Fatalf("/health: %d %s", resp.StatusCode, b)
	}
	for _, path := range []string{"/.well-known/oauth-protected-resource" + mcpPath, "/.well-known/oauth-protected-resource"} {
		md, err := oauthex.GetProtectedResourceMetadata(context.Background(), st.srv.URL+path, st.resource, http.DefaultClient)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if len(md.AuthorizationServers) != 1 || md.AuthorizationServers[0] != issuer || md.BearerMethodsSupported[0] != "header" {
			t.Fatalf("%s: %+v", path, md)
		}
	}
}

func TestOriginCheckedBeforeCredentials(t *testing.T) {
	st := newStack(t, stackOpts{})
	h := keyHeader(st.keys["alice"])
	h.Set("Origin", "https://evil.example")
	resp := rawPost(t, st.endpoint, h, initializeBody)
	if resp.StatusCode != http.StatusForbidden {
		t.Fatalf("foreign Origin: %d", resp.StatusCode)
	}
	h.Set("Origin", "http://localhost:6274")
	if resp := rawPost(t, st.endpoint, h, initializeBody); resp.StatusCode != 200 {
		t.Fatalf("localhost Origin: %d", resp.StatusCode)
	}
}
