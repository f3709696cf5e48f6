package main

import (
	"context"
	"errors"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mcpauth/mcpauth/internal/testlog"
)

// -store and $MCPAUTH_STORE name the key store, as in the mcpauth CLI; the
// old -keys and $MCPAUTH_KEYS still work, with a warning on stderr naming
// the new name; old and new naming different stores stop the start-up.
func TestStoreFlagAndDeprecatedKeys(t *testing.T) {
	dir := t.TempDir()
	a, b := "sqlite:"+filepath.Join(dir, "a.db"), "sqlite:"+filepath.Join(dir, "b.db")
	const secret = "postgres://u:hunter2@127.0.0.1:1/db"
	flagWarning := "-keys is deprecated; use -store"
	envWarning := "$MCPAUTH_KEYS is deprecated; use $MCPAUTH_STORE"
	for _, c := range []struct {
		name  string
		args  []string
		env   map[string]string
		want  string   // the store; "" for an error
		warn  []string // on stderr
		err   string
		quiet bool // no warning at all
	}{
		{name: "-store", args: []string{"-store", a}, want: a, quiet: true},
		{name: "$MCPAUTH_STORE", env: map[string]string{"MCPAUTH_STORE": a}, want: a, quiet: true},
		{name: "-store wins over $MCPAUTH_STORE", args: []string{"-store", a}, env: map[string]string{"MCPAUTH_STORE": b}, want: a, quiet: true},
		{name: "default", want: "sqlite:" + filepath.Join(dir, "keys.db"), quiet: true},
		{name: "memory", args: []string{"-store", "memory"}, want: "memory:", quiet: true},
		{name: "-keys", args: []string{"-keys", a}, want: a, warn: []string{flagWarning}},
		{name: "$MCPAUTH_KEYS", env: map[string]string{"MCPAUTH_KEYS": a}, want: a, warn: []string{envWarning}},
		{name: "-keys wins over $MCPAUTH_KEYS", args: []string{"-keys", a}, env: map[string]string{"MCPAUTH_KEYS": b}, want: a, warn: []string{flagWarning, envWarning}},
		{name: "old and new agree", args: []string{"-keys", a}, env: map[string]string{"MCPAUTH_STORE": a}, want: a, warn: []string{flagWarning}},
		{name: "old and new agree, memory", args: []string{"-store", "memory"}, env: map[string]string{"MCPAUTH_KEYS": "memory:"}, want: "memory:", warn: []string{envWarning}},
		{name: "-store and -keys differ", args: []string{"-store", a, "-keys", b}, err: "-store and the deprecated -keys name different key stores: drop -keys"},
		{name: "the variables differ", env: map[string]string{"MCPAUTH_STORE": a, "MCPAUTH_KEYS": b}, err: "$MCPAUTH_STORE and the deprecated $MCPAUTH_KEYS name different key stores"},
		{name: "-keys and $MCPAUTH_STORE differ", args: []string{"-keys", b}, env: map[string]string{"MCPAUTH_STORE": a}, err: "$MCPAUTH_STORE and the deprecated -keys"},
		{name: "-store and $MCPAUTH_KEYS differ", args: []string{"-store", a}, env: map[string]string{"MCPAUTH_KEYS": secret}, err: "-store and the deprecated $MCPAUTH_KEYS"},
	} {
		t.Run(c.name, func(t *testing.T) {
			env := map[string]string{"MCPAUTH_DATA_DIR": dir}
			for k, v := range c.env {
				env[k] = v
			}
			var stderr strings.Builder
			testlog.Secret(t, "hunter2")
			cfg, err := parseConfig(c.args, func(k string) string { return env[k] }, io.MultiWriter(&stderr, testlog.Writer(t)))
			switch {
			case c.err != "":
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("error %v, want one saying %q", err, c.err)
				}
				if strings.Contains(err.Error(), "hunter2") || strings.Contains(err.Error(), dir) {
					t.Fatalf("the error shows a store URL: %v", err)
				}
				return
			case err != nil:
				t.Fatal(err)
			case cfg.store != c.want:
				t.Fatalf("store %q, want %q", cfg.store, c.want)
			}
			for _, w := range c.warn {
				if !strings.Contains(stderr.String(), w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr.String())
				}
			}
			if c.quiet && stderr.Len() > 0 {
				t.Errorf("unexpected output on stderr:\n%s", stderr.String())
			}
		})
	}

	// The conflict stops the server at start-up, before it listens.
	env := map[string]string{"MCPAUTH_DATA_DIR": dir, "MCPAUTH_KEYS": b}
	err := run(context.Background(), []string{"-addr", "127.0.0.1:0", "-store", a}, func(k string) string { return env[k] }, io.Discard, testlog.Writer(t))
	if err == nil || !strings.Contains(err.Error(), "different key stores") {
		t.Fatalf("run with conflicting stores: %v", err)
	}
}

// -h describes -store with its variable, marks -keys deprecated, and shows
// no store URL from the environment: it may hold a password.
func TestUsageNamesStore(t *testing.T) {
	env := map[string]string{"MCPAUTH_STORE": "postgres://u:hunter2@db/app", "MCPAUTH_KEYS": "postgres://u:hunter2@db/app"}
	var stderr strings.Builder
	if _, err := parseConfig([]string{"-h"}, func(k string) string { return env[k] }, &stderr); !errors.Is(err, errHelp) {
		t.Fatalf("-h: %v", err)
	}
	usage := stderr.String()
	for _, want := range []string{"-store string", "API key store URL", "$MCPAUTH_STORE", "-keys string", "deprecated: the old name of -store", "use $MCPAUTH_STORE"} {
		if !strings.Contains(usage, want) {
			t.Errorf("-h lacks %q:\n%s", want, usage)
		}
	}
	if strings.Contains(usage, "hunter2") {
		t.Errorf("-h shows the store URL from the environment:\n%s", usage)
	}
}
