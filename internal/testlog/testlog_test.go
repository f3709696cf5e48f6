package testlog

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"

	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/audit"
)

// fakeT records what a scanner reports instead of failing.
type fakeT struct {
	testing.TB
	name     string
	mu       sync.Mutex
	errs     []string
	cleanups []func()
}

func (f *fakeT) Name() string { return f.name }
func (f *fakeT) Helper()      {}
func (f *fakeT) Errorf(format string, args ...any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.errs = append(f.errs, fmt.Sprintf(format, args...))
}
func (f *fakeT) Fatalf(format string, args ...any) { f.Errorf(format, args...) }
func (f *fakeT) Cleanup(fn func())                 { f.cleanups = append(f.cleanups, fn) }
func (f *fakeT) end() {
	for i := len(f.cleanups) - 1; i >= 0; i-- {
		f.cleanups[i]()
	}
	f.cleanups = nil
}

func newFake(t *testing.T) *fakeT { return &fakeT{name: t.Name() + "/fake"} }

func TestFindsCredentials(t *testing.T) {
	key, _, err := apikey.Generate("mcp")
	if err != nil {
		t.Fatal(err)
	}
	other, _, _ := apikey.Generate("acme2")
	const jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl"
	for _, tc := range []struct {
		name, msg string
		arg       any
		want      string
	}{
		{"key in message", "bad key " + key, nil, "API key"},
		{"key in attr", "refused", key, "API key"},
		{"other prefix", "refused", other, "API key"},
		{"key in error", "refused", fmt.Errorf("lookup %s: boom", key), "API key"},
		{"jwt", "refused", "Bearer " + jwt, "JWT"},
		{"url password", "connecting", "redis://:hunter22@127.0.0.1:6379/0", "URL password"},
		{"url user password", "connecting", "postgres://app:s3cr3t@db/x", "URL password"},
		{"nested group", "x", slog.GroupValue(slog.Group("g", "k", key)), "API key"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ft := newFake(t)
			l := New(ft)
			if tc.arg != nil {
				l.Info(tc.msg, "v", tc.arg)
			} else {
				l.Info(tc.msg)
			}
			if len(ft.errs) != 1 || !strings.Contains(ft.errs[0], tc.want) {
				t.Fatalf("reports %q, want one %s", ft.errs, tc.want)
			}
			for _, s := range []string{key[10:], other[10:], "hunter22", "s3cr3t", "c2lnbmF0dXJl"} {
				if strings.Contains(ft.errs[0], s) {
					t.Errorf("report shows the secret: %s", ft.errs[0])
				}
			}
			ft.end()
			if len(ft.errs) != 1 {
				t.Errorf("reported again at cleanup: %q", ft.errs)
			}
		})
	}
}

func TestCleanLinesPass(t *testing.T) {
	ft := newFake(t)
	l := New(ft)
	_, id, _ := apikey.Generate("mcp")
	l.Info("refused", "key_id", id, "store", "redis://:xxxxx@127.0.0.1:6379/0", "url", "https://example.com/a:b@c",
		"pg", "postgres://postgres@127.0.0.1:5432/test", "short", "mcp_abc_def", "header", "eyJ alone")
	ft.end()
	if len(ft.errs) != 0 {
		t.Fatalf("false positives: %q", ft.errs)
	}
	if out := Output(t, l); !strings.Contains(out, "key_id="+id) {
		t.Errorf("Output = %q", out)
	}
}

// A secret registered after the line was logged is found at cleanup; a
// secret of an unrelated test is not looked for.
func TestRegisteredLate(t *testing.T) {
	ft := newFake(t)
	l := New(ft, JSON())
	l.With("client", "c").WithGroup("g").Debug("hello", "pepper", "peppered-value")
	Secret(&fakeT{name: t.Name() + "-unrelated"}, "hello-world")
	l.Info("hello-world")
	if len(ft.errs) != 0 {
		t.Fatalf("reported before registration: %q", ft.errs)
	}
	Secret(ft, "peppered-value")
	ft.end()
	if len(ft.errs) != 1 || !strings.Contains(ft.errs[0], "registered secret") || strings.Contains(ft.errs[0], "peppered-value") {
		t.Fatalf("reports %q", ft.errs)
	}
	if lines := Lines(t, l); len(lines) != 2 || !strings.Contains(lines[0], `"g":{"pepper"`) {
		t.Errorf("Lines = %q", lines)
	}
}

// A subtest's logger is scanned for its parent's secrets.
func TestSubtestSecrets(t *testing.T) {
	parent := newFake(t)
	Secret(parent, "parent-secret")
	child := &fakeT{name: parent.name + "/child"}
	New(child).Warn("x", "v", "parent-secret")
	if len(child.errs) != 1 {
		t.Fatalf("reports %q", child.errs)
	}
}

// Wrap scans records below the wrapped handler's level too, and still
// passes the others on.
func TestWrap(t *testing.T) {
	ft := newFake(t)
	var b strings.Builder
	l := slog.New(Wrap(ft, slog.NewTextHandler(&b, &slog.HandlerOptions{Level: slog.LevelWarn})))
	Secret(ft, "tok-123456")
	l.Debug("quiet", "t", "tok-123456")
	l.Warn("loud")
	if len(ft.errs) != 1 {
		t.Errorf("reports %q", ft.errs)
	}
	if strings.Contains(b.String(), "quiet") || !strings.Contains(b.String(), "loud") {
		t.Errorf("wrapped handler got %q", b.String())
	}
}

func TestWriter(t *testing.T) {
	ft := newFake(t)
	w := Writer(ft)
	Secret(ft, "dev-key-123")
	fmt.Fprint(w, "level=INFO msg=ok\nlevel=ERROR msg=bad key=dev-")
	fmt.Fprint(w, "key-123")
	if len(ft.errs) != 0 {
		t.Fatalf("reported a partial line: %q", ft.errs)
	}
	ft.end()
	if len(ft.errs) != 1 {
		t.Fatalf("reports %q", ft.errs)
	}
}

func TestObserver(t *testing.T) {
	ft := newFake(t)
	obs := Observer(ft)
	aud, err := audit.New(audit.Config{Observer: obs})
	if err != nil {
		t.Fatal(err)
	}
	_ = aud
	Secret(ft, "session-secret")
	obs.Observe(context.Background(), &audit.Event{Subject: "alice", Arguments: []string{"session-secret"}})
	obs.Observe(context.Background(), &audit.Event{Subject: "bob"})
	if len(ft.errs) != 1 || !strings.Contains(ft.errs[0], "Arguments[0]=ses…") {
		t.Fatalf("reports %q", ft.errs)
	}
	if ev := obs.Events(); len(ev) != 2 || ev[1].Subject != "bob" {
		t.Errorf("Events = %+v", ev)
	}
}

// Patterns stay in step with apikey's format.
func TestKeyShape(t *testing.T) {
	for range 100 {
		key, _, err := apikey.Generate("mcp")
		if err != nil {
			t.Fatal(err)
		}
		if fs := scan("x "+key+" y", nil); len(fs) != 1 || fs[0].secret != key {
			t.Fatalf("scan(%s) = %v", key, fs)
		}
	}
}
