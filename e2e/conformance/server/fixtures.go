package main

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"log/slog"
	"maps"
	"math"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/modelcontextprotocol/go-sdk/jsonrpc"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// The suite's names for what it reads and calls.
const (
	staticTextURI   = "test://static-text"
	staticBinaryURI = "test://static-binary"
	watchedURI      = "test://watched-resource"
	templateURI     = "test://template/{id}/data"
)

// pixelPNG is a 1×1 red PNG, made at start-up.
var pixelPNG = func() []byte {
	img := image.NewRGBA(image.Rect(0, 0, 1, 1))
	img.Set(0, 0, color.RGBA{R: 255, A: 255})
	var b bytes.Buffer
	_ = png.Encode(&b, img) // encoding an in-memory image does not fail
	return b.Bytes()
}()

// toneWAV is a short mono 8 kHz 16-bit PCM WAV: 10 ms of a 440 Hz tone.
var toneWAV = func() []byte {
	const rate, n = 8000, 80
	var pcm bytes.Buffer
	for i := range n {
		v := int16(8000 * math.Sin(2*math.Pi*440*float64(i)/rate))
		_ = binary.Write(&pcm, binary.LittleEndian, v)
	}
	var b bytes.Buffer
	w := func(v any) { _ = binary.Write(&b, binary.LittleEndian, v) } // bytes.Buffer writes do not fail
	b.WriteString("RIFF")
	w(uint32(36 + pcm.Len()))
	b.WriteString("WAVEfmt ")
	w(uint32(16))       // fmt chunk size
	w(uint16(1))        // PCM
	w(uint16(1))        // channels
	w(uint32(rate))     // sample rate
	w(uint32(rate * 2)) // byte rate
	w(uint16(2))        // block align
	w(uint16(16))       // bits per sample
	b.WriteString("data")
	w(uint32(pcm.Len()))
	b.Write(pcm.Bytes())
	return b.Bytes()
}()

// noArgs is the input schema of a tool without arguments.
var noArgs = json.RawMessage(`{"type":"object","properties":{}}`)

// text is a text content block.
func text(s string) *mcp.TextContent { return &mcp.TextContent{Text: s} }

// toolResult is a complete tool result of content.
func toolResult(content ...mcp.Content) *mcp.CallToolResult {
	return &mcp.CallToolResult{Content: content}
}

// newServer makes the MCP server with every fixture of the suite's server
// scenarios (see docs/CONFORMANCE.md for which scenario uses which).
func newServer(logger *slog.Logger) *mcp.Server {
	s := mcp.NewServer(&mcp.Implementation{Name: "mcpauth-conformance", Version: "0.1.0"}, &mcp.ServerOptions{
		Logger:       logger.With("component", "mcp-server"),
		Capabilities: &mcp.ServerCapabilities{Logging: &mcp.LoggingCapabilities{}},
		CompletionHandler: func(_ context.Context, req *mcp.CompleteRequest) (*mcp.CompleteResult, error) {
			return complete(req.Params), nil
		},
		SubscribeHandler:   func(context.Context, *mcp.SubscribeRequest) error { return nil },
		UnsubscribeHandler: func(context.Context, *mcp.UnsubscribeRequest) error { return nil },
	})
	addContentTools(s)
	addSessionTools(s)
	addDiagnosticTools(s)
	newStates().addTools(s)
	addResources(s)
	addPrompts(s)
	return s
}

// complete answers completion/complete: values that start with what was
// typed, for the prompt arguments and the template's id.
func complete(p *mcp.CompleteParams) *mcp.CompleteResult {
	values := []string{}
	if p == nil {
		return &mcp.CompleteResult{Completion: mcp.CompletionResultDetails{Values: values}}
	}
	var all []string
	switch p.Argument.Name {
	case "arg1", "arg2":
		all = []string{"paris", "park", "party", "test", "testValue1", "testValue2"}
	case "id":
		all = []string{"123", "456", "789"}
	case "resourceUri":
		all = []string{staticTextURI, staticBinaryURI}
	}
	for _, v := range all {
		if strings.HasPrefix(v, p.Argument.Value) {
			values = append(values, v)
		}
	}
	return &mcp.CompleteResult{Completion: mcp.CompletionResultDetails{Values: values, Total: len(values)}}
}

