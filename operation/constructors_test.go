package operation

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/mcpauth/mcpauth/internal/testcheck"
)

// TestHandlerPanicsAtConstructionOnNilNext: a nil next handler is refused
// when the middleware is built, not at the first request.
func TestHandlerPanicsAtConstructionOnNilNext(t *testing.T) {
	for name, p := range map[string]*Parser{"zero": {}, "nil": nil} {
		func() {
			defer func() {
				if r := recover(); r == nil || !strings.Contains(fmt.Sprint(r), "Parser.Handler: next is nil") {
					t.Errorf("%s Parser.Handler(nil): recovered %v", name, r)
				}
			}()
			p.Handler(nil)
		}()
	}
}

// TestNilAndZeroValuesDoNotPanic: a nil *Parser is the default parser; the
// zero and nil Request, Error and the context helpers accept nil.
func TestNilAndZeroValuesDoNotPanic(t *testing.T) {
	body := `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search"}}`
	newReq := func() *http.Request {
		return httptest.NewRequest(http.MethodPost, "/mcp", strings.NewReader(body))
	}
	for name, p := range map[string]*Parser{"zero": {}, "nil": nil} {
		testcheck.NoPanic(t, name+" Parser", func() {
			req, err := p.Read(newReq())
			if err != nil || req.Single() == nil || req.Single().Name != "search" {
				t.Errorf("%s Parser.Read: %+v, %v", name, req, err)
			}
			rec := httptest.NewRecorder()
			if _, req, ok := p.Require(rec, newReq()); !ok || req.Single() == nil {
				t.Errorf("%s Parser.Require failed: %d", name, rec.Code)
			}
			served := false
			p.Handler(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { served = true })).ServeHTTP(httptest.NewRecorder(), newReq())
			if !served {
				t.Errorf("%s Parser.Handler did not serve", name)
			}
			if _, err := p.Read(nil); err == nil {
				t.Errorf("%s Parser.Read(nil) succeeded", name)
			}
			rec = httptest.NewRecorder()
			if _, _, ok := p.Require(rec, nil); ok || rec.Code != http.StatusInternalServerError {
				t.Errorf("%s Parser.Require(nil): ok %v, status %d", name, ok, rec.Code)
			}
		})
	}
	testcheck.NoPanic(t, "Request", func() {
		var nilReq *Request
		if nilReq.Single() != nil || nilReq.Claim("ping", "") {
			t.Error("a nil Request has operations")
		}
		var zero Request
		if zero.Single() != nil || zero.Claim("ping", "") {
			t.Error("a zero Request has operations")
		}
	})
	testcheck.NoPanic(t, "Error", func() {
		var e Error
		_ = e.Error()
		_ = e.Is(nil)
		_ = e.Unwrap()
		rec := httptest.NewRecorder()
		WriteError(rec, nil)
		if rec.Code != http.StatusBadRequest {
			t.Errorf("WriteError(nil): %d", rec.Code)
		}
		rec = httptest.NewRecorder()
		WriteError(rec, &Error{})
		var nilErr *Error
		WriteError(httptest.NewRecorder(), nilErr)
		_ = errors.Is(&Error{}, ErrMalformed)
	})
	testcheck.NoPanic(t, "context and TokenInfo helpers", func() {
		var nilCtx context.Context
		if _, ok := FromContext(nilCtx); ok {
			t.Error("a nil ctx carries operations")
		}
		if _, ok := FromContext(NewContext(nilCtx, nil)); ok {
			t.Error("a nil Request was found")
		}
		Attach(nil, nil)
		if _, ok := FromTokenInfo(nil); ok {
			t.Error("FromTokenInfo(nil)")
		}
		_ = Kind(0).String()
		_ = Named("")
	})
	testcheck.NoPanic(t, "Defer", func() {
		if Defer(nil, nil) != nil {
			t.Error("Defer(nil) is not nil")
		}
		r := newReq()
		if Defer(r, nil) != r {
			t.Error("Defer with a nil hook changed the request")
		}
		// A deferred request with a nil hook still parses.
		rec := httptest.NewRecorder()
		if _, _, ok := Require(rec, Defer(r, nil)); !ok {
			t.Errorf("Require after Defer(r, nil): %d", rec.Code)
		}
	})
}
