package main

import (
	"bufio"
	"bytes"
	"context"
	"github.com/mcpauth/mcpauth/internal/testlog"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// headerTransport adds one header to every request.
type headerTransport struct {
	name, value string
	base        http.RoundTripper
}

func (h headerTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set(h.name, h.value)
	return h.base.RoundTrip(r)
}

// serve starts the conformance server in auth mode on a test listener.
func serve(t *testing.T, auth string, stateless bool) (*app, string) {
	t.Helper()
	srv := httptest.NewUnstartedServer(nil)
	base := "http://" + srv.Listener.Addr().String()
	logger := testlog.New(t)
	a, err := newApp(t.Context(), appConfig{base: base, stateless: stateless, auth: auth}, logger)
	if err != nil {
		t.Fatal(err)
	}
	srv.Config.Handler = a.handler
	srv.Start()
	t.Cleanup(srv.Close)
	return a, a.endpoint
}

// connect opens a go-sdk client session, sending header (if any).
func connect(t *testing.T, endpoint string, header *headerTransport) (*mcp.ClientSession, error) {
	t.Helper()
	hc := &http.Client{Timeout: 10 * time.Second}
	if header != nil {
		header.base = http.DefaultTransport
		hc.Transport = *header
	}
	c := mcp.NewClient(&mcp.Implementation{Name: "test", Version: "1"}, nil)
	cs, err := c.Connect(t.Context(), &mcp.StreamableClientTransport{Endpoint: endpoint, HTTPClient: hc, DisableStandaloneSSE: true}, nil)
	if err == nil {
		t.Cleanup(func() { _ = cs.Close() })
	}
	return cs, err
}

func callText(t *testing.T, cs *mcp.ClientSession, tool string) string {
	t.Helper()
	res, err := cs.CallTool(t.Context(), &mcp.CallToolParams{Name: tool, Arguments: map[string]any{}})
	if err != nil {
		t.Fatalf("%s: %v", tool, err)
	}
	if len(res.Content) == 0 {
		t.Fatalf("%s: no content", tool)
	}
	tc, ok := res.Content[0].(*mcp.TextContent)
	if !ok {
		t.Fatalf("%s: content %T", tool, res.Content[0])
	}
	return tc.Text
}

func TestKeyModeNeedsTheKey(t *testing.T) {
	a, endpoint := serve(t, "key", false)
	if a.generatedKey == "" {
		t.Fatal("no key was generated")
	}
	if _, err := connect(t, endpoint, nil); err == nil {
		t.Fatal("connected without the key")
	}
	cs, err := connect(t, endpoint, &headerTransport{name: "X-API-Key", value: a.generatedKey})
	if err != nil {
		t.Fatalf("with the key: %v", err)
	}
	if got := callText(t, cs, "test_simple_text"); !strings.Contains(got, "simple text") {
		t.Errorf("test_simple_text = %q", got)
	}
}

func TestPublicModeIsAnonymous(t *testing.T) {
	for _, stateless := range []bool{false, true} {
		_, endpoint := serve(t, "public", stateless)
		cs, err := connect(t, endpoint, nil)
		if err != nil {
			t.Fatalf("stateless=%v: %v", stateless, err)
		}
		if got := callText(t, cs, "test_simple_text"); !strings.Contains(got, "simple text") {
			t.Errorf("stateless=%v: test_simple_text = %q", stateless, got)
		}
	}
}

func TestOriginIsChecked(t *testing.T) {
	_, endpoint := serve(t, "public", true)
	req, _ := http.NewRequestWithContext(t.Context(), http.MethodPost, endpoint, strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"server/discover","params":{}}`))
	req.Header.Set("Origin", "http://evil.example.com")
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json, text/event-stream")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	_ = res.Body.Close()
	if res.StatusCode != http.StatusForbidden {
		t.Errorf("status %d, want 403", res.StatusCode)
	}
}

func TestUnknownAuthMode(t *testing.T) {
	if _, err := newApp(t.Context(), appConfig{base: "http://127.0.0.1:1", auth: "none"}, testlog.New(t)); err == nil {
		t.Error("auth mode none accepted")
	}
	if _, err := newApp(t.Context(), appConfig{base: "http://127.0.0.1:1", auth: "key", apiKey: "not-a-key"}, testlog.New(t)); err == nil {
		t.Error("a malformed key accepted")
	}
}

// The proxy adds the key, keeps the client's Host, and passes each SSE
// event on as it is written — through the access log too: the backend
// writes the second event only once the client has read the first.
func TestProxyStreams(t *testing.T) {
	first := make(chan struct{})
	backend := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-API-Key") != "mcp_test" {
			http.Error(w, "no key", http.StatusUnauthorized)
			return
		}
		w.Header().Set("Content-Type", "text/event-stream")
		w.Header().Set("X-Seen-Host", r.Host)
		_, _ = io.WriteString(w, "data: one\n\n")
		w.(http.Flusher).Flush()
		select {
		case <-first:
		case <-r.Context().Done():
			return
		}
		_, _ = io.WriteString(w, "data: two\n\n")
	}))
	defer backend.Close()
	h, err := newProxy(backend.URL+"/mcp", "X-API-Key", "mcp_test", testlog.New(t))
	if err != nil {
		t.Fatal(err)
	}
	front := httptest.NewServer(accessLog(testlog.New(t), h)) // as main serves it
	defer front.Close()

	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, front.URL+"/mcp", nil)
	req.Host = "suite.test"
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("status %d", res.StatusCode)
	}
	if got := res.Header.Get("X-Seen-Host"); got != "suite.test" {
		t.Errorf("backend saw Host %q, want the client's", got)
	}
	rd := bufio.NewReader(res.Body)
	line, err := rd.ReadString('\n')
	if err != nil || line != "data: one\n" {
		t.Fatalf("first event: %q, %v (buffered?)", line, err)
	}
	close(first)
	rest, _ := io.ReadAll(rd)
	if !strings.Contains(string(rest), "data: two") {
		t.Errorf("second event missing: %q", rest)
	}
}

// The proxy reads a request's body whole before it sends the request on,
// with a Content-Length even if the client sent it chunked: the server is
// not reached while the body is still coming, so no response can race the
// copy of the body (see newProxy). A body of maxProxyBody bytes goes
// through; one byte more gets 413 and never reaches the server.
func TestProxyBuffersRequestBody(t *testing.T) {
	type seen struct {
		length  int64
		chunked bool
		body    int
		prefix  string
	}
	entered := make(chan struct{}, 1)
	got := make(chan seen, 1)
	backend := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		entered <- struct{}{}
		b, _ := io.ReadAll(r.Body)
		got <- seen{r.ContentLength, len(r.TransferEncoding) > 0, len(b), string(b[:min(len(b), 64)])}
		w.WriteHeader(http.StatusAccepted)
	}))
	defer backend.Close()
	h, err := newProxy(backend.URL+"/mcp", "X-API-Key", "mcp_test", testlog.New(t))
	if err != nil {
		t.Fatal(err)
	}
	front := httptest.NewServer(accessLog(testlog.New(t), h))
	defer front.Close()
	ctx, cancel := context.WithTimeout(t.Context(), 20*time.Second)
	defer cancel()
	wait := func(what string) seen {
		t.Helper()
		select {
		case s := <-got:
			return s
		case <-ctx.Done():
			t.Fatalf("%s: the server got no request", what)
			return seen{}
		}
	}

	// A chunked body (unknown length), its second half held back.
	pr, pw := io.Pipe()
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, front.URL+"/mcp", pr)
	status := make(chan int, 1)
	go func() {
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			status <- 0
			return
		}
		_ = res.Body.Close()
		status <- res.StatusCode
	}()
	if _, err := io.WriteString(pw, `{"jsonrpc":"2.0",`); err != nil {
		t.Fatal(err)
	}
	select {
	case <-entered:
		t.Fatal("the request reached the server before its body was complete")
	case <-time.After(300 * time.Millisecond):
	}
	_, _ = io.WriteString(pw, `"id":1,"method":"ping"}`)
	_ = pw.Close()
	<-entered
	const whole = `{"jsonrpc":"2.0","id":1,"method":"ping"}`
	if s := wait("chunked body"); s.length != int64(len(whole)) || s.chunked || s.prefix != whole {
		t.Errorf("the server got %+v, want Content-Length %d, not chunked, body %q", s, len(whole), whole)
	}
	if st := <-status; st != http.StatusAccepted {
		t.Errorf("chunked body: status %d, want 202", st)
	}

	for _, c := range []struct {
		size   int
		status int
	}{{maxProxyBody, http.StatusAccepted}, {maxProxyBody + 1, http.StatusRequestEntityTooLarge}} {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, front.URL+"/mcp", bytes.NewReader(make([]byte, c.size)))
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatalf("body of %d bytes: %v", c.size, err)
		}
		_, _ = io.Copy(io.Discard, res.Body)
		_ = res.Body.Close()
		if res.StatusCode != c.status {
			t.Errorf("body of %d bytes: status %d, want %d", c.size, res.StatusCode, c.status)
		}
		if c.status == http.StatusAccepted {
			<-entered
			if s := wait("4 MiB body"); s.body != c.size || s.length != int64(c.size) {
				t.Errorf("body of %d bytes: the server got %+v", c.size, s)
			}
			continue
		}
		select {
		case <-entered:
			t.Errorf("body of %d bytes reached the server", c.size)
		default:
		}
	}
}

func TestProxyRefusesBadConfig(t *testing.T) {
	logger := testlog.New(t)
	for _, c := range []struct{ target, header, key string }{
		{"ftp://x/mcp", "X-API-Key", "k"},
		{"http:///mcp", "X-API-Key", "k"},
		{"http://x/mcp", "X API Key", "k"},
		{"http://x/mcp", "X-API-Key", ""},
		{"http://x/mcp", "X-API-Key", "k\r\nX: y"},
	} {
		if _, err := newProxy(c.target, c.header, c.key, logger); err == nil {
			t.Errorf("newProxy(%q, %q, %q) accepted", c.target, c.header, c.key)
		}
	}
}

func TestRequestStates(t *testing.T) {
	s := newStates()
	now := time.Unix(1_000_000, 0)
	s.now = func() time.Time { return now }
	tok := s.seal(roundState{Tool: "t", Round: 2, Caller: "alice", Data: map[string]string{"name": "Alice"}})
	st, err := s.open(tok, "t", "alice")
	if err != nil || st.Round != 2 || st.Data["name"] != "Alice" {
		t.Fatalf("open = %+v, %v", st, err)
	}
	for name, c := range map[string]struct{ tok, tool, caller string }{
		"tampered":      {tok + "-TAMPERED", "t", "alice"},
		"payload":       {"x" + tok, "t", "alice"},
		"no mac":        {strings.Split(tok, ".")[0], "t", "alice"},
		"other tool":    {tok, "u", "alice"},
		"other caller":  {tok, "t", "bob"},
		"empty":         {"", "t", "alice"},
		"another key":   {newStates().seal(roundState{Tool: "t", Caller: "alice"}), "t", "alice"},
		"garbage":       {"a.b.c", "t", "alice"},
		"not base64url": {"!!!.???", "t", "alice"},
	} {
		if _, err := s.open(c.tok, c.tool, c.caller); err != errBadState {
			t.Errorf("%s: open = %v, want errBadState", name, err)
		}
	}
	now = now.Add(s.ttl + time.Second)
	if _, err := s.open(tok, "t", "alice"); err != errBadState {
		t.Errorf("expired: open = %v, want errBadState", err)
	}
}
