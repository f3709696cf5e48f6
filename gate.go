package mcpauth

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/mcpauth/mcpauth/audit"
	"github.com/mcpauth/mcpauth/internal/credheaders"
	"github.com/mcpauth/mcpauth/internal/nilcheck"
	"github.com/mcpauth/mcpauth/internal/rpcerr"
	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/operation"
	"github.com/modelcontextprotocol/go-sdk/auth"
)

// An Authenticator turns an HTTP request into a principal.
//
// It must distinguish three failures, by returning an error that wraps one
// of the kinds in this package:
//
//   - [ErrNoCredential] when the request carries no credential it
//     recognises (the gate then asks the next authenticator);
//   - [ErrInvalidCredential] when it recognises a credential that is not
//     valid;
//   - [ErrUnavailable] when a backing service it needs has failed.
//
// On success it returns a principal with a non-empty Subject. Recognise
// credentials by their form (a JWT has three dot-separated parts; an API key
// has its prefix or arrives in its own header) so that several
// authenticators can share one endpoint. Authenticate is called
// concurrently; it must not read the request body, and its errors must never
// contain the credential.
type Authenticator interface {
	Authenticate(r *http.Request) (*mcpctx.Principal, error)
}

// CredentialHeaderer is implemented by authenticators that read a
// credential from a header other than Authorization (package apikey's
// X-API-Key, say). The gate refuses, with 400 invalid_request, a request
// that carries credentials in more than one of these headers and
// Authorization: RFC 6750 §2 forbids more than one method per request, and
// otherwise the credential that is not checked would travel on unverified.
type CredentialHeaderer interface {
	CredentialHeaders() []string
}

// AuthenticatorFunc adapts a function to the [Authenticator] interface.
type AuthenticatorFunc func(r *http.Request) (*mcpctx.Principal, error)

// Authenticate calls f(r).
func (f AuthenticatorFunc) Authenticate(r *http.Request) (*mcpctx.Principal, error) { return f(r) }

// Options configures a [Gate].
type Options struct {
	// Authenticators are asked in order. The first that recognises a
	// credential decides: its principal passes, its failure is answered.
	// At least one is required.
	Authenticators []Authenticator

	// ResourceMetadataURL is the absolute URL of this resource's RFC 9728
	// protected-resource metadata, advertised in every challenge as
	// resource_metadata so that MCP clients can discover the authorization
	// server. Use [ResourceMetadata.URL]. Empty leaves it out.
	ResourceMetadataURL string

	// RequiredScopes must all be granted to the principal; otherwise the
	// gate answers 403 insufficient_scope listing all of them (and, with
	// an Authorizer, the scopes the request's operations need). They are
	// also advertised in the scope parameter of every challenge. Public
	// operations (see Authorizer) called without a credential skip them.
	RequiredScopes []string

	// RetryAfter is sent as Retry-After with every 503, telling clients
	// when to try again. Default 5 seconds; negative sends none.
	RetryAfter time.Duration

	// Authorizer, if set, decides each MCP operation of every request
	// (package policy implements it): a denied operation gets 403, one
	// the caller lacks scopes for 403 insufficient_scope naming every
	// scope it needs (for a batch, all of them), and one that needs a
	// credential the request lacks 401 with those scopes in the
	// challenge. Operations it makes public pass without a credential,
	// as the principal mcpctx.Anonymous(); a credential that is sent is
	// still checked (an invalid one gets 401). With public operations,
	// the body of a request without a credential is read before the 401,
	// to see whether it asks for public operations only.
	Authorizer Authorizer

	// Parser reads the MCP operations of every request the gate lets in
	// (package operation). Nil uses the defaults; set MaxBodyBytes to
	// go-sdk's StreamableHTTPOptions.MaxRequestBodyBytes when you change
	// that.
	Parser *operation.Parser

	// Logger receives one record per rejected request (at Info for 401/400,
	// Warn for 403, Error for 503) with the authenticator's cause and the
	// principal's key id — never a credential. Nil discards them.
	Logger *slog.Logger

	// Now is the clock; time.Now when nil — for tests and for servers
	// with their own clock. The gate reads it to refuse a principal
	// whose ExpiresAt has passed. Give the authenticators the same clock
	// (their own Now fields) or they may disagree with the gate. go-sdk
	// checks expiry on real time, so with Now set the go-sdk
	// auth.TokenInfo's Expiration is the real time at which Now reaches
	// the principal's ExpiresAt (the Principal keeps its own). Now must
	// not go backwards: caches decide by it too.
	Now func() time.Time
}

