package main

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/modelcontextprotocol/go-sdk/oauthex"
	"github.com/redis/go-redis/v9"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/apikey/redisstore"
	"github.com/mcpauth/mcpauth/apikey/storeurl"
	"github.com/mcpauth/mcpauth/audit"
	"github.com/mcpauth/mcpauth/headers"
	"github.com/mcpauth/mcpauth/jwtauth"
	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/operation"
	"github.com/mcpauth/mcpauth/policy"
	"github.com/mcpauth/mcpauth/ratelimit"
	"github.com/mcpauth/mcpauth/ratelimit/redislimit"
)

// devSubject owns the development API key.
const devSubject = "dev"

// devScopes are granted to the development API key: "tools" for the main
// server, "admin" for the admin server.
var devScopes = []string{"tools", "admin"}

// scopesSupported are the scopes the main endpoint advertises: only
// "tools", what every caller of its tools needs. OAuth clients that find no
// scope in a challenge (a GET or DELETE of /mcp carries no operation to
// name one for) ask for all of these, so listing the privileged
// "maintenance" (or the admin endpoint's "admin") would get them an
// over-broad token they never needed; a client that calls purge_cache
// learns of "maintenance" from the 403 insufficient_scope step-up, which
// names it. The admin endpoint advertises adminScopes.
var (
	scopesSupported = []string{"tools"}
	adminScopes     = []string{"admin"}
)

// defaultPolicy is the main endpoint's policy unless -policy names a file.
//
//go:embed policy.yaml
var defaultPolicy []byte

type app struct {
	handler     http.Handler
	baseURL     string // where this process listens, for the banner
	endpoint    string // canonical URL of the main MCP endpoint
	admin       string // canonical URL of the admin MCP endpoint
	metadata    string // URL of the main endpoint's RFC 9728 document
	devKey      string // the generated key, printed once; empty if configured
	keyID       string
	jwt         bool
	dev         *devIssuer // with -dev
	devToken    string     // a JWT for the main endpoint, with -dev
	adopted     bool       // -api-key was a generated key, no longer leased
	storeKind   string
	sharedStore bool // no development key made: the store is shared
	keys        *storeurl.Store
	now         func() time.Time // the clock of development-key leases
	limiterKind string
	rate        ratelimit.Limit
	ipRate      ratelimit.Limit
	policy      *policy.Live // the main endpoint's; Reload on SIGHUP
	policyFrom  string
	audit       bool            // -audit
	requireTyp  string          // -require-typ
	checks      []mcpauth.Check // what /ready asks
	closers     []func() error
}

