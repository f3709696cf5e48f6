package main

import (
	"context"
	"net/http"
	"testing"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// TestConnectAnonymouslyThenAuthenticate: a client that connects without a
// credential (initialize is public) gets no session; when a protected tool
// then answers 401 and the client retries with a credential — what the
// official TypeScript clients do after fetching an OAuth token — the retry
// must be served, not sent to a fresh session that was never initialized
// ("method tools/call is invalid during session initialization").
func TestConnectAnonymouslyThenAuthenticate(t *testing.T) {
	r := start(t, nil, "-store", "memory:")
	url := r.base + "/mcp"
	resp, _ := post(t, url, nil, initialize)
	if resp.StatusCode != 200 || resp.Header.Get("Mcp-Session-Id") != "" {
		t.Fatalf("anonymous initialize: %d, session %q; want 200 and none", resp.StatusCode, resp.Header.Get("Mcp-Session-Id"))
	}
	h := map[string]string{"Mcp-Protocol-Version": "2025-06-18"}
	if resp, body := post(t, url, h, `{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"whoami","arguments":{}}}`); resp.StatusCode != 401 {
		t.Fatalf("whoami without a key: %d %s", resp.StatusCode, body)
	}
	h["X-API-Key"] = r.key
	if got := callWhoami(t, url, h)["subject"]; got != devSubject {
		t.Errorf("whoami with the key, no session: subject %v", got)
	}
	// The standalone stream needs a session this client does not have.
	req, _ := http.NewRequest("GET", url, nil)
	req.Header.Set("Accept", "text/event-stream")
	req.Header.Set("X-API-Key", r.key)
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET without a session: %v %v, want 405", resp.StatusCode, err)
	}
	// A client that connects with its key still gets a session, bound to it.
	cs, err := mcp.NewClient(&mcp.Implementation{Name: "t", Version: "v0"}, nil).Connect(context.Background(),
		&mcp.StreamableClientTransport{Endpoint: url, HTTPClient: &http.Client{Transport: withKey{r.key}}, MaxRetries: -1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer cs.Close()
	if cs.ID() == "" {
		t.Error("an initialize with a key got no session")
	}
	if _, err := cs.CallTool(context.Background(), &mcp.CallToolParams{Name: "whoami"}); err != nil {
		t.Error(err)
	}
}
