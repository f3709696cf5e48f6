package otelaudit

import (
	"strings"
	"sync"

	"go.opentelemetry.io/otel/attribute"
	semconv "go.opentelemetry.io/otel/semconv/v1.41.0"
)

// The attributes of mcpauth's own, where the semantic conventions have
// none.
const (
	OutcomeKey         = attribute.Key("mcpauth.outcome")           // audit.Outcome
	ReasonKey          = attribute.Key("mcpauth.reason")            // an audit.Reason* code
	AuthenticatorKey   = attribute.Key("mcpauth.authenticator")     // jwt, apikey, introspection, anonymous
	RateLimitPolicyKey = attribute.Key("mcpauth.rate_limit.policy") // the limit that refused (429)
	RuleKey            = attribute.Key("mcpauth.rule")              // the policy rule that decided (spans only)
	RequestIDKey       = attribute.Key("mcpauth.request_id")        // the request id (spans only)
	BatchIndexKey      = attribute.Key("mcpauth.batch.index")       // an operation's index in its batch (spans only)
	BatchSizeKey       = attribute.Key("mcpauth.batch.size")        // the operations of a batch (spans only)
)

// Other is the value recorded for a name past the bound, and for a
// non-standard HTTP method, as the semantic conventions name it.
const Other = "_OTHER"

// httpMethod returns m if it is a standard HTTP method, else Other.
func httpMethod(m string) string {
	switch m {
	case "GET", "POST", "DELETE", "HEAD", "OPTIONS", "PUT", "PATCH", "CONNECT", "TRACE", "QUERY":
		return m
	}
	return Other
}

// nameKey returns the semantic-convention attribute key for the name of
// an operation of method, or "" when its name is no attribute of a
// metric (a resource URI, or a method without a name).
func nameKey(method string) attribute.Key {
	switch method {
	case "tools/call":
		return semconv.GenAIToolNameKey
	case "prompts/get":
		return semconv.GenAIPromptNameKey
	}
	return ""
}

// names is a bounded set of the strings a client chose (methods, tool and
// prompt names), interned: at most max distinct values, refused ones at
// most max/2.
type names struct {
	mu  sync.RWMutex
	max int
	set map[string]string
}

func newNames(max int) *names { return &names{max: max, set: make(map[string]string)} }

// get returns s as recorded: an interned copy of s, or Other.
func (n *names) get(s string, allowed bool) string {
	if s == "" {
		return ""
	}
	n.mu.RLock()
	v, ok := n.set[s]
	full := len(n.set) >= n.limit(allowed)
	n.mu.RUnlock()
	if ok {
		return v
	}
	if full {
		return Other
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	if v, ok := n.set[s]; ok {
		return v
	}
	if len(n.set) >= n.limit(allowed) {
		return Other
	}
	v = strings.Clone(s) // never keep the request's memory
	n.set[v] = v
	return v
}

func (n *names) limit(allowed bool) int {
	if allowed {
		return n.max
	}
	return n.max / 2
}
