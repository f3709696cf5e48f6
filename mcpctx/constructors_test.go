package mcpctx

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mcpauth/mcpauth/internal/testcheck"
)

// TestMiddlewarePanicsAtConstructionOnNilNext: a nil next handler is
// refused when the middleware is applied, not at the first message.
func TestMiddlewarePanicsAtConstructionOnNilNext(t *testing.T) {
	defer func() {
		if r := recover(); r == nil || !strings.Contains(fmt.Sprint(r), "Middleware: next handler is nil") {
			t.Errorf("Middleware()(nil): recovered %v", r)
		}
	}()
	Middleware()(nil)
}

// TestNilAndZeroValuesDoNotPanic: every exported function and method
// accepts nil and zero values.
func TestNilAndZeroValuesDoNotPanic(t *testing.T) {
	var nilCtx context.Context
	var nilP *Principal
	var nilReq *mcp.CallToolRequest
	testcheck.NoPanic(t, "nil Principal", func() {
		if id := nilP.ID(); id != "" {
			t.Errorf("nil ID = %q", id)
		}
		if nilP.HasScope("x") || nilP.Expired(time.Now()) {
			t.Error("a nil principal has a scope or an expired credential")
		}
		if m := nilP.MissingScopes("a", "b"); len(m) != 2 {
			t.Errorf("MissingScopes = %v", m)
		}
		if ti := TokenInfo(nilP); ti != nil {
			t.Errorf("TokenInfo(nil) = %+v", ti)
		}
	})
	testcheck.NoPanic(t, "zero Principal", func() {
		var p Principal
		_ = p.ID()
		_ = p.Expired(time.Now())
		if ti := TokenInfo(&p); ti == nil {
			t.Error("TokenInfo of a zero principal is nil")
		}
	})
	testcheck.NoPanic(t, "nil ctx", func() {
		ctx := WithPrincipal(nilCtx, &Principal{Subject: "a"})
		if p, ok := PrincipalFrom(ctx); !ok || p.Subject != "a" {
			t.Errorf("WithPrincipal(nil ctx): %v %v", p, ok)
		}
		ctx = WithHeader(nilCtx, http.Header{"X": {"1"}})
		if HeaderFrom(ctx).Get("X") != "1" {
			t.Error("WithHeader(nil ctx) lost the header")
		}
		if _, ok := PrincipalFrom(nilCtx); ok {
			t.Error("a nil ctx has a principal")
		}
		_ = HeaderFrom(nilCtx)
		_ = WithHeader(context.Background(), nil)
	})
	testcheck.NoPanic(t, "nil requests", func() {
		if _, ok := FromRequest(nil); ok {
			t.Error("FromRequest(nil)")
		}
		if _, ok := FromRequest(nilReq); ok {
			t.Error("FromRequest(nil *CallToolRequest)")
		}
		if n := OperationName(nil); n != "" {
			t.Errorf("OperationName(nil) = %q", n)
		}
		if n := OperationName(nilReq); n != "" {
			t.Errorf("OperationName(nil *CallToolRequest) = %q", n)
		}
		if n := OperationName(&mcp.CallToolRequest{}); n != "" {
			t.Errorf("OperationName(no params) = %q", n)
		}
		if _, ok := FromTokenInfo(nil); ok {
			t.Error("FromTokenInfo(nil)")
		}
	})
	testcheck.NoPanic(t, "Middleware with nil requests", func() {
		h := Middleware()(func(ctx context.Context, _ string, _ mcp.Request) (mcp.Result, error) {
			if _, ok := PrincipalFrom(ctx); ok {
				t.Error("a principal without a request")
			}
			return nil, nil
		})
		_, _ = h(context.Background(), "tools/call", nil)
		_, _ = h(context.Background(), "tools/call", nilReq)
	})
}
