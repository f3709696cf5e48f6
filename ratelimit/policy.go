package ratelimit

import (
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"slices"
	"strings"

	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/operation"
)

// Policy is one limit and the requests it counts.
type Policy struct {
	// Name identifies the policy in headers, keys and logs: letters,
	// digits, '-', '_' and '.'. Required and unique.
	Name string
	// Limit is the default limit of each key.
	Limit Limit
	// Methods, if set, restricts the policy to these JSON-RPC methods
	// ("tools/call", "resources/read", ...), as package operation read
	// them from the body.
	Methods []string
	// Tools, if set, restricts the policy to tools/call of these tools.
	Tools []string
	// Key partitions the requests: each key has its own quota. Default
	// ByPrincipalOrIP(nil): the authenticated principal, else the peer
	// address.
	Key KeyFunc
	// Cost is what one matching operation spends; default 1. Every
	// element of a JSON-RPC batch that the policy applies to spends it.
	Cost int
	// UsePrincipalLimit lets a principal's own limit replace Limit: the
	// Principal.RateLimit field ("600/m"), which authenticators set only
	// from a field the operator controls — for an API key, the record's
	// RateLimit, never its metadata. A key's limit is that key's own
	// quota: the owner's other keys keep theirs. An unreadable value is
	// ignored (Limit applies) and logged.
	UsePrincipalLimit bool
	// LimitClaim, if set, names a JWT claim whose value (a limit, as
	// ParseLimit reads it) replaces Limit — but only for tokens (jwt and
	// introspection principals) from one of LimitClaimIssuers, which is
	// then required: a claim raises limits only when the operator trusts
	// its issuer to set it. Each claimed limit has a quota of its own.
	LimitClaim string
	// LimitClaimIssuers are the issuers (exactly as in the tokens' iss)
	// whose tokens may carry LimitClaim.
	LimitClaimIssuers []string
}

// limitSource returns the override a principal carries for pol, if any:
// the value and where it came from (for logs).
func (p *Policy) limitSource(pr *mcpctx.Principal) (value, from string) {
	if pr == nil {
		return "", ""
	}
	if p.UsePrincipalLimit && pr.RateLimit != "" {
		return pr.RateLimit, "principal"
	}
	if p.LimitClaim != "" && (pr.Method == mcpctx.MethodJWT || pr.Method == mcpctx.MethodIntrospection) &&
		slices.Contains(p.LimitClaimIssuers, pr.Issuer) {
		if s, ok := pr.Claims[p.LimitClaim].(string); ok && s != "" {
			return s, "claim " + p.LimitClaim
		}
	}
	return "", ""
}

// KeyFunc returns the key a request is counted under, or false if the
// policy does not apply to it.
type KeyFunc func(r *http.Request, p *mcpctx.Principal) (string, bool)

// ByPrincipal keys by the authenticated principal's ID; requests without
// one are not counted. Callers of public operations (mcpctx.Anonymous,
// which they all share) are keyed by their peer address instead.
func ByPrincipal() KeyFunc {
	byIP := ByClientIP(nil)
	return func(r *http.Request, p *mcpctx.Principal) (string, bool) {
		if p == nil {
			return "", false
		}
		if p.Method == mcpctx.MethodAnonymous {
			return byIP(r, nil)
		}
		return "p:" + p.ID(), true
	}
}

// ByClientIP keys by the client's IP address (see ClientIP), for anonymous
// traffic — in front of the gate, say, to slow down credential guessing.
func ByClientIP(ip *ClientIP) KeyFunc {
	return func(r *http.Request, _ *mcpctx.Principal) (string, bool) {
		a := ip.Addr(r)
		if !a.IsValid() {
			return "", false
		}
		return "ip:" + a.String(), true
	}
}

// ByPrincipalOrIP keys by principal, or by client IP when there is none.
func ByPrincipalOrIP(ip *ClientIP) KeyFunc {
	byP, byIP := ByPrincipal(), ByClientIP(ip)
	return func(r *http.Request, p *mcpctx.Principal) (string, bool) {
		if p != nil && p.Method != mcpctx.MethodAnonymous {
			return byP(r, p)
		}
		return byIP(r, p)
	}
}

// keysByCaller reports whether p counts authenticated callers: a
// principal's limit may replace its Limit, or its key (ByPrincipalOrIP by
// default) depends on the principal. Such a policy in front of the gate
// sees no principal, and would count every caller by address, or none.
// The key is asked about one probe request with no principal and with
// principals that differ in every field; a key that answers differently,
// or panics, counts callers.
func (p *Policy) keysByCaller() (byCaller bool) {
	if p.UsePrincipalLimit || p.LimitClaim != "" || p.Key == nil {
		return true
	}
	defer func() {
		if recover() != nil {
			byCaller = true // it reads the principal: in front of the gate it would panic
		}
	}()
	r, _ := http.NewRequest(http.MethodPost, "http://probe.invalid/mcp", nil)
	r.RemoteAddr = "192.0.2.1:1234"
	probes := []*mcpctx.Principal{
		nil,
		{Subject: "probe-a", Issuer: "https://a.invalid", Method: mcpctx.MethodJWT, KeyID: "ka", Scopes: []string{"a"}, Claims: map[string]any{"probe": "a"}},
		{Subject: "probe-b", Issuer: "https://b.invalid", Method: mcpctx.MethodAPIKey, KeyID: "kb", Scopes: []string{"b"}, Claims: map[string]any{"probe": "b"}},
		{Subject: "probe-a", Issuer: "https://a.invalid", Method: mcpctx.MethodJWT, KeyID: "kc", Scopes: []string{"a"}, Claims: map[string]any{"probe": "c"}},
	}
	first, firstOK := p.Key(r, probes[0])
	for _, pr := range probes[1:] {
		if k, ok := p.Key(r, pr); k != first || ok != firstOK {
			return true
		}
	}
	return false
}

