package mcpauth

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/netip"
	"net/url"
	"strings"

	"github.com/modelcontextprotocol/go-sdk/oauthex"

	"github.com/mcpauth/mcpauth/internal/rpcerr"
)

// WellKnownPath is the root well-known URI of RFC 9728 protected-resource
// metadata. A resource with a path is also served at WellKnownPath followed
// by that path; see [ResourceMetadata.Path].
const WellKnownPath = "/.well-known/oauth-protected-resource"

// ResourceMetadata serves the RFC 9728 protected-resource metadata document
// of one MCP endpoint. MCP clients fetch it after a 401 to learn which
// authorization server issues tokens for the endpoint and which scopes
// exist.
//
// The document's "resource" is the endpoint's canonical URL — the URL
// clients use, e.g. https://api.example.com/mcp — which clients compare
// byte for byte with the URL they connected to, and which access tokens
// must name as their audience (RFC 8707).
type ResourceMetadata struct {
	doc  oauthex.ProtectedResourceMetadata
	body []byte
	path string // path-suffixed well-known path
	url  string // absolute URL of path
}

// NewResourceMetadata validates md and returns its handler. md.Resource is
// required: an absolute https URL without query or fragment (http is
// accepted for loopback hosts, for local development). Its scheme and host
// are lowercased. BearerMethodsSupported defaults to ["header"], the only
// method the gate accepts.
//
// The MCP authorization specification requires at least one
// AuthorizationServers entry when OAuth is offered; an endpoint protected by
// API keys alone may leave it empty.
//
// Errors name the field that is wrong: an empty or non-canonical
// Resource, an AuthorizationServers entry or JWKSURI that is not an
// absolute URL, an invalid ScopesSupported entry, a
// BearerMethodsSupported entry that is not an RFC 6750 method.
func NewResourceMetadata(md oauthex.ProtectedResourceMetadata) (*ResourceMetadata, error) {
	if md.Resource == "" {
		return nil, errors.New("mcpauth: ProtectedResourceMetadata.Resource is empty: give the endpoint's canonical URL")
	}
	u, err := canonicalResource(md.Resource)
	if err != nil {
		return nil, fmt.Errorf("mcpauth: ProtectedResourceMetadata.Resource: %s", strings.TrimPrefix(err.Error(), "mcpauth: "))
	}
	md.Resource = u.String()
	for i, as := range md.AuthorizationServers {
		if a, err := url.Parse(as); err != nil || !a.IsAbs() || a.Host == "" {
			return nil, fmt.Errorf("mcpauth: ProtectedResourceMetadata.AuthorizationServers[%d] %q is not an absolute URL", i, as)
		}
	}
	if md.JWKSURI != "" {
		if j, err := url.Parse(md.JWKSURI); err != nil || !j.IsAbs() || j.Host == "" {
			return nil, fmt.Errorf("mcpauth: ProtectedResourceMetadata.JWKSURI %q is not an absolute URL", md.JWKSURI)
		}
	}
	for i, s := range md.ScopesSupported {
		if !ValidScope(s) {
			return nil, fmt.Errorf("mcpauth: ProtectedResourceMetadata.ScopesSupported[%d] %q is not a valid scope token", i, s)
		}
	}
	for i, m := range md.BearerMethodsSupported {
		switch m {
		case "header", "body", "query":
		default:
			return nil, fmt.Errorf("mcpauth: ProtectedResourceMetadata.BearerMethodsSupported[%d] %q is not header, body or query (RFC 6750)", i, m)
		}
	}
	if len(md.BearerMethodsSupported) == 0 {
		md.BearerMethodsSupported = []string{"header"}
	}
	body, err := json.Marshal(md)
	if err != nil {
		return nil, fmt.Errorf("mcpauth: encoding resource metadata: %w", err)
	}
	path := WellKnownPath
	if p := strings.TrimSuffix(u.EscapedPath(), "/"); p != "" {
		path += p
	}
	return &ResourceMetadata{
		doc:  md,
		body: append(body, '\n'),
		path: path,
		url:  u.Scheme + "://" + u.Host + path,
	}, nil
}

