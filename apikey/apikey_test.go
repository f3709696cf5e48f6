package apikey

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/mcpctx"
)

func TestGenerateAndParse(t *testing.T) {
	seen := map[string]bool{}
	for range 200 {
		key, id, err := Generate("mcp")
		if err != nil {
			t.Fatal(err)
		}
		if seen[key] {
			t.Fatal("duplicate key")
		}
		seen[key] = true
		parts := strings.Split(key, "_")
		if len(parts) != 3 || parts[0] != "mcp" || parts[1] != id || len(id) != idLen || len(parts[2]) != tailLen {
			t.Fatalf("bad shape %q", Redact(key))
		}
		got, err := ParseID(key, "mcp")
		if err != nil || got != id {
			t.Fatalf("ParseID = %q, %v", got, err)
		}
	}
}

func TestParseRejects(t *testing.T) {
	key, _, err := Generate("mcp")
	if err != nil {
		t.Fatal(err)
	}
	flip := func(i int) string {
		b := []byte(key)
		if b[i] == 'a' {
			b[i] = 'b'
		} else {
			b[i] = 'a'
		}
		return string(b)
	}
	bad := []string{
		"",
		"mcp",
		key[:len(key)-1],
		key + "x",
		strings.Replace(key, "mcp_", "abc_", 1),
		strings.Replace(key, "mcp_", "mcp-", 1),
		flip(len(key) - 10), // secret changed: checksum fails
		flip(len(key) - 1),  // checksum changed
		flip(6),             // id changed
		key[:20] + "!" + key[21:],
		strings.ToUpper(key),
	}
	for _, s := range bad {
		if _, err := ParseID(s, "mcp"); !errors.Is(err, ErrMalformed) {
			t.Errorf("ParseID(%q) = %v, want ErrMalformed", Redact(s), err)
		}
	}
	if _, err := ParseID(key, "other"); !errors.Is(err, ErrMalformed) {
		t.Error("wrong prefix accepted")
	}
}

func TestValidatePrefix(t *testing.T) {
	for _, ok := range []string{"mcp", "a", "acme2", "abcdefghijklmnop"} {
		if err := ValidatePrefix(ok); err != nil {
			t.Errorf("%q: %v", ok, err)
		}
	}
	for _, bad := range []string{"", "MCP", "2fa", "a_b", "a-b", "abcdefghijklmnopq"} {
		if ValidatePrefix(bad) == nil {
			t.Errorf("%q accepted", bad)
		}
		if _, _, err := Generate(bad); err == nil {
			t.Errorf("Generate(%q) accepted", bad)
		}
	}
}

func TestRedactHidesSecret(t *testing.T) {
	key, id, _ := Generate("mcp")
	r := Redact(key)
	if r != "mcp_"+id+"_…" || strings.Contains(r, key[len(key)-tailLen:]) {
		t.Fatalf("Redact = %q", r)
	}
}

func FuzzParseID(f *testing.F) {
	key, _, _ := Generate("mcp")
	for _, s := range []string{key, "", "mcp__", "mcp_AAAAAAAAAAAA_" + strings.Repeat("A", tailLen), strings.Repeat("_", 60)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, err := ParseID(s, "mcp")
		if err != nil {
			return
		}
		// Anything accepted must be exactly the format, with a good checksum.
		if len(id) != idLen || !strings.HasPrefix(s, "mcp_"+id+"_") || checksum(s[:len(s)-checksumLen]) != s[len(s)-checksumLen:] {
			t.Fatalf("accepted %q as id %q", s, id)
		}
	})
}

