package policy

import (
	"os"
	"strings"
	"testing"
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
