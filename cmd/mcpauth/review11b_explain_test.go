package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Review 11b. Since commit 32a3861 the gate decides resources/subscribe
// and resources/unsubscribe with Name "" (protocol 2026-07-28 and later,
// no uri): operation.Op's doc says so. "mcpauth policy explain" still
// refuses that operation as a usage error ("acts on a NAME"), so an
// operator cannot ask how the policy decides a request the gate does
// decide — e.g. whether a Resources template such as "{+path}" matches
// the empty URI. Fix: accept an omitted NAME for these two methods (say
// it is the 2026-07-28 form), as the parser does.
func TestReview11bExplainRemovedSubscribeWithoutURI(t *testing.T) {
	file := filepath.Join(t.TempDir(), "policy.yaml")
	if err := os.WriteFile(file, []byte("rules:\n  - {name: subs, methods: [resources/subscribe], public: true}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	r := runCLI(t, nil, "policy", "explain", file, "--anonymous", "resources/subscribe")
	if r.code != exitOK || !strings.Contains(r.stdout, `allow by rule "subs"`) {
		t.Errorf("explain resources/subscribe (the gate's 2026-07-28 operation, Name \"\"): exit %d, %q %q", r.code, r.stdout, r.stderr)
	}
}