func newAuth(t *testing.T, store Store, cfg Config) *Authenticator {
	t.Helper()
	cfg.Store = store
	a, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func addKey(t *testing.T, s *MemoryStore, nk NewKey) (string, Record) {
	t.Helper()
	key, rec, err := NewRecord(nk)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Put(rec); err != nil {
		t.Fatal(err)
	}
	return key, rec
}

func request(h map[string]string) *http.Request {
	r := httptest.NewRequest("POST", "/mcp", nil)
	for k, v := range h {
		r.Header.Add(k, v)
	}
	return r
}

func TestAuthenticate(t *testing.T) {
	store := NewMemoryStore()
	key, rec := addKey(t, store, NewKey{Subject: "alice", Name: "laptop", Scopes: []string{"tools"}, Metadata: map[string]string{"team": "infra"}})
	a := newAuth(t, store, Config{Issuer: "keys"})

	for _, h := range []map[string]string{
		{"X-API-Key": key},
		{"x-api-key": "  " + key + " "},
		{"Authorization": "Bearer " + key},
		{"Authorization": "bearer   " + key},
	} {
		p, err := a.Authenticate(request(h))
		if err != nil {
			t.Fatalf("%v: %v", h, err)
		}
		if p.Subject != "alice" || p.Method != mcpctx.MethodAPIKey || p.KeyID != rec.ID || p.Issuer != "keys" ||
			!p.HasScope("tools") || p.Claims["team"] != "infra" {
			t.Fatalf("principal %+v", p)
		}
	}
}

func TestAuthenticateClaims(t *testing.T) {
	a := newAuth(t, NewMemoryStore(), Config{})
	notMine := []map[string]string{
		{},
		{"Authorization": "Bearer eyJhbGciOiJFUzI1NiJ9.e30.sig"},
		{"Authorization": "Basic YTpi"},
		{"Authorization": "Bearer other_abc"},
	}
	for _, h := range notMine {
		if _, err := a.Authenticate(request(h)); !errors.Is(err, mcpauth.ErrNoCredential) {
			t.Errorf("%v: %v, want ErrNoCredential", h, err)
		}
	}
	// The key header is ours whatever it holds.
	if _, err := a.Authenticate(request(map[string]string{"X-API-Key": "garbage"})); !errors.Is(err, mcpauth.ErrInvalidCredential) || !errors.Is(err, ErrMalformed) {
		t.Errorf("garbage key: %v", err)
	}
	r := request(nil)
	r.Header.Add("X-API-Key", "a")
	r.Header.Add("X-API-Key", "b")
	if _, err := a.Authenticate(r); !errors.Is(err, mcpauth.ErrInvalidRequest) {
		t.Errorf("two key headers: %v", err)
	}

	noBearer := newAuth(t, NewMemoryStore(), Config{DisableBearer: true})
	key, _, _ := Generate(DefaultPrefix)
	if _, err := noBearer.Authenticate(request(map[string]string{"Authorization": "Bearer " + key})); !errors.Is(err, mcpauth.ErrNoCredential) {
		t.Errorf("bearer key with DisableBearer: %v", err)
	}
}

func TestAuthenticateRejects(t *testing.T) {
	store := NewMemoryStore()
	now := time.Now()
	expired, _ := addKey(t, store, NewKey{Subject: "alice", ExpiresAt: now.Add(time.Hour)})
	revoked, revRec := addKey(t, store, NewKey{Subject: "alice"})
	good, goodRec := addKey(t, store, NewKey{Subject: "alice"})
	if err := store.Revoke(context.Background(), revRec.ID, time.Time{}); err != nil {
		t.Fatal(err)
	}
	unknown, _, _ := Generate(DefaultPrefix)
	// A key whose id exists but whose secret differs (checksum recomputed).
	body := good[:len(good)-tailLen] + strings.Repeat("Z", secretLen)
	forged := body + checksum(body)

	a := newAuth(t, store, Config{})
	a.now = func() time.Time { return now.Add(2 * time.Hour) }
	cases := []struct {
		key   string
		cause error
		desc  string
	}{
		{expired, ErrExpired, "API key expired"},
		{revoked, ErrRevoked, "API key revoked"},
		{unknown, ErrUnknownKey, "unknown API key"},
		{forged, ErrUnknownKey, "unknown API key"},
	}
	for _, c := range cases {
		_, err := a.Authenticate(request(map[string]string{"X-API-Key": c.key}))
		if !errors.Is(err, mcpauth.ErrInvalidCredential) || !errors.Is(err, c.cause) {
			t.Errorf("%s: %v", c.desc, err)
		}
		var e *mcpauth.Error
		if !errors.As(err, &e) || e.Description != c.desc {
			t.Errorf("description %q, want %q", e.Description, c.desc)
		}
		if strings.Contains(err.Error(), c.key) || strings.Contains(err.Error(), c.key[len(c.key)-tailLen:]) {
			t.Errorf("error %q contains the key", err)
		}
	}
	if _, err := a.Authenticate(request(map[string]string{"X-API-Key": good})); err != nil {
		t.Errorf("good key: %v", err)
	}
	_ = goodRec
}

type brokenStore struct{ err error }

func (b brokenStore) Lookup(context.Context, string) (*Record, error) { return nil, b.err }

func TestStoreFailureIsUnavailable(t *testing.T) {
	key, _, _ := Generate(DefaultPrefix)
	for _, s := range []Store{brokenStore{errors.New("connection refused")}, brokenStore{context.DeadlineExceeded}, brokenStore{nil}} {
		_, err := newAuth(t, s, Config{}).Authenticate(request(map[string]string{"X-API-Key": key}))
		if !errors.Is(err, mcpauth.ErrUnavailable) {
			t.Errorf("%#v: %v, want ErrUnavailable", s, err)
		}
	}
	// Malformed keys never reach the store.
	_, err := newAuth(t, brokenStore{errors.New("down")}, Config{}).Authenticate(request(map[string]string{"X-API-Key": key + "x"}))
	if !errors.Is(err, mcpauth.ErrInvalidCredential) {
		t.Errorf("malformed key with a dead store: %v", err)
	}
}

func TestCustomHeaderIsHiddenFromTools(t *testing.T) {
	a := newAuth(t, NewMemoryStore(), Config{Header: "X-Acme-Token", Prefix: "acme"})
	if h := a.CredentialHeaders(); len(h) != 1 || h[0] != "X-Acme-Token" {
		t.Fatalf("CredentialHeaders = %q: the gate would not hide the key header from tools", h)
	}
	if _, err := New(Config{Store: NewMemoryStore(), Header: "authorization"}); err == nil {
		t.Fatal("Authorization accepted as key header")
	}
	if _, err := New(Config{}); err == nil {
		t.Fatal("missing store accepted")
	}
	if _, err := New(Config{Store: NewMemoryStore(), Prefix: "Bad_"}); err == nil {
		t.Fatal("bad prefix accepted")
	}
}

func TestMemoryStore(t *testing.T) {
	var s MemoryStore // zero value works
	if _, err := s.Lookup(context.Background(), "x"); !errors.Is(err, ErrNotFound) {
		t.Fatal(err)
	}
	_, rec, _ := NewRecord(NewKey{Subject: "a", Scopes: []string{"x"}})
	if err := s.Put(rec); err != nil {
		t.Fatal(err)
	}
	rec.Scopes[0] = "changed"
	got, _ := s.Lookup(context.Background(), rec.ID)
	if got.Scopes[0] != "x" {
		t.Fatal("Put did not copy the record")
	}
	for _, bad := range []Record{{}, {ID: rec.ID, Subject: "a"}, {ID: "bad id", Hash: rec.Hash, Subject: "a"}, {ID: rec.ID, Hash: rec.Hash}} {
		if s.Put(bad) == nil {
			t.Errorf("Put(%+v) accepted", bad)
		}
	}
	if err := s.Revoke(context.Background(), "nope", time.Time{}); !errors.Is(err, ErrNotFound) {
		t.Fatal(err)
	}
	if err := s.Revoke(context.Background(), rec.ID, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if got.RevokedAt.IsZero() == false {
		t.Fatal("Revoke modified a record already handed out")
	}
	if _, _, err := NewRecord(NewKey{}); err == nil {
		t.Fatal("NewRecord without subject")
	}
	if _, _, err := NewRecord(NewKey{Subject: "a", ExpiresAt: time.Now().Add(-time.Second)}); err == nil {
		t.Fatal("NewRecord with past expiry")
	}
}
