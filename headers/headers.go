package headers

import (
	"context"
	"net/http"
	"strings"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mcpauth/mcpauth/internal/credheaders"
	"github.com/mcpauth/mcpauth/internal/nilcheck"
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
	// Authenticating proxies forward the caller's token in these
	// (oauth2-proxy, Google ESP, AWS ALB).
	"x-forwarded-authorization",
	"x-forwarded-access-token",
	"x-auth-request-access-token",
	"x-amzn-oidc-accesstoken",
	"x-amzn-oidc-data",
	"x-amzn-oidc-identity",
}

// excluded is the set of defaultExcluded names.
var excluded = func() map[string]struct{} {
	m := make(map[string]struct{}, len(defaultExcluded))
	for _, name := range defaultExcluded {
		m[name] = struct{}{}
	}
	return m
}()

// IsExcluded reports whether the header name is left out by default:
// hop-by-hop and transport headers, Authorization, Cookie, X-API-Key, the
// headers through which authenticating proxies forward a caller's token,
// and every header an API-key authenticator or a gate of this process
// reads credentials from. The credential headers of the gate that let a
// request in are left out too (see FromContext).
func IsExcluded(name string) bool {
	name = strings.ToLower(name)
	if strings.HasPrefix(name, "proxy-") {
		return true
	}
	_, ok := excluded[name]
	return ok || credheaders.Has(name)
}

// Exclude leaves out further header names (any case): the credential
// headers of a gate, for FromHeader, which cannot know them.
func Exclude(names ...string) Option {
	return func(o *options) {
		if o.exclude == nil {
			o.exclude = make(map[string]struct{}, len(names))
		}
		for _, name := range names {
			o.exclude[strings.ToLower(strings.TrimSpace(name))] = struct{}{}
		}
	}
}

// Option adjusts what [FromContext] and [FromHeader] return.
type Option func(*options)

type options struct {
	all     bool
	include map[string]struct{}
	exclude map[string]struct{}
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
	return FromHeader(mcpctx.HeaderFrom(ctx), append([]Option{Exclude(mcpctx.CredentialHeadersFrom(ctx)...)}, opts...)...)
}

// FromRequest filters the headers of the HTTP request that carried req
// (req.Extra.Header) as FromContext does, the credential headers of the
// gate that let it in included.
func FromRequest(req mcp.Request, opts ...Option) map[string]string {
	var h http.Header
	var creds []string
	if !nilcheck.Nil(req) {
		if extra := req.GetExtra(); extra != nil {
			h, creds = extra.Header, mcpctx.CredentialHeadersFromTokenInfo(extra.TokenInfo)
		}
	}
	return FromHeader(h, append([]Option{Exclude(creds...)}, opts...)...)
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
		if _, hidden := o.exclude[lower]; !o.all && (hidden || IsExcluded(lower)) {
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
