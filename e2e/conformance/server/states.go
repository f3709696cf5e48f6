package main

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/modelcontextprotocol/go-sdk/jsonrpc"
	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mcpauth/mcpauth/mcpctx"
)

// states seals the requestState of input-required results (SEP-2322):
// the client holds it between rounds, so it is integrity-protected
// (HMAC-SHA256 with a key of this process) and names the tool, the round,
// the caller it was issued to and an expiry. It never authenticates
// anyone: the gate has, on every round; a state issued to another caller
// is refused like a forged one.
type states struct {
	key []byte
	ttl time.Duration
	now func() time.Time
}

// newStates makes a sealer with a random key.
func newStates() *states {
	key := make([]byte, 32)
	_, _ = rand.Read(key) // crypto/rand.Read never fails
	return &states{key: key, ttl: 5 * time.Minute, now: time.Now}
}

// roundState is what a requestState carries.
type roundState struct {
	Tool    string            `json:"tool"`
	Round   int               `json:"round"`
	Caller  string            `json:"caller"`
	Expires int64             `json:"exp"`
	Data    map[string]string `json:"data,omitempty"`
}

// errBadState is the refusal of a requestState that does not verify.
var errBadState = &jsonrpc.Error{Code: jsonrpc.CodeInvalidParams, Message: "requestState failed its integrity check (tampered, expired, or issued for another call or caller)"}

// seal returns st as a requestState: payload "." MAC, both base64url.
func (s *states) seal(st roundState) string {
	st.Expires = s.now().Add(s.ttl).Unix()
	payload, _ := json.Marshal(st) // a struct of strings and ints always marshals
	p := base64.RawURLEncoding.EncodeToString(payload)
	return p + "." + base64.RawURLEncoding.EncodeToString(s.mac(p))
}

func (s *states) mac(payload string) []byte {
	m := hmac.New(sha256.New, s.key)
	m.Write([]byte(payload))
	return m.Sum(nil)
}

// open verifies token for tool and caller and returns what it carries.
func (s *states) open(token, tool, caller string) (roundState, error) {
	var st roundState
	p, sig, ok := strings.Cut(token, ".")
	if !ok {
		return st, errBadState
	}
	// Compared as text: the one spelling seal wrote. (Decoding sig first
	// would accept other spellings of the same bytes: stray low bits.)
	if !hmac.Equal([]byte(sig), []byte(base64.RawURLEncoding.EncodeToString(s.mac(p)))) {
		return st, errBadState
	}
	payload, err := base64.RawURLEncoding.DecodeString(p)
	if err != nil || json.Unmarshal(payload, &st) != nil {
		return st, errBadState
	}
	if st.Tool != tool || st.Caller != caller || s.now().Unix() > st.Expires {
		return st, errBadState
	}
	return st, nil
}

// callerOf names who is calling, for binding states to it.
func callerOf(ctx context.Context) string {
	if p, ok := mcpctx.PrincipalFrom(ctx); ok && p != nil {
		return p.ID()
	}
	return ""
}

// Input requests the tools make.
func askName(msg string) *mcp.ElicitParams {
	return &mcp.ElicitParams{Message: msg, RequestedSchema: map[string]any{
		"type": "object", "properties": map[string]any{"name": map[string]any{"type": "string"}}, "required": []string{"name"},
	}}
}

func askConfirm() *mcp.ElicitParams {
	return &mcp.ElicitParams{Message: "Please confirm", RequestedSchema: map[string]any{
		"type": "object", "properties": map[string]any{"ok": map[string]any{"type": "boolean"}}, "required": []string{"ok"},
	}}
}

func askLLM(prompt string, maxTokens int64) *mcp.CreateMessageParams {
	return &mcp.CreateMessageParams{MaxTokens: maxTokens, Messages: []*mcp.SamplingMessage{{Role: "user", Content: text(prompt)}}}
}

// needInput is an input-required tool result.
func needInput(reqs mcp.InputRequestMap, state string) *mcp.CallToolResult {
	return &mcp.CallToolResult{InputRequests: reqs, RequestState: state}
}

// elicited returns the string field of an accepted elicitation answer.
func elicited(r mcp.InputResponse, field string) (string, bool) {
	e, ok := r.(*mcp.ElicitResult)
	if !ok || e.Action != "accept" {
		return "", false
	}
	v, ok := e.Content[field]
	if !ok {
		return "", false
	}
	if s, ok := v.(string); ok {
		return s, true
	}
	return fmt.Sprint(v), true
}

// sampled returns the text of a sampling answer.
func sampled(r mcp.InputResponse) (string, bool) {
	m, ok := r.(*mcp.CreateMessageWithToolsResult)
	if !ok {
		return "", false
	}
	for _, c := range m.Content {
		if t, ok := c.(*mcp.TextContent); ok {
			return t.Text, true
		}
	}
	return "", true
}

