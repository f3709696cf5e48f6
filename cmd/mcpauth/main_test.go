package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/apikey/storeurl"
)

type result struct {
	code           int
	stdout, stderr string
}

func runCLI(t *testing.T, env map[string]string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, func(k string) string { return env[k] }, &out, &errb)
	return result{code, out.String(), errb.String()}
}

func TestUsageAndHelp(t *testing.T) {
	for args, want := range map[string]int{
		"":                                       exitUsage,
		"--help":                                 exitOK,
		"help":                                   exitOK,
		"keys":                                   exitUsage,
		"keys --help":                            exitOK,
		"keys nope":                              exitUsage,
		"users list":                             exitUsage,
		"keys create --help":                     exitOK,
		"keys list -h":                           exitOK,
		"keys revoke --help":                     exitOK,
		"keys rotate --help":                     exitOK,
		"keys create":                            exitUsage, // no --subject
		"keys create --subject a --expires soon": exitUsage,
		"keys create --subject a --expires -1h":  exitUsage,
		"keys create --subject a --meta novalue": exitUsage,
		// Metadata never raises a limit: the key is refused outright.
		"keys create --subject a --meta rate_limit=1000/s": exitUsage,
		"keys create --subject a --meta Rate-Limit=1000/s": exitUsage,
		"keys create --subject a --meta x=1 --meta x=2":    exitUsage,
		"keys revoke":                          exitUsage,
		"keys revoke a b":                      exitUsage,
		"keys revoke notanid":                  exitUsage,
		"keys list --bogus":                    exitUsage,
		"keys rotate AAAAAAAAAAAA --grace -1h": exitUsage,
	} {
		// A real store: memory: is refused, which would hide whether
		// the arguments were checked first.
		r := runCLI(t, map[string]string{"MCPAUTH_DATA_DIR": t.TempDir()}, strings.Fields(args)...)
		if r.code != want {
			t.Errorf("mcpauth %s: exit %d, want %d\n%s", args, r.code, want, r.stderr)
		}
		if want != exitOK && r.stderr == "" {
			t.Errorf("mcpauth %s: no message on stderr", args)
		}
	}
}