// ClientIP finds a request's client address. The zero value (and nil)
// trusts nothing: the peer address of the connection is the client. List
// your reverse proxies in TrustedProxies to use X-Forwarded-For: the
// client is then the right-most address in it that is not a trusted proxy
// — addresses further left were written by the client and prove nothing.
type ClientIP struct {
	TrustedProxies []netip.Prefix
}

// Addr returns the client address, or an invalid Addr if none can be told.
func (c *ClientIP) Addr(r *http.Request) netip.Addr {
	peer := parseHost(r.RemoteAddr)
	if c == nil || len(c.TrustedProxies) == 0 || !c.trusted(peer) {
		return peer
	}
	hops := r.Header.Values("X-Forwarded-For")
	for i := len(hops) - 1; i >= 0; i-- {
		parts := strings.Split(hops[i], ",")
		for j := len(parts) - 1; j >= 0; j-- {
			a := parseHost(strings.TrimSpace(parts[j]))
			if !a.IsValid() {
				return peer // a garbled chain: do not guess
			}
			if !c.trusted(a) {
				return a
			}
			peer = a
		}
	}
	return peer
}

func (c *ClientIP) trusted(a netip.Addr) bool {
	for _, p := range c.TrustedProxies {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

func parseHost(s string) netip.Addr {
	if host, _, err := net.SplitHostPort(s); err == nil {
		s = host
	}
	a, err := netip.ParseAddr(strings.Trim(s, "[]"))
	if err != nil {
		return netip.Addr{}
	}
	return a.Unmap().WithZone("")
}

func (p *Policy) validate() error {
	if p.Name == "" {
		return fmt.Errorf("ratelimit: a policy has no Name")
	}
	for _, c := range p.Name {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.') {
			return fmt.Errorf("ratelimit: policy name %q: only letters, digits, '-', '_' and '.'", p.Name)
		}
	}
	if err := p.Limit.Validate(); err != nil {
		return fmt.Errorf("ratelimit: policy %q: Limit: %w", p.Name, err)
	}
	if i := slices.Index(p.Methods, ""); i >= 0 {
		return fmt.Errorf("ratelimit: policy %q: Methods[%d] is empty", p.Name, i)
	}
	if i := slices.Index(p.Tools, ""); i >= 0 {
		return fmt.Errorf("ratelimit: policy %q: Tools[%d] is empty", p.Name, i)
	}
	if p.Cost < 0 {
		return fmt.Errorf("ratelimit: policy %q: Cost is negative", p.Name)
	}
	if p.Cost == 0 {
		p.Cost = 1
	}
	if err := checkCost(p.Limit, p.Cost); err != nil {
		return fmt.Errorf("ratelimit: policy %q: %w", p.Name, err)
	}
	if p.Key == nil {
		p.Key = ByPrincipalOrIP(nil)
	}
	if p.LimitClaim != "" && len(p.LimitClaimIssuers) == 0 {
		return fmt.Errorf("ratelimit: policy %q: LimitClaim %q needs LimitClaimIssuers: the issuers trusted to set it", p.Name, p.LimitClaim)
	}
	if p.LimitClaim == "" && len(p.LimitClaimIssuers) > 0 {
		return fmt.Errorf("ratelimit: policy %q: LimitClaimIssuers without LimitClaim", p.Name)
	}
	for _, iss := range p.LimitClaimIssuers {
		if iss == "" {
			return fmt.Errorf("ratelimit: policy %q: an empty issuer in LimitClaimIssuers", p.Name)
		}
	}
	return nil
}

// counts returns how many of req's operations pol counts: for a policy
// scoped to methods or tools, each operation it names; for an unscoped
// one, every operation (a batch of n costs n), and 1 for a request
// without any (GET, DELETE).
func (p *Policy) counts(req *operation.Request) int {
	if !p.scoped() {
		return max(1, len(req.Ops))
	}
	n := 0
	for i := range req.Ops {
		if p.applies(&req.Ops[i]) {
			n++
		}
	}
	return n
}

// scoped reports whether the policy applies only to some methods or tools.
func (p *Policy) scoped() bool { return len(p.Methods) > 0 || len(p.Tools) > 0 }

// applies reports whether a scoped policy counts op.
func (p *Policy) applies(op *operation.Op) bool {
	if op.Kind == operation.Response {
		return false
	}
	if len(p.Methods) > 0 && !slices.Contains(p.Methods, op.Method) {
		return false
	}
	if len(p.Tools) > 0 && (op.Method != "tools/call" || !slices.Contains(p.Tools, op.Name)) {
		return false
	}
	return true
}
