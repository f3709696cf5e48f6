package headers

import (
	"context"
	"maps"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/mcpauth/mcpauth/mcpctx"
)

// defaultExcluded lists the lowercased header names [FromContext] and
// [FromHeader] leave out unless asked: hop-by-hop and transport headers, and
// credentials. Every name starting with "proxy-" is left out as well.
var defaultExcluded = []string{
	"host",
	"content-length",
	"content-type",
	"connection",
	"transfer-encoding",
	"upgrade",
	"te",
	"trailer",
	"keep-alive",
	"expect",
	"accept",
	"accept-encoding",
	"authorization",
	"cookie",
	"mcp-session-id",
	"x-api-key",
}

// sensitive is the copy-on-write set of excluded names; see RegisterSensitive.
var (
	sensitiveMu sync.Mutex
	sensitive   atomic.Pointer[map[string]struct{}]
)

func init() {
	m := make(map[string]struct{}, len(defaultExcluded))
	for _, name := range defaultExcluded {
		m[name] = struct{}{}
	}
	sensitive.Store(&m)
}

// RegisterSensitive adds header names (any case) to the set that
// [FromContext] and [FromHeader] exclude by default, for every caller in the
// process. Authenticators call it for the headers they read credentials
// from. Names can be added, never removed: hiding a header is always the
// safe mistake.
func RegisterSensitive(names ...string) {
	sensitiveMu.Lock()
	defer sensitiveMu.Unlock()
	next := maps.Clone(*sensitive.Load())
	for _, name := range names {
		if name = strings.ToLower(strings.TrimSpace(name)); name != "" {
			next[name] = struct{}{}
		}
	}
	sensitive.Store(&next)
}

// IsExcluded reports whether the header name is left out by default.
func IsExcluded(name string) bool {
	name = strings.ToLower(name)
	if strings.HasPrefix(name, "proxy-") {
		return true
	}
	_, ok := (*sensitive.Load())[name]
	return ok
}

// Option adjusts what [FromContext] and [FromHeader] return.
type Option func(*options)

type options struct {
	all     bool
	include map[string]struct{}
}

// Include re-admits the named headers (any case) that are excluded by
// default, such as "authorization" for a tool that must forward the caller's
// token and knows why.
func Include(names ...string) Option {
	return func(o *options) {
		if o.include == nil {
			o.include = make(map[string]struct{}, len(names))
		}
		for _, name := range names {
			o.include[strings.ToLower(name)] = struct{}{}
		}
	}
}

// IncludeAll returns every header, credentials included.
func IncludeAll() Option {
	return func(o *options) { o.all = true }
}

// FromContext returns the headers of the HTTP request that ctx belongs to,
// filtered as described in the package documentation. Names are lowercased;
// a header sent several times is joined with ", ". It returns an empty,
// non-nil map when ctx carries no request.
func FromContext(ctx context.Context, opts ...Option) map[string]string {
	return FromHeader(mcpctx.HeaderFrom(ctx), opts...)
}

// FromHeader filters h the way [FromContext] does. Nil options are
// ignored.
func FromHeader(h http.Header, opts ...Option) map[string]string {
	var o options
	for _, opt := range opts {
		if opt != nil {
			opt(&o)
		}
	}
	out := make(map[string]string, len(h))
	for name, values := range h {
		lower := strings.ToLower(name)
		if !o.all && IsExcluded(lower) {
			if _, ok := o.include[lower]; !ok {
				continue
			}
		}
		if prev, ok := out[lower]; ok {
			// Two keys differing only in case (a non-canonical header map).
			values = append([]string{prev}, values...)
		}
		out[lower] = strings.Join(values, ", ")
	}
	return out
}
