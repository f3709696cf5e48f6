package main

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
)

// TestChiRouter: through chi, no key gets the challenge naming the
// metadata, which chi serves; the printed key calls the tool.
func TestChiRouter(t *testing.T) {
	srv := httptest.NewUnstartedServer(nil)
	srv.Start()
	defer srv.Close()
	stdout := os.Stdout
	pr, pw, _ := os.Pipe()
	os.Stdout = pw
	r, err := router(context.Background(), srv.URL+"/mcp")
	os.Stdout = stdout
	pw.Close()
	if err != nil {
		t.Fatal(err)
	}
	srv.Config.Handler = r
	out, _ := io.ReadAll(pr)
	_, key, _ := strings.Cut(strings.TrimSpace(string(out)), "X-API-Key: ")
	call := func(h map[string]string) *http.Response {
		req, _ := http.NewRequest("POST", srv.URL+"/mcp", strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"whoami","arguments":{}}}`))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", "application/json, text/event-stream")
		req.Header.Set("Mcp-Protocol-Version", "2025-06-18")
		for k, v := range h {
			req.Header.Set(k, v)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	resp := call(nil)
	if resp.StatusCode != 401 || !strings.Contains(resp.Header.Get("WWW-Authenticate"), srv.URL+"/.well-known/oauth-protected-resource/mcp") {
		t.Fatalf("no key: %d %q", resp.StatusCode, resp.Header.Get("WWW-Authenticate"))
	}
	for _, p := range []string{"/.well-known/oauth-protected-resource/mcp", "/.well-known/oauth-protected-resource"} {
		md, err := http.Get(srv.URL + p)
		if err != nil {
			t.Fatal(err)
		}
		md.Body.Close()
		if md.StatusCode != 200 {
			t.Errorf("%s: %d", p, md.StatusCode)
		}
	}
	if resp := call(map[string]string{"X-API-Key": key}); resp.StatusCode != 200 {
		t.Errorf("with the key: %d", resp.StatusCode)
	}
}
