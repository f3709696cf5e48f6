package headers

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"

	"github.com/mcpauth/mcpauth/audit"
	"github.com/mcpauth/mcpauth/internal/rpcerr"
)

// OriginOptions configures [ValidateOrigin]. The zero value allows loopback
// origins only.
type OriginOptions struct {
	// AllowedOrigins lists further origins to accept, each written as a
	// browser sends it: scheme://host[:port], e.g. "https://app.example.com".
	// Matching is exact after lowercasing scheme and host and dropping a
	// default port; there are no wildcards.
	AllowedOrigins []string

	// DisallowLoopback stops the default acceptance of http(s) origins on
	// localhost, 127.0.0.0/8 and [::1] at any port.
	DisallowLoopback bool

	// OnReject, if set, is called for every rejected request, for logging or
	// metrics. origin is the rejected header value as received.
	OnReject func(r *http.Request, origin string)
}

// ValidateOrigin returns middleware that answers 403, with a JSON-RPC error
// body, every request whose Origin header is present and not allowed; other
// requests pass untouched. Browsers always send Origin on cross-origin and
// POST requests, so a page on another site — including one that has
// rebound its own DNS name to 127.0.0.1 — cannot reach the server. Requests
// without Origin (command-line and server-side clients) pass; their
// credentials are the gate's business.
//
// The allowed origins are not compared with the request's Host: a
// DNS-rebinding page is same-origin with the Host it sends, so doing so would
// defeat the check. An error naming the entry is returned for an allowed
// origin that is empty or not a bare http(s) origin. The middleware panics,
// as it is applied, to a nil next handler.
func ValidateOrigin(opts OriginOptions) (func(http.Handler) http.Handler, error) {
	allow, err := opts.allow()
	if err != nil {
		return nil, err
	}
	return func(next http.Handler) http.Handler {
		if next == nil {
			panic("headers: ValidateOrigin: next handler is nil")
		}
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			values := r.Header.Values("Origin")
			if len(values) == 0 {
				next.ServeHTTP(w, r)
				return
			}
			if len(values) == 1 && allow(values[0]) {
				next.ServeHTTP(w, r)
				return
			}
			if opts.OnReject != nil {
				opts.OnReject(r, strings.Join(values, ", "))
			}
			// A null id: the request was not read.
			audit.RecordFrom(r.Context()).Refuse(audit.ReasonOrigin)
			rpcerr.Write(w, http.StatusForbidden, nil, -32000, "Forbidden: Origin not allowed", nil)
		})
	}, nil
}

// allow compiles the options into the one decision ValidateOrigin and
// CORS share: whether a browser origin is allowed.
func (opts OriginOptions) allow() (func(origin string) bool, error) {
	allowed := make(map[string]struct{}, len(opts.AllowedOrigins))
	for i, o := range opts.AllowedOrigins {
		if o == "" {
			return nil, fmt.Errorf("headers: OriginOptions.AllowedOrigins[%d] is empty", i)
		}
		n, err := normalizeOrigin(o)
		if err != nil {
			return nil, fmt.Errorf("headers: OriginOptions.AllowedOrigins[%d] %q: %w", i, o, err)
		}
		allowed[n] = struct{}{}
	}
	return func(origin string) bool {
		n, err := normalizeOrigin(origin)
		if err != nil {
			return false
		}
		if _, ok := allowed[n]; ok {
			return true
		}
		return !opts.DisallowLoopback && isLoopbackOrigin(n)
	}, nil
}

var errNotOrigin = errors.New("not a bare http(s) origin (scheme://host[:port])")

// normalizeOrigin lowercases scheme and host and drops a default port. It
// rejects anything but a bare http or https origin, including "null".
func normalizeOrigin(s string) (string, error) {
	u, err := url.Parse(s)
	if err != nil {
		return "", errNotOrigin
	}
	scheme := strings.ToLower(u.Scheme)
	if (scheme != "http" && scheme != "https") || u.Host == "" || u.User != nil ||
		(u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" || u.Opaque != "" {
		return "", errNotOrigin
	}
	host := strings.ToLower(u.Hostname())
	port := u.Port()
	if strings.HasSuffix(u.Host, ":") || (scheme == "http" && port == "80") || (scheme == "https" && port == "443") {
		port = ""
	}
	if port != "" {
		return scheme + "://" + net.JoinHostPort(host, port), nil
	}
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	return scheme + "://" + host, nil
}

// isLoopbackOrigin reports whether a normalized origin names this machine.
func isLoopbackOrigin(origin string) bool {
	u, err := url.Parse(origin)
	if err != nil {
		return false
	}
	host := u.Hostname()
	if host == "localhost" {
		return true
	}
	ip, err := netip.ParseAddr(host)
	return err == nil && ip.IsLoopback()
}
