// Package redisstore keeps API key records in Redis: an [apikey.Manager]
// for a single node, Sentinel or Cluster, shared by every replica of a
// server.
//
// The shortest correct use:
//
//	client := redis.NewUniversalClient(&redis.UniversalOptions{Addrs: []string{"localhost:6379"}})
//	store, err := redisstore.New(client, redisstore.Options{})
//	if err != nil { ... }
//	auth, err := apikey.New(apikey.Config{Store: store})
//
// Keys are made with [apikey.Create] (or the mcpauth CLI) against the same
// store; only their hashes reach Redis.
//
// # Key layout
//
// With the default prefix "mcpauth:{apikeys}:" the store writes
//
//	mcpauth:{apikeys}:key:<id>             HASH, one per key
//	mcpauth:{apikeys}:all                  SET of every id
//	mcpauth:{apikeys}:subject:<subject>    SET of the ids of one subject
//
// The record hash has the fields hash (the raw 32-byte digest), subject,
// name, scopes (space-separated), metadata (a JSON object, "{}" when
// empty), rate_limit, and created_at, expires_at, revoked_at and
// last_used_at as Unix microseconds in decimal ("" for a zero time).
// Lookup is one HGETALL; Insert, Revoke, SetExpiry and TouchLastUsed are
// Lua scripts, so each change is atomic. Records are never deleted by the
// store: revoked and expired keys stay listable.
//
// # Redis Cluster
//
// The scripts touch a record and its index sets together, which Redis
// Cluster allows only for keys in one hash slot. The prefix must therefore
// contain a hash tag — a non-empty part in braces, like "{apikeys}" — and
// [New] rejects one without. All keys of a store then live in one slot (on
// one shard); that is no burden for a table of API keys.
//
// # Invalidation
//
// Revoke and SetExpiry publish the key id on [Store.InvalidationChannel]
// (the prefix followed by "invalidate") after the change. A replica that
// caches lookups calls [Subscribe] on that channel and drops the id from
// its cache at once, instead of serving a revoked key until the cache entry
// expires. Publishing is best effort: Redis Pub/Sub does not deliver to a
// subscriber that is disconnected at the time, so a cache must still bound
// the age of its entries.
package redisstore