// addContentTools adds the tools that return each kind of content.
func addContentTools(s *mcp.Server) {
	add := func(name, desc string, res func() *mcp.CallToolResult) {
		s.AddTool(&mcp.Tool{Name: name, Description: desc, InputSchema: noArgs},
			func(context.Context, *mcp.CallToolRequest) (*mcp.CallToolResult, error) { return res(), nil })
	}
	add("test_simple_text", "Returns one text block.", func() *mcp.CallToolResult {
		return toolResult(text("This is a simple text response for testing."))
	})
	add("test_image_content", "Returns a 1x1 PNG image.", func() *mcp.CallToolResult {
		return toolResult(&mcp.ImageContent{Data: pixelPNG, MIMEType: "image/png"})
	})
	add("test_audio_content", "Returns a short WAV tone.", func() *mcp.CallToolResult {
		return toolResult(&mcp.AudioContent{Data: toneWAV, MIMEType: "audio/wav"})
	})
	add("test_embedded_resource", "Returns an embedded text resource.", func() *mcp.CallToolResult {
		return toolResult(&mcp.EmbeddedResource{Resource: &mcp.ResourceContents{
			URI: "test://embedded-resource", MIMEType: "text/plain", Text: "This is an embedded resource content.",
		}})
	})
	add("test_multiple_content_types", "Returns text, an image and an embedded resource.", func() *mcp.CallToolResult {
		return toolResult(
			text("Multiple content types test:"),
			&mcp.ImageContent{Data: pixelPNG, MIMEType: "image/png"},
			&mcp.EmbeddedResource{Resource: &mcp.ResourceContents{
				URI: "test://mixed-content-resource", MIMEType: "application/json", Text: `{"test":"data","value":123}`,
			}},
		)
	})
	add("test_error_handling", "Always reports a tool error.", func() *mcp.CallToolResult {
		return &mcp.CallToolResult{IsError: true, Content: []mcp.Content{text("This tool intentionally returns an error for testing")}}
	})
	// The JSON Schema 2020-12 vocabulary the suite checks survives the
	// listing: the schema is sent as written.
	s.AddTool(&mcp.Tool{
		Name:        "json_schema_2020_12_tool",
		Description: "Tool with JSON Schema 2020-12 features",
		InputSchema: json.RawMessage(`{
			"$schema": "https://json-schema.org/draft/2020-12/schema",
			"type": "object",
			"$defs": {"address": {"$anchor": "addressDef", "type": "object",
				"properties": {"street": {"type": "string"}, "city": {"type": "string"}}}},
			"properties": {
				"name": {"type": "string"},
				"address": {"$ref": "#/$defs/address"},
				"contactMethod": {"type": "string", "enum": ["phone", "email"]},
				"phone": {"type": "string"},
				"email": {"type": "string"}
			},
			"allOf": [{"anyOf": [{"required": ["phone"]}, {"required": ["email"]}]}],
			"if": {"properties": {"contactMethod": {"const": "phone"}}, "required": ["contactMethod"]},
			"then": {"required": ["phone"]},
			"else": {"required": ["email"]},
			"additionalProperties": false
		}`),
	}, func(_ context.Context, req *mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		return toolResult(text("received " + string(req.Params.Arguments))), nil
	})
	// A parameter mirrored in a header (SEP-2243, 2026-07-28): go-sdk
	// compares Mcp-Param-Region with the argument.
	s.AddTool(&mcp.Tool{
		Name:        "test_header_param",
		Description: "Echoes its region argument, which clients also send as the Mcp-Param-Region header.",
		InputSchema: json.RawMessage(`{"type":"object","properties":{"region":{"type":"string","description":"a region name","x-mcp-header":"Region"}},"required":["region"]}`),
	}, func(_ context.Context, req *mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		var in struct {
			Region string `json:"region"`
		}
		if len(req.Params.Arguments) > 0 {
			if err := json.Unmarshal(req.Params.Arguments, &in); err != nil {
				return nil, &jsonrpc.Error{Code: jsonrpc.CodeInvalidParams, Message: "region must be a string"}
			}
		}
		return toolResult(text("region: " + in.Region)), nil
	})
}

