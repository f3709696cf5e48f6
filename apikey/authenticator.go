package apikey

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/audit"
	"github.com/mcpauth/mcpauth/internal/credheaders"
	"github.com/mcpauth/mcpauth/internal/nilcheck"
	"github.com/mcpauth/mcpauth/mcpctx"
)

// DefaultHeader is the header API keys are read from unless configured.
const DefaultHeader = "X-API-Key"

// Causes of rejected keys, wrapped in mcpauth errors of kind
// ErrInvalidCredential: match them with errors.Is.
var (
	ErrUnknownKey = errors.New("apikey: unknown key")
	ErrExpired    = errors.New("apikey: key expired")
	ErrRevoked    = errors.New("apikey: key revoked")
)

// Config configures an [Authenticator].
type Config struct {
	// Store finds key records. Required.
	Store Store

	// Prefix is the prefix of valid keys; DefaultPrefix when empty.
	Prefix string

	// Header is the request header keys are read from; DefaultHeader when
	// empty. The gate learns it from CredentialHeaders, and tools never
	// see it by default (package headers).
	Header string

	// DisableBearer stops keys from being accepted in
	// "Authorization: Bearer <key>". When enabled (the default), a bearer
	// token is claimed only if it starts with the prefix and "_", so JWTs
	// on the same endpoint go to their own authenticator.
	DisableBearer bool

	// Issuer is copied into each principal's Issuer; empty by default.
	Issuer string

	// Pepper, if set, is the server-side secret keys were hashed with
	// (HashWithPepper); NewKey.Pepper must be the same when creating keys.
	Pepper []byte

	// LookupTimeout bounds each store lookup (a Cache bounds its own).
	// Default DefaultLookupTimeout.
	LookupTimeout time.Duration

	// Tracker, if set, is told of every successful authentication, to
	// record last use off the request path.
	Tracker *Tracker

	// Cache configures the cache New puts in front of Store, so that a
	// key is not looked up in the database on every request: records are
	// reused for Cache.TTL (DefaultCacheTTL, 30 s), which bounds how long
	// a revoked key keeps working on this replica. Used as they are: a
	// Store that is already a Cache (NewCache), a MemoryStore (nothing to
	// save), and one that announces its changes (redisstore: lookups are
	// cheap and revocations immediate; to cache it, make a Cache and feed
	// it with redisstore.Subscribe).
	Cache CacheOptions
	// DisableCache asks the Store on every request. Set it for a Store of
	// yours that wraps a Cache (a tracing decorator, say): New cannot see
	// the Cache inside, and would put a second one in front.
	DisableCache bool

	// Monitor, if set, is told of every lookup in the store (a call named
	// audit.CallKeyLookup: timed, and traced in the request's trace; an
	// unknown key is no failure) and, through the Cache New makes (when
	// Cache.Monitor is nil), of every lookup the cache answered. A Store
	// that is a Cache of yours reports to its own CacheOptions.Monitor.
	// otelaudit.NewMonitor makes one.
	Monitor audit.Monitor

	// Now is the clock; time.Now when nil — for tests and for servers
	// with their own clock. It decides whether a key is revoked or
	// expired, and is the clock of the cache New makes (when Cache.Now is
	// nil). LookupTimeout runs on real time.
	Now func() time.Time
}

// announcer is a Store that announces its own changes (redisstore.Store):
// New does not cache it by default.
type announcer interface{ InvalidationChannel() string }

// Authenticator authenticates requests by API key. Create it with [New].
type Authenticator struct {
	store   Store
	prefix  string
	header  string
	bearer  bool
	issuer  string
	pepper  []byte
	timeout time.Duration
	tracker *Tracker
	monitor audit.Monitor // nil when the store is a Cache, which reports itself
	now     func() time.Time
}