// Gate is net/http middleware that lets a request through only with a valid
// credential, and is the one place that shapes authentication failures:
//
//   - 401 with WWW-Authenticate: Bearer resource_metadata="…" when no
//     credential was presented, plus error="invalid_token" and
//     error_description when one was presented and rejected;
//   - 403 with error="insufficient_scope" and the full required scope list;
//   - 400 with error="invalid_request" for credentials sent in the query
//     string or several Authorization headers;
//   - 503 when the credential could not be checked (never 401, never a pass).
//
// Every failure has a JSON body {"error": "…", "error_description": "…"}.
// Tokens are read from headers only, never from the URL.
//
// With Options.Authorizer, each operation of the request is then decided
// (see Options.Authorizer): step-up challenges per operation, public
// operations without a credential.
//
// A request that passes is then read by package operation's parser (unless
// a layer in front already did): a body that does not parse, or MCP headers
// that disagree with it, get 400 (413 when too large) with a JSON-RPC error.
//
// A request that passes reaches the next handler with a context carrying the
// principal, the request header (see package mcpctx) and its operations
// (operation.FromContext), and a go-sdk
// auth.TokenInfo whose UserID is the principal's ID, so that go-sdk binds
// each MCP session to the principal that created it — for API keys sent in
// X-API-Key as much as for bearer tokens.
type Gate struct {
	auths         []Authenticator
	authz         Authorizer
	parser        *operation.Parser
	scopes        []string
	logger        *slog.Logger
	credHeaders   []string                  // canonical names of credential headers besides Authorization
	credList      *mcpctx.CredentialHeaders // credHeaders, as every request carries them
	retryAfter    time.Duration             // Retry-After of every 503; 0 for none
	challengeBase string                    // resource_metadata and scope parameters of every challenge
	now           func() time.Time
	clocked       bool // now came from Options.Now
}

// New returns a gate for opts, or an error naming the option that cannot
// work: no authenticators; an authenticator or Authorizer that is nil or
// holds a nil pointer, func, map, slice or channel (a constructor's failed
// result passed on unchecked: a nil *jwtauth.Authenticator,
// *apikey.Authenticator or AuthenticatorFunc); a ResourceMetadataURL that is not absolute; an
// invalid required scope; a Parser with a negative limit; a Logger
// without a handler. Nothing is left to fail at the first request.
func New(opts Options) (*Gate, error) {
	if len(opts.Authenticators) == 0 {
		return nil, errors.New("mcpauth: Options.Authenticators is empty")
	}
	for i, a := range opts.Authenticators {
		switch {
		case a == nil:
			return nil, fmt.Errorf("mcpauth: Options.Authenticators[%d] is nil", i)
		case nilcheck.Nil(a):
			return nil, fmt.Errorf("mcpauth: Options.Authenticators[%d] is a nil %T (was its constructor's error ignored?)", i, a)
		}
	}
	if opts.Authorizer != nil && nilcheck.Nil(opts.Authorizer) {
		return nil, fmt.Errorf("mcpauth: Options.Authorizer is a nil %T (was its constructor's error ignored?)", opts.Authorizer)
	}
	if opts.ResourceMetadataURL != "" {
		u, err := url.Parse(opts.ResourceMetadataURL)
		if err != nil || !u.IsAbs() || u.Host == "" {
			return nil, fmt.Errorf("mcpauth: Options.ResourceMetadataURL %q is not an absolute URL", opts.ResourceMetadataURL)
		}
	}
	for i, s := range opts.RequiredScopes {
		if !ValidScope(s) {
			return nil, fmt.Errorf("mcpauth: Options.RequiredScopes[%d] %q is not a valid scope token (RFC 6749 §3.3)", i, s)
		}
	}
	if opts.Parser != nil {
		switch {
		case opts.Parser.MaxBodyBytes < 0:
			return nil, errors.New("mcpauth: Options.Parser.MaxBodyBytes is negative")
		case opts.Parser.MaxBatch < 0:
			return nil, errors.New("mcpauth: Options.Parser.MaxBatch is negative")
		}
	}
	if opts.Logger != nil && opts.Logger.Handler() == nil {
		return nil, errors.New("mcpauth: Options.Logger has no handler (use slog.New)")
	}
	logger := opts.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	parser := operation.Parser{}
	if opts.Parser != nil {
		parser = *opts.Parser
	}
	g := &Gate{
		auths:  append([]Authenticator(nil), opts.Authenticators...),
		parser: &parser,
		authz:  opts.Authorizer,
		now:    opts.Now,
		scopes: append([]string(nil), opts.RequiredScopes...),
		logger: logger,
	}
	if g.now == nil {
		g.now = time.Now
	} else {
		g.clocked = true
	}
	for _, a := range g.auths {
		if ch, ok := a.(CredentialHeaderer); ok {
			for _, h := range ch.CredentialHeaders() {
				h = http.CanonicalHeaderKey(strings.TrimSpace(h))
				if h != "" && h != "Authorization" && !slices.Contains(g.credHeaders, h) {
					g.credHeaders = append(g.credHeaders, h)
					credheaders.Add(h)
				}
			}
		}
	}
	g.credList = mcpctx.NewCredentialHeaders(g.credHeaders...)
	switch {
	case opts.RetryAfter == 0:
		g.retryAfter = 5 * time.Second
	case opts.RetryAfter > 0:
		g.retryAfter = opts.RetryAfter
	}
	var params []string
	if opts.ResourceMetadataURL != "" {
		params = append(params, `resource_metadata="`+quoteSafe(opts.ResourceMetadataURL)+`"`)
	}
	g.challengeBase = strings.Join(params, ", ")
	return g, nil
}

