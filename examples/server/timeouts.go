package main

import (
	"log/slog"
	"net/http"
	"time"
)

// newHTTPServer serves h with timeouts that close stalled and idle
// connections — an unauthenticated client holds nothing open for long —
// without cutting MCP's long-lived responses: Streamable HTTP answers a
// GET, and often a POST, with an SSE stream that may stay open, quiet, for
// the whole session.
//
//   - ReadHeaderTimeout: the request line and headers must arrive in time;
//     a connection that sends half a header, or nothing, is closed.
//   - ReadTimeout: the whole request, body included, must arrive in time.
//     It does not limit the response: once the body is read, net/http
//     lifts the read deadline (its background read, which notices a
//     client going away, runs without one).
//   - WriteTimeout is left unset: it is one deadline for the whole
//     response, counted from the request, and would cut every stream that
//     outlives it. Instead perWriteDeadline gives each write writeTimeout:
//     a client that stops reading is dropped, a quiet stream is not.
//   - IdleTimeout: a keep-alive connection waiting for its next request is
//     closed after it.
func newHTTPServer(cfg config, h http.Handler, logger *slog.Logger) *http.Server {
	return &http.Server{
		Handler:           perWriteDeadline(h, cfg.writeTimeout),
		ReadHeaderTimeout: cfg.readHeaderTimeout,
		ReadTimeout:       cfg.readTimeout,
		IdleTimeout:       cfg.idleTimeout,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
}

// perWriteDeadline moves the connection's write deadline, through
// http.ResponseController, to timeout from now: when the handler starts
// (for a 100 Continue, written when it reads the body), before each write
// and flush, and when it returns (for what net/http writes then). A write
// to a client that does not read fails after timeout; a stream with
// nothing to write is left alone. A timeout of 0 sets no deadline.
func perWriteDeadline(h http.Handler, timeout time.Duration) http.Handler {
	if timeout <= 0 {
		return h
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		dw := &deadlineWriter{ResponseWriter: w, rc: http.NewResponseController(w), timeout: timeout}
		dw.extend()
		defer dw.extend()
		h.ServeHTTP(dw, r)
	})
}

// deadlineWriter gives each write and flush timeout to complete.
type deadlineWriter struct {
	http.ResponseWriter
	rc      *http.ResponseController
	timeout time.Duration
}

func (w *deadlineWriter) extend() { _ = w.rc.SetWriteDeadline(time.Now().Add(w.timeout)) }

func (w *deadlineWriter) Write(p []byte) (int, error) {
	w.extend()
	return w.ResponseWriter.Write(p)
}

// FlushError is what http.ResponseController.Flush calls.
func (w *deadlineWriter) FlushError() error {
	w.extend()
	return w.rc.Flush()
}

// Flush implements http.Flusher, for code that asserts it.
func (w *deadlineWriter) Flush() { _ = w.FlushError() }

// Unwrap lets http.ResponseController reach the connection.
func (w *deadlineWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
