package operation

import "testing"

// Protocol 2026-07-28 removed resources/subscribe and resources/unsubscribe
// (subscriptions/listen replaces them) and a server MUST answer a method
// it does not have with 404 and -32601. The conformance suite's
// server-stateless scenario sends them with no uri and no Mcp-Name; the
// parser used to refuse them (400, -32600: "needs params.uri"), before
// go-sdk could answer. They now pass there with no Name; on earlier
// versions, where they exist, a uri is still required; and a uri or
// Mcp-Name that is sent is still checked.
func TestRemovedSubscribeMethods2026(t *testing.T) {
	const mism, invalid = CodeHeaderMismatch, CodeInvalidRequest
	meta := `{"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{}}}`
	cases := []parseCase{
		accept("subscribe-2026-no-uri", rpcMsg("5", "resources/subscribe", meta), callOp("resources/subscribe", "")).
			v("2026-07-28").h("Mcp-Method", "resources/subscribe"),
		accept("unsubscribe-2026-no-uri", rpcMsg("5", "resources/unsubscribe", meta), callOp("resources/unsubscribe", "")).
			v("2026-07-28").h("Mcp-Method", "resources/unsubscribe"),
		accept("subscribe-2026-no-params", rpcMsg("5", "resources/subscribe", ""), callOp("resources/subscribe", "")).
			v("2026-07-28").h("Mcp-Method", "resources/subscribe"),
		accept("subscribe-later-version-no-uri", rpcMsg("5", "resources/subscribe", meta), callOp("resources/subscribe", "")).
			v("2027-01-01").h("Mcp-Method", "resources/subscribe"),
		// A uri that is sent is read, and Mcp-Name, optional here, must match it.
		accept("subscribe-2026-uri-no-name-header", rpcMsg("5", "resources/subscribe", `{"uri":"x:y"}`), callOp("resources/subscribe", "x:y")).
			v("2026-07-28").h("Mcp-Method", "resources/subscribe"),
		refuse("subscribe-2026-name-header-mismatch", rpcMsg("5", "resources/subscribe", `{"uri":"x:y"}`), mism, "5").
			v("2026-07-28").h("Mcp-Method", "resources/subscribe", "Mcp-Name", "x:z"),
		refuse("subscribe-2026-name-header-without-uri", rpcMsg("5", "resources/subscribe", meta), mism, "5").
			v("2026-07-28").h("Mcp-Method", "resources/subscribe", "Mcp-Name", "x:y"),
		refuse("subscribe-2026-uri-not-string", rpcMsg("5", "resources/subscribe", `{"uri":7}`), invalid, "5").
			v("2026-07-28").h("Mcp-Method", "resources/subscribe"),
		refuse("subscribe-2026-uri-null", rpcMsg("5", "resources/subscribe", `{"uri":null}`), invalid, "5").
			v("2026-07-28").h("Mcp-Method", "resources/subscribe"),
		refuse("subscribe-2026-uri-folded", rpcMsg("5", "resources/subscribe", `{"URI":"x:y"}`), invalid, "5").
			v("2026-07-28").h("Mcp-Method", "resources/subscribe"),
		refuse("subscribe-2026-still-needs-method-header", rpcMsg("5", "resources/subscribe", meta), mism, "5").v("2026-07-28"),
		// Where the methods exist, a subscription names its resource.
		refuse("subscribe-2025-no-uri", rpcMsg("5", "resources/subscribe", "{}"), invalid, "5").v("2025-11-25"),
		refuse("subscribe-no-version-no-uri", rpcMsg("5", "resources/subscribe", "{}"), invalid, "5"),
		refuse("unsubscribe-2025-no-uri", rpcMsg("5", "resources/unsubscribe", "{}"), invalid, "5").v("2025-11-25"),
		// resources/read did not go away: its uri and Mcp-Name stay required.
		refuse("read-2026-no-uri", rpcMsg("5", "resources/read", meta), invalid, "5").
			v("2026-07-28").h("Mcp-Method", "resources/read"),
		refuse("read-2026-no-name-header", rpcMsg("5", "resources/read", `{"uri":"x:y"}`), mism, "5").
			v("2026-07-28").h("Mcp-Method", "resources/read"),
	}
	runCases(t, cases)
}

