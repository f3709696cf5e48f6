package mcpauth_test

import (
	"net/http"
	"testing"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/operation"
	"github.com/mcpauth/mcpauth/policy"
)

// Issue 10.3: "no exported function panics on a zero value or nil".
// Commit e3c3c69 says a zero ResourceMetadata fails without panicking,
// but Mount on a zero one registers the empty pattern and ServeMux panics.
func TestZeroResourceMetadataMount_review5(t *testing.T) {
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("(&ResourceMetadata{}).Mount(mux) panicked: %v", r)
		}
	}()
	(&mcpauth.ResourceMetadata{}).Mount(http.NewServeMux())
}

// Policy.Decide accepts a nil op (it refuses); Explain, its companion,
// dereferences it.
func TestPolicyExplainNilOp_review5(t *testing.T) {
	pol, err := policy.New(policy.Config{DefaultAllow: true})
	if err != nil {
		t.Skip(err)
	}
	_ = pol.Decide(nil, nil)
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("Policy.Explain(nil, nil) panicked (Decide(nil, nil) does not): %v", r)
		}
	}()
	_ = pol.Explain(nil, nil)
	_ = (&policy.Policy{}).Explain(nil, &operation.Op{Method: "tools/call"})
}
