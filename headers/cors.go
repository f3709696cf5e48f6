package headers

import (
	"fmt"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/rs/cors"
)

// CORSOptions configures [CORS].
type CORSOptions struct {
	// Origins are the browser origins allowed: the same options, and so
	// the same decision, as ValidateOrigin's (loopback origins unless
	// DisallowLoopback, and AllowedOrigins).
	Origins OriginOptions
	// ExposeHeaders are response headers a page may read beyond those
	// always exposed: Mcp-Session-Id, WWW-Authenticate, RateLimit,
	// RateLimit-Policy and Retry-After.
	ExposeHeaders []string
	// MaxAge is how long a browser may cache a preflight's answer.
	// Default 10 minutes; negative sends none.
	MaxAge time.Duration
}

// mcpResponseHeaders are the response headers an MCP client reads: the
// session, the challenge, the limits.
var mcpResponseHeaders = []string{"Mcp-Session-Id", "WWW-Authenticate", "RateLimit", "RateLimit-Policy", "Retry-After"}

// CORS returns middleware that lets pages on the allowed origins use an
// MCP endpoint: it answers preflight requests (OPTIONS with
// Access-Control-Request-Method) itself, before any authentication — a
// browser sends them without credentials — and marks every other
// response to an allowed origin as readable, with the MCP headers
// exposed. A page may send any request header (MCP's own, Mcp-Param-*
// among them, and credential headers such as X-API-Key). Requests from
// other origins get no CORS headers, so the
// browser keeps their answers from the page; put ValidateOrigin behind it
// with the same Origins to refuse them outright.
//
// It uses github.com/rs/cors. Cookies are not allowed
// (Access-Control-Allow-Credentials is never sent): MCP clients send
// tokens in headers, and a page that could send cookies could act with a
// user's ambient session.
//
// The middleware panics, as it is applied, to a nil next handler.
func CORS(opts CORSOptions) (func(http.Handler) http.Handler, error) {
	allow, err := opts.Origins.allow()
	if err != nil {
		return nil, err
	}
	expose := slices.Clone(mcpResponseHeaders)
	for i, h := range opts.ExposeHeaders {
		if h == "" || strings.ContainsAny(h, " \t,:*") {
			return nil, fmt.Errorf("headers: CORSOptions.ExposeHeaders[%d] %q is not a header name", i, h)
		}
		expose = append(expose, h)
	}
	maxAge := 600
	switch {
	case opts.MaxAge < 0:
		maxAge = -1
	case opts.MaxAge > 0:
		maxAge = int(opts.MaxAge / time.Second)
	}
	c := cors.New(cors.Options{
		AllowOriginFunc: allow,
		AllowedMethods:  []string{http.MethodGet, http.MethodPost, http.MethodDelete},
		AllowedHeaders:  []string{"*"}, // Mcp-Param-* are per tool; credentials are headers, never cookies
		ExposedHeaders:  expose,
		MaxAge:          maxAge,
	})
	return func(next http.Handler) http.Handler {
		if next == nil {
			panic("headers: CORS: next handler is nil")
		}
		return c.Handler(next)
	}, nil
}
