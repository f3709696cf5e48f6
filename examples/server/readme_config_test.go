package main

import (
	"encoding/json"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// TestREADMEClientConfigs: the client configuration files README.md shows
// (claude_desktop_config.json through mcp-remote, and the .mcp.json of the
// clients speaking Streamable HTTP themselves) are the ones the banner
// prints, with the key shown as mcp_… and the URL as the default address's.
func TestREADMEClientConfigs(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	var shown []any
	for _, m := range regexp.MustCompile("(?s)\n```json\n(.*?)\n```\n").FindAllStringSubmatch(string(readme), -1) {
		if !strings.Contains(m[1], `"mcpServers"`) {
			continue
		}
		var v any
		if err := json.Unmarshal([]byte(m[1]), &v); err != nil {
			t.Fatalf("README.md's block %s: %v", m[1], err)
		}
		shown = append(shown, v)
	}

	r := start(t, nil, "-store", "memory:")
	if r.key == "" {
		t.Fatalf("no development key in the banner:\n%s", r.banner)
	}
	var printed []any
	for _, line := range strings.Split(r.banner, "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, `{"mcpServers"`) {
			continue
		}
		line = strings.ReplaceAll(line, r.key, "mcp_…")
		line = strings.ReplaceAll(line, r.base+"/mcp", "http://127.0.0.1:8000/mcp")
		var v any
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			t.Fatalf("the banner's line %s: %v", line, err)
		}
		printed = append(printed, v)
	}
	if len(printed) != 2 {
		t.Fatalf("the banner prints %d configuration files, want 2 (mcp-remote, http):\n%s", len(printed), r.banner)
	}
	if !reflect.DeepEqual(shown, printed) {
		t.Errorf("README.md shows\n%v\nthe banner prints\n%v", shown, printed)
	}
}
