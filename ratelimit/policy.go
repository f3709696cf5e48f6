package ratelimit

import (
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"strings"

	"github.com/mcpauth/mcpauth/mcpctx"
)

// Policy is one limit and the requests it counts.
type Policy struct {
	// Name identifies the policy in headers, keys and logs: letters,
	// digits, '-', '_' and '.'. Required and unique.
	Name string
	// Limit is the default limit of each key.
	Limit Limit
	// Methods, if set, restricts the policy to these JSON-RPC methods
	// ("tools/call", "resources/read", ...).
	Methods []string
	// Tools, if set, restricts the policy to tools/call of these tools.
	Tools []string
	// Key partitions the requests: each key has its own quota. Default
	// ByPrincipalOrIP(nil): the authenticated principal, else the peer
	// address.
	Key KeyFunc
	// Cost is what one matching call spends; default 1. Each call of a
	// JSON-RPC batch that matches spends it.
	Cost int
	// OverrideClaim, if set, names a principal claim whose value, a limit
	// as ParseLimit reads it ("600/m"), replaces Limit for that principal:
	// an API key's RateLimit arrives as apikey.RateLimitClaim
	// ("rate_limit"), and a JWT may carry such a claim too. An unreadable
	// value is ignored (Limit applies) and logged.
	OverrideClaim string
}

// KeyFunc returns the key a request is counted under, or false if the
// policy does not apply to it.
type KeyFunc func(r *http.Request, p *mcpctx.Principal) (string, bool)

// ByPrincipal keys by the authenticated principal's ID; requests without
// one are not counted.
func ByPrincipal() KeyFunc {
	return func(_ *http.Request, p *mcpctx.Principal) (string, bool) {
		if p == nil {
			return "", false
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
		if k, ok := byP(r, p); ok {
			return k, true
		}
		return byIP(r, p)
	}
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
		return fmt.Errorf("ratelimit: policy %q: %w", p.Name, err)
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
	return nil
}
