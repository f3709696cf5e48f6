package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/mcpauth/mcpauth/apikey/storeurl"
	"github.com/mcpauth/mcpauth/ratelimit"
)

// errHelp is returned after -h printed the usage.
var errHelp = errors.New("help requested")

type config struct {
	addr         string
	path         string
	stateless    bool
	jsonResponse bool
	resource     string
	issuer       string
	audiences    []string
	jwksURL      string
	jwksFile     string
	store        string // key store URL: -store, $MCPAUTH_STORE (or the deprecated -keys, $MCPAUTH_KEYS)
	apiKey       string
	dev          bool
	rate         ratelimit.Limit
	ipRate       ratelimit.Limit
	redisURL     string
	policyFile   string
	pepper       []byte
	audit        bool      // -audit: decision events as JSON lines
	requireTyp   string    // -require-typ: the JWT typ header required (at+jwt)
	auditOut     io.Writer // where -audit writes them: run's stdout

	// Connection timeouts; see newHTTPServer. Not flags: the defaults
	// suit the example, and tests set short ones.
	readHeaderTimeout time.Duration
	readTimeout       time.Duration
	writeTimeout      time.Duration
	idleTimeout       time.Duration

	now func() time.Time // the clock of development-key leases; time.Now
}

// Default connection timeouts.
const (
	defaultReadHeaderTimeout = 10 * time.Second
	defaultReadTimeout       = 30 * time.Second
	defaultWriteTimeout      = 30 * time.Second
	defaultIdleTimeout       = 2 * time.Minute
)

