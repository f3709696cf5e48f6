package ratelimit

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/mcpauth/mcpauth/audit"
	"github.com/mcpauth/mcpauth/internal/nilcheck"
	"github.com/mcpauth/mcpauth/internal/rpcerr"
	"github.com/mcpauth/mcpauth/internal/ttlcache"
	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/operation"
	"github.com/mcpauth/mcpauth/ratelimit/internal/zerocheck"
)

// Options configures [New].
type Options struct {
	// Policies are checked in order; the first that denies ends the
	// check (quota spent by earlier ones stays spent). At least one.
	Policies []Policy
	// LegacyHeaders adds X-RateLimit-Limit, -Remaining and -Reset (for
	// the policy with the least remaining) beside the standard headers.
	LegacyHeaders bool
	// Logger receives denials at Info and limiter failures at Error. Nil
	// discards them.
	Logger *slog.Logger
}

// overrideCacheSize bounds the parsed limit overrides kept: principals
// choose the strings, so an unbounded map would grow with every new one.
const overrideCacheSize = 1024

// Middleware applies rate-limit policies to HTTP requests. Create it with
// [New].
type Middleware struct {
	limiter   Limiter
	policies  []Policy
	legacy    bool
	logger    *slog.Logger
	policyHd  string
	overrides *ttlcache.Cache[string, parsedLimit] // override string → Limit, or error
}

type parsedLimit struct {
	limit Limit
	err   error
}

// New returns middleware enforcing opts.Policies with limiter, or an error
// naming what is wrong: a nil limiter (or an interface holding a nil
// pointer, such as a nil *Memory), a redislimit.Limiter that
// redislimit.New did not make, no policies, a policy that does not
// validate (see [Policy]), two policies of one name, a Logger without a
// handler.
func New(limiter Limiter, opts Options) (*Middleware, error) {
	if nilcheck.Nil(limiter) {
		return nil, errors.New("ratelimit: New: limiter is nil")
	}
	if err := zerocheck.Check(limiter); err != nil {
		return nil, fmt.Errorf("ratelimit: New: %w", err)
	}
	if len(opts.Policies) == 0 {
		return nil, errors.New("ratelimit: Options.Policies is empty")
	}
	if opts.Logger != nil && opts.Logger.Handler() == nil {
		return nil, errors.New("ratelimit: Options.Logger has no handler (use slog.New)")
	}
	for i := range opts.Policies {
		if opts.Policies[i].Name == "" {
			return nil, fmt.Errorf("ratelimit: Options.Policies[%d].Name is empty", i)
		}
	}
	m := &Middleware{limiter: limiter, legacy: opts.LegacyHeaders, logger: opts.Logger,
		overrides: ttlcache.New[string, parsedLimit](overrideCacheSize)}
	if m.logger == nil {
		m.logger = slog.New(slog.DiscardHandler)
	}
	seen := map[string]bool{}
	var hd []string
	for _, p := range opts.Policies {
		if err := p.validate(); err != nil {
			return nil, err
		}
		if seen[p.Name] {
			return nil, fmt.Errorf("ratelimit: policy %q appears twice", p.Name)
		}
		seen[p.Name] = true
		m.policies = append(m.policies, p)
		hd = append(hd, fmt.Sprintf("%q;q=%d;w=%d", p.Name, p.Limit.Rate, seconds(p.Limit.Period)))
	}
	m.policyHd = strings.Join(hd, ", ")
	return m, nil
}

type outcome struct {
	policy *Policy
	index  int // of the policy, in Options.Policies
	limit  Limit
	res    Result
}

