package policy

import (
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/internal/nilcheck"
	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/operation"
)

// A Source gives the policy in force now: a *Policy gives itself, a *Live
// the one it last loaded. FilterLists reads one.
type Source interface {
	Current() *Policy
}

// Current returns pol: a Policy never changes.
func (pol *Policy) Current() *Policy { return pol }

// Live is a policy that can be replaced while the server runs, for files
// that operators edit. Each decision reads the policy current when it is
// made, without locks; Reload swaps in a new one atomically, so no request
// waits or is dropped, and a policy that fails to load never replaces a
// working one. Live is an mcpauth.Authorizer and a Source.
type Live struct {
	load func() (*Policy, error)
	mu   sync.Mutex // one Reload at a time
	cur  atomic.Pointer[Policy]
}

// NewLive loads the first policy with load, failing if it fails: a server
// does not start without its policy. Reload calls load again. load is the
// place for a start-up Check against the server:
//
//	live, err := policy.NewLive(func() (*policy.Policy, error) {
//		pol, err := policy.Loader{}.File("policy.yaml")
//		if err == nil {
//			err = pol.Check(ctx, server)
//		}
//		return pol, err
//	})
func NewLive(load func() (*Policy, error)) (*Live, error) {
	if load == nil {
		return nil, errors.New("policy: NewLive: load is nil")
	}
	l := &Live{load: load}
	if err := l.Reload(); err != nil {
		return nil, err
	}
	return l, nil
}

// Reload loads the policy again and puts it in force, or returns load's
// error and keeps the current one. Decisions being made meanwhile finish
// on the policy they started with.
func (l *Live) Reload() error {
	if l == nil || l.load == nil {
		return errors.New("policy: Live.Reload: the Live was not created with NewLive")
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	pol, err := l.load()
	switch {
	case err != nil:
		return err
	case pol == nil:
		return errors.New("policy: load returned no policy")
	}
	l.cur.Store(pol)
	return nil
}

// Current returns the policy in force; nil for a Live not made by
// NewLive, whose decisions are all Deny.
func (l *Live) Current() *Policy {
	if l == nil {
		return nil
	}
	return l.cur.Load()
}

// Authorize implements mcpauth.Authorizer with the policy in force.
func (l *Live) Authorize(p *mcpctx.Principal, op *operation.Op) Decision {
	return l.Current().Decide(p, op)
}

// HasPublic implements mcpauth.Authorizer with the policy in force.
func (l *Live) HasPublic() bool { return l.Current().HasPublic() }

// Grants implements mcpauth.ScopeGranter with the policy in force.
func (l *Live) Grants(p *mcpctx.Principal, scope string) bool { return l.Current().Grants(p, scope) }

// Shadow is a dry run, for rolling a policy out: every operation is
// decided by both Try and Enforce, and where they differ (in outcome, or
// in the scopes a refusal asks for) a record is
// logged (what Try would have done, and what was done), but Enforce's
// decision is the one returned. Give the gate a Shadow instead of Try
// until the log stays quiet. Create it with [NewShadow].
type Shadow struct {
	try, enforce mcpauth.Authorizer
	log          *slog.Logger
	differences  atomic.Uint64
}

// NewShadow returns a Shadow that enforces enforce — nil enforces what the
// gate does without an Authorizer: every authenticated caller may run
// everything, and nothing is public — and tries try, logging to logger
// (at Warn, with the method, name, principal ID, both outcomes and rules;
// never arguments). try and logger are required.
func NewShadow(try, enforce mcpauth.Authorizer, logger *slog.Logger) (*Shadow, error) {
	switch {
	case nilcheck.Nil(try):
		return nil, errors.New("policy: NewShadow: the policy to try is nil")
	case enforce != nil && nilcheck.Nil(enforce):
		return nil, errors.New("policy: NewShadow: the policy to enforce is a nil pointer (leave it nil to enforce none)")
	case logger == nil:
		return nil, errors.New("policy: NewShadow: logger is nil: a dry run that logs nothing shows nothing")
	}
	return &Shadow{try: try, enforce: enforce, log: logger}, nil
}

// Authorize implements mcpauth.Authorizer: Enforce's decision, after
// logging Try's if it differs.
func (s *Shadow) Authorize(p *mcpctx.Principal, op *operation.Op) Decision {
	if s == nil || s.try == nil || s.log == nil {
		return Decision{Outcome: Deny} // not made by NewShadow
	}
	var d Decision
	switch {
	case s.enforce != nil:
		d = s.enforce.Authorize(p, op)
	case p == nil:
		d = Decision{Outcome: NeedCredential}
	default:
		d = Decision{Outcome: Allow}
	}
	if t := s.try.Authorize(p, op); t.Outcome != d.Outcome || t.Outcome != Allow && !slices.Equal(t.Scopes, d.Scopes) {
		s.differences.Add(1)
		who := "anonymous"
		if p != nil {
			who = p.ID()
		}
		s.log.Warn("policy dry run: the tried policy decides otherwise",
			slog.String("method", op.Method), slog.String("name", op.Name), slog.String("principal", who),
			slog.String("tried", t.Outcome.String()), slog.String("tried_rule", t.Rule),
			slog.String("tried_scopes", fmt.Sprint(t.Scopes)),
			slog.String("enforced", d.Outcome.String()), slog.String("enforced_rule", d.Rule))
	}
	return d
}

// HasPublic implements mcpauth.Authorizer: whether either policy has
// public operations, so that the gate reads the requests that come
// without a credential and the dry run sees them too (Enforce still
// decides them).
func (s *Shadow) HasPublic() bool {
	if s == nil || s.try == nil {
		return false
	}
	return s.try.HasPublic() || s.enforce != nil && s.enforce.HasPublic()
}

// Grants implements mcpauth.ScopeGranter with Enforce's scope hierarchy
// (none when Enforce has none).
func (s *Shadow) Grants(p *mcpctx.Principal, scope string) bool {
	if s != nil {
		if sg, ok := s.enforce.(mcpauth.ScopeGranter); ok {
			return sg.Grants(p, scope)
		}
	}
	return p.HasScope(scope)
}

// Differences is how many decisions Try has made otherwise so far.
func (s *Shadow) Differences() uint64 {
	if s == nil {
		return 0
	}
	return s.differences.Load()
}
