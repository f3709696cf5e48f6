package redisstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/internal/nilcheck"
)

// DefaultPrefix is the key prefix used when [Options.Prefix] is empty.
const DefaultPrefix = "mcpauth:{apikeys}:"

// Options configures a [Store].
type Options struct {
	// Prefix of every key this store writes; DefaultPrefix when empty. It
	// must contain a Redis Cluster hash tag — a non-empty part in braces,
	// like "{apikeys}" — so that all of the store's keys live in one slot:
	// the scripts touch a record and its index sets together. New rejects a
	// prefix without one, even for a single node, so that a store can move
	// to a Cluster unchanged.
	Prefix string
}

// Store is an [apikey.Manager] on Redis. Create it with [New]; it is safe
// for concurrent use. The methods of a Store that New did not make (the
// zero value, or nil) return an error.
type Store struct {
	client  redis.UniversalClient
	prefix  string
	allKey  string
	channel string
}

var _ apikey.Manager = (*Store)(nil)

// New returns a Store on client. It does not contact Redis: a Redis that is
// down makes the store's methods fail, not New. A nil client (or a nil
// *redis.Client in the interface) and a prefix without a hash tag are
// refused.
func New(client redis.UniversalClient, opts Options) (*Store, error) {
	if nilcheck.Nil(client) {
		return nil, errors.New("redisstore: client is nil")
	}
	prefix := opts.Prefix
	if prefix == "" {
		prefix = DefaultPrefix
	}
	if !hasHashTag(prefix) {
		return nil, fmt.Errorf("redisstore: prefix %q has no hash tag: it must contain a non-empty {...} part, like %q, so that all keys of the store share one Redis Cluster slot", prefix, DefaultPrefix)
	}
	return &Store{
		client:  client,
		prefix:  prefix,
		allKey:  prefix + "all",
		channel: prefix + "invalidate",
	}, nil
}

// hasHashTag reports whether every key starting with prefix is hashed by
// Redis Cluster on the same tag: prefix holds a '{' followed, later, by a
// '}' with at least one character between the first '{' and that '}'.
func hasHashTag(prefix string) bool {
	i := strings.IndexByte(prefix, '{')
	if i < 0 {
		return false
	}
	j := strings.IndexByte(prefix[i+1:], '}')
	return j > 0
}

// InvalidationChannel is the Pub/Sub channel on which Revoke and SetExpiry
// publish the ids of changed keys: the prefix followed by "invalidate".
// Pass it to [Subscribe]. It is "" for a Store that New did not make.
func (s *Store) InvalidationChannel() string {
	if s == nil {
		return ""
	}
	return s.channel
}

// errNoStore is returned by every method of a Store that New did not make
// (the zero value, or nil).
var errNoStore = errors.New("redisstore: Store not created with New")

// ready reports errNoStore for a Store that New did not make.
func (s *Store) ready() error {
	if s == nil || s.client == nil {
		return errNoStore
	}
	return nil
}

// readyTimeout bounds Ready, whatever its ctx allows.
const readyTimeout = time.Second

// Ready implements mcpauth.Checker, for a readiness probe: one PING (on a
// Cluster, to one of its nodes), bounded by ctx and by one second; nil
// when Redis answers, and otherwise its error. The bound holds only on a
// client with ContextTimeoutEnabled (storeurl's has it): go-redis
// otherwise waits its own ReadTimeout on a Redis that accepted the
// connection and hangs (mcpauth.Readiness answers at its Timeout
// regardless). A Store that New did not make is not ready.
func (s *Store) Ready(ctx context.Context) error {
	if err := s.ready(); err != nil {
		return err
	}
	if ctx == nil {
		ctx = context.Background()
	}
	ctx, cancel := context.WithTimeout(ctx, readyTimeout)
	defer cancel()
	if err := s.client.Ping(ctx).Err(); err != nil {
		return fmt.Errorf("redisstore: Redis does not answer: %w", err)
	}
	return nil
}