// Handler returns next wrapped by the gate.
func (g *Gate) Handler(next http.Handler) http.Handler {
	if g == nil || len(g.auths) == 0 {
		// Not made by New (a zero or nil Gate): nothing can be checked,
		// so nothing passes.
		unmade := &Gate{logger: slog.New(slog.DiscardHandler)}
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			unmade.fail(w, r, nil, Unavailable("the gate was not created with New", nil))
		})
	}
	// auth.RequireBearerToken is the only way to place a TokenInfo where
	// go-sdk looks for it. The gate has already decided; the verifier just
	// hands over the TokenInfo the gate prepared.
	bridged := auth.RequireBearerToken(
		func(ctx context.Context, _ string, r *http.Request) (*auth.TokenInfo, error) {
			if pd, ok := r.Context().Value(pendingKey{}).(*pending); ok {
				return pd.info, nil
			}
			return nil, auth.ErrInvalidToken
		},
		&auth.RequireBearerTokenOptions{
			// Expiry was enforced by the gate; this only keeps the bridge
			// from disagreeing with it over the microseconds in between.
			AllowMissingExpiration: true,
			ClockSkew:              time.Minute,
		},
	)(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if pd, ok := r.Context().Value(pendingKey{}).(*pending); ok && pd.header != nil {
			r = r.WithContext(r.Context())
			r.Header = pd.header // restore what the client sent
		}
		next.ServeHTTP(w, r)
	}))

	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := audit.RecordFrom(r.Context())
		p, err := g.authenticateSpan(rec, r)
		rec.SetPrincipal(p)
		anonymous := false
		if errors.Is(err, ErrNoCredential) && g.authz != nil && g.authz.HasPublic() {
			// No credential, and some operations are public: read the
			// body to see whether it asks for those only.
			r2, ops, ok := g.parser.Require(w, r)
			if !ok {
				rec.Refuse(audit.ReasonMalformed)
				return
			}
			r = r2
			d := g.authorizeSpan(rec, r, nil, ops)
			switch {
			case d.Outcome == OutcomeAllow && d.Public:
				p, err, anonymous = mcpctx.Anonymous(), nil, true
				rec.SetPrincipal(p)
			case d.Outcome == OutcomeDeny:
				// As for a caller with a credential: no login would help.
				err = &Error{Kind: ErrForbidden, Description: "operation not allowed"}
			default:
				err = &Error{Kind: ErrNoCredential, Scopes: d.Scopes}
			}
		}
		if errors.Is(err, ErrInsufficientScope) && g.authz != nil && p != nil {
			// The endpoint's scopes are missing: name the operations'
			// too, so that one step-up is enough.
			r2, ops, ok := g.parser.Require(w, r)
			if !ok {
				rec.Refuse(audit.ReasonMalformed)
				return
			}
			r = r2
			// What the operations need, or were granted by: the next
			// token must keep those too.
			need := granted(g.authz, p, ops, nil)
			d := g.authorizeSpan(rec, r, p, ops)
			if d.Outcome == OutcomeInsufficientScope {
				need = d.Scopes
			}
			if len(need) > 0 {
				err = &Error{Kind: ErrInsufficientScope, Description: description(err, "insufficient scope"),
					Scopes: union(g.missingScopes(p), need)}
			}
		}
		if err != nil {
			g.fail(w, r, p, err)
			return
		}
		// The operations of the request, parsed once (here, unless a
		// layer in front did): refused if they do not parse, and
		// recorded in the TokenInfo, where mcpctx.Middleware checks that
		// go-sdk executes exactly these.
		r, ops, ok := g.parser.Require(w, r)
		if !ok {
			rec.Refuse(audit.ReasonMalformed)
			return
		}
		rec.SetOperations(ops)
		if g.authz != nil && !anonymous {
			d := g.authorizeSpan(rec, r, p, ops)
			switch d.Outcome {
			case OutcomeAllow:
			case OutcomeInsufficientScope:
				g.fail(w, r, p, &Error{Kind: ErrInsufficientScope, Description: "this operation needs scope " + strings.Join(d.Scopes, " "), Scopes: d.Scopes})
				return
			default:
				g.fail(w, r, p, &Error{Kind: ErrForbidden, Description: "operation not allowed"})
				return
			}
		}
		pd := &pending{info: mcpctx.TokenInfo(p)}
		if g.clocked && !pd.info.Expiration.IsZero() {
			// go-sdk's bridge below checks Expiration against real
			// time; the gate has decided by its own clock. Give the
			// bridge (and the handlers after it) the real time at which
			// the gate's clock reaches the expiry.
			pd.info.Expiration = time.Now().Add(p.ExpiresAt.Sub(g.now())) // the lifetime left, in real time
		}
		operation.Attach(pd.info, ops)
		ctx := mcpctx.WithHeader(mcpctx.WithPrincipal(r.Context(), p), r.Header)
		if len(g.credHeaders) > 0 { // only a gate with custom credential headers has any to carry
			mcpctx.AttachCredentialHeaders(pd.info, g.credList)
			ctx = mcpctx.WithCredentialHeaders(ctx, g.credList)
		}
		r = r.WithContext(context.WithValue(ctx, pendingKey{}, pd))
		if !hasBearerShape(r.Header.Get("Authorization")) {
			// The credential came some other way (X-API-Key). Show
			// RequireBearerToken a placeholder bearer header on this copy
			// of the request; the next handler gets the client's back.
			pd.header = r.Header
			r.Header = pd.header.Clone()
			r.Header.Set("Authorization", "Bearer mcpauth-authenticated")
		}
		bridged.ServeHTTP(w, r)
	})
}

