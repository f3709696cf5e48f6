package policy

// Review tests (security review of the per-operation authorization work,
// bd9773d..1ebabc8). A test that fails on the code it was written against
// is a finding; the others pin down what held.

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/operation"
)

// reviewGlob is the documented glob semantics, as a regexp over runes:
// '*' any run of characters ('/' included), '?' exactly one character.
func reviewGlob(pattern, name string) bool { return reviewGlobRegexp(pattern).MatchString(name) }

func reviewGlobRegexp(pattern string) *regexp.Regexp {
	var b strings.Builder
	b.WriteString(`^(?s:`)
	for _, r := range pattern {
		switch r {
		case '*':
			b.WriteString(`.*`)
		case '?':
			b.WriteString(`.`)
		default:
			b.WriteString(regexp.QuoteMeta(string(r)))
		}
	}
	b.WriteString(`)$`)
	return regexp.MustCompile(b.String())
}

// TestReviewGlobQuestionMarkIsOneCharacter: '?' is documented as "any one
// character", and glob decodes a rune for it; but when a mismatch makes
// the last '*' take one more *byte*, '*' can stop inside a multibyte
// character and each '?' then matches a single continuation byte. So
// "*??ab" (at least four characters) matches "€ab" (three): two '?'
// share one character. A Public or broad rule using such a glob decides
// tools and prompts it does not name (and an earlier rule then takes them
// from the rule meant for them).
//
// Fix: on backtracking, advance next by a whole rune
// (utf8.DecodeRuneInString(name[next:])), not by one byte.
func TestReviewGlobQuestionMarkIsOneCharacter(t *testing.T) {
	for _, c := range []struct{ pattern, name string }{
		{"*??ab", "€ab"},
		{"*??a*", "€a€"},
		{"*??a?", "€aé"},
	} {
		if got, want := glob(c.pattern, c.name), reviewGlob(c.pattern, c.name); got != want {
			t.Errorf("glob(%q, %q) = %v; %q has %d characters, the pattern needs at least %d: want %v",
				c.pattern, c.name, got, c.name, utf8.RuneCountInString(c.name), strings.Count(c.pattern, "?")+2, want)
		}
	}
	pol, err := New(Config{Rules: []Rule{{Name: "public-ab", Tools: []string{"*??ab"}, Public: true}}})
	if err != nil {
		t.Fatal(err)
	}
	if d := pol.Decide(nil, op("tools/call", "€ab")); d.Outcome == Allow {
		t.Errorf("tools/call %q without a credential: allowed by %q, whose glob needs four characters", "€ab", d.Rule)
	}
}

// TestReviewGlobAgreesWithSpec: glob against the rune-regexp semantics over
// every pattern of up to 5 symbols and name of up to 3 characters from a
// mixed ASCII / 2-byte / 3-byte alphabet. Fails with the backtracking
// bug above (it only over-matches; it never under-matches).
func TestReviewGlobAgreesWithSpec(t *testing.T) {
	var gen func(cur string, depth int, alphabet []string, out *[]string)
	gen = func(cur string, depth int, alphabet []string, out *[]string) {
		*out = append(*out, cur)
		if depth > 0 {
			for _, c := range alphabet {
				gen(cur+c, depth-1, alphabet, out)
			}
		}
	}
	var patterns, names []string
	gen("", 5, []string{"a", "€", "é", "*", "?"}, &patterns)
	gen("", 3, []string{"a", "€", "é"}, &names)
	over, under := 0, 0
	var first string
	for _, p := range patterns {
		if p == "" {
			continue
		}
		re := reviewGlobRegexp(p)
		for _, n := range names {
			g, w := glob(p, n), re.MatchString(n)
			switch {
			case g && !w:
				over++
				if first == "" {
					first = "glob(" + p + ", " + n + ")"
				}
			case !g && w:
				under++
			}
		}
	}
	if over+under > 0 {
		t.Errorf("glob disagrees with '?' = one character: %d over-matches (first %s), %d under-matches", over, first, under)
	}
}

// TestReviewGlobCoversIsSound: whenever globCovers(e, l) says every name
// of l matches e (so New refuses the later rule as shadowed), no name
// matches l but not e. Brute force over small patterns and names.
// (It held.)
func TestReviewGlobCoversIsSound(t *testing.T) {
	var gen func(cur string, depth int, alphabet []string, out *[]string)
	gen = func(cur string, depth int, alphabet []string, out *[]string) {
		*out = append(*out, cur)
		if depth > 0 {
			for _, c := range alphabet {
				gen(cur+c, depth-1, alphabet, out)
			}
		}
	}
	var patterns, names []string
	gen("", 3, []string{"a", "b", "é", "*", "?"}, &patterns)
	gen("", 4, []string{"a", "b", "é"}, &names)
	patterns = patterns[1:] // no empty globs: New refuses them
	for _, e := range patterns {
		for _, l := range patterns {
			if !globCovers(e, l) {
				continue
			}
			for _, n := range names[1:] { // names are never empty
				if glob(l, n) && !glob(e, n) {
					t.Fatalf("globCovers(%q, %q) but %q matches only the later glob: New would refuse a rule that decides it", e, l, n)
				}
			}
		}
	}
}

