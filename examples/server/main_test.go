package main

import (
	"bufio"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lestrrat-go/jwx/v3/jwa"
	"github.com/lestrrat-go/jwx/v3/jwk"
	"github.com/lestrrat-go/jwx/v3/jwt"

	"github.com/mcpauth/mcpauth/internal/testlog"
)

// started is a running example server.
type running struct {
	base   string // http://127.0.0.1:port
	key    string // the printed development key, if any
	token  string // the printed development JWT, with -dev
	banner string
}

// start runs the server as main would, on a free port, and returns once it
// has printed its banner. The server stops when the test ends.
func start(t *testing.T, env map[string]string, args ...string) *running {
	t.Helper()
	if env == nil {
		env = map[string]string{}
	}
	if env["MCPAUTH_DATA_DIR"] == "" {
		env["MCPAUTH_DATA_DIR"] = t.TempDir() // never the user's data directory
	}
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	// The server's log (stderr) is scanned for secrets, and so is what it
	// prints on stdout after its banner (the -audit events): the banner
	// alone may print the development key and token.
	stderr, after := testlog.Writer(t), testlog.Writer(t)
	go func() {
		err := run(ctx, append([]string{"-addr", "127.0.0.1:0"}, args...), func(k string) string { return env[k] }, pw, stderr)
		pw.CloseWithError(errors.New("server stopped"))
		done <- err
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("run returned %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Error("server did not stop")
		}
	})

	r := &running{}
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
		_, _ = io.Copy(io.Discard, pr)
	}()
	var b strings.Builder
	timeout := time.After(10 * time.Second)
	for {
		select {
		case line, ok := <-lines:
			if !ok {
				t.Fatalf("server exited; printed:\n%s", b.String())
			}
			b.WriteString(line + "\n")
			if rest, ok := strings.CutPrefix(line, "mcpauth example listening on "); ok {
				r.base = rest
			}
			if rest, ok := strings.CutPrefix(line, "  KEY="); ok {
				r.key = rest
			}
			if rest, ok := strings.CutPrefix(line, "  TOKEN="); ok {
				r.token = rest
			}
			if line == bannerEnd {
				r.banner = b.String()
				testlog.Secret(t, r.key)
				testlog.Secret(t, r.token)
				go func() {
					for line := range lines {
						_, _ = io.WriteString(after, line+"\n")
					}
				}()
				return r
			}
		case <-timeout:
			t.Fatalf("no banner; printed:\n%s", b.String())
		}
	}
}