func TestKeyLifecycleInSQLite(t *testing.T) {
	store := "sqlite:" + filepath.Join(t.TempDir(), "sub", "keys.db")
	env := map[string]string{}
	r := runCLI(t, env, "keys", "create", "--store", store, "--subject", "alice", "--name", "laptop",
		"--scopes", "tools,read", "--expires", "720h", "--meta", "team=infra", "--rate-limit", "60/m")
	if r.code != exitOK {
		t.Fatalf("create: %d %s", r.code, r.stderr)
	}
	key := strings.TrimSpace(r.stdout)
	id, err := apikey.ParseID(key, apikey.DefaultPrefix)
	if err != nil || strings.Count(r.stdout, "\n") != 1 {
		t.Fatalf("create printed %q, want the key alone", r.stdout)
	}
	if !strings.Contains(r.stderr, id) || !strings.Contains(r.stderr, "only time") {
		t.Fatalf("create message: %s", r.stderr)
	}

	// The key authenticates against the same store.
	s, err := storeurl.Open(context.Background(), store)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	auth, _ := apikey.New(apikey.Config{Store: s, DisableCache: true}) // revocations seen at once
	req := httptest.NewRequest("POST", "/mcp", nil)
	req.Header.Set("X-API-Key", key)
	if p, err := auth.Authenticate(req); err != nil || p.Subject != "alice" || !p.HasScope("read") || p.Claims["team"] != "infra" {
		t.Fatalf("authenticate: %v %+v", err, p)
	}

	// list shows it without its secret; --json too.
	r = runCLI(t, env, "keys", "list", "--store", store)
	secret := key[len(key)-38:]
	if r.code != exitOK || !strings.Contains(r.stdout, id) || !strings.Contains(r.stdout, "laptop") || strings.Contains(r.stdout, secret) {
		t.Fatalf("list: %d\n%s", r.code, r.stdout)
	}
	r = runCLI(t, env, "keys", "list", "--store", store, "--json")
	var listed []map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &listed); err != nil || len(listed) != 1 || listed[0]["id"] != id || listed[0]["rate_limit"] != "60/m" {
		t.Fatalf("list --json: %v\n%s", err, r.stdout)
	}
	if strings.Contains(r.stdout, secret) || strings.Contains(r.stdout, "hash") {
		t.Fatal("list --json shows the secret or the hash")
	}

	// rotate: a new key; the old one still works for the grace period.
	r = runCLI(t, env, "keys", "rotate", id, "--store", store, "--grace", "1h")
	newKey := strings.TrimSpace(r.stdout)
	newID, err := apikey.ParseID(newKey, apikey.DefaultPrefix)
	if r.code != exitOK || err != nil || newID == id {
		t.Fatalf("rotate: %d %q %s", r.code, r.stdout, r.stderr)
	}
	if _, err := auth.Authenticate(req); err != nil {
		t.Fatalf("old key within the grace period: %v", err)
	}

	// revoke (by whole key, for convenience): gone from list, shown with --all.
	if r = runCLI(t, env, "keys", "revoke", "--store", store, key); r.code != exitOK {
		t.Fatalf("revoke: %d %s", r.code, r.stderr)
	}
	if _, err := auth.Authenticate(req); err == nil {
		t.Fatal("revoked key still authenticates")
	}
	r = runCLI(t, env, "keys", "list", "--store", store)
	if strings.Contains(r.stdout, id) || !strings.Contains(r.stdout, newID) {
		t.Fatalf("list after revoke:\n%s", r.stdout)
	}
	r = runCLI(t, env, "keys", "list", "--store", store, "--all", "--subject", "alice")
	if !strings.Contains(r.stdout, id) || !strings.Contains(r.stdout, "revoked") {
		t.Fatalf("list --all:\n%s", r.stdout)
	}
	if r = runCLI(t, env, "keys", "revoke", "--store", store, "AAAAAAAAAAAA"); r.code != exitFail || !strings.Contains(r.stderr, "no key") {
		t.Fatalf("revoke unknown: %d %s", r.code, r.stderr)
	}
}

func TestDefaultStoreAndErrors(t *testing.T) {
	dir := t.TempDir()
	env := map[string]string{"MCPAUTH_DATA_DIR": dir}
	if r := runCLI(t, env, "keys", "create", "--subject", "bob"); r.code != exitOK {
		t.Fatalf("create in the default store: %d %s", r.code, r.stderr)
	}
	if r := runCLI(t, env, "keys", "list"); !strings.Contains(r.stdout, "bob") {
		t.Fatalf("default store not reused:\n%s", r.stdout)
	}
	if r := runCLI(t, map[string]string{"MCPAUTH_STORE": "postgres://u:hunter2@127.0.0.1:1/db"}, "keys", "list"); r.code != exitFail || strings.Contains(r.stderr, "hunter2") {
		t.Fatalf("unreachable store: %d %s", r.code, r.stderr)
	}
	if r := runCLI(t, map[string]string{"MCPAUTH_STORE": "mysql://x"}, "keys", "list"); r.code != exitFail {
		t.Fatalf("unsupported store: %d %s", r.code, r.stderr)
	}
	if r := runCLI(t, map[string]string{"MCPAUTH_DATA_DIR": dir, "MCPAUTH_PEPPER": "p"}, "keys", "migrate"); r.code != exitOK {
		t.Fatalf("migrate: %d %s", r.code, r.stderr)
	}
}