// Handler returns next behind the limits. It counts the request's MCP
// operations as package operation parsed them, so that every operation of
// a batch counts on every policy that applies to it.
//
// Behind the gate the operations are known (the gate parsed them; a body
// that does not parse never gets here). In front of the gate — no
// principal yet, nothing parsed — the middleware must not read an
// unauthenticated body: it charges each unscoped policy 1 for the request
// at once (so a flood is refused without its bodies being read) and leaves
// the rest to the parse, through operation.Defer: when the gate has
// authenticated and parsed the request, a batch's further operations and
// the scoped policies are charged, and a denial is answered there (the
// RateLimit headers are written then, once; a request the gate refuses
// carries none of this layer's). Without
// a gate behind it, put operation.Parser.Handler in front of the
// middleware, or the deferred body cannot be read (operation.ErrNotParsed).
// Mount it on MCP endpoints, not around a whole mux: in front of the gate,
// every POST body waits for the gate's parse.
//
// Allowed requests get RateLimit-Policy and RateLimit headers; denied ones
// 429 with Retry-After and a JSON-RPC error; when the limiter fails
// closed, 503. The ResponseWriter is passed on as is.
//
// Handler panics, as it is called, when next is nil. On a Middleware that
// New did not make (the zero value, or nil) the handler it returns answers
// every request 500 and calls nothing: no limits are better refused loudly
// than skipped.
func (m *Middleware) Handler(next http.Handler) http.Handler {
	if next == nil {
		panic("ratelimit: Middleware.Handler: next is nil")
	}
	if m == nil || m.limiter == nil {
		return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
			rpcerr.Write(w, http.StatusInternalServerError, nil, -32603, "Rate limiter not configured", nil)
		})
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p, _ := mcpctx.PrincipalFrom(r.Context())
		ops, parsed := operation.FromContext(r.Context())
		if !parsed && p == nil && r.Method == http.MethodPost {
			m.serveBeforeParse(w, r, next)
			return
		}
		if !parsed {
			var ok bool
			if r, ops, ok = operation.Require(w, r); !ok {
				return
			}
		}
		outcomes, denied, ok := m.charge(w, r, p, func(pol *Policy) int { return pol.counts(ops) })
		if !ok {
			return
		}
		m.setHeaders(w, r, outcomes)
		if denied != nil {
			var id []byte
			if op := ops.Single(); op != nil {
				id = op.ID
			}
			m.deny(w, r, p, denied, id)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// serveBeforeParse limits a POST whose operations are not known yet: 1 for
// the request now, the rest when they are parsed.
func (m *Middleware) serveBeforeParse(w http.ResponseWriter, r *http.Request, next http.Handler) {
	now := func(pol *Policy) int {
		if pol.scoped() {
			return 0
		}
		return 1
	}
	outcomes, denied, ok := m.charge(w, r, nil, now)
	if !ok {
		return
	}
	if denied != nil {
		m.setHeaders(w, r, outcomes)
		m.deny(w, r, nil, denied, nil)
		return
	}
	// The headers are written once, when the whole charge is known: a
	// request the gate refuses carries none of this layer's items, and
	// two layers never have to find their own items among the other's.
	first := r
	r = operation.Defer(r, func(w http.ResponseWriter, _ *http.Request, ops *operation.Request) bool {
		// Keyed and limited as the request was before it was
		// authenticated: the quota is the one charged above.
		// The operations are known now: a refusal here names them.
		audit.RecordFrom(first.Context()).SetOperations(ops)
		rest, denied, ok := m.charge(w, first, nil, func(pol *Policy) int { return pol.counts(ops) - now(pol) })
		if !ok {
			return false
		}
		m.setHeaders(w, first, merge(outcomes, rest))
		if denied != nil {
			var id []byte
			if op := ops.Single(); op != nil {
				id = op.ID
			}
			m.deny(w, first, nil, denied, id)
			return false
		}
		return true
	})
	next.ServeHTTP(w, r)
}

// KeysByCaller reports whether some policy counts authenticated callers
// (by principal, the default key, or with a principal's own limit): such
// a middleware belongs behind the gate, where the principal is known.
// mcpauth.NewEndpoint refuses one in front of it (EndpointConfig.PreAuth).
// A custom KeyFunc counts callers if it gives two principals different
// keys for one request.
func (m *Middleware) KeysByCaller() bool {
	if m == nil {
		return false
	}
	return slices.ContainsFunc(m.policies, func(p Policy) bool { return p.keysByCaller() })
}

// merge returns the outcomes of a request charged in two steps, in policy
// order: a policy charged in both is described by the later result.
func merge(first, later []outcome) []outcome {
	out := make([]outcome, 0, len(first)+len(later))
	out = append(out, first...)
	for _, l := range later {
		i := slices.IndexFunc(out, func(o outcome) bool { return o.policy == l.policy })
		if i >= 0 {
			out[i] = l
		} else {
			out = append(out, l)
		}
	}
	slices.SortStableFunc(out, func(a, b outcome) int { return cmp.Compare(a.index, b.index) })
	return out
}

// charge asks the limiter for each policy's share of the request, n(pol)
// operations at pol.Cost each, stopping at the first denial. It reports
// false when the limiter failed and the response (503) is written.
func (m *Middleware) charge(w http.ResponseWriter, r *http.Request, p *mcpctx.Principal, n func(*Policy) int) ([]outcome, *outcome, bool) {
	outcomes := make([]outcome, 0, len(m.policies))
	for i := range m.policies {
		pol := &m.policies[i]
		k := n(pol)
		if k <= 0 {
			continue
		}
		key, ok := pol.Key(r, p)
		if !ok {
			continue
		}
		limit, bucket := m.limitFor(pol, p)
		var res Result
		if k > limit.burst()/pol.Cost { // more than any quota (and no overflow)
			res = Result{Limit: limit, RetryAfter: limit.Period, ResetAfter: limit.Period}
		} else {
			var err error
			res, err = m.limiter.Allow(r.Context(), pol.Name+":"+key+bucket, limit, k*pol.Cost)
			if err != nil {
				m.unavailable(w, r, pol, err)
				return nil, nil, false
			}
		}
		outcomes = append(outcomes, outcome{pol, i, limit, res})
		if !res.Allowed {
			return outcomes, &outcomes[len(outcomes)-1], true
		}
	}
	return outcomes, nil, true
}

// limitFor applies the principal's override, if the policy trusts one. It
// also returns what to append to the key so that the override has a quota
// of its own: an API key's limit is that key's (not shared with the
// owner's other keys, which have limits of their own), and a claimed limit
// is counted apart from the policy's default.
func (m *Middleware) limitFor(pol *Policy, p *mcpctx.Principal) (Limit, string) {
	s, from := pol.limitSource(p)
	if s == "" {
		return pol.Limit, ""
	}
	pl, ok := m.overrides.Get(s)
	if !ok {
		l, err := ParseLimit(s)
		pl = parsedLimit{l, err}
		m.overrides.Set(s, pl, never)
	}
	if pl.err != nil {
		m.logger.Warn("ratelimit: ignoring an unreadable limit override", "policy", pol.Name, "from", from, "principal", p.ID(), "error", pl.err)
		return pol.Limit, ""
	}
	if from == "principal" && p.KeyID != "" {
		return pl.limit, "|key:" + p.KeyID
	}
	return pl.limit, "|limit:" + pl.limit.String()
}

// setHeaders writes RateLimit-Policy and RateLimit for the policies that
// counted the request.
// It records each policy's remaining quota in the request's audit record.
func (m *Middleware) setHeaders(w http.ResponseWriter, r *http.Request, outs []outcome) {
	if len(outs) == 0 {
		return
	}
	if rec := audit.RecordFrom(r.Context()); rec != nil {
		for _, o := range outs {
			rec.Limited(o.policy.Name, o.res.Remaining)
		}
	}
	h := w.Header()
	var pol, lim []string
	least := -1
	for i, o := range outs {
		t := o.res.ResetAfter
		if !o.res.Allowed {
			t = o.res.RetryAfter
		}
		if o.limit != o.policy.Limit { // an override: describe it
			pol = append(pol, fmt.Sprintf("%q;q=%d;w=%d", o.policy.Name, o.limit.Rate, seconds(o.limit.Period)))
		}
		lim = append(lim, fmt.Sprintf("%q;r=%d;t=%d", o.policy.Name, o.res.Remaining, seconds(t)))
		if least < 0 || o.res.Remaining < outs[least].res.Remaining {
			least = i
		}
	}
	policyHd := m.policyHd
	if len(pol) > 0 {
		policyHd = strings.Join(pol, ", ") + ", " + policyHd
	}
	// Another limiter layer (per IP in front of the gate, say) may have
	// set these already: list its policies too.
	appendList(h, "RateLimit-Policy", policyHd)
	appendList(h, "RateLimit", strings.Join(lim, ", "))
	if m.legacy {
		o := outs[least]
		t := o.res.ResetAfter
		if !o.res.Allowed {
			t = o.res.RetryAfter
		}
		h.Set("X-RateLimit-Limit", strconv.Itoa(o.limit.Rate))
		h.Set("X-RateLimit-Remaining", strconv.Itoa(o.res.Remaining))
		h.Set("X-RateLimit-Reset", strconv.Itoa(seconds(t)))
	}
}

// appendList adds items to a list-valued header field.
func appendList(h http.Header, name, items string) {
	if old := h.Get(name); old != "" {
		items = old + ", " + items
	}
	h.Set(name, items)
}

// deny answers 429.
func (m *Middleware) deny(w http.ResponseWriter, r *http.Request, p *mcpctx.Principal, o *outcome, id []byte) {
	retry := rpcerr.Seconds(o.res.RetryAfter)
	attrs := []any{"policy", o.policy.Name, "path", r.URL.Path, "retry_after", retry}
	if p != nil {
		attrs = append(attrs, "principal", p.ID())
	}
	m.logger.Info("ratelimit: request denied", attrs...)
	rec := audit.RecordFrom(r.Context())
	rec.Refuse(audit.ReasonRateLimited)
	rec.LimitRefused(o.policy.Name)
	rpcerr.RetryAfter(w.Header(), o.res.RetryAfter)
	rpcerr.Write(w, http.StatusTooManyRequests, id, -32000, "Rate limit exceeded",
		map[string]any{"policy": o.policy.Name, "retryAfter": retry})
}

// unavailable answers 503 when the limiter fails closed (or errs).
func (m *Middleware) unavailable(w http.ResponseWriter, r *http.Request, pol *Policy, err error) {
	if errors.Is(err, context.Canceled) || r.Context().Err() != nil {
		return // the client is gone
	}
	m.logger.Error("ratelimit: limiter failed", "policy", pol.Name, "error", err)
	audit.RecordFrom(r.Context()).Refuse(audit.ReasonLimiterUnavailable)
	rpcerr.RetryAfter(w.Header(), time.Second)
	rpcerr.Write(w, http.StatusServiceUnavailable, nil, -32000, "Rate limiter unavailable", nil)
}

// seconds rounds d up to whole seconds.
func seconds(d time.Duration) int {
	if d <= 0 {
		return 0
	}
	return int(math.Ceil(d.Seconds()))
}

// never is the expiry of parsed overrides: a string always parses the
// same way; only the cache's bound evicts them.
var never = time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)
