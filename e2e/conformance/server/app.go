package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"

	"github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/modelcontextprotocol/go-sdk/oauthex"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/policy"
	"github.com/mcpauth/mcpauth/ratelimit"
)

// suiteScope is the scope of the suite's API key, and what every
// operation needs with -auth key.
const suiteScope = "conformance"

// suiteMethods are the JSON-RPC methods the suite sends (those package
// policy knows: a client's MCP methods). Session notifications
// (notifications/initialized, cancelled, progress) are decided as
// initialize is, by package policy's rule for them.
var suiteMethods = []string{
	"initialize", "ping", "server/discover", "subscriptions/listen",
	"tools/list", "tools/call",
	"prompts/list", "prompts/get",
	"resources/list", "resources/templates/list", "resources/read", "resources/subscribe", "resources/unsubscribe",
	"completion/complete", "logging/setLevel",
	"tasks/get", "tasks/result", "tasks/list", "tasks/cancel", "tasks/update",
}

// appConfig configures newApp.
type appConfig struct {
	base      string // http://host:port this process listens on
	stateless bool
	auth      string // "key" or "public"
	apiKey    string // the suite's key; generated when empty
	sdkLogger *slog.Logger
}

// app is the conformance server: its HTTP handler and what it printed.
type app struct {
	handler      http.Handler
	endpoint     string // the MCP endpoint's URL
	generatedKey string // the key made at start-up, when none was given
}

// suitePolicy is the policy of an auth mode.
//
// "key": every method the suite sends needs scope conformance, which the
// suite's key has; DefaultAllow lets an authenticated caller's unknown
// methods through to go-sdk, which answers them -32601 (HTTP 404 on
// 2026-07-28), as the suite's server-stateless scenario requires.
//
// "public": the same methods are public, so that the suite, which sends
// no credential, is let in as mcpctx.Anonymous(). Whatever no rule names
// — a method that is not MCP's — is refused (403), as package policy
// refuses every operation no rule names; and, as the gate does for any
// public policy, what is not a message (GET, DELETE) and a client's
// answers to the server's own requests still need a credential.
func suitePolicy(mode string) (*policy.Policy, error) {
	switch mode {
	case "key":
		return policy.New(policy.Config{
			Rules:        []policy.Rule{{Name: "the conformance suite's key", Methods: suiteMethods, Scopes: []string{suiteScope}}},
			DefaultAllow: true,
		})
	case "public":
		return policy.New(policy.Config{
			Rules: []policy.Rule{{Name: "the conformance surface is public", Methods: suiteMethods, Public: true}},
		})
	}
	return nil, fmt.Errorf(`-auth %q: want "key" or "public"`, mode)
}

// newApp builds the MCP server and the chain in front of it.
func newApp(ctx context.Context, cfg appConfig, logger *slog.Logger) (*app, error) {
	a := &app{endpoint: cfg.base + "/mcp"}
	pol, err := suitePolicy(cfg.auth)
	if err != nil {
		return nil, err
	}

	// The suite's API key, in a memory store: this process's own.
	store := apikey.NewMemoryStore()
	if cfg.apiKey == "" {
		key, _, err := apikey.Create(ctx, store, apikey.NewKey{
			Subject: "conformance-suite", Name: "conformance suite (this run)", Scopes: []string{suiteScope},
		})
		if err != nil {
			return nil, err
		}
		a.generatedKey = key
	} else {
		id, err := apikey.ParseID(cfg.apiKey, apikey.DefaultPrefix)
		if err != nil {
			return nil, errors.New("$" + keyEnv + " is not a well-formed mcpauth API key (unset it to have one generated)")
		}
		if err := store.Put(apikey.Record{ID: id, Hash: apikey.Hash(cfg.apiKey), Subject: "conformance-suite",
			Name: "conformance suite (given)", Scopes: []string{suiteScope}}); err != nil {
			return nil, err
		}
	}
	keys, err := apikey.New(apikey.Config{Store: store})
	if err != nil {
		return nil, err
	}

	// Generous limits: they are in the chain to be exercised, not to
	// bite. The per-address one is in front of the gate, the per-caller
	// one behind it (anonymous callers are counted by address).
	limiter := ratelimit.NewMemory(ratelimit.MemoryOptions{})
	perIP, err := ratelimit.New(limiter, ratelimit.Options{Logger: logger, Policies: []ratelimit.Policy{
		{Name: "ip", Limit: ratelimit.PerMinute(60000), Key: ratelimit.ByClientIP(nil)},
	}})
	if err != nil {
		return nil, err
	}
	perCaller, err := ratelimit.New(limiter, ratelimit.Options{Logger: logger, Policies: []ratelimit.Policy{
		{Name: "caller", Limit: ratelimit.PerMinute(30000), Key: ratelimit.ByPrincipal()},
		{Name: "tools", Limit: ratelimit.PerMinute(10000), Key: ratelimit.ByPrincipal(), Methods: []string{"tools/call"}},
	}})
	if err != nil {
		return nil, err
	}

	ep, err := mcpauth.NewEndpoint(mcpauth.EndpointConfig{
		Resource:       a.endpoint,
		Authenticators: []mcpauth.Authenticator{keys},
		Metadata:       oauthex.ProtectedResourceMetadata{ResourceName: "mcpauth conformance server", ScopesSupported: []string{suiteScope}},
		Authorizer:     pol,
		Logger:         logger,
		PreAuth:        []mcpauth.Layer{perIP},
		Limits:         []mcpauth.Layer{perCaller},
	})
	if err != nil {
		return nil, err
	}

	sdkLogger := cfg.sdkLogger
	if sdkLogger == nil {
		sdkLogger = logger
	}
	server := newServer(sdkLogger)
	if err := pol.Check(ctx, server); err != nil {
		return nil, err
	}
	server.AddReceivingMiddleware(mcpctx.Middleware())
	server.AddReceivingMiddleware(policy.FilterLists(pol))

	opts := &mcp.StreamableHTTPOptions{
		Stateless: cfg.stateless,
		Logger:    sdkLogger.With("component", "go-sdk"),
	}
	if !cfg.stateless {
		// Resumable streams: the suite's server-sse-polling scenario
		// reconnects with Last-Event-ID after test_reconnection closes
		// its stream.
		opts.EventStore = mcp.NewMemoryEventStore(nil)
	}
	mux := http.NewServeMux()
	if err := ep.Mount(mux, mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return server }, opts)); err != nil {
		return nil, err
	}
	a.handler = mux
	return a, nil
}
