package mcpauth_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/mcpauth/mcpauth"
	"github.com/mcpauth/mcpauth/apikey"
	"github.com/mcpauth/mcpauth/audit"
	"github.com/mcpauth/mcpauth/internal/testlog"
	"github.com/mcpauth/mcpauth/mcpctx"
	"github.com/mcpauth/mcpauth/policy"
)

// An authenticator may return, with an invalid-credential error, the
// principal the credential named (apikey does for a revoked or expired
// key), so that the refusal is attributed. The gate refuses the request
// all the same, 401 invalid_token, whatever the principal holds and
// whatever the endpoint's policy (public operations, required scopes):
// the principal reaches no handler, and is audited and logged by who it
// is (its key id), never by what it would be granted.
func TestGateRefusesPrincipalReturnedWithError(t *testing.T) {
	store := apikey.NewMemoryStore()
	key, rec, err := apikey.NewRecord(apikey.NewKey{Subject: "mallory", Scopes: []string{"tools"}})
	if err != nil {
		t.Fatal(err)
	}
	testlog.Secret(t, key)
	if err := store.Put(rec); err != nil {
		t.Fatal(err)
	}
	if err := store.Revoke(context.Background(), rec.ID, time.Now().Add(-time.Minute)); err != nil {
		t.Fatal(err)
	}
	revoked, err := apikey.New(apikey.Config{Store: store})
	if err != nil {
		t.Fatal(err)
	}
	// A principal that would pass everything, returned with the error.
	everything := mcpauth.AuthenticatorFunc(func(r *http.Request) (*mcpctx.Principal, error) {
		if r.Header.Get("Authorization") == "" {
			return nil, mcpauth.ErrNoCredential
		}
		return &mcpctx.Principal{Subject: "eve", Method: mcpctx.MethodJWT, KeyID: "kid-eve", Scopes: []string{"tools", "admin"},
			Claims: map[string]any{"client_id": "c"}}, mcpauth.InvalidCredential("token revoked", nil)
	})
	pol, err := policy.New(policy.Config{Rules: []policy.Rule{
		{Name: "discovery", Methods: []string{"initialize", "tools/list"}, Public: true},
		{Name: "echo", Tools: []string{"echo"}, Public: true},
		{Name: "admin", Tools: []string{"delete_*"}, Scopes: []string{"admin"}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name   string
		opts   mcpauth.Options
		hdr    map[string]string
		keyID  string
		method mcpctx.Method
	}{
		{"revoked key", mcpauth.Options{}, map[string]string{"X-API-Key": key}, rec.ID, mcpctx.MethodAPIKey},
		{"revoked key, public tool", mcpauth.Options{Authorizer: pol}, map[string]string{"X-API-Key": key}, rec.ID, mcpctx.MethodAPIKey},
		{"revoked key, required scopes", mcpauth.Options{RequiredScopes: []string{"tools"}}, map[string]string{"X-API-Key": key}, rec.ID, mcpctx.MethodAPIKey},
		{"full principal", mcpauth.Options{Authorizer: pol, RequiredScopes: []string{"tools"}}, map[string]string{"Authorization": "Bearer x.y.z"}, "kid-eve", mcpctx.MethodJWT},
	} {
		t.Run(c.name, func(t *testing.T) {
			logger := testlog.New(t)
			obs := testlog.Observer(t)
			aud, err := audit.New(audit.Config{Observer: obs})
			if err != nil {
				t.Fatal(err)
			}
			c.opts.Authenticators = []mcpauth.Authenticator{revoked, everything}
			c.opts.Logger = logger
			gate, err := mcpauth.New(c.opts)
			if err != nil {
				t.Fatal(err)
			}
			reached := false
			h := aud.Handler(gate.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				reached = true
				p, _ := mcpctx.PrincipalFrom(r.Context())
				t.Errorf("the handler was called, with principal %+v", p)
			})))
			for _, tool := range []string{"echo", "delete_all"} {
				r := httptest.NewRequest("POST", "https://api.example.com/mcp", strings.NewReader(
					`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"`+tool+`","arguments":{}}}`))
				r.Header.Set("Content-Type", "application/json")
				r.Header.Set("Accept", "application/json, text/event-stream")
				for k, v := range c.hdr {
					r.Header.Set(k, v)
				}
				w := httptest.NewRecorder()
				h.ServeHTTP(w, r)
				if w.Code != http.StatusUnauthorized || !strings.Contains(w.Header().Get("WWW-Authenticate"), `error="invalid_token"`) {
					t.Errorf("%s: %d %q %s", tool, w.Code, w.Header().Get("WWW-Authenticate"), w.Body)
				}
			}
			if reached {
				return
			}
			evs := obs.Events()
			if len(evs) != 2 {
				t.Fatalf("%d events", len(evs))
			}
			for _, e := range evs {
				if e.Status != http.StatusUnauthorized || e.Reason != audit.ReasonInvalidCredential ||
					e.KeyID != c.keyID || e.Authenticator != string(c.method) || e.ClientID != "" {
					t.Errorf("event %s", testlog.EventLine(&e))
				}
			}
			if out := testlog.Output(t, logger); strings.Count(out, "key_id="+c.keyID) != 2 {
				t.Errorf("log:\n%s", out)
			}
		})
	}
}
