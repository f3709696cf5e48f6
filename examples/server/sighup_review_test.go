//go:build unix

package main

// Review test of the example server's SIGHUP reload path.

import (
	"bufio"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/mcpauth/mcpauth/internal/testlog"
)

// TestReviewSIGHUPDuringStartUp: -policy promises "reloaded on SIGHUP",
// but run registers for SIGHUP only after newApp has opened the key
// store, fetched remote JWKS (up to 15 s), loaded and checked the policy,
// and printed the banner. A SIGHUP in that window — a deploy script that
// writes the policy file and reloads, a config manager, a systemd
// ExecReload racing a restart — gets Go's default action: the server
// exits ("signal: hangup"). The window is held open here, deterministically,
// by serving the policy file from a FIFO that is written only after the
// signal is sent.
//
// Fix: call signal.Notify(hup, syscall.SIGHUP) at the start of run (and
// drain or ignore signals until the app exists).
func TestReviewSIGHUPDuringStartUp(t *testing.T) {
	if os.Getenv("MCPAUTH_REVIEW_HELPER") != "" {
		return // the child runs in TestReviewSIGHUPHelper
	}
	dir := t.TempDir()
	fifo := filepath.Join(dir, "policy.yaml")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestReviewSIGHUPHelper$")
	cmd.Env = append(os.Environ(), "MCPAUTH_REVIEW_HELPER="+fifo, "MCPAUTH_DATA_DIR="+dir)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()
	// Opening the FIFO for writing returns once the child has opened it
	// for reading: it is inside newApp, loading the policy.
	w, err := os.OpenFile(fifo, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Process.Signal(syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	_, _ = w.Write(defaultPolicy) // EPIPE if the child is gone
	w.Close()
	lines := bufio.NewScanner(stdout)
	for lines.Scan() {
		if strings.Contains(lines.Text(), "listening on") {
			return // survived the early SIGHUP
		}
	}
	err = cmd.Wait()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() && ws.Signal() == syscall.SIGHUP {
			t.Fatal("a SIGHUP while the server was starting killed it (signal: hangup)")
		}
	}
	t.Fatalf("the server did not start: %v", err)
}

// TestReviewSIGHUPHelper is the child of TestReviewSIGHUPDuringStartUp.
func TestReviewSIGHUPHelper(t *testing.T) {
	fifo := os.Getenv("MCPAUTH_REVIEW_HELPER")
	if fifo == "" {
		t.Skip("helper process only")
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	getenv := func(k string) string {
		if k == "MCPAUTH_DATA_DIR" {
			return os.Getenv(k)
		}
		return ""
	}
	err := run(ctx, []string{"-addr", "127.0.0.1:0", "-store", "memory:", "-stateless", "-policy", fifo}, getenv, os.Stdout, testlog.Writer(t))
	if err != nil {
		t.Fatal(err)
	}
}