// New returns an Authenticator for cfg, or an error naming the field that
// is wrong: Store is required — not nil, not a nil pointer, not a Cache
// that NewCache did not make —, Prefix must pass ValidatePrefix, Header
// must be a valid header name other than Authorization, LookupTimeout must
// not be negative, and Tracker, if set, must come from NewTracker.
func New(cfg Config) (*Authenticator, error) {
	switch s := cfg.Store.(type) {
	case nil:
		return nil, errors.New("apikey: Config.Store is nil")
	case *Cache:
		if s == nil || s.entries == nil {
			return nil, errors.New("apikey: Config.Store is an apikey.Cache not created with NewCache")
		}
	}
	if nilcheck.Nil(cfg.Store) {
		return nil, fmt.Errorf("apikey: Config.Store is a nil %T (was a constructor's error ignored?)", cfg.Store)
	}
	if cfg.LookupTimeout < 0 {
		return nil, errors.New("apikey: Config.LookupTimeout is negative")
	}
	if cfg.Tracker != nil && cfg.Tracker.queue == nil {
		return nil, errors.New("apikey: Config.Tracker was not created with NewTracker")
	}
	if cfg.Cache.Size < 0 || cfg.Cache.TTL < 0 || cfg.Cache.LookupTimeout < 0 {
		return nil, errors.New("apikey: Config.Cache: Size, TTL and LookupTimeout must not be negative")
	}
	if cfg.Monitor != nil && nilcheck.Nil(cfg.Monitor) {
		return nil, errors.New("apikey: Config.Monitor holds a nil pointer")
	}
	if cfg.Cache.Monitor != nil && nilcheck.Nil(cfg.Cache.Monitor) {
		return nil, errors.New("apikey: Config.Cache.Monitor holds a nil pointer")
	}
	monitor := cfg.Monitor
	switch cfg.Store.(type) {
	case *Cache:
		monitor = nil // the Cache reports its own lookups
	case *MemoryStore, announcer:
	default:
		if !cfg.DisableCache {
			if cfg.Cache.Now == nil {
				cfg.Cache.Now = cfg.Now
			}
			if cfg.Cache.Monitor == nil {
				cfg.Cache.Monitor = cfg.Monitor
			}
			cfg.Store = NewCache(cfg.Store, cfg.Cache)
			monitor = nil
		}
	}
	a := &Authenticator{
		store:   cfg.Store,
		prefix:  cfg.Prefix,
		header:  http.CanonicalHeaderKey(strings.TrimSpace(cfg.Header)),
		bearer:  !cfg.DisableBearer,
		issuer:  cfg.Issuer,
		pepper:  cfg.Pepper,
		timeout: cfg.LookupTimeout,
		tracker: cfg.Tracker,
		monitor: monitor,
		now:     cfg.Now,
	}
	if a.now == nil {
		a.now = time.Now
	}
	if a.timeout == 0 {
		a.timeout = DefaultLookupTimeout
	}
	if a.prefix == "" {
		a.prefix = DefaultPrefix
	}
	if err := ValidatePrefix(a.prefix); err != nil {
		return nil, fmt.Errorf("apikey: Config.Prefix: %s", strings.TrimPrefix(err.Error(), "apikey: "))
	}
	if a.header == "" {
		a.header = DefaultHeader
	}
	if !validHeaderName(a.header) {
		return nil, fmt.Errorf("apikey: Config.Header %q is not a valid header name", cfg.Header)
	}
	if strings.EqualFold(a.header, "Authorization") {
		return nil, errors.New(`apikey: Config.Header must not be "Authorization"; bearer keys are accepted there already`)
	}
	credheaders.Add(a.header) // hidden from tools in every gate, even behind a wrapper
	return a, nil
}

