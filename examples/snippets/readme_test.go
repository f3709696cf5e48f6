package snippets

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestREADME: every Go block of README.md is a region of snippets.go,
// which compiles; a block without its region, or one that differs from
// it, fails.
func TestREADME(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile("snippets.go")
	if err != nil {
		t.Fatal(err)
	}
	regions := map[string]string{}
	for _, m := range regexp.MustCompile(`(?s)\n\t// snippet: (\S+)\n(.*?)\n\t// end snippet\n`).FindAllStringSubmatch(string(src), -1) {
		var lines []string
		for _, l := range strings.Split(m[2], "\n") {
			lines = append(lines, strings.TrimPrefix(l, "\t"))
		}
		regions[m[1]] = strings.Join(lines, "\n")
	}
	blocks := regexp.MustCompile("(?s)(<!-- snippet: (\\S+) -->\n)?```go\n(.*?)\n```").FindAllStringSubmatch(string(readme), -1)
	if len(blocks) == 0 {
		t.Fatal("README.md has no Go blocks")
	}
	used := map[string]bool{}
	for _, b := range blocks {
		name, code := b[2], b[3]
		if name == "" {
			t.Errorf("a Go block of README.md has no <!-- snippet: NAME --> line before it, so nothing compiles it:\n%s", code)
			continue
		}
		want, ok := regions[name]
		if !ok {
			t.Errorf("README.md's snippet %q is not in snippets.go", name)
			continue
		}
		used[name] = true
		if code != want {
			t.Errorf("README.md's snippet %q differs from snippets.go's:\n--- README.md\n%s\n--- snippets.go\n%s", name, code, want)
		}
	}
	for name := range regions {
		if !used[name] {
			t.Errorf("snippets.go's region %q is not in README.md", name)
		}
	}
}
