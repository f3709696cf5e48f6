// Command conformance-server is the server the official MCP conformance
// suite (@modelcontextprotocol/conformance, "conformance server --url …")
// is run against: the scenario tools, resources and prompts the suite
// calls, on go-sdk, mounted behind mcpauth's full chain built with
// mcpauth.NewEndpoint — Origin check, a per-address limit, the gate (API
// keys in a memory store), a policy (package policy) and per-caller
// limits (package ratelimit).
//
// The suite cannot send headers, so there are two ways to let it in:
//
//	conformance-server -auth key     every operation needs the API key; the
//	                                 suite talks to the header-adding proxy
//	conformance-server -auth public  a public-operation policy: the suite
//	                                 talks to the server, anonymously
//
// and the proxy is this binary too:
//
//	MCPAUTH_CONFORMANCE_API_KEY=mcp_… conformance-server -proxy http://127.0.0.1:PORT/mcp
//
// Protocol 2026-07-28 needs -stateless (go-sdk v1.8 speaks it only
// without sessions); 2025-11-25 runs stateful. The server prints
// "listening on URL" once it accepts connections (the proxy "proxy
// listening on URL"); before that it prints the API key it made, "api
// key: …", unless one was given. It listens on loopback addresses only.
// See docs/CONFORMANCE.md.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// keyEnv names the environment variable that carries the API key, to the
// server (instead of generating one) and to the proxy (which sends it):
// a key on the command line would show in the process list.
const keyEnv = "MCPAUTH_CONFORMANCE_API_KEY"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

// options are the command line's.
type options struct {
	listen    string
	stateless bool
	auth      string // "key" or "public"
	proxy     string // target URL: run as the header-adding proxy
	header    string // the proxy's credential header
	logLevel  slog.Level
}

// run is main without the process: it returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("conformance-server", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.StringVar(&o.listen, "listen", "127.0.0.1:0", "address to listen on (port 0: any free port)")
	fs.BoolVar(&o.stateless, "stateless", false, "serve without sessions (needed for protocol 2026-07-28)")
	fs.StringVar(&o.auth, "auth", "key", `"key": every operation needs the API key; "public": the suite's operations are public`)
	fs.StringVar(&o.proxy, "proxy", "", "run as the header-adding proxy in front of this MCP endpoint URL (key from $"+keyEnv+")")
	fs.StringVar(&o.header, "header", "X-API-Key", "the header the proxy puts the key in")
	fs.TextVar(&o.logLevel, "log-level", slog.LevelInfo, "log level (DEBUG, INFO, WARN, ERROR)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "conformance-server: unexpected arguments %q\n", fs.Args())
		return 2
	}
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: o.logLevel}))
	// go-sdk logs every session at Info: only its warnings and errors.
	sdkLogger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: max(o.logLevel, slog.LevelWarn)}))
	key := os.Getenv(keyEnv)

	var handler http.Handler
	ln, err := net.Listen("tcp", o.listen)
	if err != nil {
		fmt.Fprintf(stderr, "conformance-server: %v\n", err)
		return 1
	}
	if a, ok := ln.Addr().(*net.TCPAddr); !ok || !a.IP.IsLoopback() {
		// A test server with a generated key in its log and, with -auth
		// public, everything public: not for other machines.
		_ = ln.Close()
		fmt.Fprintf(stderr, "conformance-server: -listen %s is not a loopback address\n", o.listen)
		return 2
	}
	base := "http://" + ln.Addr().String()
	var ready string
	if o.proxy != "" {
		if handler, err = newProxy(o.proxy, o.header, key, logger); err != nil {
			_ = ln.Close()
			fmt.Fprintf(stderr, "conformance-server: -proxy: %v\n", err)
			return 2
		}
		path := ""
		if u, err := url.Parse(o.proxy); err == nil {
			path = u.EscapedPath()
		}
		ready = fmt.Sprintf("proxy listening on %s%s (to %s, adding %s)", base, path, o.proxy, o.header)
	} else {
		a, err := newApp(ctx, appConfig{base: base, stateless: o.stateless, auth: o.auth, apiKey: key, sdkLogger: sdkLogger}, logger)
		if err != nil {
			_ = ln.Close()
			fmt.Fprintf(stderr, "conformance-server: %v\n", err)
			return 2
		}
		handler = a.handler
		fmt.Fprintf(stdout, "mcpauth conformance server: auth=%s stateless=%t\n", o.auth, o.stateless)
		if a.generatedKey != "" {
			// A key of this process's memory store, gone when it stops:
			// printed for the proxy, which the runner starts next.
			fmt.Fprintf(stdout, "api key: %s\n", a.generatedKey)
		}
		ready = "listening on " + a.endpoint
	}

	srv := &http.Server{Handler: accessLog(logger, handler), ReadHeaderTimeout: 10 * time.Second, ErrorLog: slog.NewLogLogger(logger.Handler(), slog.LevelWarn)}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	fmt.Fprintln(stdout, ready)
	select {
	case err := <-errc:
		fmt.Fprintf(stderr, "conformance-server: %v\n", err)
		return 1
	case <-ctx.Done():
	}
	// Open SSE streams do not end on their own: give requests a moment,
	// then close what is left.
	sctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		_ = srv.Close()
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(stderr, "conformance-server: %v\n", err)
		return 1
	}
	return 0
}

// accessLog logs every request once it has been answered: method, path,
// the Mcp-Method header, status and duration — what a failing run's log
// needs beside the gate's own records (which leave out the 401s of
// requests without a credential).
func accessLog(logger *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &recorder{ResponseWriter: w}
		next.ServeHTTP(rec, r)
		logger.Info("request", "method", r.Method, "path", r.URL.Path, "mcp_method", r.Header.Get("Mcp-Method"),
			"status", rec.status, "duration", time.Since(start).Round(time.Microsecond))
	})
}

// recorder notes the status of a response. It flushes and unwraps, so
// that SSE streams behind it are not buffered.
type recorder struct {
	http.ResponseWriter
	status int
}

// WriteHeader records the first status.
func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

// Write records an implicit 200.
func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	return r.ResponseWriter.Write(b)
}

// Flush sends what was written so far.
func (r *recorder) Flush() {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	_ = http.NewResponseController(r.ResponseWriter).Flush()
}

// Unwrap returns the underlying ResponseWriter, for http.ResponseController.
func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }
