package redisstore_test

import (
	"context"
	"errors"
	"os"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/apikey/redisstore"
	"github.com/mcpauth/mcpauth/apikey/storetest"
	"github.com/mcpauth/mcpauth/internal/testenv"
)

// newStore returns a store with a prefix of its own on the test's Redis,
// and the client under it. On a real Redis the test's keys are deleted when
// it ends.
func newStore(t testing.TB) (*redisstore.Store, *redis.Client, string) {
	t.Helper()
	return storeOn(t, testenv.RedisClient(t))
}

// storeOn is newStore on a given client.
func storeOn(t testing.TB, client *redis.Client) (*redisstore.Store, *redis.Client, string) {
	t.Helper()
	prefix := testenv.Unique("t:") + "{k}:"
	s, err := redisstore.New(client, redisstore.Options{Prefix: prefix})
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv("MCPAUTH_TEST_REDIS") != "" {
		t.Cleanup(func() { cleanup(t, client, prefix) })
	}
	return s, client, prefix
}

// connect opens a client on url and closes it when the test ends.
func connect(t testing.TB, url string) *redis.Client {
	t.Helper()
	opts, err := redis.ParseURL(url)
	if err != nil {
		t.Fatal(err)
	}
	c := redis.NewClient(opts)
	t.Cleanup(func() { _ = c.Close() })
	return c
}

// cleanup deletes every key starting with prefix.
func cleanup(t testing.TB, client *redis.Client, prefix string) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	iter := client.Scan(ctx, 0, prefix+"*", 100).Iterator()
	var keys []string
	for iter.Next(ctx) {
		keys = append(keys, iter.Val())
	}
	if err := iter.Err(); err != nil {
		t.Errorf("cleanup: scanning %s*: %v", prefix, err)
		return
	}
	if len(keys) > 0 {
		if err := client.Del(ctx, keys...).Err(); err != nil {
			t.Errorf("cleanup: deleting %d keys: %v", len(keys), err)
		}
	}
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) apikey.Manager {
		s, _, _ := newStore(t)
		return s
	})
}

func TestNewRejectsPrefixWithoutHashTag(t *testing.T) {
	client := redis.NewClient(&redis.Options{Addr: "127.0.0.1:1"})
	defer client.Close()
	for _, p := range []string{"mcpauth:", "a{}b", "a}b{", "x{y"} {
		if _, err := redisstore.New(client, redisstore.Options{Prefix: p}); err == nil {
			t.Errorf("New accepted prefix %q", p)
		}
	}
	for _, p := range []string{"", "mcpauth:{apikeys}:", "{a}", "a}{b}:"} {
		if _, err := redisstore.New(client, redisstore.Options{Prefix: p}); err != nil {
			t.Errorf("New(%q): %v", p, err)
		}
	}
	if _, err := redisstore.New(nil, redisstore.Options{}); err == nil {
		t.Error("New accepted a nil client")
	}
	s, _ := redisstore.New(client, redisstore.Options{})
	if got := s.InvalidationChannel(); got != "mcpauth:{apikeys}:invalidate" {
		t.Errorf("InvalidationChannel() = %q", got)
	}
}

// TestLayout pins the documented key layout, which other tools may read.
func TestLayout(t *testing.T) {
	ctx := context.Background()
	s, client, prefix := newStore(t)
	created := time.UnixMicro(1700000000123456)
	expires := time.UnixMicro(1800000000000001)
	rec := apikey.Record{
		ID: "AbCdEf012345", Hash: apikey.Hash("k"), Subject: "alice", Name: "ci",
		Scopes: []string{"a", "b:c"}, Metadata: map[string]string{"team": "x"}, RateLimit: "10/s",
		CreatedAt: created, ExpiresAt: expires,
	}
	if err := s.Insert(ctx, &rec); err != nil {
		t.Fatal(err)
	}
	got, err := client.HGetAll(ctx, prefix+"key:"+rec.ID).Result()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"hash": string(rec.Hash), "subject": "alice", "name": "ci", "scopes": "a b:c",
		"metadata": `{"team":"x"}`, "rate_limit": "10/s",
		"created_at": "1700000000123456", "expires_at": "1800000000000001", "revoked_at": "", "last_used_at": "",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("field %s = %q, want %q", k, got[k], v)
		}
	}
	for _, set := range []string{prefix + "all", prefix + "subject:alice"} {
		if ok, err := client.SIsMember(ctx, set, rec.ID).Result(); err != nil || !ok {
			t.Errorf("%s does not hold the id: %v %v", set, ok, err)
		}
	}

	// Empty metadata is stored as "{}".
	_, rec2 := mustCreate(t, s, apikey.NewKey{Subject: "bob"})
	if m, _ := client.HGet(ctx, prefix+"key:"+rec2.ID, "metadata").Result(); m != "{}" {
		t.Errorf("empty metadata stored as %q", m)
	}
}

func mustCreate(t testing.TB, m apikey.Manager, nk apikey.NewKey) (string, *apikey.Record) {
	t.Helper()
	key, rec, err := apikey.Create(context.Background(), m, nk)
	if err != nil {
		t.Fatal(err)
	}
	return key, rec
}

func TestRevokeZeroMeansNow(t *testing.T) {
	ctx := context.Background()
	s, _, _ := newStore(t)
	_, rec := mustCreate(t, s, apikey.NewKey{Subject: "alice"})
	before := time.Now()
	if err := s.Revoke(ctx, rec.ID, time.Time{}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Lookup(ctx, rec.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.RevokedAt.Before(before.Truncate(time.Microsecond)) || got.RevokedAt.After(time.Now()) {
		t.Fatalf("RevokedAt = %v, want about %v", got.RevokedAt, before)
	}
}

// Times before 1970 and far in the future compare exactly in the scripts.
func TestTimeOrdering(t *testing.T) {
	ctx := context.Background()
	s, _, _ := newStore(t)
	_, rec := mustCreate(t, s, apikey.NewKey{Subject: "alice"})
	old := time.Date(1960, 1, 1, 0, 0, 0, 0, time.UTC)
	older := old.Add(-time.Microsecond)
	for _, at := range []time.Time{time.Now(), old, older, old} {
		if err := s.Revoke(ctx, rec.ID, at); err != nil {
			t.Fatal(err)
		}
	}
	far := time.Date(2400, 1, 1, 0, 0, 0, 0, time.UTC) // beyond 2^53 µs
	for _, at := range []time.Time{old, far.Add(-time.Microsecond), far, time.Now(), time.Time{}} {
		if err := s.TouchLastUsed(ctx, rec.ID, at); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.Lookup(ctx, rec.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !got.RevokedAt.Equal(older) || !got.LastUsedAt.Equal(far) {
		t.Fatalf("RevokedAt %v, LastUsedAt %v; want %v, %v", got.RevokedAt, got.LastUsedAt, older, far)
	}
	if err := s.SetExpiry(ctx, rec.ID, time.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if err := s.SetExpiry(ctx, rec.ID, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Lookup(ctx, rec.ID); !got.ExpiresAt.IsZero() {
		t.Fatalf("SetExpiry(zero) left ExpiresAt = %v", got.ExpiresAt)
	}
}

func TestListSkipsVanishedRecords(t *testing.T) {
	ctx := context.Background()
	s, client, prefix := newStore(t)
	_, a := mustCreate(t, s, apikey.NewKey{Subject: "alice"})
	_, b := mustCreate(t, s, apikey.NewKey{Subject: "alice"})
	if err := client.Del(ctx, prefix+"key:"+a.ID).Err(); err != nil {
		t.Fatal(err)
	}
	for _, f := range []apikey.Filter{{}, {Subject: "alice"}} {
		recs, err := s.List(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) != 1 || recs[0].ID != b.ID {
			t.Fatalf("List(%+v) = %v, want only %s", f, recs, b.ID)
		}
	}
}

func TestInsertRejectsUnstorableScopes(t *testing.T) {
	s, _, _ := newStore(t)
	for _, scopes := range [][]string{{""}, {"a b"}} {
		rec := apikey.Record{ID: "AbCdEf012345", Hash: apikey.Hash("k"), Subject: "alice", Scopes: scopes}
		if err := s.Insert(context.Background(), &rec); err == nil {
			t.Errorf("Insert accepted scopes %q", scopes)
		}
	}
}

func TestCorruptRecordIsAnError(t *testing.T) {
	ctx := context.Background()
	s, client, prefix := newStore(t)
	_, rec := mustCreate(t, s, apikey.NewKey{Subject: "alice"})
	if err := client.HSet(ctx, prefix+"key:"+rec.ID, "created_at", "yesterday").Err(); err != nil {
		t.Fatal(err)
	}
	_, err := s.Lookup(ctx, rec.ID)
	if err == nil || errors.Is(err, apikey.ErrNotFound) {
		t.Fatalf("Lookup of a corrupt record: %v, want an error other than ErrNotFound", err)
	}
}

func TestInvalidation(t *testing.T) {
	ctx := context.Background()
	// Two connections to one Redis, as two replicas would have.
	url := testenv.Redis(t)
	s, _, _ := storeOn(t, connect(t, url))
	sub := connect(t, url)
	_, rec := mustCreate(t, s, apikey.NewKey{Subject: "alice"})

	ids := make(chan string, 10)
	stop, err := redisstore.Subscribe(ctx, sub, s.InvalidationChannel(), onInvalidate(func(id string) { ids <- id }))
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := stop(); err != nil {
			t.Errorf("stop: %v", err)
		}
	}()

	expect := func(what string) {
		t.Helper()
		select {
		case id := <-ids:
			if id != rec.ID {
				t.Fatalf("%s: invalidated %q, want %q", what, id, rec.ID)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: no invalidation within 10s", what)
		}
	}
	if err := s.SetExpiry(ctx, rec.ID, time.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	expect("SetExpiry")
	if err := s.Revoke(ctx, rec.ID, time.Now()); err != nil {
		t.Fatal(err)
	}
	expect("Revoke")
	if err := s.TouchLastUsed(ctx, rec.ID, time.Now()); err != nil {
		t.Fatal(err)
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	select {
	case id := <-ids:
		t.Fatalf("invalidated %q after TouchLastUsed", id)
	default:
	}
}

func TestSubscribeEndsWithContext(t *testing.T) {
	s, client, _ := newStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	called := make(chan string, 10)
	stop, err := redisstore.Subscribe(ctx, client, s.InvalidationChannel(), onInvalidate(func(id string) { called <- id }))
	if err != nil {
		t.Fatal(err)
	}
	cancel()
	done := make(chan error, 1)
	go func() { done <- stop() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("stop after ctx ended: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("stop did not return after ctx ended")
	}
	if err := stop(); err != nil {
		t.Fatalf("second stop: %v", err)
	}

	if _, err := redisstore.Subscribe(ctx, client, s.InvalidationChannel(), onInvalidate(func(string) {})); err == nil {
		t.Fatal("Subscribe with an ended ctx succeeded")
	}
}

func TestSubscribeRedisDown(t *testing.T) {
	client := deadClient(t)
	_, err := redisstore.Subscribe(context.Background(), client, "x{y}:invalidate", onInvalidate(func(string) {}))
	if err == nil {
		t.Fatal("Subscribe to a dead Redis succeeded")
	}
}

func deadClient(t testing.TB) *redis.Client {
	client := redis.NewClient(&redis.Options{Addr: "127.0.0.1:1", DialTimeout: 200 * time.Millisecond, MaxRetries: -1, DialerRetries: 1})
	t.Cleanup(func() { _ = client.Close() })
	return client
}

func TestRedisDown(t *testing.T) {
	ctx := context.Background()
	s, err := redisstore.New(deadClient(t), redisstore.Options{})
	if err != nil {
		t.Fatal(err)
	}
	_, id, _ := apikey.Generate(apikey.DefaultPrefix)
	_, err = s.Lookup(ctx, id)
	if err == nil || errors.Is(err, apikey.ErrNotFound) {
		t.Fatalf("Lookup with Redis down: %v, want an error other than ErrNotFound", err)
	}
	for name, err := range map[string]error{
		"Revoke":        s.Revoke(ctx, id, time.Now()),
		"SetExpiry":     s.SetExpiry(ctx, id, time.Now()),
		"TouchLastUsed": s.TouchLastUsed(ctx, id, time.Now()),
	} {
		if err == nil || errors.Is(err, apikey.ErrNotFound) {
			t.Errorf("%s with Redis down: %v", name, err)
		}
	}
	if _, err := s.List(ctx, apikey.Filter{}); err == nil {
		t.Error("List with Redis down succeeded")
	}
	_, rec, _ := apikey.NewRecord(apikey.NewKey{Subject: "alice"})
	if err := s.Insert(ctx, &rec); err == nil || errors.Is(err, apikey.ErrExists) {
		t.Errorf("Insert with Redis down: %v", err)
	}
}

func TestScopesAndMetadataOrder(t *testing.T) {
	ctx := context.Background()
	s, _, _ := newStore(t)
	_, rec := mustCreate(t, s, apikey.NewKey{Subject: "alice", Scopes: []string{"z", "a", "m"}})
	got, err := s.Lookup(ctx, rec.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got.Scopes, rec.Scopes) {
		t.Fatalf("scopes %v, want %v", got.Scopes, rec.Scopes)
	}
}

func BenchmarkLookup(b *testing.B) {
	ctx := context.Background()
	s, _, _ := newStore(b)
	_, rec := mustCreate(b, s, apikey.NewKey{Subject: "alice", Scopes: []string{"tools"}, Metadata: map[string]string{"team": "x"}})
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Lookup(ctx, rec.ID); err != nil {
			b.Fatal(err)
		}
	}
}

// After stop, neither Subscribe's goroutine nor go-redis's reader for the
// subscription is left running.
func TestSubscribeDoesNotLeak(t *testing.T) {
	s, client, _ := newStore(t)
	if err := client.Ping(context.Background()).Err(); err != nil { // settle the pool first
		t.Fatal(err)
	}
	base := runtime.NumGoroutine()
	for range 3 {
		stop, err := redisstore.Subscribe(context.Background(), client, s.InvalidationChannel(), onInvalidate(func(string) {}))
		if err != nil {
			t.Fatal(err)
		}
		if err := stop(); err != nil {
			t.Fatal(err)
		}
	}
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > base {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<16)
			t.Fatalf("%d goroutines after stop, %d before:\n%s", runtime.NumGoroutine(), base, buf[:runtime.Stack(buf, true)])
		}
		// polls real go-redis connections and a real Redis: real time is what it takes
		time.Sleep(10 * time.Millisecond)
	}
}

// onInvalidate adapts a function to redisstore.Invalidator.
type onInvalidate func(id string)

func (f onInvalidate) Invalidate(id string) { f(id) }
func (f onInvalidate) Clear()               {}

// A revocation published while the subscriber was disconnected is lost to
// Pub/Sub; the resubscription clears the cache instead, so the revocation
// still takes effect at once, not after the TTL.
func TestResubscriptionClearsTheCache(t *testing.T) {
	if os.Getenv("MCPAUTH_TEST_REDIS") == "" {
		t.Skip("needs a real Redis (CLIENT KILL)")
	}
	ctx := context.Background()
	url := testenv.Redis(t)
	prefix := testenv.Unique("t:") + "{k}:"
	testenv.CleanRedis(t, url, prefix)
	opts, _ := redis.ParseURL(url)
	admin := redis.NewClient(opts)
	defer admin.Close()
	s, err := redisstore.New(admin, redisstore.Options{Prefix: prefix})
	if err != nil {
		t.Fatal(err)
	}
	opts.ClientName = testenv.Unique("sub")
	sub := redis.NewClient(opts)
	defer sub.Close()
	_, rec, err := apikey.Create(ctx, s, apikey.NewKey{Subject: "alice"})
	if err != nil {
		t.Fatal(err)
	}
	cache := apikey.NewCache(s, apikey.CacheOptions{TTL: time.Hour})
	stop, err := redisstore.Subscribe(ctx, sub, s.InvalidationChannel(), cache)
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	if _, err := cache.Lookup(ctx, rec.ID); err != nil {
		t.Fatal(err)
	}
	// Drop the subscriber's connection (a network blip, a failover), and
	// revoke while it is down.
	if err := admin.Do(ctx, "CLIENT", "KILL", "SKIPME", "yes", "TYPE", "pubsub").Err(); err != nil {
		t.Fatal(err)
	}
	if err := s.Revoke(ctx, rec.ID, time.Now()); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(15 * time.Second)
	for {
		got, err := cache.Lookup(ctx, rec.ID)
		if err == nil && !got.RevokedAt.IsZero() {
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("after the subscriber reconnected, the cache still serves the pre-revocation record")
		}
		// polls real go-redis connections and a real Redis: real time is what it takes
		time.Sleep(100 * time.Millisecond)
	}
}
