package rpcerr

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

func TestWrite(t *testing.T) {
	for _, c := range []struct {
		name   string
		id     []byte
		data   any
		wantID string
	}{
		{"string id", []byte(`"a"`), nil, `"a"`},
		{"number id", []byte(`7`), map[string]int{"x": 1}, `7`},
		{"no id", nil, nil, `null`},
		{"invalid id", []byte(`{`), nil, `null`},
		{"data that does not marshal", []byte(`1`), func() {}, `1`},
	} {
		t.Run(c.name, func(t *testing.T) {
			w := httptest.NewRecorder()
			Write(w, 429, c.id, -32000, "slow down", c.data)
			var body struct {
				JSONRPC string          `json:"jsonrpc"`
				ID      json.RawMessage `json:"id"`
				Error   struct {
					Code    int    `json:"code"`
					Message string `json:"message"`
				} `json:"error"`
			}
			if err := json.Unmarshal(w.Body.Bytes(), &body); err != nil {
				t.Fatalf("%q: %v", w.Body, err)
			}
			if w.Code != 429 || body.JSONRPC != "2.0" || string(body.ID) != c.wantID || body.Error.Code != -32000 || body.Error.Message != "slow down" {
				t.Fatalf("%d %s", w.Code, w.Body)
			}
			h := w.Header()
			if h.Get("Content-Type") != "application/json" || h.Get("Cache-Control") != "no-store" || h.Get("X-Content-Type-Options") != "nosniff" {
				t.Fatalf("headers %v", h)
			}
		})
	}
}

func TestWriteOAuth(t *testing.T) {
	w := httptest.NewRecorder()
	WriteOAuth(w, 401, "invalid_token", `a "quoted" \ description`)
	var body struct {
		Error       string `json:"error"`
		Description string `json:"error_description"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &body); err != nil || body.Error != "invalid_token" || body.Description != `a "quoted" \ description` {
		t.Fatalf("%q: %v", w.Body, err)
	}
	if w.Code != 401 || w.Header().Get("Cache-Control") != "no-store" || w.Header().Get("Content-Type") != "application/json" {
		t.Fatalf("%d %v", w.Code, w.Header())
	}
}

func TestRetryAfterRoundsUp(t *testing.T) {
	for d, want := range map[time.Duration]string{0: "1", -time.Second: "1", time.Millisecond: "1", time.Second: "1", 1001 * time.Millisecond: "2", 5 * time.Second: "5"} {
		h := http.Header{}
		RetryAfter(h, d)
		if got := h.Get("Retry-After"); got != want {
			t.Errorf("%v: Retry-After %s, want %s", d, got, want)
		}
	}
}