// TestReviewShadowedRulesAreReallyShadowed: every policy New refuses as
// shadowed, out of a family of two-rule policies mixing methods, globs,
// exact URIs and templates, really leaves the later rule nothing to
// decide over a universe of operations. (It held.)
func TestReviewShadowedRulesAreReallyShadowed(t *testing.T) {
	variants := []Rule{
		{Methods: []string{"tools/call"}}, {Methods: []string{"prompts/get"}}, {Methods: []string{"resources/read"}},
		{Methods: []string{"resources/read", "resources/subscribe", "resources/unsubscribe"}},
		{Methods: []string{"initialize"}}, {Methods: []string{"notifications/initialized"}},
		{Tools: []string{"*"}}, {Tools: []string{"a*"}}, {Tools: []string{"a?"}}, {Tools: []string{"ab"}}, {Tools: []string{"?b"}},
		{Tools: []string{"a*", "b"}}, {Prompts: []string{"*"}}, {Prompts: []string{"a*"}},
		{Resources: []string{"file:///a"}}, {Resources: []string{"file:///{x}"}}, {Resources: []string{"file:///{+p}"}},
		{Resources: []string{"file:///a", "file:///{x}"}},
	}
	ops := []*operation.Op{
		op("tools/call", "a"), op("tools/call", "ab"), op("tools/call", "b"), op("tools/call", "aé"), op("tools/call", "bb"),
		op("prompts/get", "a"), op("prompts/get", "ab"), op("prompts/get", "zz"),
		op("resources/read", "file:///a"), op("resources/read", "file:///b"), op("resources/read", "file:///a/b"),
		op("resources/subscribe", "file:///a"), op("resources/unsubscribe", "file:///b"),
		op("initialize", ""), {Kind: operation.Notification, Method: "notifications/initialized"},
	}
	for i, e := range variants {
		for j, l := range variants {
			e, l := e, l
			e.Name, e.Scopes = "earlier", []string{"s"}
			l.Name, l.Deny = "later", true
			pol, err := New(Config{Rules: []Rule{e, l}})
			if err == nil || !strings.Contains(err.Error(), "never decides") {
				continue
			}
			// Refused as shadowed: check it with the later rule alone
			// against the earlier one.
			alone, err := New(Config{Rules: []Rule{l}})
			if err != nil {
				t.Fatal(err)
			}
			first, err := New(Config{Rules: []Rule{e}})
			if err != nil {
				t.Fatal(err)
			}
			_ = pol
			for _, o := range ops {
				if alone.match(o) != nil && first.match(o) == nil {
					t.Errorf("variants %d, %d: New refuses %+v after %+v as shadowed, yet %s %q reaches it", i, j, l, e, o.Method, o.Name)
				}
			}
		}
	}
}

// TestReviewDecisionScopesCannotBeGrown: an allowed Decision's Scopes is
// r.needs[i], shared by every decision of that rule, and built by
// append so that it has spare capacity (3 scopes: cap 4). The gate
// clones before it appends, but Decision is the public contract of
// mcpauth.Authorizer: a wrapping Authorizer that adds a scope with
// append(d.Scopes, s) — the idiom for "what granted it, plus ours" —
// writes into the shared array, and two concurrent callers overwrite
// each other's slot (a data race and a wrong step-up challenge).
// "Do not modify it" does not warn that append modifies.
//
// Fix: slices.Clip every needs[i] (and c.Scopes) in compile, so that an
// append always copies.
func TestReviewDecisionScopesCannotBeGrown(t *testing.T) {
	pol, err := New(Config{Rules: []Rule{{Name: "t", Tools: []string{"t"}, Scopes: []string{"a", "b", "c"}}}})
	if err != nil {
		t.Fatal(err)
	}
	p := who("a", "b", "c")
	d1 := pol.Decide(p, op("tools/call", "t"))
	d2 := pol.Decide(p, op("tools/call", "t"))
	mine := append(d1.Scopes, "wrapper:one")
	theirs := append(d2.Scopes, "wrapper:two")
	if mine[len(mine)-1] != "wrapper:one" {
		t.Errorf("a second caller's append overwrote the first's: %q (Decision.Scopes has spare capacity %d > len %d, shared)",
			mine, cap(d1.Scopes), len(d1.Scopes))
	}
	_ = theirs
}

