// Command server is an authenticated MCP server mounted inside an existing
// HTTP API: one process, one port, one auth story.
//
//	go run ./examples/server
//
// It serves GET /health (liveness: asks nothing), GET /ready (readiness:
// the key store, the JWT keys and, with -redis, the shared rate limiter;
// see mcpauth.Readiness), an MCP server at /mcp with the tools whoami and
// echo, a second MCP server at /mcp/admin that requires the "admin" scope,
// and the RFC 9728 metadata of both. Every MCP request passes Origin
// validation and then the mcpauth gate, which accepts API keys (X-API-Key
// or Authorization: Bearer) and, with -issuer, JWT access tokens.
//
// With no key configured it creates a development API key and prints it
// once, with ready-to-paste curl and Claude Desktop lines. Run with -h for
// the flags; each has an MCPAUTH_* environment variable too.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr); err != nil {
		if errors.Is(err, errHelp) {
			os.Exit(0)
		}
		fmt.Fprintln(os.Stderr, "server:", err)
		os.Exit(1)
	}
}

// run starts the server and serves until ctx is done.
func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	// SIGHUP reloads the policy. Caught from the start: a SIGHUP while
	// the server is starting must not kill it.
	hup, done := make(chan os.Signal, 1), make(chan struct{})
	signal.Notify(hup, syscall.SIGHUP)
	defer func() { signal.Stop(hup); close(done) }()
	cfg, err := parseConfig(args, getenv, stderr)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		return err
	}
	defer ln.Close()

	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	cfg.auditOut = stdout
	app, err := newApp(ctx, cfg, ln.Addr(), logger)
	if err != nil {
		return err
	}
	defer app.close()
	app.printBanner(stdout)

	srv := newHTTPServer(cfg, app.handler, logger)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	// A policy file that does not load (or no longer names every tool)
	// leaves the current one in force.
	go func() {
		for {
			select {
			case <-done:
				return
			case <-hup:
			}
			if err := app.policy.Reload(); err != nil {
				logger.Error("policy reload failed; the current policy stays in force", "err", err)
				continue
			}
			logger.Info("policy reloaded", "from", app.policyFrom)
		}
	}()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	// Open SSE streams never go idle: give them a moment, then close.
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		_ = srv.Close()
	}
	return nil
}
