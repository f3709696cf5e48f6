package headers

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestValidateOrigin(t *testing.T) {
	check, err := ValidateOrigin(OriginOptions{AllowedOrigins: []string{"https://App.Example.com:443", "http://tool.example:8080"}})
	if err != nil {
		t.Fatal(err)
	}
	h := check(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusTeapot) }))
	cases := []struct {
		origins []string
		want    int
	}{
		{nil, http.StatusTeapot},
		{[]string{"https://app.example.com"}, http.StatusTeapot},
		{[]string{"https://APP.example.com/"}, http.StatusTeapot},
		{[]string{"http://tool.example:8080"}, http.StatusTeapot},
		{[]string{"http://localhost:5173"}, http.StatusTeapot},
		{[]string{"http://127.0.0.1:6274"}, http.StatusTeapot},
		{[]string{"http://127.9.9.9"}, http.StatusTeapot},
		{[]string{"https://[::1]:3000"}, http.StatusTeapot},
		{[]string{"http://evil.example"}, http.StatusForbidden},
		{[]string{"http://app.example.com"}, http.StatusForbidden}, // scheme differs
		{[]string{"https://app.example.com:8443"}, http.StatusForbidden},
		{[]string{"http://tool.example"}, http.StatusForbidden},
		{[]string{"http://localhost.evil.example"}, http.StatusForbidden},
		{[]string{"http://127.0.0.1.evil.example"}, http.StatusForbidden},
		{[]string{"null"}, http.StatusForbidden},
		{[]string{""}, http.StatusForbidden},
		{[]string{"file://"}, http.StatusForbidden},
		{[]string{"https://app.example.com/path"}, http.StatusForbidden},
		{[]string{"https://user@app.example.com"}, http.StatusForbidden},
		{[]string{"https://app.example.com", "https://app.example.com"}, http.StatusForbidden},
	}
	for _, c := range cases {
		req := httptest.NewRequest("POST", "/mcp", nil)
		for _, o := range c.origins {
			req.Header.Add("Origin", o)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != c.want {
			t.Errorf("Origin %q: status %d, want %d", c.origins, rec.Code, c.want)
		}
		if rec.Code == http.StatusForbidden {
			var body struct {
				JSONRPC string          `json:"jsonrpc"`
				ID      json.RawMessage `json:"id"`
				Error   struct {
					Code    int    `json:"code"`
					Message string `json:"message"`
				} `json:"error"`
			}
			if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || body.JSONRPC != "2.0" || string(body.ID) != "null" || body.Error.Message == "" {
				t.Errorf("403 body %q is not a JSON-RPC error (%v)", rec.Body.String(), err)
			}
			if ct := rec.Header().Get("Content-Type"); ct != "application/json" {
				t.Errorf("Content-Type %q", ct)
			}
		}
	}
}

func TestValidateOriginDisallowLoopback(t *testing.T) {
	var rejected string
	check, err := ValidateOrigin(OriginOptions{DisallowLoopback: true, OnReject: func(_ *http.Request, o string) { rejected = o }})
	if err != nil {
		t.Fatal(err)
	}
	h := check(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	req := httptest.NewRequest("GET", "/", nil)
	req.Header.Set("Origin", "http://localhost:3000")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusForbidden || rejected != "http://localhost:3000" {
		t.Fatalf("status %d, OnReject saw %q", rec.Code, rejected)
	}
}

func TestValidateOriginConfigErrors(t *testing.T) {
	for _, bad := range []string{"app.example.com", "https://", "ftp://x", "https://x/path", "null", "https://x?q=1", "*"} {
		if _, err := ValidateOrigin(OriginOptions{AllowedOrigins: []string{bad}}); err == nil {
			t.Errorf("allowed origin %q accepted", bad)
		}
	}
}
