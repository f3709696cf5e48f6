package policy

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/yosida95/uritemplate/v3"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/operation"
)

// Rule says what some MCP operations require. It names the operations it
// matches — by JSON-RPC method, tool, resource or prompt — and exactly one
// requirement: Public, Deny, or scopes (Scopes and/or AnyOf).
type Rule struct {
	// Name identifies the rule in decisions, explanations and logs.
	// Default "rule N" (N counting from 1).
	Name string

	// Methods are JSON-RPC methods the rule matches, whatever they act
	// on: "initialize", "tools/list", or "tools/call" for every tool.
	Methods []string
	// Tools are tool names for tools/call, exact or as globs ("github_*"):
	// '*' matches any run of characters, '/' included ("github/*"), and
	// '?' any one character; there are no other special characters.
	Tools []string
	// Resources are resource URIs for resources/read, resources/subscribe
	// and resources/unsubscribe: exact, or RFC 6570 URI templates
	// ("file:///home/{user}/{+path}"), matched as go-sdk matches its
	// resource templates: on the URI as sent, not normalised, so that
	// "file:///home/alice/../../etc/passwd" matches that template as it
	// reaches its handler. Handlers confine paths themselves.
	Resources []string
	// Prompts are prompt names for prompts/get, exact or as globs.
	Prompts []string

	// Public lets anyone run the operations, with or without a
	// credential.
	Public bool
	// Deny refuses the operations to everyone.
	Deny bool
	// Scopes must all be granted (directly or through Config.Implies).
	Scopes []string
	// AnyOf lists alternatives, each a set of scopes that must all be
	// granted; one alternative suffices (files:read OR files:admin is
	// {{"files:read"}, {"files:admin"}}). With Scopes, both must hold.
	AnyOf [][]string

	// When, if set, must also hold once the requirement is met (on a
	// Public or a scope rule): a test over the principal and the call,
	// its arguments included. When it does not hold, or fails, the
	// operation is denied (403, not a step-up: no scope would help).
	// Package policy/celrule compiles CEL expressions into Conditions.
	When Condition
}

// A Condition is an extra test of a [Rule], over the principal (nil for a
// request without a credential) and the operation, its arguments
// included. Holds is called concurrently, once per matching operation; it
// must be bounded in cost and must not block. An error denies.
type Condition interface {
	Holds(p *mcpctx.Principal, op *operation.Op) (bool, error)
}

// A ListCondition is a Condition that can also be asked without the
// call's arguments. FilterLists lists a tool or prompt whose rule has a
// Condition unless it is a ListCondition whose MayHold says it cannot hold
// for this principal whatever the arguments (op.Arguments is nil).
type ListCondition interface {
	Condition
	MayHold(p *mcpctx.Principal, op *operation.Op) bool
}

// Config configures a [Policy].
type Config struct {
	// Rules are tried in order; the first that matches an operation
	// decides it.
	Rules []Rule
	// DefaultAllow lets an authenticated caller run an operation no rule
	// matches. By default such an operation is denied.
	DefaultAllow bool
	// Implies declares scope hierarchies: a granted scope also grants the
	// scopes it implies, transitively ("files:admin" implies
	// "files:write", which implies "files:read").
	Implies map[string][]string
	// CursorKey seals the pagination cursors of filtered lists (see
	// FilterLists): 16, 24 or 32 bytes, the same on every replica that
	// serves one endpoint. Empty: a random key of this process, so that a
	// cursor from another replica is refused.
	CursorKey []byte
}

// Policy decides which MCP operations a principal may run. Create it with
// [New]; it is safe for concurrent use and never changes.
type Policy struct {
	rules        []rule
	defaultAllow bool
	// grantedBy maps a scope to every scope that grants it (itself
	// included), so that a check needs no per-request set.
	grantedBy map[string][]string
	cursors   cipher.AEAD // seals list cursors
}

