package policy

// Review tests of the policy file loader (JSON and YAML).

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestReviewYAMLMergeKeyHidesRepeatedKey: YAML() promises "unknown or
// repeated keys ... are refused", and a key written twice in a rule is
// ("mapping key already defined"). A merge key brings it back silently:
// in
//
//   - name: files
//     <<: *strict          # {scopes: [files:admin]}
//     tools: [delete_file]
//     scopes: [files:read]
//
// the rule's own scopes override the merged ones without a word, so a
// rule meant to inherit a stricter requirement ends up with the weaker
// one. Policy files are security configuration: anchors may be fine,
// merges that override are not.
//
// Fix: walk the yaml.Node tree and refuse "<<" merge keys (or refuse a
// merged key the mapping also sets), with its line.
func TestReviewYAMLMergeKeyHidesRepeatedKey(t *testing.T) {
	_, err := ParseYAML([]byte(`rules:
  - name: base
    tools: [base_tool]
    scopes: &strict [files:admin]
  - name: files
    <<: {scopes: *strict}
    tools: [delete_file]
    scopes: [files:read]
`))
	if err == nil {
		t.Error("a rule setting scopes both by merge key and by itself was accepted (the merged files:admin silently dropped)")
	}
}

// TestReviewNullDocumentIsEmpty: an empty YAML file is refused ("policy
// file: empty"), but a document that is just null — "~", "null", or a
// JSON file holding null — loads as a policy without rules. The same
// for "rules: ~". Fail-closed (everything denied), but `policy check`
// says "ok" about a file that has no policy in it (a template left
// unfilled, a truncated write, a variable that expanded to nothing).
//
// Fix: refuse a null document, and a document without a rules member,
// as empty.
func TestReviewNullDocumentIsEmpty(t *testing.T) {
	for _, c := range []struct {
		kind, doc string
	}{{"yaml", "~\n"}, {"yaml", "null\n"}, {"json", "null"}, {"yaml", "# nothing yet\nrules: ~\n"}} {
		var err error
		if c.kind == "yaml" {
			_, err = ParseYAML([]byte(c.doc))
		} else {
			_, err = ParseJSON([]byte(c.doc))
		}
		if err == nil {
			t.Errorf("%s %q: accepted as a policy (with no rules)", c.kind, c.doc)
		}
	}
}

// TestReviewYAMLQuotedBooleans: YAML refuses the quoted string 'true'
// where a boolean goes, as it should, but takes the quoted strings
// 'yes', "on", 'y' (and unquoted y, yes, on) as true, and 'no', 'off',
// 'n' as false: go.yaml.in/yaml/v3 keeps YAML 1.1 booleans for bool
// fields, quoted or not. So `defaultAllow: 'yes'` — a string by every
// YAML 1.2 reader, and by this loader's own rule for 'true' — turns on
// DefaultAllow, and `deny: "no"` / `public: 'y'` are read as the
// opposite of what a 1.2 reader (an editor, a linter, a CI check in
// another language) shows.
//
// Fix: decode the booleans through a type whose UnmarshalYAML accepts
// only the !!bool tag (true/false).
func TestReviewYAMLQuotedBooleans(t *testing.T) {
	for _, doc := range []string{"defaultAllow: 'yes'\n", "defaultAllow: \"on\"\n", "defaultAllow: 'y'\n",
		"rules:\n  - tools: [x]\n    public: 'y'\n"} {
		if pol, err := ParseYAML([]byte(doc)); err == nil {
			t.Errorf("%q accepted: defaultAllow %v, public %v (a quoted string as a boolean; 'true' is refused)",
				doc, pol.defaultAllow, pol.HasPublic())
		}
	}
}

// TestReviewLoaderStrictness: what held — keys in another case, unknown
// keys, repeated keys, a second document, wrong types, each refused;
// JSON matches member names case-sensitively.
func TestReviewLoaderStrictness(t *testing.T) {
	yamlBad := map[string]string{
		"Public":        "rules:\n  - tools: [x]\n    Public: true\n",
		"PUBLIC too":    "rules:\n  - tools: [x]\n    public: true\n    PUBLIC: false\n",
		"repeated":      "rules:\n  - tools: [x]\n    public: true\n    public: false\n",
		"second doc":    "rules: []\n---\nrules: []\n",
		"empty 2nd doc": "rules: []\n---\n",
		"quoted true":   "defaultAllow: 'true'\n",
		"int bool":      "defaultAllow: 1\n",
		"string list":   "implies:\n  a: b\n",
		"merged Public": "rules:\n  - <<: {Public: true}\n    tools: [x]\n",
		"empty":         "",
	}
	for name, doc := range yamlBad {
		if _, err := ParseYAML([]byte(doc)); err == nil {
			t.Errorf("YAML %s: accepted", name)
		}
	}
	jsonBad := map[string]string{
		"PUBLIC":       `{"rules":[{"tools":["x"],"PUBLIC":true}]}`,
		"DefaultAllow": `{"DefaultAllow":true}`,
		"repeated":     `{"rules":[{"tools":["x"],"public":true,"public":false}]}`,
		"two values":   `{"rules":[]} {}`,
		"string bool":  `{"defaultAllow":"true"}`,
		"null name":    `{"rules":[{"tools":[null],"deny":true}]}`,
		"bad UTF-16":   `{"rules":[{"tools":["\ud800"],"deny":true}]}`,
	}
	for name, doc := range jsonBad {
		if _, err := ParseJSON([]byte(doc)); err == nil {
			t.Errorf("JSON %s: accepted", name)
		}
	}
	if _, err := ParseYAML([]byte("rules:\n  - tools: [x]\n    scopes: [a]\n    public: true\n")); err == nil ||
		!strings.Contains(err.Error(), "line 2") {
		t.Errorf("two requirements: %v, want an error on line 2", err)
	}
}

// TestReviewYAMLAliasBomb: nested aliases (billion laughs) and nested
// merge keys are bounded: go.yaml.in/yaml/v3 refuses excessive aliasing,
// and strict types stop the expansion. (It held.)
func TestReviewYAMLAliasBomb(t *testing.T) {
	var seq, merge strings.Builder
	seq.WriteString("rules:\n  - name: y\n    tools: [u]\n    anyOf:\n      - &a0 [s, s, s, s, s, s, s, s, s, s]\n")
	merge.WriteString("rules:\n  - &r0 {name: r0, tools: [t0], anyOf: [[a, b, c, d, e, f, g, h]]}\n")
	for i := 1; i < 9; i++ {
		refs := strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*a%d, ", i-1), 10), ", ")
		fmt.Fprintf(&seq, "      - &a%d [%s]\n", i, refs)
		mrefs := strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*r%d, ", i-1), 10), ", ")
		fmt.Fprintf(&merge, "  - &r%d\n    <<: [%s]\n    name: r%d\n    tools: [t%d]\n", i, mrefs, i, i)
	}
	for name, doc := range map[string]string{"sequences": seq.String(), "merges": merge.String()} {
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		start := time.Now()
		_, err := ParseYAML([]byte(doc))
		runtime.ReadMemStats(&m1)
		if err == nil {
			t.Errorf("%s bomb accepted", name)
		}
		if d, mb := time.Since(start), (m1.TotalAlloc-m0.TotalAlloc)>>20; d > 2*time.Second || mb > 64 {
			t.Errorf("%s bomb (%d bytes): %v, %d MiB", name, len(doc), d, mb)
		}
	}
}