// roots returns the URIs of a roots/list answer.
func roots(r mcp.InputResponse) ([]string, bool) {
	l, ok := r.(*mcp.ListRootsResult)
	if !ok {
		return nil, false
	}
	var uris []string
	for _, root := range l.Roots {
		if root != nil {
			uris = append(uris, root.URI)
		}
	}
	return uris, true
}

// wrongType refuses an answer that is not what was asked for.
func wrongType(key string) error {
	return &jsonrpc.Error{Code: jsonrpc.CodeInvalidParams, Message: fmt.Sprintf("inputResponses[%q] does not answer the input request of that name", key)}
}

// addTools adds the tools and the prompt of the input-required-result
// scenarios.
func (s *states) addTools(srv *mcp.Server) {
	add := func(name, desc string, h mcp.ToolHandler) {
		srv.AddTool(&mcp.Tool{Name: name, Description: desc, InputSchema: noArgs}, h)
	}
	add("test_input_required_result_elicitation", "Asks for the user's name, then greets them.",
		func(_ context.Context, req *mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			if r, ok := req.Params.InputResponses["user_name"]; ok {
				if name, ok := elicited(r, "name"); ok {
					return toolResult(text("Hello, " + name + "!")), nil
				}
				if _, isElicit := r.(*mcp.ElicitResult); !isElicit {
					return nil, wrongType("user_name")
				}
			}
			// Missing, or the user declined: ask (again).
			return needInput(mcp.InputRequestMap{"user_name": askName("What is your name?")}, ""), nil
		})
	add("test_input_required_result_sampling", "Asks the client's LLM for the capital of France.",
		func(_ context.Context, req *mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			if r, ok := req.Params.InputResponses["capital_question"]; ok {
				answer, ok := sampled(r)
				if !ok {
					return nil, wrongType("capital_question")
				}
				return toolResult(text("The LLM says: " + answer)), nil
			}
			return needInput(mcp.InputRequestMap{"capital_question": askLLM("What is the capital of France?", 100)}, ""), nil
		})
	add("test_input_required_result_list_roots", "Asks for the client's roots and lists them.",
		func(_ context.Context, req *mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			if r, ok := req.Params.InputResponses["client_roots"]; ok {
				uris, ok := roots(r)
				if !ok {
					return nil, wrongType("client_roots")
				}
				return toolResult(text("Client roots: " + strings.Join(uris, ", "))), nil
			}
			return needInput(mcp.InputRequestMap{"client_roots": &mcp.ListRootsParams{}}, ""), nil
		})
	add("test_input_required_result_request_state", "Asks for a confirmation and checks the requestState it issued.",
		func(ctx context.Context, req *mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			return s.confirm(ctx, req, "test_input_required_result_request_state")
		})
	add("test_input_required_result_tampered_state", "Asks for a confirmation; refuses a requestState that does not verify.",
		func(ctx context.Context, req *mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			return s.confirm(ctx, req, "test_input_required_result_tampered_state")
		})
	add("test_input_required_result_multiple_inputs", "Asks for a name, a greeting from the LLM and the client's roots at once.",
		func(ctx context.Context, req *mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			const tool = "test_input_required_result_multiple_inputs"
			caller := callerOf(ctx)
			all := mcp.InputRequestMap{
				"user_name":    askName("What is your name?"),
				"greeting":     askLLM("Generate a greeting", 50),
				"client_roots": &mcp.ListRootsParams{},
			}
			if req.Params.RequestState == "" {
				return needInput(all, s.seal(roundState{Tool: tool, Round: 1, Caller: caller})), nil
			}
			if _, err := s.open(req.Params.RequestState, tool, caller); err != nil {
				return nil, err
			}
			in := req.Params.InputResponses
			missing := mcp.InputRequestMap{}
			for k, v := range all {
				if _, ok := in[k]; !ok {
					missing[k] = v
				}
			}
			if len(missing) > 0 {
				return needInput(missing, s.seal(roundState{Tool: tool, Round: 1, Caller: caller})), nil
			}
			name, ok := elicited(in["user_name"], "name")
			if !ok {
				return nil, wrongType("user_name")
			}
			greeting, ok := sampled(in["greeting"])
			if !ok {
				return nil, wrongType("greeting")
			}
			uris, ok := roots(in["client_roots"])
			if !ok {
				return nil, wrongType("client_roots")
			}
			return toolResult(text(fmt.Sprintf("%s, %s (roots: %s)", greeting, name, strings.Join(uris, ", ")))), nil
		})
	add("test_input_required_result_multi_round", "Asks for a name, then a favourite colour, in two rounds.",
		func(ctx context.Context, req *mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			const tool = "test_input_required_result_multi_round"
			caller := callerOf(ctx)
			step1 := mcp.InputRequestMap{"step1": askName("Step 1: What is your name?")}
			if req.Params.RequestState == "" {
				return needInput(step1, s.seal(roundState{Tool: tool, Round: 1, Caller: caller})), nil
			}
			st, err := s.open(req.Params.RequestState, tool, caller)
			if err != nil {
				return nil, err
			}
			in := req.Params.InputResponses
			switch st.Round {
			case 1:
				name, ok := elicited(in["step1"], "name")
				if !ok {
					return needInput(step1, s.seal(roundState{Tool: tool, Round: 1, Caller: caller})), nil
				}
				return needInput(mcp.InputRequestMap{"step2": &mcp.ElicitParams{
					Message: "Step 2: What is your favorite color?",
					RequestedSchema: map[string]any{
						"type": "object", "properties": map[string]any{"color": map[string]any{"type": "string"}}, "required": []string{"color"},
					},
				}}, s.seal(roundState{Tool: tool, Round: 2, Caller: caller, Data: map[string]string{"name": name}})), nil
			case 2:
				color, ok := elicited(in["step2"], "color")
				if !ok {
					return nil, wrongType("step2")
				}
				return toolResult(text(fmt.Sprintf("%s's favorite color is %s", st.Data["name"], color))), nil
			}
			return nil, errBadState
		})
	add("test_input_required_result_capabilities", "Asks only for input the client declared it can give.",
		func(_ context.Context, req *mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			if len(req.Params.InputResponses) > 0 {
				return toolResult(text("received " + strings.Join(sortedKeys(req.Params.InputResponses), ", "))), nil
			}
			caps := req.ClientCapabilities()
			reqs := mcp.InputRequestMap{}
			if caps != nil && caps.Sampling != nil {
				reqs["summary"] = askLLM("Summarise the conformance run", 50)
			}
			if caps != nil && caps.Elicitation != nil {
				reqs["user_name"] = askName("What is your name?")
			}
			if caps != nil && caps.RootsV2 != nil {
				reqs["client_roots"] = &mcp.ListRootsParams{}
			}
			if len(reqs) == 0 {
				return nil, &jsonrpc.Error{
					Code:    mcp.CodeMissingRequiredClientCapabilities,
					Message: "this tool needs sampling, elicitation or roots from the client",
					Data:    json.RawMessage(`{"requiredCapabilities":{"sampling":{}}}`),
				}
			}
			return needInput(reqs, ""), nil
		})

	srv.AddPrompt(&mcp.Prompt{Name: "test_input_required_result_prompt", Description: "Asks the user what context the prompt should use."},
		func(_ context.Context, req *mcp.GetPromptRequest) (*mcp.GetPromptResult, error) {
			if r, ok := req.Params.InputResponses["user_context"]; ok {
				if c, ok := elicited(r, "context"); ok {
					return &mcp.GetPromptResult{Messages: []*mcp.PromptMessage{{Role: "user", Content: text("Use this context: " + c)}}}, nil
				}
			}
			return &mcp.GetPromptResult{InputRequests: mcp.InputRequestMap{"user_context": &mcp.ElicitParams{
				Message: "What context should the prompt use?",
				RequestedSchema: map[string]any{
					"type": "object", "properties": map[string]any{"context": map[string]any{"type": "string"}}, "required": []string{"context"},
				},
			}}}, nil
		})
}

// confirm is the two-round confirmation with a sealed requestState: the
// second round must bring back the state of the first, untouched.
func (s *states) confirm(ctx context.Context, req *mcp.CallToolRequest, tool string) (*mcp.CallToolResult, error) {
	caller := callerOf(ctx)
	ask := mcp.InputRequestMap{"confirm": askConfirm()}
	if req.Params.RequestState == "" {
		if len(req.Params.InputResponses) > 0 {
			return nil, &jsonrpc.Error{Code: jsonrpc.CodeInvalidParams, Message: "inputResponses without the requestState they answer"}
		}
		return needInput(ask, s.seal(roundState{Tool: tool, Round: 1, Caller: caller})), nil
	}
	if _, err := s.open(req.Params.RequestState, tool, caller); err != nil {
		return nil, err
	}
	r, ok := req.Params.InputResponses["confirm"]
	if !ok {
		return needInput(ask, s.seal(roundState{Tool: tool, Round: 1, Caller: caller})), nil
	}
	e, ok := r.(*mcp.ElicitResult)
	if !ok {
		return nil, wrongType("confirm")
	}
	return toolResult(text(fmt.Sprintf("state-ok: action=%s, content=%s", e.Action, jsonText(e.Content)))), nil
}