// canonicalResource checks a resource URL and lowercases its scheme and host.
func canonicalResource(s string) (*url.URL, error) {
	if s == "" {
		return nil, errors.New("mcpauth: resource URL is required")
	}
	u, err := url.Parse(s)
	if err != nil {
		return nil, fmt.Errorf("mcpauth: resource URL %q: %w", s, err)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	switch {
	case u.Host == "" || u.Opaque != "":
		return nil, fmt.Errorf("mcpauth: resource URL %q is not absolute", s)
	case u.User != nil:
		return nil, fmt.Errorf("mcpauth: resource URL %q contains user information", s)
	case u.RawQuery != "" || u.ForceQuery:
		return nil, fmt.Errorf("mcpauth: resource URL %q has a query", s)
	case u.Fragment != "" || strings.Contains(s, "#"):
		return nil, fmt.Errorf("mcpauth: resource URL %q has a fragment", s)
	case u.Scheme == "https":
	case u.Scheme == "http" && isLoopbackHost(u.Hostname()):
	default:
		return nil, fmt.Errorf("mcpauth: resource URL %q must use https (http is allowed for loopback hosts only)", s)
	}
	return u, nil
}

func isLoopbackHost(host string) bool {
	if host == "localhost" {
		return true
	}
	ip, err := netip.ParseAddr(host)
	return err == nil && ip.IsLoopback()
}

// Resource returns the canonical resource URL.
func (m *ResourceMetadata) Resource() string {
	if m == nil {
		return ""
	}
	return m.doc.Resource
}

// Path returns the path-suffixed well-known path this document belongs at,
// e.g. /.well-known/oauth-protected-resource/mcp for resource
// https://api.example.com/mcp. Clients try it before the root [WellKnownPath].
func (m *ResourceMetadata) Path() string {
	if m == nil {
		return ""
	}
	return m.path
}

// URL returns the absolute URL of [ResourceMetadata.Path], for
// [Options.ResourceMetadataURL].
func (m *ResourceMetadata) URL() string {
	if m == nil {
		return ""
	}
	return m.url
}

// Document returns a copy of the metadata document.
func (m *ResourceMetadata) Document() oauthex.ProtectedResourceMetadata {
	if m == nil {
		return oauthex.ProtectedResourceMetadata{}
	}
	return m.doc
}

// Mount registers m on mux at [ResourceMetadata.Path] and at the root
// [WellKnownPath]. With several MCP endpoints in one process, mount the
// primary one this way and register the others at their own path only:
//
//	mux.Handle(admin.Path(), admin)
//
// http.ServeMux panics if a path is registered twice.
func (m *ResourceMetadata) Mount(mux *http.ServeMux) {
	if m == nil || m.body == nil || mux == nil {
		return // not made by NewResourceMetadata: nothing to serve
	}
	mux.Handle(m.path, m)
	if m.path != WellKnownPath {
		mux.Handle(WellKnownPath, m)
	}
}

// ServeHTTP serves the document to GET and HEAD, answers CORS preflight
// requests (the document is public, so any origin may read it), and answers
// other methods 405.
func (m *ResourceMetadata) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if m == nil || m.body == nil {
		rpcerr.WriteOAuth(w, http.StatusInternalServerError, "server_error", "resource metadata not created with NewResourceMetadata")
		return
	}
	h := w.Header()
	h.Set("Access-Control-Allow-Origin", "*")
	switch r.Method {
	case http.MethodGet, http.MethodHead:
		h.Set("Content-Type", "application/json")
		h.Set("Cache-Control", "public, max-age=300")
		h.Set("X-Content-Type-Options", "nosniff")
		w.WriteHeader(http.StatusOK)
		if r.Method == http.MethodGet {
			_, _ = w.Write(m.body)
		}
	case http.MethodOptions:
		h.Set("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
		h.Set("Access-Control-Allow-Headers", "Content-Type, MCP-Protocol-Version")
		h.Set("Access-Control-Max-Age", "86400")
		w.WriteHeader(http.StatusNoContent)
	default:
		h.Set("Allow", "GET, HEAD, OPTIONS")
		rpcerr.WriteOAuth(w, http.StatusMethodNotAllowed, "method_not_allowed", "the metadata is read with GET")
	}
}
