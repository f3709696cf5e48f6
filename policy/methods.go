package policy

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/mcpauth/mcpauth/operation"
)

// clientMethods are the JSON-RPC methods a client sends a server, in the
// protocol versions this module speaks (2025-03-26 to 2026-07-28), and
// tasks/update, which the tasks extension (io.modelcontextprotocol/tasks,
// SEP-2663) adds to tasks/get and tasks/cancel.
var clientMethods = []string{
	"initialize", "ping", "server/discover", "subscriptions/listen",
	"tools/list", "tools/call",
	"prompts/list", "prompts/get",
	"resources/list", "resources/templates/list", "resources/read", "resources/subscribe", "resources/unsubscribe",
	"completion/complete", "logging/setLevel",
	"tasks/get", "tasks/result", "tasks/list", "tasks/cancel", "tasks/update",
	"notifications/initialized", "notifications/cancelled", "notifications/progress",
	"notifications/roots/list_changed",
}

// plumbing are the notifications that keep a session going. A policy that
// names none of them decides them as it decides initialize (or, without a
// rule for initialize, server/discover), so that a client that may
// connect can complete the handshake and cancel its own requests.
var plumbing = []string{
	"notifications/initialized", "notifications/cancelled", "notifications/progress",
	"notifications/roots/list_changed",
}

// reserved are the method prefixes MCP uses: a method under them that is
// not in clientMethods is a typo or a server-to-client method, never a
// custom one.
var reserved = []string{
	"tools/", "prompts/", "resources/", "completion/", "logging/", "tasks/", "notifications/",
	"sampling/", "elicitation/", "roots/", "server/", "subscriptions/",
}

// checkMethod refuses a method a rule cannot usefully name: empty,
// padded, a misspelt or server-to-client MCP method. Custom methods are
// accepted under a namespace of their own ("acme/search").
func checkMethod(m string) error {
	if m == "" || strings.TrimSpace(m) != m {
		return fmt.Errorf("method %q", m)
	}
	if slices.Contains(clientMethods, m) {
		return nil
	}
	lower := strings.ToLower(m) // "Tools/call" is a typo too
	if slices.Contains(clientMethods, lower) {
		return fmt.Errorf("method %q: methods are case-sensitive (%q)", m, lower)
	}
	for _, p := range reserved {
		if strings.HasPrefix(lower, p) {
			return fmt.Errorf("method %q is not one a client sends (MCP methods: %s)", m, strings.Join(clientMethods, ", "))
		}
	}
	if !strings.Contains(m, "/") {
		return fmt.Errorf("method %q is not an MCP method; a custom method needs a namespace (\"acme/%s\")", m, m)
	}
	return nil
}

// The operations a plumbing notification no rule names is decided as:
// the handshake of 2025-11-25, else of 2026-07-28.
var (
	asInitialize = operation.Op{Kind: operation.Call, Method: "initialize"}
	asDiscover   = operation.Op{Kind: operation.Call, Method: "server/discover"}
)

// handshake is the rule that decides the session's handshake, and the
// operation it decides: initialize's, else server/discover's; nil if
// neither has one.
func (pol *Policy) handshake() (*rule, *operation.Op) {
	for _, op := range []*operation.Op{&asInitialize, &asDiscover} {
		if r := pol.match(op); r != nil {
			return r, op
		}
	}
	return nil, nil
}

// CheckMethod reports why a rule cannot name method, or nil if it can:
// New refuses a rule with such a method. It is what "mcpauth policy
// explain" checks its operand with.
func CheckMethod(method string) error { return checkMethod(method) }

// shadowedBy returns the name of an earlier rule that matches everything
// later names, or "": later would never decide anything.
func shadowedBy(earlier []rule, later *rule) string {
	covered := func(f func(e *rule) bool) string {
		for i := range earlier {
			if f(&earlier[i]) {
				return earlier[i].Name
			}
		}
		return ""
	}
	var by string
	note := func(name string) bool {
		if name == "" {
			return false
		}
		by = name
		return true
	}
	for _, m := range later.Methods {
		if !note(covered(func(e *rule) bool {
			return slices.Contains(e.Methods, m) ||
				m == "tools/call" && slices.ContainsFunc(e.tools, isStar) ||
				m == "prompts/get" && slices.ContainsFunc(e.prompts, isStar)
		})) {
			return ""
		}
	}
	for _, g := range later.tools {
		if !note(covered(func(e *rule) bool {
			return slices.Contains(e.Methods, "tools/call") || slices.ContainsFunc(e.tools, func(eg string) bool { return globCovers(eg, g) })
		})) {
			return ""
		}
	}
	for _, g := range later.prompts {
		if !note(covered(func(e *rule) bool {
			return slices.Contains(e.Methods, "prompts/get") || slices.ContainsFunc(e.prompts, func(eg string) bool { return globCovers(eg, g) })
		})) {
			return ""
		}
	}
	resourceMethods := []string{"resources/read", "resources/subscribe", "resources/unsubscribe"}
	for _, u := range later.uris {
		for _, m := range resourceMethods {
			if !note(covered(func(e *rule) bool {
				return slices.Contains(e.Methods, m) || slices.Contains(e.uris, u) ||
					slices.ContainsFunc(e.templates, func(t *regexp.Regexp) bool { return t.MatchString(u) })
			})) {
				return ""
			}
		}
	}
	for _, t := range later.rawTemplates {
		for _, m := range resourceMethods {
			if !note(covered(func(e *rule) bool { return slices.Contains(e.Methods, m) || slices.Contains(e.rawTemplates, t) })) {
				return ""
			}
		}
	}
	return by
}

func isStar(g string) bool { return strings.Trim(g, "*") == "" }

// globCovers reports whether every name matching later also matches
// earlier — judged soundly for the common cases (the same glob, "*", an
// exact name, a prefix glob "p*") and "no" otherwise.
func globCovers(earlier, later string) bool {
	switch {
	case earlier == later, isStar(earlier):
		return true
	case !strings.ContainsAny(later, "*?"):
		return glob(earlier, later)
	}
	if lit, ok := strings.CutSuffix(earlier, "*"); ok && !strings.ContainsAny(lit, "*?") {
		prefix := later[:strings.IndexAny(later, "*?")]
		return strings.HasPrefix(prefix, lit)
	}
	return false
}