// parseConfig reads flags, falling back to MCPAUTH_* environment variables,
// then to defaults. A flag given on the command line wins over its variable.
func parseConfig(args []string, getenv func(string) string, stderr io.Writer) (config, error) {
	fs := flag.NewFlagSet("server", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cfg config
	var audience string
	str := func(p *string, name, env, def, usage string) {
		if v := getenv(env); v != "" {
			def = v
		}
		fs.StringVar(p, name, def, usage+" ($"+env+")")
	}
	var boolErr error
	boolean := func(p *bool, name, env, usage string) {
		def := false
		if v := getenv(env); v != "" {
			b, err := strconv.ParseBool(v)
			if err != nil && boolErr == nil {
				boolErr = fmt.Errorf("$%s: %q is not a boolean", env, v)
			}
			def = b
		}
		fs.BoolVar(p, name, def, usage+" ($"+env+")")
	}
	str(&cfg.addr, "addr", "MCPAUTH_ADDR", "127.0.0.1:8000", "listen address")
	str(&cfg.path, "path", "MCPAUTH_PATH", "/mcp", "path of the MCP endpoint; the admin server is at <path>/admin")
	boolean(&cfg.stateless, "stateless", "MCPAUTH_STATELESS", "serve MCP without sessions")
	boolean(&cfg.jsonResponse, "json-response", "MCPAUTH_JSON_RESPONSE", "answer POSTs with application/json instead of an SSE stream")
	str(&cfg.resource, "resource", "MCPAUTH_RESOURCE", "", "canonical URL of the MCP endpoint as clients reach it (default http://<addr><path>; required when not listening on loopback)")
	str(&cfg.issuer, "issuer", "MCPAUTH_ISSUER", "", "accept JWTs from this issuer; its keys are found by discovery unless -jwks-url or -jwks-file is given")
	str(&audience, "audience", "MCPAUTH_AUDIENCE", "", "comma-separated audiences JWTs for the main endpoint must name (default: the resource URL; the admin endpoint always wants <resource>/admin)")
	str(&cfg.jwksURL, "jwks-url", "MCPAUTH_JWKS_URL", "", "URL of the issuer's JWK Set, kept fresh in the background")
	str(&cfg.jwksFile, "jwks-file", "MCPAUTH_JWKS_FILE", "", "local JWK Set file")
	str(&cfg.requireTyp, "require-typ", "MCPAUTH_REQUIRE_TYP", "", `JWT "typ" header to require, like at+jwt (RFC 9068 access tokens: keeps ID tokens out); default: any`)
	// The store's flags take no default from the environment, unlike the
	// others: -h would print it, and a store URL may hold a password.
	var storeFlag, keysFlag string
	fs.StringVar(&storeFlag, "store", "", "API key store URL: sqlite:PATH, postgres://…, redis://… or memory: (default: $MCPAUTH_STORE, else a SQLite file in the data directory, $MCPAUTH_DATA_DIR or ~/.local/share/mcpauth, shared with the mcpauth CLI)")
	fs.StringVar(&keysFlag, "keys", "", "deprecated: the old name of -store ($MCPAUTH_KEYS, deprecated too: use $MCPAUTH_STORE)")
	var rate string
	str(&rate, "rate", "MCPAUTH_RATE", "600/m", "per-caller rate limit, like 60/m or 10/s,burst=20")
	var ipRate string
	str(&ipRate, "ip-rate", "MCPAUTH_IP_RATE", "300/m", "per-client-IP rate limit, in front of authentication")
	str(&cfg.redisURL, "redis", "MCPAUTH_REDIS", "", "Redis URL: share rate limits between replicas (default: in memory)")
	str(&cfg.policyFile, "policy", "MCPAUTH_POLICY", "", "authorization policy of the main endpoint, a .yaml or .json file, reloaded on SIGHUP (default: the built-in policy.yaml)")
	boolean(&cfg.dev, "dev", "MCPAUTH_DEV", "be your own identity provider: serve a JWKS and print a ready JWT")
	boolean(&cfg.audit, "audit", "MCPAUTH_AUDIT", "print one decision event per request (and per operation of a batch) as a JSON line on stdout")
	str(&cfg.apiKey, "api-key", "MCPAUTH_API_KEY", "", "development API key to accept for subject \"dev\" (default: generate one and print it)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return cfg, errHelp
		}
		return cfg, err
	}
	if fs.NArg() > 0 {
		return cfg, fmt.Errorf("unexpected arguments: %s", strings.Join(fs.Args(), " "))
	}
	if boolErr != nil {
		return cfg, boolErr
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	var err error
	if cfg.store, err = storeSetting(set, storeFlag, keysFlag, getenv, stderr); err != nil {
		return cfg, err
	}
	for _, a := range strings.Split(audience, ",") {
		if a = strings.TrimSpace(a); a != "" {
			cfg.audiences = append(cfg.audiences, a)
		}
	}
	if !strings.HasPrefix(cfg.path, "/") || strings.HasSuffix(cfg.path, "/") || strings.ContainsAny(cfg.path, "?#{} ") {
		return cfg, fmt.Errorf("-path %q must start with / and not end with /", cfg.path)
	}
	if cfg.issuer == "" && !cfg.dev && cfg.requireTyp != "" {
		return cfg, errors.New("-require-typ needs -issuer or -dev")
	}
	if cfg.issuer == "" && (cfg.jwksURL != "" || cfg.jwksFile != "" || len(cfg.audiences) > 0) {
		return cfg, errors.New("-jwks-url, -jwks-file and -audience need -issuer")
	}
	if cfg.jwksURL != "" && cfg.jwksFile != "" {
		return cfg, errors.New("give -jwks-url or -jwks-file, not both")
	}
	if cfg.dev && cfg.issuer != "" {
		return cfg, errors.New("-dev is its own issuer: leave out -issuer, -jwks-url and -jwks-file")
	}
	if p := getenv("MCPAUTH_PEPPER"); p != "" { // never a flag: it would show in ps
		cfg.pepper = []byte(p)
	}
	if cfg.rate, err = ratelimit.ParseLimit(rate); err != nil {
		return cfg, fmt.Errorf("-rate: %w", err)
	}
	if cfg.ipRate, err = ratelimit.ParseLimit(ipRate); err != nil {
		return cfg, fmt.Errorf("-ip-rate: %w", err)
	}
	if cfg.store == "" {
		def, err := storeurl.DefaultURL(getenv)
		if err != nil {
			return cfg, err
		}
		cfg.store = def
	}
	cfg.readHeaderTimeout, cfg.readTimeout = defaultReadHeaderTimeout, defaultReadTimeout
	cfg.writeTimeout, cfg.idleTimeout = defaultWriteTimeout, defaultIdleTimeout
	cfg.now = time.Now
	return cfg, nil
}

// storeSetting returns the key store URL: -store, else $MCPAUTH_STORE,
// else the deprecated -keys, else $MCPAUTH_KEYS, else "" (the default
// store). The old names still work, with a warning on stderr; the old and
// the new naming different stores is an error, not a guess.
func storeSetting(set map[string]bool, storeFlag, keysFlag string, getenv func(string) string, stderr io.Writer) (string, error) {
	pick := func(flagName, flagValue, env string) (value, from string) {
		if set[flagName] {
			return normalizeStore(flagValue), "-" + flagName
		}
		if v := getenv(env); v != "" {
			return normalizeStore(v), "$" + env
		}
		return "", ""
	}
	store, storeFrom := pick("store", storeFlag, "MCPAUTH_STORE")
	keys, keysFrom := pick("keys", keysFlag, "MCPAUTH_KEYS")
	if keysFrom == "" {
		return store, nil
	}
	for _, old := range []struct {
		given     bool
		old, repl string
	}{{set["keys"], "-keys", "-store"}, {getenv("MCPAUTH_KEYS") != "", "$MCPAUTH_KEYS", "$MCPAUTH_STORE"}} {
		if old.given {
			fmt.Fprintf(stderr, "server: warning: %s is deprecated; use %s, the name the mcpauth CLI uses too\n", old.old, old.repl)
		}
	}
	switch {
	case storeFrom == "":
		return keys, nil
	case store != keys: // no URL in the message: it may hold a password
		return "", fmt.Errorf("%s and the deprecated %s name different key stores: drop %s", storeFrom, keysFrom, keysFrom)
	}
	return store, nil
}

// normalizeStore accepts "memory" for "memory:".
func normalizeStore(s string) string {
	if s == "memory" {
		return "memory:"
	}
	return s
}
