package headers

import (
	"bytes"
	"context"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mcpauth/mcpauth/internal/credheaders"
	"github.com/mcpauth/mcpauth/internal/nilcheck"
	"github.com/mcpauth/mcpauth/mcpctx"
)

// defaultExcluded lists the lowercased header names [FromContext] and
// [FromHeader] leave out unless asked: hop-by-hop and transport headers, and
// credentials. The patterns below hide more.
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
	"api-key",
	"x-auth-token",
	"x-access-token",
	"x-csrf-token",
	// Authenticating proxies forward the caller's token, identity or
	// client certificate in these: Google ESP and API Gateway,
	// oauth2-proxy, Google IAP, Cloudflare Access, Envoy (AWS ALB's
	// x-amzn-oidc-* and Azure App Service's x-ms-token-aad-* are
	// prefixes, below).
	"x-forwarded-authorization",
	"x-forwarded-access-token",
	"x-auth-request-access-token",
	"x-goog-iap-jwt-assertion",
	"cf-access-jwt-assertion",
	"x-forwarded-client-cert",
}

// Patterns on the lowercased name: a header that matches one is left out
// by default as well, so that credentials in headers nobody listed
// (X-Acme-Token, X-Vault-Secret, X-Hub-Signature-256, X-Crm-Key) stay
// hidden. "-key" is a suffix, so X-Keyboard-Layout is shown.
var (
	excludedPrefixes   = patterns("proxy-", "cookie", "x-amzn-oidc-", "x-ms-token-aad-")
	excludedSuffixes   = patterns("-key")
	excludedSubstrings = patterns("token", "secret", "password", "assertion", "signature")
)

func patterns(list ...string) [][]byte {
	out := make([][]byte, len(list))
	for i, p := range list {
		out[i] = []byte(p)
	}
	return out
}

// excluded is the set of defaultExcluded names.
var excluded = func() map[string]struct{} {
	m := make(map[string]struct{}, len(defaultExcluded))
	for _, name := range defaultExcluded {
		m[name] = struct{}{}
	}
	return m
}()

// maxFold is the longest name lowercased on the stack; a longer one (no
// real header) is lowercased with strings.ToLower.
const maxFold = 128

// fold lowercases an ASCII name into buf, without allocating. It returns
// nil for a name that is longer than buf or not ASCII.
func fold(buf []byte, name string) []byte {
	if len(name) > len(buf) {
		return nil
	}
	b := buf[:len(name)]
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c >= utf8.RuneSelf {
			return nil
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return b
}

// lowered returns name lowercased, as bytes and (when it costs nothing)
// as a string: lower is "" unless name was lowercase already or had to be
// lowercased on the heap.
func lowered(buf []byte, name string) (b []byte, lower string) {
	if b = fold(buf, name); b == nil {
		lower = strings.ToLower(name)
		return []byte(lower), lower
	}
	if string(b) == name {
		lower = name
	}
	return b, lower
}

// fixedHidden reports whether the lowercased name is in defaultExcluded
// or matches a pattern. It does not allocate.
func fixedHidden(lower []byte) bool {
	if _, ok := excluded[string(lower)]; ok {
		return true
	}
	for _, p := range excludedPrefixes {
		if bytes.HasPrefix(lower, p) {
			return true
		}
	}
	for _, s := range excludedSuffixes {
		if bytes.HasSuffix(lower, s) {
			return true
		}
	}
	for _, s := range excludedSubstrings {
		if bytes.Contains(lower, s) {
			return true
		}
	}
	return false
}

// IsExcluded reports whether the header name (any case) is left out by
// default: hop-by-hop and transport headers; Authorization, Cookie,
// X-API-Key and the other credential headers of defaultExcluded, among
// them those in which authenticating proxies forward a caller's token;
// every name that starts with "proxy-", "cookie", "x-amzn-oidc-" or
// "x-ms-token-aad-", ends with "-key", or contains "token", "secret",
// "password", "assertion" or "signature"; and every header an API-key
// authenticator or a gate of this process reads credentials from. The
// credential headers of the gate that let a request in are left out too
// (see FromContext). It does not allocate for a name that is lowercase
// already or at most 32 bytes long.
func IsExcluded(name string) bool {
	var buf [maxFold]byte
	b, lower := lowered(buf[:], name)
	if fixedHidden(b) {
		return true
	}
	if lower != "" {
		return credheaders.Has(lower)
	}
	return credheaders.Has(string(b))
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
	// creds are the credential headers of the gate that let the request
	// in, as the gate spelled them.
	creds []string
}

// Include re-admits the named headers (any case) that are excluded by
// default, whether by name, by pattern or as a gate's credential header:
// "authorization" for a tool that must forward the caller's token and
// knows why, or "x-keycloak-key" for one that needs a header a pattern
// hides. A name given to Include is shown even where [Exclude] names it.
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
	return filter(mcpctx.HeaderFrom(ctx), mcpctx.CredentialHeadersFrom(ctx), opts)
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
	return filter(h, creds, opts)
}

// FromHeader filters h the way [FromContext] does. Nil options are
// ignored.
func FromHeader(h http.Header, opts ...Option) map[string]string {
	return filter(h, nil, opts)
}

// filter is FromHeader with the credential headers of a gate. A header
// the fixed names and patterns hide costs no allocation.
func filter(h http.Header, creds []string, opts []Option) map[string]string {
	o := options{creds: creds}
	for _, opt := range opts {
		if opt != nil {
			opt(&o)
		}
	}
	out := make(map[string]string, len(h))
	for name, values := range h {
		var buf [maxFold]byte
		b, lower := lowered(buf[:], name)
		if !o.all && fixedHidden(b) {
			if _, ok := o.include[string(b)]; !ok {
				continue
			}
		}
		if lower == "" {
			lower = string(b) // the key of out
		}
		if !o.all && o.hides(lower) {
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

// hides reports whether the lowercased name is a credential header of
// the gate, of this process or named by Exclude.
func (o *options) hides(lower string) bool {
	if _, ok := o.exclude[lower]; ok {
		return true
	}
	for _, c := range o.creds {
		if strings.EqualFold(strings.TrimSpace(c), lower) {
			return true
		}
	}
	return credheaders.Has(lower)
}