// The tasks extension (io.modelcontextprotocol/tasks, SEP-2663) makes
// clients send params.taskId as Mcp-Name on tasks/get, tasks/update and
// tasks/cancel, for intermediaries to route a task's requests to the
// instance holding it. The parser refused every such request (-32020,
// "the Mcp-Name header does not match the body": those methods carried
// no name), which the conformance suite's tasks scenarios showed; the
// header is now compared with params.taskId. It is not required (the
// server decides that), and the taskId is never an Op's Name: policies
// do not decide on it.
func TestTaskRoutingHeader(t *testing.T) {
	const mism = CodeHeaderMismatch
	get := rpcMsg("9", "tasks/get", `{"taskId":"task-1"}`)
	cases := []parseCase{
		accept("tasks-get-name-is-task-id", get, callOp("tasks/get", "")).
			v("2026-07-28").h("Mcp-Method", "tasks/get", "Mcp-Name", "task-1"),
		accept("tasks-update-name-is-task-id", rpcMsg("9", "tasks/update", `{"taskId":"task-1","inputResponses":{}}`), callOp("tasks/update", "")).
			v("2026-07-28").h("Mcp-Method", "tasks/update", "Mcp-Name", "task-1"),
		accept("tasks-cancel-name-is-task-id", rpcMsg("9", "tasks/cancel", `{"taskId":"task-1"}`), callOp("tasks/cancel", "")).
			v("2026-07-28").h("Mcp-Method", "tasks/cancel", "Mcp-Name", "task-1"),
		accept("tasks-get-base64-name", get, callOp("tasks/get", "")).
			v("2026-07-28").h("Mcp-Method", "tasks/get", "Mcp-Name", "=?base64?dGFzay0x?="),
		accept("tasks-get-escaped-task-id", rpcMsg("9", "tasks/get", `{"taskId":"task-\u0031"}`), callOp("tasks/get", "")).
			v("2026-07-28").h("Mcp-Method", "tasks/get", "Mcp-Name", "task-1"),
		accept("tasks-get-without-name-header", get, callOp("tasks/get", "")).
			v("2026-07-28").h("Mcp-Method", "tasks/get"),
		refuse("tasks-get-other-task", get, mism, "9").
			v("2026-07-28").h("Mcp-Method", "tasks/get", "Mcp-Name", "task-2"),
		refuse("tasks-get-name-without-task-id", rpcMsg("9", "tasks/get", `{}`), mism, "9").
			v("2026-07-28").h("Mcp-Method", "tasks/get", "Mcp-Name", "task-1"),
		refuse("tasks-get-numeric-task-id", rpcMsg("9", "tasks/get", `{"taskId":1}`), mism, "9").
			v("2026-07-28").h("Mcp-Method", "tasks/get", "Mcp-Name", "1"),
		refuse("tasks-get-folded-task-id", rpcMsg("9", "tasks/get", `{"TaskId":"task-1"}`), mism, "9").
			v("2026-07-28").h("Mcp-Method", "tasks/get", "Mcp-Name", "task-1"),
		refuse("tasks-list-is-not-routed", rpcMsg("9", "tasks/list", `{"taskId":"task-1"}`), mism, "9").
			v("2026-07-28").h("Mcp-Method", "tasks/list", "Mcp-Name", "task-1"),
		refuse("tools-list-task-id-is-not-a-name", rpcMsg("9", "tools/list", `{"taskId":"task-1"}`), mism, "9").
			v("2026-07-28").h("Mcp-Method", "tools/list", "Mcp-Name", "task-1"),
	}
	runCases(t, cases)
}

func runCases(t *testing.T, cases []parseCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := &Parser{}
			r := tc.request()
			req, err := p.Read(r)
			if tc.status != 0 {
				checkRefusal(t, tc, req, err)
			} else {
				checkAccepted(t, tc, r, req, err)
			}
		})
	}
}