// TestReviewPolicyDoesNotAliasConfig: "it ... never changes" — but New
// keeps the caller's Methods, Tools, Prompts and AnyOf slices, so
// changing the Config after New (reusing it to build the next policy,
// say) changes the decisions of the first, past every check New makes
// (method names, empty globs, empty AnyOf alternatives, shadowing).
//
// Fix: clone Methods, Tools, Prompts, Resources and AnyOf (deeply) in
// compile.
func TestReviewPolicyDoesNotAliasConfig(t *testing.T) {
	tools := []string{"delete_*"}
	anyOf := [][]string{{"admin"}}
	cfg := Config{DefaultAllow: true, Rules: []Rule{
		{Name: "nuke", Tools: tools, Deny: true},
		{Name: "admin", Prompts: []string{"p"}, AnyOf: anyOf},
	}}
	pol, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	tools[0] = "nothing" // the caller edits its config for another policy
	anyOf[0] = []string{"guest"}
	if d := pol.Decide(who(), op("tools/call", "delete_all")); d.Outcome != Deny {
		t.Errorf("after the caller edited its Config: tools/call delete_all is %v by %q, was deny by nuke", d.Outcome, d.Rule)
	}
	if d := pol.Decide(who("guest"), op("prompts/get", "p")); d.Outcome == Allow {
		t.Errorf("after the caller edited its Config: a guest may get prompt p (rule %q)", d.Rule)
	}
}

// TestReviewTemplateListingIsConservative: a template is listed only when
// every read of its URIs is allowed — tried with exact URIs and
// templates before it, sharing or not a literal prefix, and an
// expression first. (It held.)
func TestReviewTemplateListingIsConservative(t *testing.T) {
	for name, c := range map[string]struct {
		earlier string
		listed  bool
	}{
		"exact inside":         {"file:///home/alice/secret", false},
		"exact outside":        {"file:///etc/passwd", true},
		"template inside":      {"file:///home/{u}/.ssh/{k}", false},
		"template shorter lit": {"file:///{+p}", false},
		"expression first":     {"{+any}", false},
		"sibling prefix":       {"file:///homes/{x}", true},
	} {
		pol, err := New(Config{Rules: []Rule{
			{Name: "admin", Resources: []string{c.earlier}, Scopes: []string{"admin"}},
			{Name: "home", Resources: []string{"file:///home/{user}/{+path}"}, Scopes: []string{"files:read"}},
		}})
		if err != nil {
			t.Fatal(err)
		}
		d := pol.decideTemplate(who("files:read"), "file:///home/{user}/{+path}")
		if (d.Outcome == Allow) != c.listed {
			t.Errorf("%s (%s before it): listed %v, want %v", name, c.earlier, d.Outcome == Allow, c.listed)
		}
	}
}

// TestReviewPlumbingUnder2026: protocol 2026-07-28 has no initialize:
// clients start with server/discover, and go-sdk's client still sends
// notifications/cancelled (closing a subscriptions/listen stream). A
// policy for such clients names server/discover, not initialize, and
// then every cancellation falls to the default and is refused (403), so
// a client that may connect cannot cancel its own requests — what the
// "decided as initialize" rule was for.
//
// Fix: decide plumbing as initialize or, when no rule names initialize,
// as server/discover.
func TestReviewPlumbingUnder2026(t *testing.T) {
	pol, err := New(Config{Rules: []Rule{
		{Name: "discovery", Methods: []string{"server/discover", "subscriptions/listen", "tools/list"}, Public: true},
	}})
	if err != nil {
		t.Fatal(err)
	}
	cancel := &operation.Op{Kind: operation.Notification, Method: "notifications/cancelled"}
	if d := pol.Decide(nil, cancel); d.Outcome != Allow {
		t.Errorf("notifications/cancelled from a client that may discover and listen: %v (rule %q)", d.Outcome, d.Rule)
	}
}

// TestReviewAnonymousOnlyPublic: for a nil principal, only Public rules
// allow, whatever the default, implications and alternatives. (It held.)
func TestReviewAnonymousOnlyPublic(t *testing.T) {
	pol, err := New(Config{DefaultAllow: true, Implies: map[string][]string{"x": {"y"}}, Rules: []Rule{
		{Name: "pub", Tools: []string{"pub"}, Public: true},
		{Name: "scoped", Tools: []string{"s"}, AnyOf: [][]string{{"y"}, {"x"}}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range []*operation.Op{op("tools/call", "s"), op("tools/call", "other"), op("tools/list", ""),
		{Kind: operation.Notification, Method: "notifications/initialized"}} {
		if d := pol.Decide(nil, o); d.Outcome == Allow {
			t.Errorf("%s %q allowed without a credential by %q", o.Method, o.Name, d.Rule)
		}
	}
	var anon *mcpctx.Principal
	if d := pol.Decide(anon, op("tools/call", "pub")); d.Outcome != Allow || !d.Public {
		t.Errorf("public tool: %+v", d)
	}
	if !slices.Equal(pol.Decide(nil, op("tools/call", "s")).Scopes, []string{"y"}) {
		t.Errorf("need-credential scopes: %q", pol.Decide(nil, op("tools/call", "s")).Scopes)
	}
}