type pendingKey struct{}

type pending struct {
	info   *auth.TokenInfo
	header http.Header // the client's header, when the bridge replaced it
}

// hasBearerShape reports whether auth.RequireBearerToken would accept v as a
// bearer authorization header.
func hasBearerShape(v string) bool {
	f := strings.Fields(v)
	return len(f) == 2 && strings.EqualFold(f[0], "bearer")
}

// authenticateSpan is authenticate in a span of the request's trace
// ("mcpauth.authenticate"), when it is traced (audit.Config.Tracer): the
// authenticators see the span in the request's context.
func (g *Gate) authenticateSpan(rec *audit.Record, r *http.Request) (*mcpctx.Principal, error) {
	if !rec.Tracing() {
		return g.authenticate(r)
	}
	ctx, span := rec.StartSpan(r.Context(), "mcpauth.authenticate")
	p, err := g.authenticate(r.WithContext(ctx))
	span.End(err)
	return p, err
}

// authorizeSpan is authorize in a span of the request's trace
// ("mcpauth.authorize"), which ends with the kind of a refusal.
func (g *Gate) authorizeSpan(rec *audit.Record, r *http.Request, p *mcpctx.Principal, ops *operation.Request) Decision {
	_, span := rec.StartSpan(r.Context(), "mcpauth.authorize")
	var per []Decision
	if rec.Active() {
		per = make([]Decision, len(ops.Ops))
	}
	d := authorize(g.authz, p, ops, per)
	if per != nil {
		recordRules(rec, ops, d, per)
	}
	var err error
	switch d.Outcome {
	case OutcomeAllow:
	case OutcomeNeedCredential:
		err = ErrNoCredential
	case OutcomeInsufficientScope:
		err = ErrInsufficientScope
	default:
		err = ErrForbidden
	}
	span.End(err)
	return d
}

