package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/mcpauth/mcpauth/internal/testlog"
)

// TestAuditFlag: with -audit, each request prints one decision event as
// a JSON line on stdout, after the banner: allowed, refused for scope,
// and without a credential, each with its outcome and reason.
func TestAuditFlag(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	dataDir, stderr, events := t.TempDir(), testlog.Writer(t), testlog.Writer(t)
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		err := run(ctx, []string{"-addr", "127.0.0.1:0", "-store", "memory:", "-audit"},
			func(k string) string { return map[string]string{"MCPAUTH_DATA_DIR": dataDir}[k] }, pw, stderr)
		pw.CloseWithError(errors.New("server stopped"))
		done <- err
	}()
	defer func() { cancel(); <-done }()
	lines := make(chan string, 64)
	go func() {
		sc := bufio.NewScanner(pr)
		sc.Buffer(make([]byte, 1<<16), 1<<20)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	var base, key string
	deadline := time.After(10 * time.Second)
	for base == "" || key == "" {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatal("server stopped before its banner")
			}
			if rest, ok := strings.CutPrefix(l, "mcpauth example listening on "); ok {
				base = rest
			}
			if rest, ok := strings.CutPrefix(l, "  KEY="); ok {
				key = rest
			}
			if strings.Contains(l, "audit:") && !strings.Contains(l, "JSON line") {
				t.Errorf("banner line %q", l)
			}
		case <-deadline:
			t.Fatal("no banner")
		}
	}
	// The banner prints the key, once; no log line or event may.
	testlog.Secret(t, key)
	h := map[string]string{"X-API-Key": key, "Mcp-Protocol-Version": "2025-06-18"}
	post(t, base+"/mcp", h, `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"whoami","arguments":{}}}`)
	post(t, base+"/mcp", h, `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"purge_cache","arguments":{}}}`)
	post(t, base+"/mcp", map[string]string{"Mcp-Protocol-Version": "2025-06-18"}, `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"whoami","arguments":{}}}`)
	type event struct {
		Msg, Outcome, Reason, Name, Subject, Rule string
		Status                                    int
	}
	var got []event
	pastBanner := false
	for len(got) < 3 {
		select {
		case l := <-lines:
			if l == bannerEnd {
				pastBanner = true
				continue
			}
			if pastBanner { // the banner prints the key; nothing after it may
				_, _ = io.WriteString(events, l+"\n")
			}
			if !strings.HasPrefix(l, "{") {
				continue
			}
			var e event
			if err := json.Unmarshal([]byte(l), &e); err != nil {
				t.Fatalf("not JSON: %s", l)
			}
			var m map[string]any
			_ = json.Unmarshal([]byte(l), &m)
			e.Msg, _ = m["msg"].(string)
			e.Rule, _ = m["rule"].(string)
			if e.Msg != "mcpauth decision" {
				continue
			}
			if strings.Contains(l, key) {
				t.Errorf("an event holds the key: %s", l)
			}
			got = append(got, e)
		case <-deadline:
			t.Fatalf("events so far: %+v", got)
		}
	}
	want := []event{
		{"mcpauth decision", "allowed", "", "whoami", "dev", "whoami", 200},
		{"mcpauth decision", "forbidden", "insufficient_scope", "purge_cache", "dev", "maintenance", 403},
		{"mcpauth decision", "unauthenticated", "no_credential", "whoami", "", "whoami", 401},
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("event %d: %+v, want %+v", i, got[i], want[i])
		}
	}
}
