package ratelimit

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/mcpauth/mcpauth/mcpctx"
)

// Options configures [New].
type Options struct {
	// Policies are checked in order; the first that denies ends the
	// check (quota spent by earlier ones stays spent). At least one.
	Policies []Policy
	// MaxPeek bounds how much of a POST body is read to find the call;
	// DefaultMaxPeek when 0.
	MaxPeek int
	// LegacyHeaders adds X-RateLimit-Limit, -Remaining and -Reset (for
	// the policy with the least remaining) beside the standard headers.
	LegacyHeaders bool
	// Logger receives denials at Info and limiter failures at Error. Nil
	// discards them.
	Logger *slog.Logger
}

// Middleware applies rate-limit policies to HTTP requests. Create it with
// [New].
type Middleware struct {
	limiter  Limiter
	policies []Policy
	maxPeek  int
	legacy   bool
	logger   *slog.Logger
	scoped   bool // some policy needs to know the call
	policyHd string
	claims   sync.Map // claim value → Limit, or error
}

// New returns middleware enforcing opts.Policies with limiter.
func New(limiter Limiter, opts Options) (*Middleware, error) {
	if limiter == nil {
		return nil, errors.New("ratelimit: limiter is nil")
	}
	if len(opts.Policies) == 0 {
		return nil, errors.New("ratelimit: Options.Policies is empty")
	}
	m := &Middleware{limiter: limiter, maxPeek: opts.MaxPeek, legacy: opts.LegacyHeaders, logger: opts.Logger}
	if m.maxPeek <= 0 {
		m.maxPeek = DefaultMaxPeek
	}
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
		m.scoped = m.scoped || len(p.Methods) > 0 || len(p.Tools) > 0
		m.policies = append(m.policies, p)
		hd = append(hd, fmt.Sprintf("%q;q=%d;w=%d", p.Name, p.Limit.Rate, seconds(p.Limit.Period)))
	}
	m.policyHd = strings.Join(hd, ", ")
	return m, nil
}

type outcome struct {
	policy *Policy
	limit  Limit
	res    Result
}

// Handler returns next behind the limits. Allowed requests get
// RateLimit-Policy and RateLimit headers; denied ones 429 with Retry-After
// and a JSON-RPC error; when the limiter fails closed, 503. The
// ResponseWriter is passed on as is.
func (m *Middleware) Handler(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var call Call
		release := func() {}
		if m.scoped {
			call, release = inspect(r, m.maxPeek, false)
		}
		defer release()
		p, _ := mcpctx.PrincipalFrom(r.Context())

		outcomes := make([]outcome, 0, len(m.policies))
		var denied *outcome
		for i := range m.policies {
			pol := &m.policies[i]
			n := calls(&call, pol)
			if n == 0 {
				continue
			}
			key, ok := pol.Key(r, p)
			if !ok {
				continue
			}
			limit := m.limitFor(pol, p)
			cost := n * pol.Cost
			var res Result
			if cost > limit.burst() { // a batch larger than any quota
				res = Result{Limit: limit, RetryAfter: limit.Period, ResetAfter: limit.Period}
			} else {
				var err error
				res, err = m.limiter.Allow(r.Context(), pol.Name+":"+key, limit, cost)
				if err != nil {
					m.unavailable(w, r, pol, err)
					return
				}
			}
			outcomes = append(outcomes, outcome{pol, limit, res})
			if !res.Allowed {
				denied = &outcomes[len(outcomes)-1]
				break
			}
		}
		m.setHeaders(w, outcomes)
		if denied != nil {
			if !call.peeked { // find the request's id for the error body
				c, rel := inspect(r, m.maxPeek, true)
				defer rel()
				call.ID = c.ID
			}
			m.deny(w, r, p, denied, call.ID)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// calls returns how many calls of the request pol counts: 0 or 1 for a
// single message; for a batch, each matching call (every call, for an
// unscoped policy), plus one for a rest that could not be read.
func calls(c *Call, pol *Policy) int {
	if c.Batch == nil {
		if c.matches(pol.Methods, pol.Tools) {
			return 1
		}
		return 0
	}
	n := 0
	for i := range c.Batch {
		if c.Batch[i].matches(pol.Methods, pol.Tools) {
			n++
		}
	}
	if c.Partial {
		n++
	}
	if len(pol.Methods) == 0 && len(pol.Tools) == 0 {
		n = max(n, 1)
	}
	return n
}

// limitFor applies a principal's override claim, if the policy has one.
func (m *Middleware) limitFor(pol *Policy, p *mcpctx.Principal) Limit {
	if pol.OverrideClaim == "" || p == nil {
		return pol.Limit
	}
	s, ok := p.Claims[pol.OverrideClaim].(string)
	if !ok || s == "" {
		return pol.Limit
	}
	if v, ok := m.claims.Load(s); ok {
		if l, ok := v.(Limit); ok {
			return l
		}
		return pol.Limit
	}
	l, err := ParseLimit(s)
	if err != nil {
		m.logger.Warn("ratelimit: ignoring an unreadable limit override", "policy", pol.Name, "claim", pol.OverrideClaim, "principal", p.ID(), "error", err)
		m.claims.Store(s, err)
		return pol.Limit
	}
	m.claims.Store(s, l)
	return l
}

// setHeaders writes RateLimit-Policy and RateLimit for the policies that
// counted the request.
func (m *Middleware) setHeaders(w http.ResponseWriter, outs []outcome) {
	if len(outs) == 0 {
		return
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
func (m *Middleware) deny(w http.ResponseWriter, r *http.Request, p *mcpctx.Principal, o *outcome, id json.RawMessage) {
	retry := max(1, seconds(o.res.RetryAfter))
	attrs := []any{"policy", o.policy.Name, "path", r.URL.Path, "retry_after", retry}
	if p != nil {
		attrs = append(attrs, "principal", p.ID())
	}
	m.logger.Info("ratelimit: request denied", attrs...)
	w.Header().Set("Retry-After", strconv.Itoa(retry))
	writeRPCError(w, http.StatusTooManyRequests, id, -32000, "Rate limit exceeded",
		map[string]any{"policy": o.policy.Name, "retryAfter": retry})
}

// unavailable answers 503 when the limiter fails closed (or errs).
func (m *Middleware) unavailable(w http.ResponseWriter, r *http.Request, pol *Policy, err error) {
	if errors.Is(err, context.Canceled) || r.Context().Err() != nil {
		return // the client is gone
	}
	m.logger.Error("ratelimit: limiter failed", "policy", pol.Name, "error", err)
	w.Header().Set("Retry-After", "1")
	writeRPCError(w, http.StatusServiceUnavailable, nil, -32000, "Rate limiter unavailable", nil)
}

func writeRPCError(w http.ResponseWriter, status int, id json.RawMessage, code int, msg string, data any) {
	if id == nil {
		id = json.RawMessage("null")
	}
	body, _ := json.Marshal(struct {
		JSONRPC string          `json:"jsonrpc"`
		ID      json.RawMessage `json:"id"`
		Error   struct {
			Code    int    `json:"code"`
			Message string `json:"message"`
			Data    any    `json:"data,omitempty"`
		} `json:"error"`
	}{JSONRPC: "2.0", ID: id, Error: struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
		Data    any    `json:"data,omitempty"`
	}{code, msg, data}})
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = w.Write(append(body, '\n'))
}

// seconds rounds d up to whole seconds.
func seconds(d time.Duration) int {
	if d <= 0 {
		return 0
	}
	return int(math.Ceil(d.Seconds()))
}