type rule struct {
	Rule
	tools, prompts []string // globs
	uris           []string // exact resource URIs
	templates      []*regexp.Regexp
	rawTemplates   []string // the templates as written, for resources/templates/list
	// needs[i] is Scopes plus AnyOf[i] (just Scopes without AnyOf): what
	// a caller granted through alternative i holds, shared by decisions.
	needs [][]string
}

// New compiles cfg, or says what is wrong with it: a rule that matches
// nothing or has no requirement (or more than one), an invalid scope, glob
// or URI template, a method no client sends (a custom method needs a
// namespace of its own, "acme/search"), a repeated rule name, a rule that
// earlier rules leave nothing to decide.
func New(cfg Config) (*Policy, error) {
	p := &Policy{defaultAllow: cfg.DefaultAllow, grantedBy: map[string][]string{}}
	key := cfg.CursorKey
	if len(key) == 0 {
		key = make([]byte, 32)
		_, _ = rand.Read(key) // crypto/rand.Read never fails
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, fmt.Errorf("policy: CursorKey: %w", err)
	}
	if p.cursors, err = cipher.NewGCM(block); err != nil {
		return nil, fmt.Errorf("policy: CursorKey: %w", err)
	}
	names := map[string]bool{}
	for i, r := range cfg.Rules {
		if r.Name == "" {
			r.Name = fmt.Sprintf("rule %d", i+1)
		}
		fail := func(err error) (*Policy, error) { return nil, &ruleError{i, r.Name, err} }
		if names[r.Name] {
			return fail(fmt.Errorf("rule name %q appears twice", r.Name))
		}
		names[r.Name] = true
		c, err := compile(r)
		if err != nil {
			return fail(err)
		}
		if by := shadowedBy(p.rules, &c); by != "" {
			return fail(fmt.Errorf("never decides anything: %q (and rules before it) match everything it names", by))
		}
		p.rules = append(p.rules, c)
	}
	for from, to := range cfg.Implies {
		if !mcpauth.ValidScope(from) {
			return nil, &impliesError{fmt.Errorf(": %q is not a valid scope", from)}
		}
		for _, s := range to {
			if !mcpauth.ValidScope(s) {
				return nil, &impliesError{fmt.Errorf("[%q]: %q is not a valid scope", from, s)}
			}
		}
	}
	// grantedBy[s]: every scope from which s can be reached.
	var reach func(from string, seen map[string]bool)
	reach = func(from string, seen map[string]bool) {
		for _, s := range cfg.Implies[from] {
			if !seen[s] {
				seen[s] = true
				reach(s, seen)
			}
		}
	}
	for from := range cfg.Implies {
		seen := map[string]bool{from: true}
		reach(from, seen)
		for s := range seen {
			if s != from {
				p.grantedBy[s] = append(p.grantedBy[s], from)
			}
		}
	}
	for s := range p.grantedBy {
		slices.Sort(p.grantedBy[s])
	}
	return p, nil
}

// ruleError is New's error about rule index, so that a file can say
// where that rule is.
type ruleError struct {
	index int
	name  string
	err   error
}

func (e *ruleError) Error() string { return "policy: " + e.name + ": " + e.err.Error() }
func (e *ruleError) Unwrap() error { return e.err }

// impliesError is New's error about Config.Implies.
type impliesError struct{ err error }

func (e *impliesError) Error() string { return "policy: Implies" + e.err.Error() }
func (e *impliesError) Unwrap() error { return e.err }