// Every keys command refuses a memory: store, from --store or
// $MCPAUTH_STORE, as a usage error saying why, and touches nothing: its
// result would be gone when the process exits.
func TestMemoryStoreRefused(t *testing.T) {
	for _, args := range [][]string{
		{"keys", "create", "--subject", "alice"},
		{"keys", "list"},
		{"keys", "list", "--all", "--json"},
		{"keys", "revoke", "AAAAAAAAAAAA"},
		{"keys", "rotate", "AAAAAAAAAAAA"},
		{"keys", "migrate"},
	} {
		for _, how := range []struct {
			env   map[string]string
			flags []string
			from  string
		}{
			{map[string]string{"MCPAUTH_STORE": "memory:"}, nil, "$MCPAUTH_STORE"},
			{nil, []string{"--store", "memory:"}, "--store"},
			{nil, []string{"--store", "MEMORY:"}, "--store"},
			{nil, []string{"--store", "memory"}, "--store"},
			// --store wins over the environment, even to be refused.
			{map[string]string{"MCPAUTH_STORE": "sqlite:" + filepath.Join(t.TempDir(), "k.db")}, []string{"--store", "memory:"}, "--store"},
		} {
			env := map[string]string{"MCPAUTH_DATA_DIR": t.TempDir()}
			for k, v := range how.env {
				env[k] = v
			}
			r := runCLI(t, env, append(slices.Clone(args), how.flags...)...)
			name := strings.Join(append(slices.Clone(args), how.flags...), " ")
			if r.code != exitUsage || r.stdout != "" {
				t.Errorf("mcpauth %s (%s): exit %d, stdout %q, want %d and nothing", name, how.from, r.code, r.stdout, exitUsage)
			}
			if !strings.Contains(r.stderr, how.from+" is memory:") || !strings.Contains(r.stderr, "lives only as long as this command") ||
				!strings.Contains(r.stderr, memoryUseless[args[1]]) || !strings.Contains(r.stderr, "sqlite:PATH") {
				t.Errorf("mcpauth %s (%s): the message does not say why:\n%s", name, how.from, r.stderr)
			}
			// Nothing fell back to the default store.
			if entries, _ := os.ReadDir(env["MCPAUTH_DATA_DIR"]); len(entries) != 0 {
				t.Errorf("mcpauth %s (%s) wrote to the data directory", name, how.from)
			}
		}
	}
	for cmd := range commands {
		if memoryUseless[cmd] == "" {
			t.Errorf("keys %s has no reason to refuse memory:", cmd)
		}
	}
}

// The store URL may carry a password: it must not show in help or errors.
func TestStorePasswordNeverPrinted(t *testing.T) {
	env := map[string]string{"MCPAUTH_STORE": "postgres://u:hunter2@127.0.0.1:1/db"}
	for _, args := range [][]string{{"keys", "list", "--help"}, {"keys", "revoke"}, {"keys", "create", "--bogus"}, {"keys", "list"}} {
		r := runCLI(t, env, args...)
		if strings.Contains(r.stderr+r.stdout, "hunter2") {
			t.Errorf("mcpauth %s printed the password:\n%s", strings.Join(args, " "), r.stderr)
		}
	}
}