// sleep waits d or until ctx ends, and reports whether it waited d.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}

// addSessionTools adds the tools that talk back to the client while they
// run: logging, progress, sampling, elicitation, a stream closed early.
func addSessionTools(s *mcp.Server) {
	s.AddTool(&mcp.Tool{Name: "test_tool_with_logging", Description: "Sends three info log messages while it runs.", InputSchema: noArgs},
		func(ctx context.Context, req *mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			for i, msg := range []string{"Tool execution started", "Tool processing data", "Tool execution completed"} {
				if i > 0 && !sleep(ctx, 50*time.Millisecond) {
					return nil, ctx.Err()
				}
				if err := req.Session.Log(ctx, &mcp.LoggingMessageParams{Level: "info", Logger: "conformance", Data: msg}); err != nil {
					return nil, err
				}
			}
			return toolResult(text("Tool with logging executed successfully")), nil
		})
	s.AddTool(&mcp.Tool{Name: "test_logging_tool", Description: "Logs one message, which only a client that asked for a log level receives.", InputSchema: noArgs},
		func(ctx context.Context, req *mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			if err := req.Session.Log(ctx, &mcp.LoggingMessageParams{Level: "info", Logger: "conformance", Data: "logging tool ran"}); err != nil {
				return nil, err
			}
			return toolResult(text("logged")), nil
		})
	s.AddTool(&mcp.Tool{Name: "test_tool_with_progress", Description: "Reports progress 0, 50 and 100 of 100.", InputSchema: noArgs},
		func(ctx context.Context, req *mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			token := req.Params.GetProgressToken()
			for i, p := range []float64{0, 50, 100} {
				if i > 0 && !sleep(ctx, 50*time.Millisecond) {
					return nil, ctx.Err()
				}
				if token == nil {
					continue
				}
				if err := req.Session.NotifyProgress(ctx, &mcp.ProgressNotificationParams{ProgressToken: token, Progress: p, Total: 100}); err != nil {
					return nil, err
				}
			}
			return toolResult(text("Tool with progress executed successfully")), nil
		})
	s.AddTool(&mcp.Tool{
		Name: "test_sampling", Description: "Asks the client's LLM to answer a prompt.",
		InputSchema: json.RawMessage(`{"type":"object","properties":{"prompt":{"type":"string","description":"the prompt for the LLM"}},"required":["prompt"]}`),
	}, func(ctx context.Context, req *mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		var in struct {
			Prompt string `json:"prompt"`
		}
		if err := unmarshalArgs(req, &in); err != nil {
			return nil, err
		}
		ctx, cancel := context.WithTimeout(ctx, clientAnswerTimeout)
		defer cancel()
		res, err := req.Session.CreateMessage(ctx, &mcp.CreateMessageParams{
			MaxTokens: 100,
			Messages:  []*mcp.SamplingMessage{{Role: "user", Content: text(in.Prompt)}},
		})
		if err != nil {
			return nil, err
		}
		answer := ""
		if t, ok := res.Content.(*mcp.TextContent); ok {
			answer = t.Text
		}
		return toolResult(text("LLM response: " + answer)), nil
	})
	s.AddTool(&mcp.Tool{
		Name: "test_elicitation", Description: "Asks the user for a username and an email address.",
		InputSchema: json.RawMessage(`{"type":"object","properties":{"message":{"type":"string","description":"what to ask the user"}},"required":["message"]}`),
	}, func(ctx context.Context, req *mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		var in struct {
			Message string `json:"message"`
		}
		if err := unmarshalArgs(req, &in); err != nil {
			return nil, err
		}
		return elicit(ctx, req, in.Message, map[string]any{
			"type": "object",
			"properties": map[string]any{
				"username": map[string]any{"type": "string", "description": "User's response"},
				"email":    map[string]any{"type": "string", "description": "User's email address"},
			},
			"required": []string{"username", "email"},
		}, "User response")
	})
	s.AddTool(&mcp.Tool{Name: "test_elicitation_sep1034_defaults", Description: "Elicits a form whose fields have default values (SEP-1034).", InputSchema: noArgs},
		func(ctx context.Context, req *mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			return elicit(ctx, req, "Please review and update the form fields with defaults", map[string]any{
				"type": "object",
				"properties": map[string]any{
					"name":     map[string]any{"type": "string", "description": "User name", "default": "John Doe"},
					"age":      map[string]any{"type": "integer", "description": "User age", "default": 30},
					"score":    map[string]any{"type": "number", "description": "User score", "default": 95.5},
					"status":   map[string]any{"type": "string", "description": "User status", "enum": []string{"active", "inactive", "pending"}, "default": "active"},
					"verified": map[string]any{"type": "boolean", "description": "Verification status", "default": true},
				},
			}, "Elicitation completed")
		})
	s.AddTool(&mcp.Tool{Name: "test_elicitation_sep1330_enums", Description: "Elicits a form with every enum variant (SEP-1330).", InputSchema: noArgs},
		func(ctx context.Context, req *mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			titled := func(pairs ...string) []map[string]any {
				var out []map[string]any
				for i := 0; i+1 < len(pairs); i += 2 {
					out = append(out, map[string]any{"const": pairs[i], "title": pairs[i+1]})
				}
				return out
			}
			return elicit(ctx, req, "Please select options from the enum fields", map[string]any{
				"type": "object",
				"properties": map[string]any{
					"untitledSingle": map[string]any{"type": "string", "description": "Pick one", "enum": []string{"option1", "option2", "option3"}},
					"titledSingle": map[string]any{"type": "string", "description": "Pick one (titled)",
						"oneOf": titled("value1", "First Option", "value2", "Second Option", "value3", "Third Option")},
					"legacyEnum": map[string]any{"type": "string", "description": "Pick one (legacy titles)",
						"enum": []string{"opt1", "opt2", "opt3"}, "enumNames": []string{"Option One", "Option Two", "Option Three"}},
					"untitledMulti": map[string]any{"type": "array", "description": "Pick several",
						"items": map[string]any{"type": "string", "enum": []string{"option1", "option2", "option3"}}},
					"titledMulti": map[string]any{"type": "array", "description": "Pick several (titled)",
						"items": map[string]any{"anyOf": titled("value1", "First Choice", "value2", "Second Choice", "value3", "Third Choice")}},
				},
			}, "Elicitation completed")
		})
	// Closes its own response stream before it answers: the client gets
	// the result by reconnecting with Last-Event-ID (SEP-1699; stateful
	// only: a stateless server keeps no events to replay).
	s.AddTool(&mcp.Tool{Name: "test_reconnection", Description: "Closes its SSE stream mid-call, then answers on the resumed stream.", InputSchema: noArgs},
		func(ctx context.Context, req *mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			if req.Extra != nil && req.Extra.CloseSSEStream != nil {
				req.Extra.CloseSSEStream(mcp.CloseSSEStreamArgs{RetryAfter: 100 * time.Millisecond})
			}
			if !sleep(ctx, 300*time.Millisecond) {
				return nil, ctx.Err()
			}
			return toolResult(text("Reconnection test completed")), nil
		})
}