func compile(r Rule) (rule, error) {
	c := rule{Rule: r}
	if len(r.Methods)+len(r.Tools)+len(r.Resources)+len(r.Prompts) == 0 {
		return c, errors.New("matches no operation: set Methods, Tools, Resources or Prompts")
	}
	kinds := 0
	if r.Public {
		kinds++
	}
	if r.Deny {
		kinds++
	}
	if len(r.Scopes) > 0 || len(r.AnyOf) > 0 {
		kinds++
	}
	switch kinds {
	case 0:
		return c, errors.New("has no requirement: set Public, Deny, Scopes or AnyOf")
	case 1:
	default:
		return c, errors.New("has more than one requirement: Public, Deny and scopes exclude each other")
	}
	for _, m := range r.Methods {
		if err := checkMethod(m); err != nil {
			return c, err
		}
	}
	for _, s := range r.Scopes {
		if !mcpauth.ValidScope(s) {
			return c, fmt.Errorf("%q is not a valid scope (RFC 6749 §3.3)", s)
		}
	}
	for _, alt := range r.AnyOf {
		if len(alt) == 0 {
			return c, errors.New("an empty alternative in AnyOf would grant everyone")
		}
		for _, s := range alt {
			if !mcpauth.ValidScope(s) {
				return c, fmt.Errorf("%q is not a valid scope (RFC 6749 §3.3)", s)
			}
		}
	}
	for _, list := range [][]string{r.Tools, r.Prompts} {
		for _, g := range list {
			if g == "" {
				return c, errors.New("an empty tool or prompt name")
			}
		}
	}
	// The policy keeps copies: a Config changed after New changes nothing.
	c.Name = r.Name
	c.Methods = slices.Clone(r.Methods)
	c.AnyOf = make([][]string, len(r.AnyOf))
	for i, alt := range r.AnyOf {
		c.AnyOf[i] = slices.Clone(alt)
	}
	c.Scopes = dedupe(r.Scopes)
	if len(r.AnyOf) == 0 && len(c.Scopes) > 0 {
		c.needs = [][]string{c.Scopes}
	}
	for _, alt := range r.AnyOf {
		c.needs = append(c.needs, dedupe(append(slices.Clone(c.Scopes), alt...)))
	}
	for i := range c.needs {
		c.needs[i] = slices.Clip(c.needs[i]) // shared by decisions: an append must copy
	}
	c.tools, c.prompts = slices.Clone(r.Tools), slices.Clone(r.Prompts)
	c.Tools, c.Prompts, c.Resources = c.tools, c.prompts, slices.Clone(r.Resources)
	for _, u := range r.Resources {
		if !strings.Contains(u, "{") {
			if u == "" {
				return c, errors.New("an empty resource URI")
			}
			c.uris = append(c.uris, u)
			continue
		}
		t, err := uritemplate.New(u)
		if err != nil {
			return c, fmt.Errorf("resource template %q: %w", u, err)
		}
		c.templates = append(c.templates, t.Regexp())
		c.rawTemplates = append(c.rawTemplates, u)
	}
	return c, nil
}

// matches reports whether the rule names op.
func (r *rule) matches(op *operation.Op) bool {
	if slices.Contains(r.Methods, op.Method) {
		return true
	}
	switch op.Method {
	case "tools/call":
		return anyGlob(r.tools, op.Name)
	case "prompts/get":
		return anyGlob(r.prompts, op.Name)
	case "resources/read", "resources/subscribe", "resources/unsubscribe":
		if slices.Contains(r.uris, op.Name) {
			return true
		}
		for _, re := range r.templates {
			if re.MatchString(op.Name) {
				return true
			}
		}
	}
	return false
}

func anyGlob(globs []string, name string) bool {
	for _, g := range globs {
		if glob(g, name) {
			return true
		}
	}
	return false
}

// glob reports whether name matches pattern, in which '*' stands for any
// run of bytes (including '/') and '?' for any one character. It runs in
// O(len(pattern)·len(name)) without allocating: on a mismatch it returns
// to the last '*' and lets it take one more byte.
func glob(pattern, name string) bool {
	p, n := 0, 0
	star, next := -1, 0
	for n < len(name) {
		switch {
		case p < len(pattern) && pattern[p] == '*':
			star, next = p, n
			p++
		case p < len(pattern) && pattern[p] == '?':
			_, size := utf8.DecodeRuneInString(name[n:])
			p, n = p+1, n+size
		case p < len(pattern) && pattern[p] == name[n]:
			p, n = p+1, n+1
		case star >= 0:
			_, size := utf8.DecodeRuneInString(name[next:]) // whole characters: '?' after it is one
			next += size
			p, n = star+1, next
		default:
			return false
		}
	}
	for p < len(pattern) && pattern[p] == '*' {
		p++
	}
	return p == len(pattern)
}