// authenticate runs the authenticators and checks the principal they return.
func (g *Gate) authenticate(r *http.Request) (*mcpctx.Principal, error) {
	if len(r.Header.Values("Authorization")) > 1 {
		return nil, InvalidRequest("more than one Authorization header", nil)
	}
	if len(g.credHeaders) > 0 {
		n := len(r.Header.Values("Authorization"))
		for _, h := range g.credHeaders {
			n += len(r.Header.Values(h))
		}
		if n > 1 {
			return nil, InvalidRequest("more than one credential in the request", nil)
		}
	}
	if r.URL.RawQuery != "" {
		if _, ok := r.URL.Query()["access_token"]; ok {
			return nil, InvalidRequest("access tokens are not accepted in the query string", nil)
		}
	}
	for _, a := range g.auths {
		p, err := a.Authenticate(r)
		if errors.Is(err, ErrNoCredential) {
			continue
		}
		if err != nil {
			if p != nil && p.Method != mcpctx.MethodAnonymous &&
				errors.Is(err, ErrInvalidCredential) && !errors.Is(err, ErrInsufficientScope) {
				// An invalid credential whose owner the authenticator
				// knows (a revoked API key): named in the audit event and
				// the log, never admitted (Handler fails every error with
				// 401 invalid_token here), and reduced to who it was, so
				// that nothing reads its scopes or claims as granted.
				return &mcpctx.Principal{Subject: p.Subject, Issuer: p.Issuer, Method: p.Method, KeyID: p.KeyID}, err
			}
			return nil, err
		}
		if p == nil || p.Subject == "" {
			return nil, Unavailable("authentication failed", fmt.Errorf("authenticator %T returned a principal without a subject", a))
		}
		if p.Method == mcpctx.MethodAnonymous {
			// Only the gate makes anonymous principals, for public operations.
			return nil, Unavailable("authentication failed", fmt.Errorf("authenticator %T returned an anonymous principal", a))
		}
		if p.Expired(g.now()) {
			return nil, InvalidCredential("credential expired", nil)
		}
		if missing := g.missingScopes(p); missing != nil {
			return p, &Error{Kind: ErrInsufficientScope, Description: "missing scope: " + strings.Join(missing, " ")}
		}
		return p, nil
	}
	if r.Header.Get("Authorization") != "" {
		return nil, InvalidCredential("unsupported credential", nil)
	}
	return nil, ErrNoCredential
}

// recordRules records in rec the policy rule of each operation of req,
// from per, each operation's own decision (d is the request's): the rule
// that allowed it, in an allowed request; in a refused one only the rules
// that refused (an operation the policy allowed names no rule there,
// rather than one that did not decide the refusal).
func recordRules(rec *audit.Record, req *operation.Request, d Decision, per []Decision) {
	rec.SetOperations(req)
	for i := range per {
		if d.Outcome == OutcomeAllow || per[i].Outcome != OutcomeAllow {
			rec.SetRule(i, per[i].Rule)
		}
	}
}

// missingScopes returns the RequiredScopes p lacks, counting the scopes
// an Authorizer that is a ScopeGranter says p's scopes imply.
func (g *Gate) missingScopes(p *mcpctx.Principal) []string {
	sg, ok := g.authz.(ScopeGranter)
	if !ok {
		return p.MissingScopes(g.scopes...)
	}
	var missing []string
	for _, s := range g.scopes {
		if !sg.Grants(p, s) {
			missing = append(missing, s)
		}
	}
	return missing
}