// clientAnswerTimeout bounds the wait for the client's answer to a
// request of the server's (sampling, elicitation): a client that never
// answers — or whose answer is refused on the way, as a public policy
// refuses answers sent without a credential — fails the call instead of
// hanging it.
const clientAnswerTimeout = 3 * time.Second

// unmarshalArgs decodes a tool's arguments into v, or returns an invalid
// params error.
func unmarshalArgs(req *mcp.CallToolRequest, v any) error {
	if len(req.Params.Arguments) == 0 {
		return nil
	}
	if err := json.Unmarshal(req.Params.Arguments, v); err != nil {
		return &jsonrpc.Error{Code: jsonrpc.CodeInvalidParams, Message: "invalid arguments: " + err.Error()}
	}
	return nil
}

// elicit asks the client for input on schema and returns what it said.
// On 2026-07-28 the server cannot send requests of its own: it returns
// the elicitation as an input request (SEP-2322) and completes when the
// client retries with the answer.
func elicit(ctx context.Context, req *mcp.CallToolRequest, message string, schema map[string]any, prefix string) (*mcp.CallToolResult, error) {
	if req.ProtocolVersion() >= "2026-07-28" {
		if r, ok := req.Params.InputResponses["input"].(*mcp.ElicitResult); ok {
			return toolResult(text(fmt.Sprintf("%s: action=%s, content=%s", prefix, r.Action, jsonText(r.Content)))), nil
		}
		return &mcp.CallToolResult{InputRequests: mcp.InputRequestMap{
			"input": &mcp.ElicitParams{Message: message, RequestedSchema: schema},
		}}, nil
	}
	ctx, cancel := context.WithTimeout(ctx, clientAnswerTimeout)
	defer cancel()
	res, err := req.Session.Elicit(ctx, &mcp.ElicitParams{Message: message, RequestedSchema: schema})
	if err != nil {
		return nil, err
	}
	return toolResult(text(fmt.Sprintf("%s: action=%s, content=%s", prefix, res.Action, jsonText(res.Content)))), nil
}

