package mcpauth

import (
	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/operation"
)

// An Authorizer decides, for each MCP operation of a request, whether its
// caller may run it. Package policy implements it; the gate asks it when
// Options.Authorizer is set. Authorize is called concurrently and must not
// block.
type Authorizer interface {
	// Authorize decides op for p; p is nil for a request without a
	// credential.
	Authorize(p *mcpctx.Principal, op *operation.Op) Decision
	// HasPublic reports whether some operations need no credential. The
	// gate then reads the body of a request that carries none, to see
	// whether it asks for public operations only; otherwise such a
	// request gets 401 unread.
	HasPublic() bool
}

// A ScopeGranter is an [Authorizer] that knows which scopes imply others
// (package policy's Implies). The gate then checks Options.RequiredScopes
// with it too, so that a scope implying a required one satisfies it: the
// MCP authorization spec wants scope hierarchies accounted for wherever
// scopes are checked.
type ScopeGranter interface {
	// Grants reports whether p holds scope, directly or through a scope
	// that implies it. p is never nil.
	Grants(p *mcpctx.Principal, scope string) bool
}

// Outcome is what a [Decision] says.
type Outcome uint8

// The outcomes of an authorization decision.
const (
	// OutcomeAllow: the operation may run.
	OutcomeAllow Outcome = 1 + iota
	// OutcomeNeedCredential: the operation is not public and the request
	// has no credential: 401, with a challenge naming Decision.Scopes.
	OutcomeNeedCredential
	// OutcomeInsufficientScope: the principal lacks scopes it could be
	// granted: 403 insufficient_scope naming Decision.Scopes, so that a
	// client steps up in one round.
	OutcomeInsufficientScope
	// OutcomeDeny: nobody may run the operation. 403, answered the same
	// for an operation that exists and one that does not.
	OutcomeDeny
)

// String returns "allow", "need-credential", "insufficient-scope" or "deny".
func (o Outcome) String() string {
	switch o {
	case OutcomeAllow:
		return "allow"
	case OutcomeNeedCredential:
		return "need-credential"
	case OutcomeInsufficientScope:
		return "insufficient-scope"
	case OutcomeDeny:
		return "deny"
	}
	return "unknown"
}

// Decision is an [Authorizer]'s answer for one operation.
type Decision struct {
	Outcome Outcome
	// Rule names what decided, for logs; "" for a default.
	Rule string
	// Public reports that the operation needs no credential.
	Public bool
	// Scopes are, for OutcomeNeedCredential and OutcomeInsufficientScope,
	// every scope the operation needs: what the challenge names. For
	// OutcomeAllow they may name the scopes that granted it, which a
	// batch's step-up challenge then names too. Treat them as read-only.
	Scopes []string
}

// authorize decides every operation of req for p: the first deny wins;
// otherwise a missing credential or scope on any operation answers for
// the request, naming the union of what the operations need. A request
// without operations (GET, DELETE) needs a credential: only messages can
// be public.
//
// per, when not nil, has one entry per operation and gets each decided
// operation's own decision (for the audit record).
func authorize(a Authorizer, p *mcpctx.Principal, req *operation.Request, per []Decision) Decision {
	if len(req.Ops) == 0 {
		if p == nil {
			return Decision{Outcome: OutcomeNeedCredential}
		}
		return Decision{Outcome: OutcomeAllow}
	}
	out := Decision{Outcome: OutcomeAllow, Public: true}
	for i := range req.Ops {
		op := &req.Ops[i]
		if op.Kind == operation.Response {
			if p == nil {
				return Decision{Outcome: OutcomeNeedCredential}
			}
			continue // an answer to the server's own request
		}
		d := decide(a, p, op)
		if per != nil {
			per[i] = d
		}
		switch d.Outcome {
		case OutcomeAllow:
			out.Public = out.Public && d.Public
			continue
		case OutcomeDeny:
			return Decision{Outcome: OutcomeDeny, Rule: d.Rule}
		case OutcomeNeedCredential, OutcomeInsufficientScope:
		default:
			return Decision{Outcome: OutcomeDeny, Rule: d.Rule} // an outcome this gate does not know
		}
		if out.Outcome == OutcomeAllow || d.Outcome == OutcomeNeedCredential {
			out.Outcome, out.Rule = d.Outcome, d.Rule
		}
		out.Public = false
		out.Scopes = union(out.Scopes, d.Scopes)
	}
	if out.Outcome == OutcomeInsufficientScope {
		// The step-up token must keep what the allowed operations of the
		// batch were granted by, or the next round fails on them.
		out.Scopes = granted(a, p, req, out.Scopes)
	}
	return out
}

// decide is a's decision on op, and, for a subscriptions/listen, on each
// resource it subscribes to, decided as a resources/subscribe of that
// URI: go-sdk subscribes the caller to each, so the resource rules that
// govern resources/subscribe govern these too. The first deny wins;
// otherwise what is missing is the union of what each needs.
func decide(a Authorizer, p *mcpctx.Principal, op *operation.Op) Decision {
	d := a.Authorize(p, op)
	for _, uri := range op.Subscriptions {
		if d.Outcome == OutcomeDeny {
			break
		}
		sd := a.Authorize(p, &operation.Op{Kind: operation.Call, Method: "resources/subscribe", Name: uri})
		switch {
		case sd.Outcome == OutcomeAllow && d.Outcome == OutcomeAllow:
			d.Public = d.Public && sd.Public
			d.Scopes = union(d.Scopes, sd.Scopes)
		case sd.Outcome == OutcomeAllow:
		case sd.Outcome == OutcomeDeny:
			d = Decision{Outcome: OutcomeDeny, Rule: sd.Rule}
		case sd.Outcome != OutcomeNeedCredential && sd.Outcome != OutcomeInsufficientScope:
			d = Decision{Outcome: OutcomeDeny, Rule: sd.Rule} // an outcome this gate does not know
		case d.Outcome == OutcomeAllow:
			d = sd
		default:
			if sd.Outcome == OutcomeNeedCredential {
				d.Outcome = OutcomeNeedCredential
			}
			d.Scopes = union(d.Scopes, sd.Scopes)
		}
	}
	return d
}

// granted returns scopes followed by those that granted the operations of
// req that a allows p.
func granted(a Authorizer, p *mcpctx.Principal, req *operation.Request, scopes []string) []string {
	for i := range req.Ops {
		if op := &req.Ops[i]; op.Kind != operation.Response {
			if d := decide(a, p, op); d.Outcome == OutcomeAllow {
				scopes = union(scopes, d.Scopes)
			}
		}
	}
	return scopes
}