// fail writes the response for err; see the Gate documentation.
// p is the principal when one was authenticated but not admitted.
func (g *Gate) fail(w http.ResponseWriter, r *http.Request, p *mcpctx.Principal, err error) {
	var (
		status   int
		code     string
		desc     string
		logLevel = slog.LevelInfo
		reason   string
	)
	switch {
	case errors.Is(err, ErrNoCredential):
		status, code, desc, reason = http.StatusUnauthorized, "", "authentication required", audit.ReasonNoCredential
	case errors.Is(err, ErrInvalidCredential):
		status, code, desc, reason = http.StatusUnauthorized, "invalid_token", description(err, "invalid credential"), audit.ReasonInvalidCredential
	case errors.Is(err, ErrInvalidRequest):
		status, code, desc, reason = http.StatusBadRequest, "invalid_request", description(err, "malformed authentication request"), audit.ReasonInvalidRequest
	case errors.Is(err, ErrInsufficientScope):
		status, code, desc, reason = http.StatusForbidden, "insufficient_scope", description(err, "insufficient scope"), audit.ReasonInsufficientScope
		logLevel = slog.LevelWarn
	case errors.Is(err, ErrForbidden):
		status, code, desc, reason = http.StatusForbidden, "", description(err, "operation not allowed"), audit.ReasonPolicyDenied
		logLevel = slog.LevelWarn
	default: // ErrUnavailable, and anything an authenticator did not classify
		reason = audit.ReasonAuthUnavailable
		status, code, desc = http.StatusServiceUnavailable, "temporarily_unavailable", description(err, "authentication is temporarily unavailable")
		logLevel = slog.LevelError
		if r.Context().Err() != nil {
			logLevel = slog.LevelDebug // the client went away mid-check
		}
		if g.retryAfter > 0 {
			rpcerr.RetryAfter(w.Header(), g.retryAfter)
		}
	}
	desc = quoteSafe(desc)
	audit.RecordFrom(r.Context()).Refuse(reason)

	if status != http.StatusServiceUnavailable && !errors.Is(err, ErrForbidden) {
		challenge := "Bearer"
		var params []string
		if code != "" {
			params = append(params, `error="`+code+`"`, `error_description="`+desc+`"`)
		}
		if g.challengeBase != "" {
			params = append(params, g.challengeBase)
		}
		if sc := g.challengeScopes(p, err); len(sc) > 0 {
			params = append(params, `scope="`+strings.Join(sc, " ")+`"`)
		}
		if len(params) > 0 {
			challenge += " " + strings.Join(params, ", ")
		}
		w.Header().Set("WWW-Authenticate", challenge)
	}
	if status != http.StatusUnauthorized || code != "" {
		attrs := []slog.Attr{
			slog.Int("status", status),
			slog.String("method", r.Method),
			slog.String("path", r.URL.Path),
			slog.String("reason", err.Error()),
		}
		if p != nil {
			attrs = append(attrs, slog.String("principal", p.ID()), slog.String("key_id", p.KeyID))
		}
		g.logger.LogAttrs(r.Context(), logLevel, "mcpauth: request rejected", attrs...)
	}
	body := code
	switch {
	case errors.Is(err, ErrForbidden):
		body = "forbidden"
	case body == "":
		body = "unauthorized"
	}
	rpcerr.WriteOAuth(w, status, body, desc)
}

// union returns a followed by the scopes of b it lacks.
func union(a, b []string) []string {
	out := slices.Clone(a)
	for _, s := range b {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// challengeScopes are the scopes a challenge names: those the failed
// operation needs (Error.Scopes), else the endpoint's RequiredScopes; for
// a 403, also the endpoint's scopes the caller already holds, so that the
// token it asks for next keeps them (MCP authorization, step-up).
func (g *Gate) challengeScopes(p *mcpctx.Principal, err error) []string {
	var e *Error
	if !errors.As(err, &e) || len(e.Scopes) == 0 {
		return g.scopes
	}
	out := slices.Clone(e.Scopes)
	for _, s := range g.scopes {
		if (p == nil || p.HasScope(s) || errors.Is(err, ErrNoCredential)) && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// quoteSafe keeps only the characters RFC 6750 allows in error_description
// (printable ASCII except '"' and '\'), which are also safe inside a JSON
// string, replacing others with '?'.
func quoteSafe(s string) string {
	ok := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c > 0x7e || c == '"' || c == '\\' {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	b := []byte(s)
	for i, c := range b {
		if c < 0x20 || c > 0x7e || c == '"' || c == '\\' {
			b[i] = '?'
		}
	}
	return string(b)
}

// ValidScope reports whether s is a scope-token of RFC 6749 §3.3: one or
// more printable ASCII characters other than space, '"' and '\'.
func ValidScope(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x21 || c > 0x7e || c == '"' || c == '\\' {
			return false
		}
	}
	return true
}