// post sends one JSON-RPC message the way curl does, with a one-second
// deadline: the server must answer at once.
func post(t *testing.T, url string, h map[string]string, body string) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest("POST", url, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json, text/event-stream")
	for k, v := range h {
		req.Header.Set(k, v)
	}
	resp, err := (&http.Client{Timeout: time.Second}).Do(req)
	if err != nil {
		t.Fatalf("POST %s: %v", url, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

// result extracts the JSON-RPC result from an SSE or JSON response body.
func result(t *testing.T, body string) map[string]any {
	t.Helper()
	data := body
	for _, line := range strings.Split(body, "\n") {
		if rest, ok := strings.CutPrefix(line, "data: "); ok {
			data = rest
		}
	}
	var msg struct {
		Result map[string]any `json:"result"`
		Error  any            `json:"error"`
	}
	if err := json.Unmarshal([]byte(data), &msg); err != nil || msg.Result == nil {
		t.Fatalf("no result in %q (%v, error %v)", body, err, msg.Error)
	}
	return msg.Result
}

const initialize = `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"curl","version":"1"}}}`

func callWhoami(t *testing.T, url string, h map[string]string) map[string]any {
	t.Helper()
	resp, body := post(t, url, h, `{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"whoami","arguments":{}}}`)
	if resp.StatusCode != 200 {
		t.Fatalf("whoami: %d %s", resp.StatusCode, body)
	}
	sc, _ := result(t, body)["structuredContent"].(map[string]any)
	if sc == nil {
		t.Fatalf("whoami without structured content: %s", body)
	}
	return sc
}

// The README's first command: start, print a key, answer curl at once.
func TestStartPrintsKeyAndAnswersCurl(t *testing.T) {
	r := start(t, nil)
	if r.key == "" || !strings.Contains(r.banner, "mcp-remote") || !strings.Contains(r.banner, "curl") {
		t.Fatalf("banner lacks key, curl or Claude Desktop lines:\n%s", r.banner)
	}
	url := r.base + "/mcp"
	h := map[string]string{"X-API-Key": r.key, "X-Request-Source": "test"}

	resp, body := post(t, url, h, initialize)
	sid := resp.Header.Get("Mcp-Session-Id")
	if resp.StatusCode != 200 || sid == "" {
		t.Fatalf("initialize: %d %q %s", resp.StatusCode, sid, body)
	}
	if info := result(t, body)["serverInfo"].(map[string]any); info["name"] != "mcpauth-example" {
		t.Fatalf("serverInfo %v", info)
	}
	h["Mcp-Session-Id"] = sid
	if resp, _ := post(t, url, h, `{"jsonrpc":"2.0","method":"notifications/initialized"}`); resp.StatusCode != http.StatusAccepted {
		t.Fatalf("initialized: %d", resp.StatusCode)
	}
	who := callWhoami(t, url, h)
	if who["subject"] != devSubject || who["method"] != "apikey" {
		t.Fatalf("whoami %v", who)
	}
	hdrs := who["headers"].(map[string]any)
	if hdrs["x-request-source"] != "test" || hdrs["x-api-key"] != nil || hdrs["mcp-session-id"] != nil {
		t.Fatalf("whoami headers %v", hdrs)
	}

	// The admin server in the same process, same key (it has "admin").
	if resp, body := post(t, url+"/admin", map[string]string{"X-API-Key": r.key}, initialize); resp.StatusCode != 200 ||
		result(t, body)["serverInfo"].(map[string]any)["name"] != "mcpauth-example-admin" {
		t.Fatalf("admin initialize: %d %s", resp.StatusCode, body)
	}

	// Unauthenticated: initialize and the public tool pass; a protected
	// tool gets 401 with the metadata URL and its scope; the metadata
	// serves.
	if resp, _ = post(t, url, nil, initialize); resp.StatusCode != 200 {
		t.Fatalf("no key, initialize (public): %d", resp.StatusCode)
	}
	resp, _ = post(t, url, nil, `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"whoami","arguments":{}}}`)
	if ch := resp.Header.Get("WWW-Authenticate"); resp.StatusCode != 401 || !strings.Contains(ch, `resource_metadata="`+r.base+"/.well-known/oauth-protected-resource/mcp\"") ||
		!strings.Contains(ch, `scope="tools"`) {
		t.Fatalf("no key: %d %q", resp.StatusCode, ch)
	}
	for _, path := range []string{"/health", "/.well-known/oauth-protected-resource", "/.well-known/oauth-protected-resource/mcp", "/.well-known/oauth-protected-resource/mcp/admin"} {
		resp, err := http.Get(r.base + path)
		if err != nil || resp.StatusCode != 200 {
			t.Fatalf("GET %s: %v %v", path, err, resp.Status)
		}
		resp.Body.Close()
	}
}

func TestStatelessAndJSONModes(t *testing.T) {
	r := start(t, map[string]string{"MCPAUTH_STATELESS": "true"}, "-json-response")
	url := r.base + "/mcp"
	h := map[string]string{"X-API-Key": r.key}
	// Stateless: no initialize needed, no session id.
	resp, body := post(t, url, h, `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo","arguments":{"text":"hi"}}}`)
	if resp.StatusCode != 200 || resp.Header.Get("Mcp-Session-Id") != "" || resp.Header.Get("Content-Type") != "application/json" {
		t.Fatalf("stateless JSON call: %d %v %s", resp.StatusCode, resp.Header, body)
	}
	if sc := result(t, body)["structuredContent"].(map[string]any); sc["text"] != "hi" || sc["from"] != devSubject {
		t.Fatalf("echo %v", sc)
	}
}

func TestConfiguredKeyIsNotPrinted(t *testing.T) {
	key := start(t, nil).key // borrow a well-formed key from a first server
	r := start(t, map[string]string{"MCPAUTH_API_KEY": key}, "-stateless")
	if strings.Contains(r.banner, key) || r.key != "" {
		t.Fatalf("configured key printed:\n%s", r.banner)
	}
	if who := callWhoami(t, r.base+"/mcp", map[string]string{"Authorization": "Bearer " + key}); who["subject"] != devSubject {
		t.Fatalf("whoami %v", who)
	}
}

func TestJWTFromJWKSFile(t *testing.T) {
	_, priv, _ := ed25519.GenerateKey(rand.Reader)
	pub, _ := jwk.PublicKeyOf(priv.Public())
	_ = pub.Set(jwk.KeyIDKey, "k1")
	set := jwk.NewSet()
	_ = set.AddKey(pub)
	data, _ := json.Marshal(set)
	path := filepath.Join(t.TempDir(), "jwks.json")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	const iss = "https://idp.example.com/"
	r := start(t, nil, "-stateless", "-issuer", iss, "-jwks-file", path)
	url := r.base + "/mcp"

	signer, _ := jwk.Import(priv)
	_ = signer.Set(jwk.KeyIDKey, "k1")
	token := func(aud, scope string) string {
		tok, _ := jwt.NewBuilder().Issuer(iss).Subject("erin").Audience([]string{aud}).
			Expiration(time.Now().Add(time.Hour)).Claim("scope", scope).Build()
		s, err := jwt.Sign(tok, jwt.WithKey(jwa.EdDSA(), signer))
		if err != nil {
			t.Fatal(err)
		}
		return string(s)
	}
	who := callWhoami(t, url, map[string]string{"Authorization": "Bearer " + token(url, "tools")})
	if who["subject"] != "erin" || who["method"] != "jwt" || who["issuer"] != iss || who["key_id"] != "k1" {
		t.Fatalf("whoami %v", who)
	}
	// The audience defaults to the resource: a token for the admin
	// endpoint, or for another server, is refused here.
	if resp, _ := post(t, url, map[string]string{"Authorization": "Bearer " + token("https://other.example/mcp", "tools")}, initialize); resp.StatusCode != 401 {
		t.Fatalf("foreign audience: %d", resp.StatusCode)
	}
	// The admin endpoint is another resource: it refuses tokens for the
	// main one, and wants the admin scope.
	resp, _ := post(t, url+"/admin", map[string]string{"Authorization": "Bearer " + token(url, "tools admin")}, initialize)
	if resp.StatusCode != 401 {
		t.Fatalf("main-audience token on admin: %d", resp.StatusCode)
	}
	resp, _ = post(t, url+"/admin", map[string]string{"Authorization": "Bearer " + token(url+"/admin", "tools")}, initialize)
	if resp.StatusCode != 403 || !strings.Contains(resp.Header.Get("WWW-Authenticate"), `error="insufficient_scope"`) {
		t.Fatalf("admin token without admin scope: %d %q", resp.StatusCode, resp.Header.Get("WWW-Authenticate"))
	}
	resp, _ = post(t, url+"/admin", map[string]string{"Authorization": "Bearer " + token(url+"/admin", "admin")}, initialize)
	if resp.StatusCode != 200 {
		t.Fatalf("admin token: %d", resp.StatusCode)
	}
}

func TestConfigErrors(t *testing.T) {
	cases := map[string][]string{
		"issuer without keys":  {"-issuer", "https://idp.example.com/"},
		"keys without issuer":  {"-jwks-url", "https://idp.example.com/jwks"},
		"both key sources":     {"-issuer", "https://i/", "-jwks-url", "https://i/jwks", "-jwks-file", "x"},
		"unknown store":        {"-store", "postgres://localhost/db"},
		"bad path":             {"-path", "mcp"},
		"trailing slash":       {"-path", "/mcp/"},
		"malformed api key":    {"-api-key", "mcp_nope"},
		"not loopback":         {"-addr", "0.0.0.0:0"},
		"http resource":        {"-resource", "http://mcp.example.com/mcp"},
		"stray argument":       {"serve"},
		"missing jwks file":    {"-issuer", "https://i/", "-jwks-file", filepath.Join(t.TempDir(), "none.json")},
		"http jwks url":        {"-issuer", "https://i/", "-jwks-url", "http://idp.example.com/jwks"},
		"unknown flag":         {"-verbose"},
		"bad boolean from env": nil,
	}
	for name, args := range cases {
		env := map[string]string{}
		if args == nil {
			env["MCPAUTH_STATELESS"] = "sometimes"
		}
		env["MCPAUTH_DATA_DIR"] = t.TempDir()
		err := run(context.Background(), append([]string{"-addr", "127.0.0.1:0"}, args...), func(k string) string { return env[k] }, io.Discard, testlog.Writer(t))
		if err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if err := run(context.Background(), []string{"-h"}, func(string) string { return "" }, io.Discard, testlog.Writer(t)); !errors.Is(err, errHelp) {
		t.Errorf("-h: %v", err)
	}
}

// -dev is its own identity provider: its printed token works, and a second
// server finds its keys by discovery from -issuer alone.
func TestDevIssuerAndDiscovery(t *testing.T) {
	idp := start(t, nil, "-dev", "-stateless")
	if idp.token == "" {
		t.Fatalf("-dev printed no token:\n%s", idp.banner)
	}
	who := callWhoami(t, idp.base+"/mcp", map[string]string{"Authorization": "Bearer " + idp.token})
	if who["subject"] != devSubjectJWT || who["method"] != "jwt" || who["issuer"] != idp.base+devPrefix {
		t.Fatalf("whoami %v", who)
	}
	// The printed token is for the main endpoint, not the admin one.
	if resp, _ := post(t, idp.base+"/mcp/admin", map[string]string{"Authorization": "Bearer " + idp.token}, initialize); resp.StatusCode != 401 {
		t.Fatalf("main token on admin: %d", resp.StatusCode)
	}

	rs := start(t, nil, "-stateless", "-issuer", idp.base+devPrefix, "-audience", idp.base+"/mcp")
	who = callWhoami(t, rs.base+"/mcp", map[string]string{"Authorization": "Bearer " + idp.token})
	if who["subject"] != devSubjectJWT {
		t.Fatalf("whoami through discovery: %v", who)
	}
	// -audience is for the main endpoint; the admin one keeps its own.
	if resp, _ := post(t, rs.base+"/mcp/admin", map[string]string{"Authorization": "Bearer " + idp.token}, initialize); resp.StatusCode != 401 {
		t.Fatalf("main-audience token on admin with -audience: %d", resp.StatusCode)
	}
}

// Behind a reverse proxy, -resource names the public host: that Host is
// served, any other non-loopback Host is refused.
func TestPublicResourceBehindProxy(t *testing.T) {
	r := start(t, nil, "-stateless", "-resource", "https://mcp.example.com/mcp")
	if !strings.Contains(r.banner, "https://mcp.example.com/mcp") {
		t.Fatalf("banner:\n%s", r.banner)
	}
	for host, want := range map[string]int{"mcp.example.com": 200, "evil.example": 403, "": 200} {
		req, _ := http.NewRequest("POST", r.base+"/mcp", strings.NewReader(initialize))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", "application/json, text/event-stream")
		req.Header.Set("X-API-Key", r.key)
		if host != "" {
			req.Host = host
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("Host %q: %d, want %d", host, resp.StatusCode, want)
		}
	}
}

// TestBannerShowsTheLimitsInForce: the banner printed "300/m per IP"
// whatever -ip-rate said (found by the e2e suite, which raises it).
func TestBannerShowsTheLimitsInForce(t *testing.T) {
	r := start(t, nil, "-store", "memory:", "-rate", "70/m", "-ip-rate", "1000/m")
	if !strings.Contains(r.banner, "70/m per caller") || !strings.Contains(r.banner, "1000/m per IP") {
		t.Errorf("banner:\n%s", r.banner)
	}
}

// TestEachEndpointAdvertisesItsOwnScopes: an OAuth client that meets a
// 401 naming no scope asks for every scope of the metadata; the main
// endpoint listed the admin endpoint's "admin" too, so such clients got
// an over-broad token (found with oidc-provider in e2e/), and then its
// own privileged "maintenance" (see review11_test.go). It lists only
// "tools": maintenance is named by purge_cache's 403 step-up challenge.
func TestEachEndpointAdvertisesItsOwnScopes(t *testing.T) {
	r := start(t, nil, "-store", "memory:")
	for path, want := range map[string]string{"/mcp": "tools", "/mcp/admin": "admin"} {
		resp, err := http.Get(r.base + "/.well-known/oauth-protected-resource" + path)
		if err != nil {
			t.Fatal(err)
		}
		var md struct {
			Scopes []string `json:"scopes_supported"`
		}
		err = json.NewDecoder(resp.Body).Decode(&md)
		resp.Body.Close()
		if err != nil || strings.Join(md.Scopes, " ") != want {
			t.Errorf("%s: scopes_supported %v (%v), want %s", path, md.Scopes, err, want)
		}
	}
}
