package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strings"
)

// maxProxyBody is the largest request body the proxy forwards; a larger
// one gets 413. The suite's requests are a few KiB.
const maxProxyBody = 4 << 20

// newProxy returns the header-adding reverse proxy: every request goes to
// target's scheme and host, path and query unchanged, with header set to
// key — the credential the conformance suite cannot send. The client's
// Host goes through as it came (so that the server's DNS-rebinding check
// sees the suite's Host, as behind a transparent proxy), and responses
// are streamed: each write of an SSE stream is flushed at once.
//
// Request bodies are not streamed: the proxy reads the whole body (at
// most maxProxyBody bytes; a larger one gets 413) before it sends the
// request on, with a Content-Length. Streamed, the body raced the
// response: ReverseProxy flushes the response's headers as soon as they
// come (the server refuses some of the suite's requests on their headers
// alone, before reading their bodies), and when a handler writes its headers net/http's server
// discards what is left of the request body — while the transport is
// still copying that body upstream. The transport then saw the body end
// short, dropped the upstream connection mid-response ("ReverseProxy read
// error during body copy: … use of closed network connection") and the
// suite's request hung until its 30 s timeout (http-header-validation,
// one run in 15 to 30).
func newProxy(target, header, key string, logger *slog.Logger) (http.Handler, error) {
	u, err := url.Parse(target)
	switch {
	case err != nil:
		return nil, err
	case u.Scheme != "http" && u.Scheme != "https", u.Host == "":
		return nil, fmt.Errorf("%q is not an http(s) URL", target)
	case !isToken(header):
		return nil, fmt.Errorf("-header %q is not a header name", header)
	case key == "":
		return nil, errors.New("no key to send: set $" + keyEnv)
	case strings.ContainsFunc(key, func(r rune) bool { return r <= ' ' || r >= 0x7f }):
		return nil, errors.New("$" + keyEnv + " cannot be sent in a header")
	}
	header = http.CanonicalHeaderKey(header)
	return bufferBody(&httputil.ReverseProxy{
		Rewrite: func(pr *httputil.ProxyRequest) {
			pr.Out.URL.Scheme, pr.Out.URL.Host = u.Scheme, u.Host
			pr.Out.Host = pr.In.Host
			pr.Out.Header.Set(header, key)
		},
		// Flush after every write, not only for text/event-stream
		// (which ReverseProxy already streams): nothing is held back.
		FlushInterval: -1,
		ErrorHandler: func(w http.ResponseWriter, r *http.Request, err error) {
			logger.Warn("proxy: upstream failed", "method", r.Method, "path", r.URL.Path, "err", err)
			w.WriteHeader(http.StatusBadGateway)
		},
	}, maxProxyBody, logger), nil
}

// bufferBody reads each request's body whole (at most limit bytes: a
// larger one gets 413, a body the client broke off 400) and hands next the
// request with that body in memory and its ContentLength set, so that
// next can send it on without reading the client's connection.
func bufferBody(next http.Handler, limit int64, logger *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Body == nil || r.Body == http.NoBody {
			next.ServeHTTP(w, r)
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
		_ = r.Body.Close()
		if err != nil {
			var tooLarge *http.MaxBytesError
			if errors.As(err, &tooLarge) {
				http.Error(w, fmt.Sprintf("request body larger than %d bytes", limit), http.StatusRequestEntityTooLarge)
				return
			}
			logger.Warn("proxy: reading the request body failed", "method", r.Method, "path", r.URL.Path, "err", err)
			http.Error(w, "could not read the request body", http.StatusBadRequest)
			return
		}
		r.ContentLength = int64(len(body))
		r.TransferEncoding = nil // sent on with a Content-Length, even if it came chunked
		r.Body = io.NopCloser(bytes.NewReader(body))
		r.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(body)), nil }
		next.ServeHTTP(w, r)
	})
}

// isToken reports whether s is an HTTP token (RFC 9110 §5.6.2), as a
// header name must be.
func isToken(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range []byte(s) {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case strings.IndexByte("!#$%&'*+-.^_`|~", c) >= 0:
		default:
			return false
		}
	}
	return true
}
