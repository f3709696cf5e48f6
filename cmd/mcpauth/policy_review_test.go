package main

// Review tests of "mcpauth policy explain|check".

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func reviewPolicyFile(t *testing.T) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), "policy.yaml")
	if err := os.WriteFile(file, []byte(`rules:
  - {name: discovery, methods: [initialize, tools/list], public: true}
  - {name: read, tools: [search], anyOf: [[files:read], [files:admin]]}
`), 0o600); err != nil {
		t.Fatal(err)
	}
	return file
}

// TestReviewExplainRefusesAnonymousAuthMethod: --auth takes any string,
// "anonymous" included, and explain then answers for an authenticated
// principal whose Method is anonymous — "allow by rule read" below. No
// such caller exists: the gate refuses an authenticator's anonymous
// principal (503), and FilterLists decides one as a request without a
// credential. An operator asking "what may an anonymous caller with
// files:read do" is told something the server never does.
//
// Fix: accept only jwt, apikey, introspection (or any method but
// "anonymous", pointing to --anonymous).
func TestReviewExplainRefusesAnonymousAuthMethod(t *testing.T) {
	file := reviewPolicyFile(t)
	r := runCLI(t, nil, "policy", "explain", file, "--subject", "a", "--auth", "anonymous", "--scopes", "files:read", "tools/call", "search")
	if r.code != exitUsage {
		t.Errorf("--auth anonymous: exit %d, %q: explained as a caller the gate never admits", r.code, r.stdout)
	}
}

// TestReviewExplainRefusesMethodsNoClientSends: New refuses a rule naming
// "tools/lists", "Tools/call" or "" — but explain answers for them,
// "deny by default", as if the method existed and no rule named it (and
// for "Tools/call NAME" says it "takes no NAME"). The operator debugging
// a refusal learns nothing about the typo.
//
// Fix: run the method through the same check as New (checkMethod,
// exported or duplicated) and report a usage error.
func TestReviewExplainRefusesMethodsNoClientSends(t *testing.T) {
	file := reviewPolicyFile(t)
	for _, args := range [][]string{{"tools/lists"}, {""}, {"Tools/call", "search"}} {
		r := runCLI(t, nil, append([]string{"policy", "explain", file, "--subject", "a"}, args...)...)
		if r.code != exitUsage || strings.Contains(r.stderr, "takes no NAME") {
			t.Errorf("%q: exit %d, %q %q", args, r.code, r.stdout, strings.SplitN(r.stderr, "\n", 2)[0])
		}
	}
}

// TestReviewPolicyCLINeverPanics: malformed flags, operands and files are
// usage errors or failures, never a panic or exit 0. (It held.)
func TestReviewPolicyCLINeverPanics(t *testing.T) {
	file := reviewPolicyFile(t)
	dir := filepath.Dir(file)
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte(`{"rules":[{"tools":["x"],"public":true,"scopes":["a"]}]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"explain"}, {"explain", file}, {"explain", "--subject"}, {"explain", file, "--subject", "a", "--claims", "[]", "tools/list"},
		{"explain", file, "--subject", "a", "--claims", "null", "tools/list"}, {"explain", file, "--anonymous", "--args", "null", "tools/call", "search"},
		{"explain", file, "--subject", "a", "--args", `{"a":`, "tools/call", "search"}, {"explain", file, "--subject", "a", "tools/call", "x", "y"},
		{"explain", file, "--anonymous", "--claims", "{}", "tools/list"}, {"explain", bad, "--subject", "a", "tools/list"},
		{"explain", dir, "--subject", "a", "tools/list"}, {"explain", file, "--nope", "tools/list"},
		{"check"}, {"check", file, file}, {"check", dir}, {"check", bad}, {"check", filepath.Join(dir, "none.yml")}, {"frobnicate"},
	} {
		func() {
			defer func() {
				if p := recover(); p != nil {
					t.Errorf("%q: panic %v", args, p)
				}
			}()
			if r := runCLI(t, nil, append([]string{"policy"}, args...)...); r.code == exitOK {
				t.Errorf("%q: exit 0 (%q)", args, r.stdout)
			}
		}()
	}
}