func TestParseExpiry(t *testing.T) {
	now := time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)
	if got, _ := parseExpiry("48h", now); !got.Equal(now.Add(48 * time.Hour)) {
		t.Error("duration")
	}
	if got, _ := parseExpiry("2027-01-31", now); got.Format("2006-01-02") != "2027-01-31" {
		t.Error("date")
	}
	for _, bad := range []string{"2020-01-01", "0s", "tomorrow"} {
		if _, err := parseExpiry(bad, now); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestPolicyCheck(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.json")
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(good, []byte(`{"rules": [{"tools": ["search"], "scopes": ["read"]}]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte("{\"rules\": [\n{\"tools\": [\"search\"], \"scopes\": [\"read all\"]}]}"), 0o600); err != nil {
		t.Fatal(err)
	}
	if r := runCLI(t, nil, "policy", "check", good); r.code != exitOK || !strings.Contains(r.stdout, "ok") {
		t.Fatalf("good file: %d %q %q", r.code, r.stdout, r.stderr)
	}
	if r := runCLI(t, nil, "policy", "check", bad); r.code != exitFail || !strings.Contains(r.stderr, "line 2") || !strings.Contains(r.stderr, `"read all"`) {
		t.Fatalf("bad file: %d %q", r.code, r.stderr)
	}
	if r := runCLI(t, nil, "policy", "check", filepath.Join(dir, "missing.json")); r.code != exitFail {
		t.Fatalf("missing file: %d", r.code)
	}
	if r := runCLI(t, nil, "policy"); r.code != exitUsage || r.stderr == "" {
		t.Fatalf("no subcommand: %d", r.code)
	}
}

func TestPolicyExplain(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "policy.yaml")
	if err := os.WriteFile(file, []byte(`rules:
  - {name: discovery, methods: [initialize, tools/list], public: true}
  - {name: read, tools: [search], anyOf: [[files:read], [files:admin]]}
  - {name: admin, tools: ["delete_*"], scopes: [files:admin]}
`), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{file, "--subject", "alice", "--scopes", "files:read", "tools/call", "delete_file"}, exitOK,
			`(scopes ["files:read"]): insufficient-scope by rule "admin"; it needs scopes ["files:admin"]`},
		{[]string{"--subject", "alice", "--scopes", "files:admin", file, "tools/call", "search"}, exitOK, `allow by rule "read"`},
		{[]string{file, "tools/list", "--anonymous"}, exitOK, `without a credential: allow by rule "discovery"`},
		{[]string{file, "--anonymous", "tools/call", "search"}, exitOK, `need-credential by rule "read"`},
		{[]string{file, "--subject", "bob", "prompts/get", "x"}, exitOK, "deny by default"},
		{[]string{file, "tools/call", "search"}, exitUsage, "--subject S, or --anonymous"},
		{[]string{file, "--subject", "a", "tools/call"}, exitUsage, "acts on a NAME"},
		{[]string{file, "--subject", "a", "tools/list", "x"}, exitUsage, "takes no NAME"},
		{[]string{file, "--anonymous", "--scopes", "a", "tools/list"}, exitUsage, "no subject, scopes or claims"},
		{[]string{file, "--subject", "a", "--args", "[1]", "tools/call", "search"}, exitUsage, "--args"},
		{[]string{filepath.Join(dir, "missing.yaml"), "--subject", "a", "tools/list"}, exitFail, "missing.yaml"},
	} {
		r := runCLI(t, nil, append([]string{"policy", "explain"}, c.args...)...)
		if r.code != c.code || !strings.Contains(r.stdout+r.stderr, c.want) {
			t.Errorf("%q: %d %q %q, want %d and %q", c.args, r.code, r.stdout, r.stderr, c.code, c.want)
		}
	}
	yamlBad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(yamlBad, []byte("rules:\n  - tools: [x]\n    public: true\n    scope: [a]\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if r := runCLI(t, nil, "policy", "check", yamlBad); r.code != exitFail || !strings.Contains(r.stderr, "line 4") {
		t.Errorf("bad YAML: %d %q", r.code, r.stderr)
	}
	if r := runCLI(t, nil, "policy", "check", file); r.code != exitOK {
		t.Errorf("good YAML: %d %q", r.code, r.stderr)
	}
}

// TestPolicyExplainCondition: explain compiles "when" with CEL and
// evaluates it on --args.
func TestPolicyExplainCondition(t *testing.T) {
	file := filepath.Join(t.TempDir(), "policy.yaml")
	if err := os.WriteFile(file, []byte("rules:\n  - name: own\n    tools: [read_file]\n    scopes: [files:read]\n    when: args.path.startsWith(\"/home/\" + principal.subject + \"/\")\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	base := []string{"policy", "explain", file, "--subject", "alice", "--scopes", "files:read", "tools/call", "read_file"}
	if r := runCLI(t, nil, append(base, "--args", `{"path":"/home/alice/a"}`)...); r.code != exitOK || !strings.Contains(r.stdout, `allow by rule "own"`) {
		t.Errorf("own file: %d %q %q", r.code, r.stdout, r.stderr)
	}
	if r := runCLI(t, nil, append(base, "--args", `{"path":"/home/bob/a"}`)...); r.code != exitOK || !strings.Contains(r.stdout, "its condition does not hold") {
		t.Errorf("another's file: %d %q %q", r.code, r.stdout, r.stderr)
	}
	if r := runCLI(t, nil, base...); r.code != exitOK || !strings.Contains(r.stdout, "its condition failed") {
		t.Errorf("no arguments: %d %q %q", r.code, r.stdout, r.stderr)
	}
}
