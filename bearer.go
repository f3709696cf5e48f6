package mcpauth

import (
	"net/http"
	"strings"
)

// BearerToken returns the token of a well-formed "Authorization: Bearer
// <token>" header (RFC 6750 §2.1; the scheme is case-insensitive). It reports
// false when the header is absent, uses another scheme, is repeated, or
// carries no token or more than one. It never looks at the URL.
func BearerToken(r *http.Request) (string, bool) {
	if r == nil {
		return "", false
	}
	values := r.Header.Values("Authorization")
	if len(values) != 1 {
		return "", false
	}
	scheme, token, ok := strings.Cut(strings.TrimSpace(values[0]), " ")
	if !ok || !strings.EqualFold(scheme, "bearer") {
		return "", false
	}
	token = strings.TrimLeft(token, " ")
	if token == "" || strings.ContainsAny(token, " \t") {
		return "", false
	}
	return token, true
}
