package policy

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/operation"
)

func TestParseJSON(t *testing.T) {
	pol, err := ParseJSON([]byte(`{
  "rules": [
    {"name": "discovery", "methods": ["initialize", "tools/list"], "public": true},
    {"name": "read", "tools": ["search", "get_*"], "anyOf": [["files:read"], ["files:admin"]]},
    {"resources": ["file:///home/{user}"], "scopes": ["files:read"]}
  ],
  "implies": {"files:admin": ["files:read"]}
}`))
	if err != nil {
		t.Fatal(err)
	}
	if d := pol.Decide(who("files:admin"), op("tools/call", "get_x")); d.Outcome != Allow || d.Rule != "read" {
		t.Fatalf("%+v", d)
	}
	if d := pol.Decide(who(), op("resources/read", "file:///home/a")); d.Outcome != InsufficientScope || d.Rule != "rule 3" {
		t.Fatalf("%+v", d)
	}
}

func TestParseJSONErrorsNameTheLine(t *testing.T) {
	for name, c := range map[string]struct{ file, want string }{
		"unknown member":         {"{\n\"rules\": [\n{\"tools\": [\"x\"], \"public\": true, \"scope\": [\"a\"]}\n]}", "line 3"},
		"member in another case": {"{\n\"Rules\": []\n}", "line 2"},
		"repeated member":        {"{\"rules\": [],\n\"rules\": []}", "line 2"},
		"bad scope":              {"{\"rules\": [\n{\"tools\": [\"x\"], \"public\": true},\n{\"tools\": [\"y\"], \"scopes\": [\"a b\"]}\n]}", "line 3"},
		"two requirements":       {"{\"rules\": [\n\n  {\"name\": \"r\", \"tools\": [\"x\"], \"public\": true, \"deny\": true}]}", "line 3"},
		"repeated name":          {"{\"rules\": [\n{\"name\": \"a\", \"tools\": [\"x\"], \"public\": true},\n{\"name\": \"a\", \"tools\": [\"y\"], \"public\": true}]}", "line 3"},
		"bad implies":            {"{\"rules\": [],\n\"implies\": {\"a\": [\"b c\"]}}", "line 2"},
		"syntax":                 {"{\"rules\": [\n{\"tools\": [\"x\"],}\n]}", "line 2"},
		"wrong type":             {"{\"rules\": [\n{\"tools\": \"x\", \"public\": true}\n]}", "line 2"},
	} {
		_, err := ParseJSON([]byte(c.file))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %s", name, err, c.want)
		}
	}
}

// TestREADMEPolicyFile: the policy file the README shows is one ParseJSON
// accepts.
func TestREADMEPolicyFile(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(readme), "## Authorization per operation")
	if !ok {
		t.Fatal("README has no authorization section")
	}
	_, block, ok := strings.Cut(rest, "```json\n")
	if !ok {
		t.Fatal("README's authorization section has no JSON policy")
	}
	block, _, _ = strings.Cut(block, "```")
	if _, err := ParseJSON([]byte(block)); err != nil {
		t.Fatalf("the README's policy file: %v", err)
	}
}

func TestParseYAML(t *testing.T) {
	pol, err := ParseYAML([]byte(`# the same policy as TestParseJSON's
rules:
  - name: discovery
    methods: [initialize, tools/list]
    public: true
  - name: read
    tools: [search, get_*]
    anyOf: [[files:read], [files:admin]]
  - resources: ["file:///home/{user}"]
    scopes: [files:read]
implies:
  files:admin: [files:read]
`))
	if err != nil {
		t.Fatal(err)
	}
	if d := pol.Decide(who("files:admin"), op("tools/call", "get_x")); d.Outcome != Allow || d.Rule != "read" {
		t.Fatalf("%+v", d)
	}
	if d := pol.Decide(who(), op("resources/read", "file:///home/a")); d.Outcome != InsufficientScope || d.Rule != "rule 3" {
		t.Fatalf("%+v", d)
	}
}

