package mcpauth_test

import (
	"context"
	"testing"
	"time"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/audit"
)

// Finding: "who called delete_repo yesterday, with which key?" — for a
// key that is revoked or expired, the audit cannot say. The
// authenticator knows the key id and its owner once the hash matched
// (apikey/authenticator.go returns InvalidCredential with the id only in
// the error's cause), but returns no principal, and the gate records
// none: the event of a revoked key in use has no key_id and no subject,
// exactly like random junk. A revoked key still being used is the event
// an operator most needs to find. (The key id is not a secret: it is in
// every allowed event.)
func TestReview12RevokedKeyIsAttributed(t *testing.T) {
	store := apikey.NewMemoryStore()
	key, rec, err := apikey.NewRecord(apikey.NewKey{Subject: "mallory", Scopes: []string{"tools"}})
	if err != nil {
		t.Fatal(err)
	}
	if err := store.Put(rec); err != nil {
		t.Fatal(err)
	}
	if err := store.Revoke(context.Background(), rec.ID, time.Now().Add(-time.Minute)); err != nil {
		t.Fatal(err)
	}
	auth, err := apikey.New(apikey.Config{Store: store})
	if err != nil {
		t.Fatal(err)
	}
	obs := &rv12Events{}
	aud, err := audit.New(audit.Config{Observer: obs})
	if err != nil {
		t.Fatal(err)
	}
	ep, err := mcpauth.NewEndpoint(mcpauth.EndpointConfig{Resource: "https://api.example.com/mcp",
		Authenticators: []mcpauth.Authenticator{auth}, Audit: aud})
	if err != nil {
		t.Fatal(err)
	}
	h := ep.Handler(rv12Stateless(rv12Server()))
	if w := rv12Post(h, map[string]string{"X-API-Key": key}, rv12Call(1, "echo")); w.Code != 401 {
		t.Fatalf("%d", w.Code)
	}
	evs := obs.take()
	if len(evs) != 1 {
		t.Fatalf("%d events", len(evs))
	}
	if e := evs[0]; e.KeyID != rec.ID || e.Authenticator != "apikey" {
		t.Errorf("a revoked key in use is audited with key_id %q, authenticator %q, subject %q (want key %s)", e.KeyID, e.Authenticator, e.Subject, rec.ID)
	}
}