func (s *Store) recordKey(id string) string       { return s.prefix + "key:" + id }
func (s *Store) subjectKey(subject string) string { return s.prefix + "subject:" + subject }

// Record hash fields.
const (
	fHash      = "hash"
	fSubject   = "subject"
	fName      = "name"
	fScopes    = "scopes"
	fMetadata  = "metadata"
	fRateLimit = "rate_limit"
	fCreated   = "created_at"
	fExpires   = "expires_at"
	fRevoked   = "revoked_at"
	fLastUsed  = "last_used_at"
	fReplaced  = "replaced_by"
)

// less compares two times encoded by encodeTime exactly, without going
// through Lua's double-precision numbers: decimal integers without leading
// zeros order by sign, then length, then digits. (The swap for negatives
// avoids "a, b = f(b), f(a)", which gopher-lua, miniredis's Lua, gets
// wrong.)
const luaLess = `
local function less(a, b)
  local na, nb = string.sub(a, 1, 1) == '-', string.sub(b, 1, 1) == '-'
  if na ~= nb then return na end
  if na then
    local t = string.sub(a, 2)
    a = string.sub(b, 2)
    b = t
  end
  if #a ~= #b then return #a < #b end
  return a < b
end
`

// KEYS: record, all set, subject set. ARGV: id, then field/value pairs.
var insertScript = redis.NewScript(`
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], unpack(ARGV, 2))
redis.call('SADD', KEYS[2], ARGV[1])
redis.call('SADD', KEYS[3], ARGV[1])
return 1
`)

// KEYS: record. ARGV: revocation time. The earliest revocation stands.
var revokeScript = redis.NewScript(luaLess + `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local cur = redis.call('HGET', KEYS[1], 'revoked_at')
if not cur or cur == '' or less(ARGV[1], cur) then
  redis.call('HSET', KEYS[1], 'revoked_at', ARGV[1])
end
return 1
`)

// KEYS: record. ARGV: expiry time, "" for none.
var expiryScript = redis.NewScript(`
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], 'expires_at', ARGV[1])
return 1
`)

// KEYS: record. ARGV: time of use, "" for none. The latest use stands.
// markReplacedScript: KEYS[1] the record; ARGV successor, end (µs).
// Returns 0 if missing, 2 if replaced already, 1 when done.
var markReplacedScript = redis.NewScript(luaLess + `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local cur = redis.call('HGET', KEYS[1], 'replaced_by')
if cur and cur ~= '' then return 2 end
redis.call('HSET', KEYS[1], 'replaced_by', ARGV[1])
local exp = redis.call('HGET', KEYS[1], 'expires_at')
if not exp or exp == '' or less(ARGV[2], exp) then
  redis.call('HSET', KEYS[1], 'expires_at', ARGV[2])
end
return 1
`)

var touchScript = redis.NewScript(luaLess + `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
if ARGV[1] == '' then return 1 end
local cur = redis.call('HGET', KEYS[1], 'last_used_at')
if not cur or cur == '' or less(cur, ARGV[1]) then
  redis.call('HSET', KEYS[1], 'last_used_at', ARGV[1])
end
return 1
`)

// Lookup implements [apikey.Store] with one HGETALL. A missing key gives
// [apikey.ErrNotFound]; a Redis failure gives an error that does not match
// it, so that the gate answers 503.
func (s *Store) Lookup(ctx context.Context, id string) (*apikey.Record, error) {
	if err := s.ready(); err != nil {
		return nil, err
	}
	fields, err := s.client.HGetAll(ctx, s.recordKey(id)).Result()
	if err != nil {
		return nil, fmt.Errorf("redisstore: looking up key %s: %w", id, err)
	}
	if len(fields) == 0 {
		return nil, apikey.ErrNotFound
	}
	return decode(id, fields)
}

