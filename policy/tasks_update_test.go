package policy

import (
	"testing"

	"github.com/mcpauth/mcpauth/operation"
)

// tasks/update is how a client of the tasks extension (SEP-2663) answers
// a task waiting for input. A policy could not name it ("not one a client
// sends"), so under a public policy the conformance suite's tasks/update
// was refused (403) instead of reaching the server, and a deployment
// could not grant it to anyone but through DefaultAllow.
func TestTasksUpdateIsAClientMethod(t *testing.T) {
	if err := CheckMethod("tasks/update"); err != nil {
		t.Fatalf("CheckMethod(tasks/update) = %v, want nil", err)
	}
	pol, err := New(Config{Rules: []Rule{
		{Name: "tasks", Methods: []string{"tasks/get", "tasks/update", "tasks/cancel"}, Scopes: []string{"tasks"}},
	}})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	op := &operation.Op{Kind: operation.Call, Method: "tasks/update"}
	if d := pol.Decide(nil, op); d.Outcome != NeedCredential {
		t.Errorf("tasks/update without a credential: %v, want %v", d.Outcome, NeedCredential)
	}
	if err := CheckMethod("Tasks/Update"); err == nil {
		t.Error("CheckMethod(Tasks/Update) = nil: methods are case-sensitive")
	}
}
