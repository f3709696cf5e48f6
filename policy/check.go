package policy

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mcpauth/mcpauth/operation"
)

// checking marks the in-memory session of Unruled, whose lists
// FilterLists must not filter (it has no caller).
type checking struct{}

// Unruled returns what server offers that no rule of the policy names —
// tools ("tool NAME"), prompts ("prompt NAME"), resources ("resource URI")
// and resource templates ("template TEMPLATE") — so that it falls to the
// default. It lists them through an in-memory session of server.
func (pol *Policy) Unruled(ctx context.Context, server *mcp.Server) ([]string, error) {
	cs, err := pol.connect(ctx, server, nil)
	if err != nil {
		return nil, err
	}
	defer cs.Close()
	return pol.unruled(ctx, cs)
}

// Check is the strict mode, for start-up: it fails, naming them, when
// server offers anything no rule names.
func (pol *Policy) Check(ctx context.Context, server *mcp.Server) error {
	missing, err := pol.Unruled(ctx, server)
	if err != nil {
		return err
	}
	if len(missing) > 0 {
		return fmt.Errorf("policy: no rule names %s", strings.Join(missing, ", "))
	}
	return nil
}

// Watch keeps checking server: every time its tools, prompts or resources
// change (list-changed notifications), report is called with what no rule
// names, if anything. It returns once the first check is done (with its
// error, if any); the watch ends with ctx.
func (pol *Policy) Watch(ctx context.Context, server *mcp.Server, report func([]string)) error {
	return watch(ctx, pol, server, report)
}

// Watch is Policy.Watch, each check made with the policy in force.
func (l *Live) Watch(ctx context.Context, server *mcp.Server, report func([]string)) error {
	return watch(ctx, l, server, report)
}

func watch(ctx context.Context, src Source, server *mcp.Server, report func([]string)) error {
	if report == nil {
		return errors.New("policy: Watch: report is nil")
	}
	var session atomic.Pointer[mcp.ClientSession] // set once connected; notifications may come first
	recheck := func(ctx context.Context) {
		cs := session.Load()
		if cs == nil {
			return
		}
		if missing, err := src.Current().unruled(ctx, cs); err == nil && len(missing) > 0 {
			report(missing)
		}
	}
	cs, err := src.Current().connect(ctx, server, &mcp.ClientOptions{
		ToolListChangedHandler:     func(ctx context.Context, _ *mcp.ToolListChangedRequest) { recheck(ctx) },
		PromptListChangedHandler:   func(ctx context.Context, _ *mcp.PromptListChangedRequest) { recheck(ctx) },
		ResourceListChangedHandler: func(ctx context.Context, _ *mcp.ResourceListChangedRequest) { recheck(ctx) },
	})
	if err != nil {
		return err
	}
	missing, err := src.Current().unruled(ctx, cs)
	if err != nil {
		cs.Close()
		return err
	}
	session.Store(cs)
	go func() { <-ctx.Done(); cs.Close() }()
	if len(missing) > 0 {
		report(missing)
	}
	return nil
}

func (pol *Policy) connect(ctx context.Context, server *mcp.Server, opts *mcp.ClientOptions) (*mcp.ClientSession, error) {
	if server == nil {
		return nil, errors.New("policy: server is nil")
	}
	ctx = context.WithValue(ctx, checking{}, true)
	st, ct := mcp.NewInMemoryTransports()
	if _, err := server.Connect(ctx, st, nil); err != nil {
		return nil, fmt.Errorf("policy: listing the server: %w", err)
	}
	cs, err := mcp.NewClient(&mcp.Implementation{Name: "mcpauth-policy-check", Version: "v1"}, opts).Connect(ctx, ct, nil)
	if err != nil {
		return nil, fmt.Errorf("policy: listing the server: %w", err)
	}
	return cs, nil
}

func (pol *Policy) unruled(ctx context.Context, cs *mcp.ClientSession) ([]string, error) {
	var missing []string
	named := func(method, name string) bool {
		op := &operation.Op{Kind: operation.Call, Method: method, Name: name}
		return slices.ContainsFunc(pol.rules, func(r rule) bool { return r.matches(op) })
	}
	caps := cs.InitializeResult().Capabilities
	if caps.Tools != nil {
		for t, err := range cs.Tools(ctx, nil) {
			if err != nil {
				return nil, fmt.Errorf("policy: listing tools: %w", err)
			}
			if !named("tools/call", t.Name) {
				missing = append(missing, "tool "+t.Name)
			}
		}
	}
	if caps.Prompts != nil {
		for p, err := range cs.Prompts(ctx, nil) {
			if err != nil {
				return nil, fmt.Errorf("policy: listing prompts: %w", err)
			}
			if !named("prompts/get", p.Name) {
				missing = append(missing, "prompt "+p.Name)
			}
		}
	}
	if caps.Resources != nil {
		for r, err := range cs.Resources(ctx, nil) {
			if err != nil {
				return nil, fmt.Errorf("policy: listing resources: %w", err)
			}
			if !named("resources/read", r.URI) {
				missing = append(missing, "resource "+r.URI)
			}
		}
		for r, err := range cs.ResourceTemplates(ctx, nil) {
			if err != nil {
				return nil, fmt.Errorf("policy: listing resource templates: %w", err)
			}
			if !slices.ContainsFunc(pol.rules, func(ru rule) bool {
				return slices.Contains(ru.rawTemplates, r.URITemplate) || slices.Contains(ru.Methods, "resources/read")
			}) {
				missing = append(missing, "template "+r.URITemplate)
			}
		}
	}
	return missing, nil
}