// Insert implements [apikey.Manager]. The record must have a key id, a
// 32-byte hash and a subject; its scopes must be non-empty and free of
// spaces, as [apikey.NewRecord] ensures.
func (s *Store) Insert(ctx context.Context, rec *apikey.Record) error {
	if err := s.ready(); err != nil {
		return err
	}
	if err := apikey.ValidateRecord(rec); err != nil {
		return fmt.Errorf("redisstore: %w", err)
	}
	meta := []byte("{}")
	if len(rec.Metadata) > 0 {
		var err error
		if meta, err = json.Marshal(rec.Metadata); err != nil {
			return fmt.Errorf("redisstore: encoding metadata of key %s: %w", rec.ID, err)
		}
	}
	args := []any{
		rec.ID,
		fHash, rec.Hash,
		fSubject, rec.Subject,
		fName, rec.Name,
		fScopes, strings.Join(rec.Scopes, " "),
		fMetadata, meta,
		fRateLimit, rec.RateLimit,
		fCreated, encodeTime(rec.CreatedAt),
		fExpires, encodeTime(rec.ExpiresAt),
		fRevoked, encodeTime(rec.RevokedAt),
		fLastUsed, encodeTime(rec.LastUsedAt),
		fReplaced, rec.ReplacedBy,
	}
	keys := []string{s.recordKey(rec.ID), s.allKey, s.subjectKey(rec.Subject)}
	n, err := insertScript.Run(ctx, s.client, keys, args...).Int()
	if err != nil {
		return fmt.Errorf("redisstore: inserting key %s: %w", rec.ID, err)
	}
	if n == 0 {
		return fmt.Errorf("redisstore: inserting key %s: %w", rec.ID, apikey.ErrExists)
	}
	return nil
}

// List implements [apikey.Manager]: it reads the ids of the subject (or of
// all keys), then their records in one pipeline. Ids whose record has
// vanished are skipped.
func (s *Store) List(ctx context.Context, f apikey.Filter) ([]*apikey.Record, error) {
	if err := s.ready(); err != nil {
		return nil, err
	}
	set := s.allKey
	if f.Subject != "" {
		set = s.subjectKey(f.Subject)
	}
	ids, err := s.client.SMembers(ctx, set).Result()
	if err != nil {
		return nil, fmt.Errorf("redisstore: listing keys: %w", err)
	}
	if len(ids) == 0 {
		return nil, nil
	}
	pipe := s.client.Pipeline()
	cmds := make([]*redis.MapStringStringCmd, len(ids))
	for i, id := range ids {
		cmds[i] = pipe.HGetAll(ctx, s.recordKey(id))
	}
	if _, err := pipe.Exec(ctx); err != nil {
		return nil, fmt.Errorf("redisstore: listing keys: %w", err)
	}
	now := time.Now()
	var out []*apikey.Record
	for i, cmd := range cmds {
		fields := cmd.Val()
		if len(fields) == 0 {
			continue
		}
		rec, err := decode(ids[i], fields)
		if err != nil {
			return nil, err
		}
		if f.Match(rec, now) {
			out = append(out, rec)
		}
	}
	apikey.SortRecords(out)
	return out, nil
}

// Revoke implements [apikey.Manager]; a zero at means now. After the change
// it publishes id on the invalidation channel. That is best effort: the key
// is revoked in Redis whether or not the publish succeeds, so a publish
// error is ignored rather than returned.
func (s *Store) Revoke(ctx context.Context, id string, at time.Time) error {
	if err := s.ready(); err != nil {
		return err
	}
	if at.IsZero() {
		at = time.Now()
	}
	if err := s.change(ctx, revokeScript, "revoking", id, encodeTime(at)); err != nil {
		return err
	}
	s.invalidate(ctx, id)
	return nil
}

