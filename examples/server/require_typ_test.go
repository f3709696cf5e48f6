package main

import (
	"io"
	"strings"
	"testing"
)

// TestRequireTyp: -require-typ at+jwt accepts the -dev token (an RFC 9068
// access token, typ at+jwt) and a server requiring another typ refuses
// it; -require-typ without a JWT issuer is a configuration error.
func TestRequireTyp(t *testing.T) {
	const whoamiCall = `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"whoami","arguments":{}}}`
	for typ, want := range map[string]int{"at+jwt": 200, "application/at+jwt": 200, "id+jwt": 401} {
		r := start(t, nil, "-store", "memory:", "-dev", "-require-typ", typ)
		if !strings.Contains(r.banner, "(typ "+typ+" only)") {
			t.Errorf("banner for -require-typ %s:\n%s", typ, r.banner)
		}
		resp, body := post(t, r.base+"/mcp", map[string]string{"Authorization": "Bearer " + r.token, "Mcp-Protocol-Version": "2025-06-18"}, whoamiCall)
		if resp.StatusCode != want {
			t.Errorf("-require-typ %s, the dev token: %d %s, want %d", typ, resp.StatusCode, body, want)
		}
	}
	if _, err := parseConfig([]string{"-require-typ", "at+jwt"}, func(string) string { return "" }, io.Discard); err == nil {
		t.Error("-require-typ without -issuer or -dev was accepted")
	}
}