// Authenticate implements mcpauth.Authenticator. It claims a request that
// has the key header, or a bearer token with the key prefix; see Config.
// An Authenticator that New did not make (the zero value, or nil) fails
// every request with ErrUnavailable.
//
// For a key that is revoked or expired (its secret matched: the request
// holds the key itself), it returns, with the ErrInvalidCredential error,
// a principal naming the key and its owner (Subject, Issuer, Method and
// KeyID only: no scopes, claims or rate limit), so that the gate's audit
// event and log say which key was refused. It is never authenticated: a
// caller must refuse every request Authenticate returns an error for,
// principal or not.
func (a *Authenticator) Authenticate(r *http.Request) (*mcpctx.Principal, error) {
	if a == nil || a.store == nil {
		return nil, notConstructed()
	}
	key, err := a.credential(r)
	if err != nil {
		return nil, err
	}
	id, err := ParseID(key, a.prefix)
	if err != nil {
		return nil, mcpauth.InvalidCredential("malformed API key", err)
	}
	ctx, cancel := context.WithTimeout(r.Context(), a.timeout)
	ctx, span := audit.StartCall(ctx, a.monitor, audit.CallKeyLookup)
	rec, err := a.store.Lookup(ctx, id)
	endLookup(span, err)
	cancel()
	switch {
	case errors.Is(err, ErrNotFound):
		return nil, mcpauth.InvalidCredential("unknown API key", fmt.Errorf("%w: key id %s", ErrUnknownKey, id))
	case err != nil:
		return nil, mcpauth.Unavailable("API key store unavailable", fmt.Errorf("looking up key id %s: %w", id, err))
	case rec == nil:
		return nil, mcpauth.Unavailable("API key store unavailable", fmt.Errorf("store returned no record for key id %s", id))
	}
	// Compare hashes in constant time. A record whose hash differs reads as
	// unknown: the client learns nothing about which ids exist.
	if subtle.ConstantTimeCompare(HashWithPepper(key, a.pepper), rec.Hash) != 1 {
		return nil, mcpauth.InvalidCredential("unknown API key", fmt.Errorf("%w: key id %s: hash mismatch", ErrUnknownKey, id))
	}
	now := a.now()
	if !rec.RevokedAt.IsZero() && !now.Before(rec.RevokedAt) {
		return a.refused(rec), mcpauth.InvalidCredential("API key revoked", fmt.Errorf("%w: key id %s", ErrRevoked, id))
	}
	if !rec.ExpiresAt.IsZero() && !now.Before(rec.ExpiresAt) {
		return a.refused(rec), mcpauth.InvalidCredential("API key expired", fmt.Errorf("%w: key id %s", ErrExpired, id))
	}
	if rec.Subject == "" {
		return nil, mcpauth.Unavailable("API key store unavailable", fmt.Errorf("record for key id %s has no subject", id))
	}
	p := &mcpctx.Principal{
		Subject:   rec.Subject,
		Issuer:    a.issuer,
		Method:    mcpctx.MethodAPIKey,
		Scopes:    slices.Clone(rec.Scopes), // the record may be shared by a cache
		KeyID:     rec.ID,
		ExpiresAt: rec.ExpiresAt,
	}
	p.RateLimit = rec.RateLimit // the record's own field, never metadata
	if len(rec.Metadata) > 0 {
		p.Claims = make(map[string]any, len(rec.Metadata))
		for k, v := range rec.Metadata {
			p.Claims[k] = v
		}
	}
	if a.tracker != nil {
		a.tracker.Seen(rec.ID)
	}
	return p, nil
}

// refused returns the principal that names rec's key in the refusal of a
// request presenting it: who and which key, nothing it would be granted.
func (a *Authenticator) refused(rec *Record) *mcpctx.Principal {
	return &mcpctx.Principal{Subject: rec.Subject, Issuer: a.issuer, Method: mcpctx.MethodAPIKey, KeyID: rec.ID}
}

// CredentialHeaders implements mcpauth.CredentialHeaderer: the gate refuses
// a request that sends a key in this header and anything in Authorization.
// It is nil for an Authenticator that New did not make.
func (a *Authenticator) CredentialHeaders() []string {
	if a == nil || a.header == "" {
		return nil
	}
	return []string{a.header}
}

// credential returns the key the request presents, or an error of kind
// ErrNoCredential or ErrInvalidRequest.
func (a *Authenticator) credential(r *http.Request) (string, error) {
	values := r.Header.Values(a.header)
	var bearer string
	if a.bearer {
		if tok, ok := mcpauth.BearerToken(r); ok && strings.HasPrefix(tok, a.prefix+"_") {
			bearer = tok
		}
	}
	switch {
	case len(values) > 1:
		return "", mcpauth.InvalidRequest("more than one "+a.header+" header", nil)
	case len(values) == 1 && bearer != "":
		return "", mcpauth.InvalidRequest("API key sent both in "+a.header+" and Authorization", nil)
	case len(values) == 1:
		return strings.TrimSpace(values[0]), nil
	case bearer != "":
		return bearer, nil
	}
	return "", mcpauth.ErrNoCredential
}