// newApp wires the HTTP API, the MCP servers and their authentication.
func newApp(ctx context.Context, cfg config, addr net.Addr, logger *slog.Logger) (_ *app, err error) {
	a := &app{baseURL: "http://" + addr.String(), rate: cfg.rate, ipRate: cfg.ipRate}
	defer func() {
		if err != nil {
			a.close()
		}
	}()
	resource := cfg.resource
	if resource == "" {
		if !isLoopbackHost(hostOnly(addr.String())) {
			return nil, fmt.Errorf("listening on %s, which is not a loopback address: set -resource to the https URL clients use", addr)
		}
		resource = a.baseURL + cfg.path
	}

	// Authentication: API keys always, JWTs when an issuer is configured.
	keyAuth, err := a.openKeys(ctx, cfg, logger)
	if err != nil {
		return nil, err
	}
	mainAuth := []mcpauth.Authenticator{keyAuth}
	adminAuth := []mcpauth.Authenticator{keyAuth}
	var authServers []string
	issuer, keys, err := a.jwtKeys(ctx, cfg, logger)
	if err != nil {
		return nil, err
	}
	a.checks = append(a.checks, mcpauth.Check{Name: "keys", Checker: a.keys})
	if c, ok := keys.(mcpauth.Checker); ok {
		a.checks = append(a.checks, mcpauth.Check{Name: "jwks", Checker: c})
	}
	if keys != nil {
		// Each endpoint is its own resource: a token issued for one must
		// not be accepted by the other (RFC 8707), so each gets its own
		// JWT authenticator over the same keys.
		mainAuds := cfg.audiences // -audience names the main endpoint only
		if len(mainAuds) == 0 {
			mainAuds = []string{resource}
		}
		for _, ep := range []struct {
			auths *[]mcpauth.Authenticator
			auds  []string
		}{{&mainAuth, mainAuds}, {&adminAuth, []string{resource + "/admin"}}} {
			auds := ep.auds
			jwtAuth, err := jwtauth.New(jwtauth.Config{Issuer: issuer, Audiences: auds, Keys: keys, Leeway: 30 * time.Second, RequiredType: cfg.requireTyp})
			if err != nil {
				return nil, err
			}
			*ep.auths = append(*ep.auths, jwtAuth)
		}
		authServers = []string{issuer}
		a.jwt, a.requireTyp = true, cfg.requireTyp
	}

	// One metadata document per MCP endpoint; the main one also at the root.
	mainMD, err := mcpauth.NewResourceMetadata(oauthex.ProtectedResourceMetadata{
		Resource: resource, AuthorizationServers: authServers, ScopesSupported: scopesSupported,
		ResourceName: "mcpauth example",
	})
	if err != nil {
		return nil, err
	}
	adminMD, err := mcpauth.NewResourceMetadata(oauthex.ProtectedResourceMetadata{
		Resource: resource + "/admin", AuthorizationServers: authServers, ScopesSupported: adminScopes,
		ResourceName: "mcpauth example (admin)",
	})
	if err != nil {
		return nil, err
	}
	a.endpoint, a.admin, a.metadata = mainMD.Resource(), adminMD.Resource(), mainMD.URL()
	if a.dev != nil {
		if a.devToken, err = a.dev.token(issuer, a.endpoint); err != nil {
			return nil, err
		}
	}

	// Authorization per tool on the main endpoint, checked against its
	// tools at start-up (and at every reload): a tool without a rule is an
	// error, not a silent default.
	mainServer, adminServer := newMainServer(), newAdminServer()
	if a.policy, err = a.loadPolicy(ctx, cfg, mainServer); err != nil {
		return nil, err
	}
	mainServer.AddReceivingMiddleware(policy.FilterLists(a.policy))
	mainGate, err := mcpauth.New(mcpauth.Options{
		Authenticators: mainAuth, Authorizer: a.policy, ResourceMetadataURL: mainMD.URL(), Logger: logger,
	})
	if err != nil {
		return nil, err
	}
	adminGate, err := mcpauth.New(mcpauth.Options{
		Authenticators: adminAuth, ResourceMetadataURL: adminMD.URL(), RequiredScopes: adminScopes, Logger: logger,
	})
	if err != nil {
		return nil, err
	}
	checkOrigin, err := headers.ValidateOrigin(headers.OriginOptions{
		OnReject: func(r *http.Request, origin string) {
			logger.Warn("origin rejected", "origin", origin, "path", r.URL.Path)
		},
	})
	if err != nil {
		return nil, err
	}

	httpOpts := &mcp.StreamableHTTPOptions{
		Stateless:    cfg.stateless,
		JSONResponse: cfg.jsonResponse,
		Logger:       logger,
	}
	// go-sdk refuses a non-loopback Host on a loopback listener (DNS
	// rebinding). Behind a reverse proxy the Host is the public one named
	// by -resource: accept exactly that one, and loopback, ourselves.
	guardHost := func(h http.Handler) http.Handler { return h }
	if rh := resourceHost(resource); !isLoopbackHost(rh) {
		httpOpts.DisableLocalhostProtection = true
		guardHost = func(h http.Handler) http.Handler {
			return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if host := hostOnly(r.Host); host != rh && !isLoopbackHost(host) {
					http.Error(w, "Forbidden: invalid Host header", http.StatusForbidden)
					return
				}
				h.ServeHTTP(w, r)
			})
		}
	}
	if !cfg.stateless {
		httpOpts.SessionTimeout = 30 * time.Minute
	}
	limitIP, limitCaller, err := a.rateLimits(cfg, logger)
	if err != nil {
		return nil, err
	}
	ready, err := mcpauth.NewReadiness(mcpauth.ReadinessConfig{Checks: a.checks, Logger: logger})
	if err != nil {
		return nil, err
	}

	// The existing API: a mux that already serves other routes.
	mux := http.NewServeMux()
	mux.HandleFunc("GET /health", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"status":"ok"}`+"\n")
	})
	mux.Handle("/ready", ready) // readiness: the key store, JWT keys and Redis limiter answer
	// Origin check → per-IP limit (slows credential guessing) → gate →
	// per-caller and per-tool limits → MCP.
	mainMCP := http.Handler(mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return mainServer }, httpOpts))
	if !cfg.stateless {
		mainMCP = anonymousStateless(mainServer, httpOpts, mainMCP)
	}
	// -audit: one decision event per request, around each endpoint's
	// whole chain; audit.Passed marks where the chain lets it through.
	audited := func(h http.Handler) http.Handler { return h }
	if cfg.audit {
		out := cfg.auditOut
		if out == nil {
			out = os.Stdout
		}
		aud, err := audit.New(audit.Config{Logger: slog.New(slog.NewJSONHandler(out, nil))})
		if err != nil {
			return nil, err
		}
		audited = aud.Handler
		a.audit = true
	}
	mux.Handle(cfg.path, audited(guardHost(checkOrigin(limitIP.Handler(mainGate.Handler(limitCaller.Handler(audit.Passed(mainMCP))))))))
	mux.Handle(cfg.path+"/admin", audited(guardHost(checkOrigin(limitIP.Handler(adminGate.Handler(limitCaller.Handler(audit.Passed(
		mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return adminServer }, httpOpts)))))))))
	if a.dev != nil {
		a.dev.mount(mux, issuer)
	}
	mainMD.Mount(mux)
	mux.Handle(adminMD.Path(), adminMD)
	a.handler = mux
	return a, nil
}

// anonymousStateless serves callers without a credential (the policy's
// public operations) without sessions, and everyone else with next: a
// session is state kept for 30 minutes, and nobody vouches for anonymous
// callers, so they get none to pile up. A client that connected
// anonymously has no session and goes on without one once it has a
// token, as OAuth clients do (401, token, retry): a request with a
// credential reaches next only if it names a session (Mcp-Session-Id) or
// may start one (see startsSession).
func anonymousStateless(server *mcp.Server, opts *mcp.StreamableHTTPOptions, next http.Handler) http.Handler {
	stateless := *opts
	stateless.Stateless, stateless.SessionTimeout = true, 0
	anonymous := mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return server }, &stateless)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p, _ := mcpctx.PrincipalFrom(r.Context())
		if p != nil && p.Method == mcpctx.MethodAnonymous || r.Header.Get("Mcp-Session-Id") == "" && !startsSession(r) {
			anonymous.ServeHTTP(w, r)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// startsSession reports whether r, which names no session, is one the
// stateful handler must see: initialize, which starts a session, or
// server/discover, a 2026-07-28 client's probe, which it refuses so that
// the client falls back to initialize. It would make any other request a
// session that was never initialized, and fail it.
func startsSession(r *http.Request) bool {
	ops, _ := operation.FromContext(r.Context())
	op := ops.Single()
	return op != nil && (op.Method == "initialize" || op.Method == "server/discover")
}

// loadPolicy loads the main endpoint's policy, from -policy or the
// embedded default, and checks that it names every tool of server.
func (a *app) loadPolicy(ctx context.Context, cfg config, server *mcp.Server) (*policy.Live, error) {
	loader := policy.Loader{Conditions: policyConditions}
	a.policyFrom = "the built-in policy (policy.yaml)"
	if cfg.policyFile != "" {
		a.policyFrom = cfg.policyFile
	}
	return policy.NewLive(func() (*policy.Policy, error) {
		var pol *policy.Policy
		var err error
		if cfg.policyFile == "" {
			pol, err = loader.YAML(defaultPolicy)
		} else {
			pol, err = loader.File(cfg.policyFile)
		}
		if err == nil {
			err = pol.Check(ctx, server)
		}
		return pol, err
	})
}

// keyCacheTTL bounds how long a revoked key keeps working here when the
// store cannot announce revocations (SQLite, PostgreSQL); with Redis they
// take effect at once.
const keyCacheTTL = 5 * time.Second

// devKeyName starts the name of every development key: a key given with
// -api-key is named just that; one the server makes adds its pid and
// address (devKeyNameFor).
const devKeyName = "development (example server)"

// devKeyNameFor names the development key made by the server at addr.
func devKeyNameFor(addr string) string {
	return fmt.Sprintf("%s, pid %d on %s", devKeyName, os.Getpid(), addr)
}

// isGeneratedDevKey reports whether rec is a development key some run of
// the server made for itself (and leased).
func isGeneratedDevKey(rec *apikey.Record) bool {
	return rec.Subject == devSubject && strings.HasPrefix(rec.Name, devKeyName+", pid ")
}

// A development key the server makes is its own: it leaves the other
// servers' keys alone, and its lease, renewed while it runs, ends
// devKeyLease after it stops. Expired keys are not deleted (stores never
// delete); "mcpauth keys list --all" shows them.
const (
	devKeyLease      = 24 * time.Hour
	devKeyLeaseText  = "24 hours" // devKeyLease, for people
	devKeyRenewEvery = time.Hour
)

// openKeys opens the key store, puts a cache in front of it (invalidated
// through Redis pub/sub with a Redis store), records last use, and makes
// sure a development key exists.
func (a *app) openKeys(ctx context.Context, cfg config, logger *slog.Logger) (*apikey.Authenticator, error) {
	store, err := storeurl.Open(ctx, cfg.store)
	if err != nil {
		return nil, err
	}
	a.closers = append(a.closers, store.Close)
	a.storeKind = store.Kind
	cache := apikey.NewCache(store, apikey.CacheOptions{TTL: keyCacheTTL})
	if store.Redis != nil {
		stop, err := redisstore.Subscribe(ctx, store.Redis, store.InvalidationChannel, cache)
		if err != nil {
			return nil, fmt.Errorf("subscribing to key invalidations: %w", err)
		}
		a.closers = append(a.closers, stop)
	}
	tracker := apikey.NewTracker(store, time.Minute, logger)
	a.closers = append(a.closers, func() error { tracker.Close(); return nil })
	a.now = cfg.now
	if a.now == nil {
		a.now = time.Now
	}
	a.keys = store
	if err := a.addDevKey(ctx, cfg.apiKey, cfg.pepper); err != nil {
		return nil, err
	}
	if a.devKey != "" {
		a.keepDevKey(logger)
	}
	return apikey.New(apikey.Config{Store: cache, Tracker: tracker, Pepper: cfg.pepper})
}

// addDevKey makes sure the configured development key is in the store and
// active or — on a local store only (SQLite, memory) — makes a new one
// whose secret only this run knows, leased for devKeyLease. Other servers'
// development keys on the same store are left alone: a second server must
// not lock the first one's clients out. On a shared store (PostgreSQL,
// Redis) the server makes no keys: secrets would end up in logs.
func (a *app) addDevKey(ctx context.Context, configured string, pepper []byte) error {
	store := a.keys
	if configured != "" {
		id, err := apikey.ParseID(configured, apikey.DefaultPrefix)
		if err != nil {
			return errors.New("-api-key is not a well-formed mcpauth key (start the server without it to generate one)")
		}
		a.keyID = id
		rec := &apikey.Record{ID: id, Hash: apikey.HashWithPepper(configured, pepper), Subject: devSubject, Name: devKeyName,
			Scopes: devScopes, CreatedAt: a.now().UTC()}
		err = store.Insert(ctx, rec)
		if !errors.Is(err, apikey.ErrExists) {
			return err
		}
		existing, err := store.Lookup(ctx, id)
		switch {
		case err != nil:
			return err
		case string(existing.Hash) != string(rec.Hash):
			return errors.New("-api-key: the store holds a different key with the same id")
		case isGeneratedDevKey(existing) && existing.RevokedAt.IsZero() && existing.ReplacedBy == "":
			// A key printed by an earlier run, given back to keep it:
			// it is no longer leased (even if its lease ran out), and
			// the run that made it stops renewing it.
			if !existing.ExpiresAt.IsZero() {
				if err := store.SetExpiry(ctx, id, time.Time{}); err != nil {
					return err
				}
				a.adopted = true
			}
		case !existing.Active(a.now()):
			return errors.New("-api-key: that key is revoked or expired in the store")
		}
		return nil
	}
	if store.Kind != "sqlite" && store.Kind != "memory" {
		a.sharedStore = true
		return nil
	}
	key, rec, err := apikey.Create(ctx, store, apikey.NewKey{
		Subject: devSubject, Name: devKeyNameFor(strings.TrimPrefix(a.baseURL, "http://")), Scopes: devScopes, Pepper: pepper,
		ExpiresAt: a.now().Add(devKeyLease),
	})
	if err != nil {
		return err
	}
	a.devKey, a.keyID = key, rec.ID
	return nil
}

// keepDevKey renews the development key's lease every devKeyRenewEvery
// until the app closes.
func (a *app) keepDevKey(logger *slog.Logger) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(devKeyRenewEvery)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
			more, err := a.renewDevKey(ctx)
			if err != nil {
				logger.Warn("renewing the development key's lease failed", "key_id", a.keyID, "err", err)
			}
			if !more {
				return
			}
		}
	}()
	a.closers = append(a.closers, func() error { cancel(); <-done; return nil })
}

// renewDevKey moves the end of the development key's lease to devKeyLease
// from now, and reports whether to renew it again. It stops when someone
// else decided the key's fate: revoked or rotated it (the revocation or
// the rotation's grace period stands), or made it permanent by passing it
// to a server as -api-key. A store error is retried at the next renewal.
// (A rotation or -api-key landing between its Lookup and SetExpiry is
// overwritten once, with a lease of devKeyLease at most; the development
// store is local, and the next renewal sees it and stops.)
func (a *app) renewDevKey(ctx context.Context) (bool, error) {
	rec, err := a.keys.Lookup(ctx, a.keyID)
	switch {
	case errors.Is(err, apikey.ErrNotFound):
		return false, err
	case err != nil:
		return true, err
	case !rec.RevokedAt.IsZero() || rec.ReplacedBy != "" || rec.ExpiresAt.IsZero():
		return false, nil
	}
	return true, a.keys.SetExpiry(ctx, a.keyID, a.now().Add(devKeyLease))
}

// close releases what newApp opened, newest first.
func (a *app) close() {
	for i := len(a.closers) - 1; i >= 0; i-- {
		_ = a.closers[i]()
	}
	a.closers = nil
}

// rateLimits builds the two rate-limit layers: by client IP in front of the
// gate (-ip-rate; it charges each request 1 without reading its body, and a
// batch's further calls once the gate has authenticated and parsed it),
// and behind it by caller (-rate, or a key's own rate limit) and, as
// an example of a per-tool limit, for echo. With -redis the limits are
// shared by every replica; if Redis fails, each replica falls back to its
// own in-memory limits until it is back.
func (a *app) rateLimits(cfg config, logger *slog.Logger) (ip, caller *ratelimit.Middleware, err error) {
	var limiter ratelimit.Limiter = ratelimit.NewMemory(ratelimit.MemoryOptions{})
	a.limiterKind = "in memory"
	if cfg.redisURL != "" {
		u, err := url.Parse(cfg.redisURL)
		if err != nil {
			return nil, nil, errors.New("-redis is not a valid URL")
		}
		q := u.Query()
		prefix := q.Get("prefix") // ?prefix=… namespaces the keys
		q.Del("prefix")
		u.RawQuery = q.Encode()
		opts, err := redis.ParseURL(u.String())
		if err != nil {
			return nil, nil, fmt.Errorf("-redis %s: %w", u.Redacted(), err)
		}
		opts.ContextTimeoutEnabled = true // each decision is bounded by its timeout
		client := redis.NewClient(opts)
		a.closers = append(a.closers, client.Close)
		rl, err := redislimit.New(redislimit.Options{
			Client: client, Prefix: prefix, FailureMode: redislimit.FailLocal, Logger: logger,
		})
		if err != nil {
			return nil, nil, err
		}
		limiter, a.limiterKind = rl, "in Redis (shared)"
		a.checks = append(a.checks, mcpauth.Check{Name: "ratelimit", Checker: rl})
	}
	ip, err = ratelimit.New(limiter, ratelimit.Options{Logger: logger, Policies: []ratelimit.Policy{
		{Name: "ip", Limit: cfg.ipRate, Key: ratelimit.ByClientIP(nil)},
	}})
	if err != nil {
		return nil, nil, err
	}
	caller, err = ratelimit.New(limiter, ratelimit.Options{Logger: logger, Policies: []ratelimit.Policy{
		{Name: "caller", Limit: cfg.rate, Key: ratelimit.ByPrincipal(), UsePrincipalLimit: true},
		{Name: "echo", Limit: ratelimit.PerMinute(30), Key: ratelimit.ByPrincipal(), Tools: []string{"echo"}},
	}})
	return ip, caller, err
}

// jwtKeys returns the issuer and key source for JWTs, or a nil source when
// JWTs are not configured: -dev makes its own; -jwks-file and -jwks-url name
// the keys; -issuer alone discovers them.
func (a *app) jwtKeys(ctx context.Context, cfg config, logger *slog.Logger) (string, jwtauth.KeySource, error) {
	switch {
	case cfg.dev:
		if !isLoopbackHost(hostOnly(strings.TrimPrefix(a.baseURL, "http://"))) {
			return "", nil, errors.New("-dev prints tokens anyone could use: it runs on a loopback address only")
		}
		d, err := newDevIssuer()
		if err != nil {
			return "", nil, err
		}
		a.dev = d
		return a.baseURL + devPrefix, d.keys, nil
	case cfg.issuer == "":
		return "", nil, nil
	case cfg.jwksFile != "":
		keys, err := jwtauth.ReadJWKSFile(cfg.jwksFile)
		return cfg.issuer, keys, err
	}
	// Remote keys: fetched before serving (so a wrong URL fails now), then
	// refreshed in the background.
	ctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	opts := jwtauth.RemoteJWKSOptions{URL: cfg.jwksURL, Eager: true, Logger: logger}
	var keys *jwtauth.RemoteJWKS
	var err error
	if cfg.jwksURL != "" {
		opts.AllowInsecureLoopback = isLoopbackHost(resourceHost(cfg.jwksURL))
		keys, err = jwtauth.NewRemoteJWKS(ctx, opts)
	} else {
		opts.AllowInsecureLoopback = isLoopbackHost(resourceHost(cfg.issuer))
		keys, err = jwtauth.DiscoverJWKS(ctx, cfg.issuer, opts)
	}
	if err != nil {
		return "", nil, err
	}
	a.closers = append(a.closers, keys.Close)
	return cfg.issuer, keys, nil
}

func resourceHost(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return ""
	}
	return u.Hostname()
}

func hostOnly(hostport string) string {
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		return h
	}
	return strings.Trim(hostport, "[]")
}

func isLoopbackHost(host string) bool {
	if host == "localhost" {
		return true
	}
	ip, err := netip.ParseAddr(host)
	return err == nil && ip.IsLoopback()
}

// printBanner tells the user where the server is and how to call it. The
// development key is printed here, once, and nowhere else.
//
// Its last line is always bannerEnd, so that a program reading the banner
// (the tests, e2e/) knows it has all of it.
func (a *app) printBanner(w io.Writer) {
	defer fmt.Fprintln(w, bannerEnd)
	fmt.Fprintf(w, "mcpauth example listening on %s\n", a.baseURL)
	fmt.Fprintf(w, "  MCP endpoint:      %s  (admin: %s)\n", a.endpoint, a.admin)
	fmt.Fprintf(w, "  resource metadata: %s\n", a.metadata)
	fmt.Fprintf(w, "  health:            %s/health\n", a.baseURL)
	fmt.Fprintf(w, "  readiness:         %s/ready (%s)\n", a.baseURL, a.checkNames())
	if a.storeKind == "memory" {
		fmt.Fprintln(w, "  API keys:          memory store (this process's own: gone when it stops, out of the mcpauth CLI's reach)")
	} else {
		fmt.Fprintf(w, "  API keys:          %s store (manage them with: go run ./cmd/mcpauth keys --help)\n", a.storeKind)
	}
	fmt.Fprintf(w, "  rate limits:       %s per caller, 30/m for echo, %s per IP; %s\n", a.rate, a.ipRate, a.limiterKind)
	fmt.Fprintf(w, "  authorization:     %s; forecast is public, purge_cache needs scope maintenance (kill -HUP reloads a -policy file)\n", a.policyFrom)
	if a.audit {
		fmt.Fprintln(w, "  audit:             one decision event per request, as a JSON line on stdout (-audit)")
	}
	if a.jwt && a.requireTyp != "" {
		fmt.Fprintf(w, "  JWT access tokens are accepted as Authorization: Bearer (typ %s only).\n", a.requireTyp)
	} else if a.jwt {
		fmt.Fprintln(w, "  JWT access tokens are accepted as Authorization: Bearer.")
	}
	if a.devToken != "" {
		fmt.Fprintf(w, "\nDevelopment JWT (-dev: issuer %s%s, valid 1 hour, audience %s):\n\n  TOKEN=%s\n\n", a.baseURL, devPrefix, a.endpoint, a.devToken)
		fmt.Fprintf(w, "  curl -s %s -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' -H 'Accept: application/json, text/event-stream' \\\n", a.endpoint)
		fmt.Fprintln(w, `    -d '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"curl","version":"1"}}}'`)
	}
	if a.sharedStore {
		fmt.Fprintf(w, "\nThe %s key store is shared: create keys with go run ./cmd/mcpauth keys create --store … (this server makes none).\n", a.storeKind)
		return
	}
	if a.devKey == "" {
		kept := ""
		if a.adopted {
			kept = "; it was made by an earlier run and no longer expires"
		}
		fmt.Fprintf(w, "\nUsing the configured development API key (id %s) for subject %q%s.\n", a.keyID, devSubject, kept)
		return
	}
	k := a.devKey
	fmt.Fprintf(w, "\nDevelopment API key %s for subject %q, scopes %q (shown once):\n\n  %s\n", a.keyID, devSubject, strings.Join(devScopes, " "), k)
	if a.storeKind == "memory" {
		fmt.Fprintln(w, "\nIt works until this server stops: the memory store goes with it.")
	} else {
		fmt.Fprintf(w, "\nIt is this server's own: every start makes a new one, and other servers on this store keep theirs.\n"+
			"It works while this server runs and for %s after it stops; pass it as -api-key to keep it for good.\n", devKeyLeaseText)
	}
	fmt.Fprintf(w, "\nTry it with curl:\n\n")
	fmt.Fprintf(w, "  KEY=%s\n  URL=%s\n", k, a.endpoint)
	fmt.Fprint(w, curlSession)
	fmt.Fprintf(w, "\nClaude Desktop (claude_desktop_config.json), through the mcp-remote bridge:\n\n")
	fmt.Fprintf(w, `  {"mcpServers": {"mcpauth-example": {"command": "npx", "args": ["-y", "mcp-remote", %q, "--header", "X-API-Key:%s"]}}}`+"\n", a.endpoint, k)
	fmt.Fprintf(w, "\n%s\n\n", httpClientsIntro)
	fmt.Fprintf(w, `  {"mcpServers": {"mcpauth-example": {"type": "http", "url": %q, "headers": {"X-API-Key": %q}}}}`+"\n\n", a.endpoint, k)
}

// checkNames lists what /ready asks.
func (a *app) checkNames() string {
	names := make([]string, len(a.checks))
	for i, c := range a.checks {
		names[i] = c.Name
	}
	return strings.Join(names, ", ")
}

// httpClientsIntro introduces the configuration file of the clients that
// speak Streamable HTTP themselves; README.md shows the same file.
const httpClientsIntro = `Claude Code (.mcp.json) and Cursor (.cursor/mcp.json) connect directly, with this file
(VS Code's .vscode/mcp.json is the same with "servers" instead of "mcpServers"):`

// bannerEnd is the banner's last line.
const bannerEnd = "Ready. Ctrl-C stops the server."

// curlSession is the shell snippet printed by the banner and shown in
// README.md: initialize, confirm, call whoami.
const curlSession = `  H=(-H "X-API-Key: $KEY" -H 'Content-Type: application/json' -H 'Accept: application/json, text/event-stream')
  SID=$(curl -s -D - -o /dev/null "${H[@]}" "$URL" \
    -d '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"curl","version":"1"}}}' \
    | awk 'tolower($1)=="mcp-session-id:" {print $2}' | tr -d '\r')
  curl -s "${H[@]}" -H "Mcp-Session-Id: $SID" "$URL" -d '{"jsonrpc":"2.0","method":"notifications/initialized"}'
  curl -s "${H[@]}" -H "Mcp-Session-Id: $SID" "$URL" -d '{"jsonrpc":"2.0","id":2,"method":"tools/list"}'
  curl -s "${H[@]}" -H "Mcp-Session-Id: $SID" "$URL" -d '{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"whoami","arguments":{}}}'
`

// Caller is what whoami returns: the principal of the request that called
// it, and the request headers a tool may see.
type Caller struct {
	Subject   string            `json:"subject"`
	Issuer    string            `json:"issuer,omitempty"`
	Method    string            `json:"method"`
	KeyID     string            `json:"key_id,omitempty"`
	Scopes    []string          `json:"scopes"`
	ExpiresAt *time.Time        `json:"expires_at,omitempty"`
	Headers   map[string]string `json:"headers"`
}

func whoami(ctx context.Context, _ *mcp.CallToolRequest, _ struct{}) (*mcp.CallToolResult, Caller, error) {
	p, ok := mcpctx.PrincipalFrom(ctx)
	if !ok {
		return nil, Caller{}, errors.New("no authenticated caller")
	}
	c := Caller{
		Subject: p.Subject, Issuer: p.Issuer, Method: string(p.Method), KeyID: p.KeyID,
		Scopes: p.Scopes, Headers: headers.FromContext(ctx),
	}
	if c.Scopes == nil {
		c.Scopes = []string{}
	}
	if !p.ExpiresAt.IsZero() {
		t := p.ExpiresAt.UTC()
		c.ExpiresAt = &t
	}
	return nil, c, nil
}

// EchoIn is the input of echo.
type EchoIn struct {
	Text string `json:"text" jsonschema:"the text to send back"`
}

// EchoOut is the output of echo.
type EchoOut struct {
	Text string `json:"text"`
	From string `json:"from"`
}

func echo(ctx context.Context, _ *mcp.CallToolRequest, in EchoIn) (*mcp.CallToolResult, EchoOut, error) {
	p, ok := mcpctx.PrincipalFrom(ctx)
	if !ok {
		return nil, EchoOut{}, errors.New("no authenticated caller")
	}
	return nil, EchoOut{Text: in.Text, From: p.Subject}, nil
}

var started = time.Now()

// UptimeOut is the output of the admin server's uptime tool.
type UptimeOut struct {
	Uptime    string `json:"uptime"`
	GoVersion string `json:"go_version"`
}

// ForecastIn is the input of forecast.
type ForecastIn struct {
	City string `json:"city" jsonschema:"the city"`
}

// ForecastOut is the output of forecast.
type ForecastOut struct {
	City     string `json:"city"`
	Forecast string `json:"forecast"`
}

// forecast is the public tool: anyone may call it, with or without a
// credential.
func forecast(_ context.Context, _ *mcp.CallToolRequest, in ForecastIn) (*mcp.CallToolResult, ForecastOut, error) {
	return nil, ForecastOut{City: in.City, Forecast: "sunny, 21 °C (the example server always says so)"}, nil
}

// PurgeOut is the output of purge_cache.
type PurgeOut struct {
	Purged bool   `json:"purged"`
	By     string `json:"by"`
}

// purgeCache stands for a privileged operation: the policy asks for scope
// "maintenance", which the development key lacks.
func purgeCache(ctx context.Context, _ *mcp.CallToolRequest, _ struct{}) (*mcp.CallToolResult, PurgeOut, error) {
	p, ok := mcpctx.PrincipalFrom(ctx)
	if !ok {
		return nil, PurgeOut{}, errors.New("no authenticated caller")
	}
	return nil, PurgeOut{Purged: true, By: p.Subject}, nil
}

func newMainServer() *mcp.Server {
	s := mcp.NewServer(&mcp.Implementation{Name: "mcpauth-example", Version: "v0.1.0"}, nil)
	s.AddReceivingMiddleware(mcpctx.Middleware())
	mcp.AddTool(s, &mcp.Tool{Name: "whoami", Description: "Tells who is calling: subject, auth method, scopes, and the request headers a tool may see."}, whoami)
	mcp.AddTool(s, &mcp.Tool{Name: "echo", Description: "Sends the text back, with the caller's subject."}, echo)
	mcp.AddTool(s, &mcp.Tool{Name: "forecast", Description: "Tells the weather; public: no credential needed."}, forecast)
	mcp.AddTool(s, &mcp.Tool{Name: "purge_cache", Description: "Purges the cache; needs scope maintenance."}, purgeCache)
	return s
}

func newAdminServer() *mcp.Server {
	s := mcp.NewServer(&mcp.Implementation{Name: "mcpauth-example-admin", Version: "v0.1.0"}, nil)
	s.AddReceivingMiddleware(mcpctx.Middleware())
	mcp.AddTool(s, &mcp.Tool{Name: "whoami", Description: "Tells who is calling."}, whoami)
	mcp.AddTool(s, &mcp.Tool{Name: "uptime", Description: "Reports how long the server has been running."},
		func(context.Context, *mcp.CallToolRequest, struct{}) (*mcp.CallToolResult, UptimeOut, error) {
			return nil, UptimeOut{Uptime: time.Since(started).Round(time.Second).String(), GoVersion: runtime.Version()}, nil
		})
	return s
}
