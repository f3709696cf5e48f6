package jwtauth

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestFetchJWKS(t *testing.T) {
	doc := jwksOf(t, newSigners(t))
	var status = http.StatusOK
	var body = doc
	var delay time.Duration
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(delay)
		w.WriteHeader(status)
		_, _ = w.Write(body)
	}))
	defer srv.Close()

	ks, err := FetchJWKS(context.Background(), srv.URL, nil)
	if err != nil || ks.Len() != 4 {
		t.Fatalf("FetchJWKS: %v", err)
	}
	status = http.StatusInternalServerError
	if _, err := FetchJWKS(context.Background(), srv.URL, nil); err == nil {
		t.Fatal("500 accepted")
	}
	status, body = http.StatusOK, []byte(strings.Repeat(" ", maxJWKSFileBytes+1))
	if _, err := FetchJWKS(context.Background(), srv.URL, nil); err == nil || !strings.Contains(err.Error(), "larger") {
		t.Fatalf("oversize body: %v", err)
	}
	body, delay = doc, 200*time.Millisecond
	if _, err := FetchJWKS(context.Background(), srv.URL, &http.Client{Timeout: 50 * time.Millisecond}); err == nil {
		t.Fatal("slow server did not time out")
	}
	for _, bad := range []string{"http://idp.example.com/jwks", "ftp://x/jwks", "/jwks", "https://"} {
		if _, err := FetchJWKS(context.Background(), bad, nil); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}
