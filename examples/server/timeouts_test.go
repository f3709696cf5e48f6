package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mcpauth/mcpauth/internal/testlog"
)

// closeBound is how long a test waits for the server to close a
// connection: not a measure of speed, a bound on "is it closed at all".
const closeBound = 2 * time.Second

// timeoutConfig returns the example's configuration on a memory store,
// with the given connection timeouts.
func timeoutConfig(t *testing.T, readHeader, read, write, idle time.Duration) config {
	t.Helper()
	cfg, err := parseConfig([]string{"-store", "memory:"}, func(string) string { return "" }, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	cfg.readHeaderTimeout, cfg.readTimeout, cfg.writeTimeout, cfg.idleTimeout = readHeader, read, write, idle
	return cfg
}

// serveOn serves h as run does, with newHTTPServer, on a real loopback
// listener, until the test ends.
func serveOn(t *testing.T, ln net.Listener, cfg config, h http.Handler) {
	t.Helper()
	srv := newHTTPServer(cfg, h, testlog.New(t))
	done := make(chan struct{})
	go func() { _ = srv.Serve(ln); close(done) }()
	t.Cleanup(func() { _ = srv.Close(); <-done })
}

// serveApp serves the example's own handler with cfg's timeouts and
// returns its address and the app.
func serveApp(t *testing.T, cfg config) (string, *app) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	a, err := newApp(context.Background(), cfg, ln.Addr(), testlog.New(t))
	if err != nil {
		ln.Close()
		t.Fatal(err)
	}
	t.Cleanup(a.close)
	serveOn(t, ln, cfg, a.handler)
	return ln.Addr().String(), a
}

func dial(t *testing.T, addr string) net.Conn {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// waitClosed reads c until the server closes it, and fails the test if
// that takes longer than closeBound. It returns what was read.
func waitClosed(t *testing.T, c net.Conn, r io.Reader, what string) string {
	t.Helper()
	_ = c.SetReadDeadline(time.Now().Add(closeBound))
	b, err := io.ReadAll(r)
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		t.Fatalf("%s: the server did not close the connection within %v (read %q)", what, closeBound, b)
	}
	return string(b) // EOF, or a reset: closed either way
}

// An idle keep-alive connection, a connection that sends half a request
// header, and one that sends half a body are each closed by their own
// timeout — the others are a minute, so only that one can close them — on
// the example's real handler.
func TestStalledConnectionsClosed(t *testing.T) {
	const short, long = 100 * time.Millisecond, time.Minute

	t.Run("idle keep-alive", func(t *testing.T) {
		addr, _ := serveApp(t, timeoutConfig(t, long, long, long, short))
		c := dial(t, addr)
		fmt.Fprintf(c, "GET /health HTTP/1.1\r\nHost: %s\r\n\r\n", addr)
		br := bufio.NewReader(c)
		resp, err := http.ReadResponse(br, nil)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != 200 || resp.Close || !strings.Contains(string(body), "ok") {
			t.Fatalf("GET /health: %d, close %t, %q", resp.StatusCode, resp.Close, body)
		}
		if rest := waitClosed(t, c, br, "idle keep-alive connection"); rest != "" {
			t.Errorf("the server wrote %q to an idle connection", rest)
		}
	})

	t.Run("half a header", func(t *testing.T) {
		addr, _ := serveApp(t, timeoutConfig(t, short, long, long, long))
		c := dial(t, addr)
		fmt.Fprintf(c, "POST /mcp HTTP/1.1\r\nHost: %s\r\nContent-Type: appl", addr)
		waitClosed(t, c, c, "connection with half a header")
	})

	t.Run("half a body", func(t *testing.T) {
		// ReadHeaderTimeout falls back to ReadTimeout when unset; keep it
		// long so that only ReadTimeout applies to the body.
		addr, _ := serveApp(t, timeoutConfig(t, long, short, long, long))
		c := dial(t, addr)
		fmt.Fprintf(c, "POST /mcp HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\n"+
			"Accept: application/json, text/event-stream\r\nContent-Length: 200\r\n\r\n{\"jsonrpc\":\"2.0\",", addr)
		if got := waitClosed(t, c, c, "connection with half a body"); strings.HasPrefix(got, "HTTP/1.1 200") {
			t.Errorf("half a request answered 200:\n%s", got)
		}
	})
}