// jsonText is v as JSON, for messages.
func jsonText(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

// addDiagnosticTools adds the tools of the server-stateless scenario:
// one that needs a capability the client may not have declared, one that
// would stream a request to the client, and the hooks that change the
// tool and prompt lists while a subscriptions/listen stream is open.
func addDiagnosticTools(s *mcp.Server) {
	s.AddTool(&mcp.Tool{Name: "test_missing_capability", Description: "Needs the client's sampling capability.", InputSchema: noArgs},
		func(_ context.Context, req *mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			if caps := req.ClientCapabilities(); caps == nil || caps.Sampling == nil {
				return nil, &jsonrpc.Error{
					Code:    mcp.CodeMissingRequiredClientCapabilities,
					Message: "this tool needs the client's sampling capability",
					Data:    json.RawMessage(`{"requiredCapabilities":{"sampling":{}}}`),
				}
			}
			return toolResult(text("the client can sample")), nil
		})
	s.AddTool(&mcp.Tool{Name: "test_streaming_elicitation", Description: "Elicits a confirmation from the user.", InputSchema: noArgs},
		func(ctx context.Context, req *mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			return elicit(ctx, req, "Please confirm", map[string]any{
				"type": "object", "properties": map[string]any{"ok": map[string]any{"type": "boolean"}}, "required": []string{"ok"},
			}, "Confirmation")
		})
	var mu sync.Mutex // one change of each list at a time
	s.AddTool(&mcp.Tool{Name: "test_trigger_tool_change", Description: "Adds and removes a tool: two tools/list_changed notifications.", InputSchema: noArgs},
		func(context.Context, *mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			mu.Lock()
			defer mu.Unlock()
			s.AddTool(&mcp.Tool{Name: "test_transient_tool", Description: "Exists for an instant.", InputSchema: noArgs},
				func(context.Context, *mcp.CallToolRequest) (*mcp.CallToolResult, error) {
					return toolResult(text("transient")), nil
				})
			s.RemoveTools("test_transient_tool")
			return toolResult(text("the tool list changed")), nil
		})
	s.AddTool(&mcp.Tool{Name: "test_trigger_prompt_change", Description: "Adds and removes a prompt: two prompts/list_changed notifications.", InputSchema: noArgs},
		func(context.Context, *mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			mu.Lock()
			defer mu.Unlock()
			s.AddPrompt(&mcp.Prompt{Name: "test_transient_prompt", Description: "Exists for an instant."},
				func(context.Context, *mcp.GetPromptRequest) (*mcp.GetPromptResult, error) {
					return &mcp.GetPromptResult{Messages: []*mcp.PromptMessage{{Role: "user", Content: text("transient")}}}, nil
				})
			s.RemovePrompts("test_transient_prompt")
			return toolResult(text("the prompt list changed")), nil
		})
}

// addResources adds the resources and the template.
func addResources(s *mcp.Server) {
	one := func(c *mcp.ResourceContents) mcp.ResourceHandler {
		return func(context.Context, *mcp.ReadResourceRequest) (*mcp.ReadResourceResult, error) {
			return &mcp.ReadResourceResult{Contents: []*mcp.ResourceContents{c}}, nil
		}
	}
	s.AddResource(&mcp.Resource{URI: staticTextURI, Name: "static-text", Description: "A static text resource.", MIMEType: "text/plain"},
		one(&mcp.ResourceContents{URI: staticTextURI, MIMEType: "text/plain", Text: "This is the content of the static text resource."}))
	s.AddResource(&mcp.Resource{URI: staticBinaryURI, Name: "static-binary", Description: "A static PNG image.", MIMEType: "image/png"},
		one(&mcp.ResourceContents{URI: staticBinaryURI, MIMEType: "image/png", Blob: pixelPNG}))
	s.AddResource(&mcp.Resource{URI: watchedURI, Name: "watched-resource", Description: "A resource clients subscribe to.", MIMEType: "text/plain"},
		one(&mcp.ResourceContents{URI: watchedURI, MIMEType: "text/plain", Text: "Watched resource content."}))
	s.AddResourceTemplate(&mcp.ResourceTemplate{URITemplate: templateURI, Name: "template", Description: "Data for an id.", MIMEType: "application/json"},
		func(_ context.Context, req *mcp.ReadResourceRequest) (*mcp.ReadResourceResult, error) {
			uri := req.Params.URI
			id, ok := strings.CutPrefix(uri, "test://template/")
			if ok {
				id, ok = strings.CutSuffix(id, "/data")
			}
			if !ok || id == "" || strings.Contains(id, "/") {
				return nil, mcp.ResourceNotFoundError(uri)
			}
			body := jsonText(map[string]any{"id": id, "templateTest": true, "data": "Data for ID: " + id})
			return &mcp.ReadResourceResult{Contents: []*mcp.ResourceContents{{URI: uri, MIMEType: "application/json", Text: body}}}, nil
		})
}

// addPrompts adds the prompts.
func addPrompts(s *mcp.Server) {
	msgs := func(m ...*mcp.PromptMessage) *mcp.GetPromptResult { return &mcp.GetPromptResult{Messages: m} }
	user := func(c mcp.Content) *mcp.PromptMessage { return &mcp.PromptMessage{Role: "user", Content: c} }
	s.AddPrompt(&mcp.Prompt{Name: "test_simple_prompt", Description: "A prompt without arguments."},
		func(context.Context, *mcp.GetPromptRequest) (*mcp.GetPromptResult, error) {
			return msgs(user(text("This is a simple prompt for testing."))), nil
		})
	s.AddPrompt(&mcp.Prompt{Name: "test_prompt_with_arguments", Description: "A prompt with two arguments.", Arguments: []*mcp.PromptArgument{
		{Name: "arg1", Description: "First test argument", Required: true},
		{Name: "arg2", Description: "Second test argument", Required: true},
	}}, func(_ context.Context, req *mcp.GetPromptRequest) (*mcp.GetPromptResult, error) {
		a := req.Params.Arguments
		return msgs(user(text(fmt.Sprintf("Prompt with arguments: arg1='%s', arg2='%s'", a["arg1"], a["arg2"])))), nil
	})
	s.AddPrompt(&mcp.Prompt{Name: "test_prompt_with_embedded_resource", Description: "A prompt that embeds a resource.", Arguments: []*mcp.PromptArgument{
		{Name: "resourceUri", Description: "URI of the resource to embed", Required: true},
	}}, func(_ context.Context, req *mcp.GetPromptRequest) (*mcp.GetPromptResult, error) {
		uri := req.Params.Arguments["resourceUri"]
		if uri == "" {
			return nil, &jsonrpc.Error{Code: jsonrpc.CodeInvalidParams, Message: "resourceUri is required"}
		}
		return msgs(
			user(&mcp.EmbeddedResource{Resource: &mcp.ResourceContents{URI: uri, MIMEType: "text/plain", Text: "Embedded resource content for testing."}}),
			user(text("Please process the embedded resource above.")),
		), nil
	})
	s.AddPrompt(&mcp.Prompt{Name: "test_prompt_with_image", Description: "A prompt with an image."},
		func(context.Context, *mcp.GetPromptRequest) (*mcp.GetPromptResult, error) {
			return msgs(
				user(&mcp.ImageContent{Data: pixelPNG, MIMEType: "image/png"}),
				user(text("Please analyze the image above.")),
			), nil
		})
}

// sortedKeys returns m's keys in order, for stable messages.
func sortedKeys[V any](m map[string]V) []string {
	return slices.Sorted(maps.Keys(m))
}
