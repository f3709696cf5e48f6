package apikey

import (
	"errors"

	"github.com/mcpauth/mcpauth"
)

// errNotConstructed is the cause when an Authenticator that New did not
// make (the zero value, or nil) is asked to authenticate.
var errNotConstructed = errors.New("apikey: Authenticator not created with New")

func notConstructed() error {
	return mcpauth.Unavailable("authentication is not configured", errNotConstructed)
}

// errNoCache is returned by a Cache that NewCache did not make.
var errNoCache = errors.New("apikey: Cache not created with NewCache")

// validHeaderName reports whether s is an HTTP field name (RFC 9110 token).
func validHeaderName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		case c < 0x80 && c > 0x20 && c != 0x7f && !isSeparator(c):
		default:
			return false
		}
	}
	return true
}

func isSeparator(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '@', ',', ';', ':', '\\', '"', '/', '[', ']', '?', '=', '{', '}':
		return true
	}
	return false
}