// A response stream outlives ReadTimeout and the per-write timeout while
// the client keeps reading — as it would not with a WriteTimeout: GET (no
// body) and POST (body read first), the two shapes of MCP's SSE responses. Each stream writes one event, waits
// until the test has seen the server close a probe connection for a
// timeout three times as long as the stream's own, checks that its context
// was not cancelled, and writes a second event, which must arrive.
func TestStreamsOutliveTimeouts(t *testing.T) {
	const timeout, probe = 100 * time.Millisecond, 300 * time.Millisecond
	cfg := timeoutConfig(t, probe, timeout, timeout, time.Minute)
	next := make(chan struct{})
	ctxErr := make(chan error, 1)
	mux := http.NewServeMux()
	stream := func(w http.ResponseWriter, r *http.Request) {
		if _, err := io.ReadAll(r.Body); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "text/event-stream")
		fmt.Fprint(w, "data: one\n\n")
		_ = http.NewResponseController(w).Flush()
		select {
		case <-next:
			ctxErr <- r.Context().Err()
		case <-r.Context().Done():
			ctxErr <- r.Context().Err()
			return
		}
		fmt.Fprint(w, "data: two\n\n")
		_ = http.NewResponseController(w).Flush()
	}
	mux.HandleFunc("GET /stream", stream)
	mux.HandleFunc("POST /stream", stream)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	serveOn(t, ln, cfg, mux)
	addr := ln.Addr().String()

	for _, req := range []string{
		"GET /stream HTTP/1.1\r\nHost: %s\r\n\r\n",
		"POST /stream HTTP/1.1\r\nHost: %s\r\nContent-Length: 2\r\n\r\n{}",
	} {
		method, _, _ := strings.Cut(req, " ")
		t.Run(method, func(t *testing.T) {
			c := dial(t, addr)
			_ = c.SetReadDeadline(time.Now().Add(closeBound))
			fmt.Fprintf(c, req, addr)
			br := bufio.NewReader(c)
			resp, err := http.ReadResponse(br, nil)
			if err != nil {
				t.Fatal(err)
			}
			events := bufio.NewReader(resp.Body)
			if line, err := events.ReadString('\n'); line != "data: one\n" {
				t.Fatalf("first event: %q %v", line, err)
			}
			// The probe: half a header, closed after ReadHeaderTimeout.
			p := dial(t, addr)
			fmt.Fprintf(p, "GET / HTTP/1.1\r\nHost: %s\r\n", addr)
			waitClosed(t, p, p, "probe")

			next <- struct{}{}
			if err := <-ctxErr; err != nil {
				t.Fatalf("the stream's context was cancelled: %v", err)
			}
			_ = c.SetReadDeadline(time.Now().Add(closeBound))
			for {
				line, err := events.ReadString('\n')
				if line == "data: two\n" {
					break
				}
				if err != nil {
					t.Fatalf("second event: %q %v", line, err)
				}
			}
		})
	}
}

// A client that stops reading a response is dropped: once the socket
// buffers are full, the write that blocks fails after the write timeout.
func TestStalledReaderDropped(t *testing.T) {
	cfg := timeoutConfig(t, time.Minute, time.Minute, 100*time.Millisecond, time.Minute)
	failed := make(chan error, 1)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	serveOn(t, ln, cfg, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		chunk := make([]byte, 64<<10)
		for {
			if _, err := w.Write(chunk); err != nil {
				failed <- err
				return
			}
		}
	}))
	c := dial(t, ln.Addr().String())
	fmt.Fprintf(c, "GET / HTTP/1.1\r\nHost: %s\r\n\r\n", ln.Addr())
	// Never read.
	select {
	case err := <-failed:
		var ne net.Error
		if !errors.As(err, &ne) || !ne.Timeout() {
			t.Errorf("the blocked write failed with %v, want a timeout", err)
		}
	case <-time.After(5 * closeBound):
		t.Fatal("a write to a client that does not read never failed")
	}
}

// The example's own MCP stream — the GET a session listens on — stays
// open past ReadTimeout and the write timeout, until the session ends,
// and then ends cleanly.
func TestMCPStreamOutlivesTimeouts(t *testing.T) {
	const timeout, probe = 100 * time.Millisecond, 300 * time.Millisecond
	addr, a := serveApp(t, timeoutConfig(t, probe, timeout, timeout, time.Minute))
	url := "http://" + addr + "/mcp"
	h := map[string]string{"X-API-Key": a.devKey}
	resp, _ := post(t, url, h, initialize)
	sid := resp.Header.Get("Mcp-Session-Id")
	if resp.StatusCode != 200 || sid == "" {
		t.Fatalf("initialize: %d %q", resp.StatusCode, sid)
	}
	h["Mcp-Session-Id"] = sid
	if resp, _ := post(t, url, h, `{"jsonrpc":"2.0","method":"notifications/initialized"}`); resp.StatusCode != http.StatusAccepted {
		t.Fatalf("initialized: %d", resp.StatusCode)
	}

	req, _ := http.NewRequest("GET", url, nil)
	req.Header.Set("Accept", "text/event-stream")
	req.Header.Set("X-API-Key", a.devKey)
	req.Header.Set("Mcp-Session-Id", sid)
	req.Header.Set("Mcp-Protocol-Version", "2025-06-18")
	stream, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer stream.Body.Close()
	if stream.StatusCode != 200 {
		t.Fatalf("GET stream: %d", stream.StatusCode)
	}
	type end struct {
		early bool  // before the session was ended
		err   error // not a clean end of the response
	}
	var ended atomic.Bool
	ends := make(chan end, 1)
	go func() {
		_, err := io.Copy(io.Discard, stream.Body)
		ends <- end{!ended.Load(), err}
	}()

	p := dial(t, addr)
	fmt.Fprintf(p, "GET / HTTP/1.1\r\nHost: %s\r\n", addr)
	waitClosed(t, p, p, "probe")

	ended.Store(true)
	del, _ := http.NewRequest("DELETE", url, nil)
	del.Header.Set("X-API-Key", a.devKey)
	del.Header.Set("Mcp-Session-Id", sid)
	del.Header.Set("Mcp-Protocol-Version", "2025-06-18")
	if resp, err := http.DefaultClient.Do(del); err != nil {
		t.Fatal(err)
	} else {
		resp.Body.Close()
	}
	select {
	case e := <-ends:
		if e.early || e.err != nil {
			t.Fatalf("the session's GET stream ended before the session (%t), or was cut: %v", e.early, e.err)
		}
	case <-time.After(closeBound):
		t.Fatal("the GET stream did not end with its session")
	}
}