// dedupe returns list without repeated scopes, in order.
func dedupe(list []string) []string {
	var out []string
	for _, s := range list {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// Outcome is what a [Decision] says: the gate's own type, so that a
// Policy is an mcpauth.Authorizer.
type Outcome = mcpauth.Outcome

// The outcomes of a decision.
const (
	Allow             = mcpauth.OutcomeAllow             // the operation may run
	NeedCredential    = mcpauth.OutcomeNeedCredential    // 401: not public, and no credential
	InsufficientScope = mcpauth.OutcomeInsufficientScope // 403: step up to Decision.Scopes
	Deny              = mcpauth.OutcomeDeny              // 403: nobody may
)

// Decision is the answer for one principal and one operation; for
// NeedCredential and InsufficientScope its Scopes are every scope the
// operation needs (all of them, for the AnyOf alternative the principal is
// closest to, the first on a tie), and for an Allow by a scope rule the
// scopes that granted it (the alternative the principal holds), so that a
// batch's step-up keeps them. Scopes may be shared: do not modify it.
type Decision = mcpauth.Decision

// Authorize implements mcpauth.Authorizer: it is [Policy.Decide].
func (pol *Policy) Authorize(p *mcpctx.Principal, op *operation.Op) Decision {
	return pol.Decide(p, op)
}

// HasPublic implements mcpauth.Authorizer: whether some rule is Public.
func (pol *Policy) HasPublic() bool {
	return pol != nil && slices.ContainsFunc(pol.rules, func(r rule) bool { return r.Public })
}

// Decide says whether principal p (nil for a request without a
// credential) may run op. It does not allocate when the operation is
// allowed.
func (pol *Policy) Decide(p *mcpctx.Principal, op *operation.Op) Decision {
	if pol == nil || op == nil {
		return Decision{Outcome: Deny} // no policy (a zero Live, say): nothing runs
	}
	return pol.decide(p, op, false)
}

// decide is Decide; listing decides a list entry (see decideBy).
func (pol *Policy) decide(p *mcpctx.Principal, op *operation.Op, listing bool) Decision {
	if r := pol.match(op); r != nil {
		return pol.decideBy(r, p, op, listing)
	}
	if op.Kind == operation.Notification && slices.Contains(plumbing, op.Method) {
		if r, as := pol.handshake(); r != nil {
			return pol.decideBy(r, p, as, listing)
		}
	}
	return pol.byDefault(p)
}

// match is the first rule that matches op, or nil.
func (pol *Policy) match(op *operation.Op) *rule {
	for i := range pol.rules {
		if r := &pol.rules[i]; r.matches(op) {
			return r
		}
	}
	return nil
}

// decideBy is rule r's decision for p on op; op.Arguments is nil when a
// list entry is decided (listing is true), and r.When is then asked only
// whether it may hold.
func (pol *Policy) decideBy(r *rule, p *mcpctx.Principal, op *operation.Op, listing bool) Decision {
	var d Decision
	switch {
	case r.Public:
		d = Decision{Outcome: Allow, Rule: r.Name, Public: true}
	case r.Deny:
		return Decision{Outcome: Deny, Rule: r.Name}
	default:
		d = pol.scopes(r, p)
	}
	if d.Outcome != Allow || r.When == nil {
		return d
	}
	if listing {
		if lc, ok := r.When.(ListCondition); ok && !lc.MayHold(p, op) {
			return Decision{Outcome: Deny, Rule: r.Name}
		}
		return d
	}
	if ok, err := r.When.Holds(p, op); err != nil || !ok {
		return Decision{Outcome: Deny, Rule: r.Name}
	}
	return d
}

// byDefault decides an operation no rule matches.
func (pol *Policy) byDefault(p *mcpctx.Principal) Decision {
	switch {
	case !pol.defaultAllow:
		return Decision{Outcome: Deny}
	case p == nil:
		return Decision{Outcome: NeedCredential}
	}
	return Decision{Outcome: Allow}
}

// scopes decides a scope rule for p.
func (pol *Policy) scopes(r *rule, p *mcpctx.Principal) Decision {
	missing := 0
	for _, s := range r.Scopes {
		if !pol.granted(p, s) {
			missing++
		}
	}
	best, bestMissing := -1, 0
	for i, alt := range r.AnyOf {
		m := 0
		for _, s := range alt {
			if !slices.Contains(r.Scopes, s) && !pol.granted(p, s) {
				m++
			}
		}
		if best < 0 || m < bestMissing {
			best, bestMissing = i, m
		}
	}
	if p != nil && missing == 0 && bestMissing == 0 {
		return Decision{Outcome: Allow, Rule: r.Name, Scopes: r.needs[max(best, 0)]}
	}
	need := slices.Clone(r.Scopes)
	if best >= 0 {
		for _, s := range r.AnyOf[best] {
			if !slices.Contains(need, s) {
				need = append(need, s)
			}
		}
	}
	if p == nil {
		return Decision{Outcome: NeedCredential, Rule: r.Name, Scopes: need}
	}
	return Decision{Outcome: InsufficientScope, Rule: r.Name, Scopes: need}
}

// Grants implements mcpauth.ScopeGranter: whether p holds scope,
// directly or through a scope that Implies it.
func (pol *Policy) Grants(p *mcpctx.Principal, scope string) bool {
	return pol != nil && pol.granted(p, scope)
}

// granted reports whether p holds scope s, directly or through a scope
// that implies it.
func (pol *Policy) granted(p *mcpctx.Principal, s string) bool {
	if p == nil {
		return false
	}
	if p.HasScope(s) {
		return true
	}
	for _, by := range pol.grantedBy[s] {
		if p.HasScope(by) {
			return true
		}
	}
	return false
}

// Explain says in words how the policy decides op for p: which rule
// matched (or that none did), what it requires, what p lacks, and whether
// a condition refused. It is for operators rolling a policy out; it never
// includes arguments, but a condition's error may name one.
func (pol *Policy) Explain(p *mcpctx.Principal, op *operation.Op) string {
	if pol == nil || op == nil {
		return "deny: no policy or no operation"
	}
	d := pol.Decide(p, op)
	var b strings.Builder
	b.WriteString(op.Method)
	if op.Name != "" {
		fmt.Fprintf(&b, " %q", op.Name)
	}
	if p == nil {
		b.WriteString(" without a credential: ")
	} else {
		fmt.Fprintf(&b, " by %s (scopes %q): ", p.ID(), p.Scopes)
	}
	b.WriteString(d.Outcome.String())
	r := pol.match(op)
	if r == nil && d.Rule != "" {
		var as *operation.Op
		r, as = pol.handshake()
		fmt.Fprintf(&b, " as %s is (a session's own notification no rule names)", as.Method)
	}
	switch {
	case d.Rule == "" && pol.defaultAllow:
		b.WriteString(" by default (no rule matches; DefaultAllow lets authenticated callers in)")
	case d.Rule == "":
		b.WriteString(" by default (no rule matches)")
	default:
		fmt.Fprintf(&b, " by rule %q", d.Rule)
	}
	if r != nil && r.When != nil && d.Outcome == Deny && !r.Deny {
		if _, err := r.When.Holds(p, op); err != nil {
			fmt.Fprintf(&b, ": its condition failed (%v)", err)
		} else {
			b.WriteString(": its condition does not hold")
		}
	}
	if len(d.Scopes) > 0 {
		if d.Outcome == Allow {
			fmt.Fprintf(&b, "; granted by scopes %q", d.Scopes)
		} else {
			fmt.Fprintf(&b, "; it needs scopes %q", d.Scopes)
		}
	}
	return b.String()
}