func TestParseYAMLErrorsNameTheLine(t *testing.T) {
	for name, c := range map[string]struct{ file, want string }{
		"unknown key":       {"rules:\n  - tools: [x]\n    public: true\n    scope: [a]\n", "line 4"},
		"key in other case": {"Rules: []\n", "line 1"},
		"repeated key":      {"rules: []\nrules: []\n", "line 2"},
		"bad scope":         {"rules:\n  - tools: [x]\n    public: true\n  - tools: [y]\n    scopes: [\"a b\"]\n", "line 4"},
		"two requirements":  {"rules:\n\n  - name: r\n    tools: [x]\n    public: true\n    deny: true\n", "line 3"},
		"repeated name":     {"rules:\n  - {name: a, tools: [x], public: true}\n  - {name: a, tools: [y], public: true}\n", "line 3"},
		"bad implies":       {"rules: []\nimplies:\n  a: [\"b c\"]\n", "line 3"},
		"syntax":            {"rules:\n  - tools: [x\n", "line"},
		"wrong type":        {"rules:\n  - tools: {a: b}\n    public: true\n", "line 2"},
		"second document":   {"rules: []\n---\nrules: []\n", "line 2"},
		"empty":             {"", "empty"},
		"shadowed rule":     {"rules:\n  - {tools: [\"*\"], scopes: [a]}\n  - {tools: [rm], deny: true}\n", "line 3"},
		"condition":         {"rules:\n  - {tools: [x], scopes: [a], when: \"true\"}\n", "line 2"},
		"bad method":        {"rules:\n  - {methods: [tools/lists], public: true}\n", "line 2"},
	} {
		_, err := ParseYAML([]byte(c.file))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %s", name, err, c.want)
		}
	}
}

// stubCondition holds when the call's arguments are {"ok":true}.
type stubCondition string

func (c stubCondition) Holds(_ *mcpctx.Principal, op *operation.Op) (bool, error) {
	return string(op.Arguments) == `{"ok":true}`, nil
}

func TestLoaderConditions(t *testing.T) {
	var got []string
	l := Loader{Conditions: func(expr string) (Condition, error) {
		got = append(got, expr)
		if expr == "broken" {
			return nil, errors.New("1:1: syntax error")
		}
		return stubCondition(expr), nil
	}}
	pol, err := l.YAML([]byte("rules:\n  - {tools: [x], scopes: [a], when: 'args.ok'}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0] != "args.ok" {
		t.Fatalf("compiled %q", got)
	}
	call := func(args string) *operation.Op {
		o := op("tools/call", "x")
		o.Arguments = []byte(args)
		return o
	}
	if d := pol.Decide(who("a"), call(`{"ok":true}`)); d.Outcome != Allow {
		t.Errorf("condition holds: %v", d.Outcome)
	}
	if d := pol.Decide(who("a"), call(`{"ok":false}`)); d.Outcome != Deny {
		t.Errorf("condition fails: %v, want deny", d.Outcome)
	}
	if s := pol.Explain(who("a"), call(`{"ok":false}`)); !strings.Contains(s, `deny by rule "rule 1": its condition does not hold`) {
		t.Errorf("Explain = %q", s)
	}
	if d := pol.Decide(who(), call(`{"ok":false}`)); d.Outcome != InsufficientScope {
		t.Errorf("scope missing: %v, want insufficient-scope whatever the condition", d.Outcome)
	}
	_, err = l.JSON([]byte("{\"rules\": [\n{\"tools\": [\"x\"], \"public\": true},\n{\"tools\": [\"y\"], \"scopes\": [\"a\"], \"when\": \"broken\"}]}"))
	if err == nil || !strings.Contains(err.Error(), "line 3") || !strings.Contains(err.Error(), "1:1: syntax error") {
		t.Errorf("a condition that does not compile: %v", err)
	}
}

func TestLoaderFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}
	for _, path := range []string{
		write("p.json", `{"rules": [{"tools": ["x"], "public": true}]}`),
		write("p.yaml", "rules: [{tools: [x], public: true}]\n"),
		write("p.YML", "rules: [{tools: [x], public: true}]\n"),
	} {
		pol, err := Loader{}.File(path)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if d := pol.Decide(nil, op("tools/call", "x")); d.Outcome != Allow {
			t.Errorf("%s: %v", path, d.Outcome)
		}
	}
	if _, err := (Loader{}).File(write("p.toml", "")); err == nil {
		t.Error("a .toml file was read")
	}
	if _, err := (Loader{}).File(write("bad.json", `{"rules": [{"tools": ["x"]}]}`)); err == nil || !strings.Contains(err.Error(), "bad.json") {
		t.Errorf("the error does not name the file: %v", err)
	}
	if _, err := (Loader{}).File(filepath.Join(dir, "missing.yaml")); err == nil {
		t.Error("a missing file was read")
	}
}

// TestYAMLNullsAreRefused: a null rule ("rules: [~]") was dropped, and
// null values passed for empty ones.
func TestYAMLNullsAreRefused(t *testing.T) {
	for _, f := range []string{"rules: [~]\n", "rules:\n  - {tools: [x], scopes: ~, public: true}\n", "rules: []\nimplies: ~\n"} {
		if _, err := ParseYAML([]byte(f)); err == nil || !strings.Contains(err.Error(), "null") {
			t.Errorf("%q: %v", f, err)
		}
	}
}