// SetExpiry implements [apikey.Manager]; a zero at removes the expiry. Like
// Revoke, it publishes id on the invalidation channel after the change and
// ignores a publish error.
func (s *Store) SetExpiry(ctx context.Context, id string, at time.Time) error {
	if err := s.ready(); err != nil {
		return err
	}
	if err := s.change(ctx, expiryScript, "setting expiry of", id, encodeTime(at)); err != nil {
		return err
	}
	s.invalidate(ctx, id)
	return nil
}

// TouchLastUsed implements [apikey.Manager]: it records at unless a later
// use is recorded already.
func (s *Store) TouchLastUsed(ctx context.Context, id string, at time.Time) error {
	if err := s.ready(); err != nil {
		return err
	}
	return s.change(ctx, touchScript, "touching", id, encodeTime(at))
}

// change runs a script that updates record id; the script answers 0 when
// there is no such record.
// MarkReplaced implements [apikey.Manager]. Like Revoke, it publishes the
// id on the invalidation channel.
func (s *Store) MarkReplaced(ctx context.Context, id, successor string, end time.Time) error {
	if err := s.ready(); err != nil {
		return err
	}
	n, err := markReplacedScript.Run(ctx, s.client, []string{s.recordKey(id)}, successor, encodeTime(end)).Int()
	switch {
	case err != nil:
		return fmt.Errorf("redisstore: marking key %s replaced: %w", id, err)
	case n == 0:
		return apikey.ErrNotFound
	case n == 2:
		return apikey.ErrReplaced
	}
	s.invalidate(ctx, id)
	return nil
}

func (s *Store) change(ctx context.Context, script *redis.Script, what, id, arg string) error {
	n, err := script.Run(ctx, s.client, []string{s.recordKey(id)}, arg).Int()
	if err != nil {
		return fmt.Errorf("redisstore: %s key %s: %w", what, id, err)
	}
	if n == 0 {
		return fmt.Errorf("redisstore: %s key %s: %w", what, id, apikey.ErrNotFound)
	}
	return nil
}

// invalidate tells other replicas' caches that id changed. Errors are
// ignored: see Revoke.
func (s *Store) invalidate(ctx context.Context, id string) {
	_ = s.client.Publish(ctx, s.channel, id).Err()
}

// decode turns the fields of record id into a Record. A record without a
// valid hash or subject, or with unreadable fields, is an error (not
// ErrNotFound): the store holds something it cannot vouch for.
func decode(id string, fields map[string]string) (*apikey.Record, error) {
	rec := &apikey.Record{
		ID:         id,
		Hash:       []byte(fields[fHash]),
		Subject:    fields[fSubject],
		Name:       fields[fName],
		RateLimit:  fields[fRateLimit],
		ReplacedBy: fields[fReplaced],
	}
	if len(rec.Hash) != 32 || rec.Subject == "" {
		return nil, fmt.Errorf("redisstore: record of key %s is corrupt: no valid hash or subject", id)
	}
	if sc := fields[fScopes]; sc != "" {
		rec.Scopes = strings.Split(sc, " ")
	}
	if m := fields[fMetadata]; m != "" && m != "{}" {
		if err := json.Unmarshal([]byte(m), &rec.Metadata); err != nil {
			return nil, fmt.Errorf("redisstore: record of key %s is corrupt: metadata: %w", id, err)
		}
		if len(rec.Metadata) == 0 {
			rec.Metadata = nil
		}
	}
	for _, t := range []struct {
		field string
		dst   *time.Time
	}{
		{fCreated, &rec.CreatedAt},
		{fExpires, &rec.ExpiresAt},
		{fRevoked, &rec.RevokedAt},
		{fLastUsed, &rec.LastUsedAt},
	} {
		v := fields[t.field]
		if v == "" {
			continue
		}
		us, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("redisstore: record of key %s is corrupt: %s: %w", id, t.field, err)
		}
		*t.dst = time.UnixMicro(us).UTC()
	}
	return rec, nil
}

// encodeTime writes t as Unix microseconds, or "" for the zero time.
func encodeTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return strconv.FormatInt(t.UnixMicro(), 10)
}
