package jwtauth

import (
	"fmt"
	"strings"
	"time"

	"github.com/mcpauth/mcpauth/mcpctx"
)

// claimRules turn the verified claims of a token — a JWT's payload, or an
// introspection response — into a principal: one implementation of the
// time claims (with leeway), required claims, validators, subject, scopes
// and MapPrincipal, for both kinds of token.
type claimRules struct {
	leeway   time.Duration
	noExpOK  bool
	required []string
	checks   []func(Claims) error
	subjects []string // tried in order; default ["sub"]
	scope    string   // the scope claim; "" tries "scope" then "scp"
	mapP     func(*mcpctx.Principal, Claims) error
}

// principal checks claims at now and returns the principal they describe,
// with issuer and method; audiences, unless anyAudience, must contain one
// of the token's "aud". ExpiresAt includes the leeway: it is when this
// server stops accepting the token.
func (c *claimRules) principal(claims Claims, now time.Time, issuer string, method mcpctx.Method, audiences []string, anyAudience bool) (*mcpctx.Principal, error) {
	if !anyAudience && !audienceMatches(claims["aud"], audiences) {
		return nil, invalid("token audience not accepted", ErrAudience)
	}
	exp, hasExp, err := numericDate(claims, "exp")
	switch {
	case err != nil:
		return nil, invalid("malformed exp claim", fmt.Errorf("%w: %v", ErrMalformed, err))
	case !hasExp && !c.noExpOK:
		return nil, invalid("token has no expiry", fmt.Errorf("%w: exp", ErrMissingClaim))
	case hasExp && !now.Before(exp.Add(c.leeway)):
		return nil, invalid("token expired", ErrExpired)
	}
	if nbf, ok, err := numericDate(claims, "nbf"); err != nil {
		return nil, invalid("malformed nbf claim", fmt.Errorf("%w: %v", ErrMalformed, err))
	} else if ok && now.Add(c.leeway).Before(nbf) {
		return nil, invalid("token not yet valid", ErrNotYetValid)
	}
	if iat, ok, err := numericDate(claims, "iat"); err != nil {
		return nil, invalid("malformed iat claim", fmt.Errorf("%w: %v", ErrMalformed, err))
	} else if ok && now.Add(c.leeway).Before(iat) {
		return nil, invalid("token issued in the future", ErrNotYetValid)
	}
	for _, name := range c.required {
		if v, ok := claims[name]; !ok || v == nil {
			return nil, invalid("token lacks a required claim", fmt.Errorf("%w: %s", ErrMissingClaim, name))
		}
	}
	for _, check := range c.checks {
		if err := check(claims); err != nil {
			return nil, invalid("token rejected by policy", fmt.Errorf("%w: %w", ErrPolicy, err))
		}
	}
	subjects := c.subjects
	if len(subjects) == 0 {
		subjects = []string{"sub"}
	}
	var sub string
	for _, name := range subjects {
		if s, ok := claims[name].(string); ok && s != "" {
			sub = s
			break
		}
	}
	if sub == "" {
		return nil, invalid("token has no subject", fmt.Errorf("%w: %s", ErrMissingClaim, strings.Join(subjects, "/")))
	}
	p := &mcpctx.Principal{Subject: sub, Issuer: issuer, Method: method, Scopes: c.scopesOf(claims), Claims: claims}
	if hasExp {
		p.ExpiresAt = exp.Add(c.leeway)
	}
	if c.mapP != nil {
		if err := c.mapP(p, claims); err != nil {
			return nil, invalid("token rejected by policy", fmt.Errorf("%w: %w", ErrPolicy, err))
		}
		if p.Subject == "" {
			return nil, invalid("token has no subject", fmt.Errorf("%w: MapPrincipal cleared the subject", ErrPolicy))
		}
	}
	return p, nil
}

// scopesOf reads the scopes of claims.
func (c *claimRules) scopesOf(claims Claims) []string {
	if c.scope != "" {
		return scopeList(claims[c.scope])
	}
	if v, ok := claims["scope"]; ok {
		return scopeList(v)
	}
	return scopeList(claims["scp"])
}
