# Sourced by the scripts tests/readme.test.mjs makes of README.md's command
# blocks. A command that starts a server (go run ./examples/...) runs in the
# background until the server answers GET /health, or until it exits;
# stop_servers ends them all when the block is done, and when the script
# exits or is interrupted (Ctrl-C, or the test's timeout killing it).
servers=()

# start_server LINE: run LINE, which starts a server, and wait until the
# first loopback URL it prints answers /health.
#
# With MCPAUTH_E2E_OFFLINE set to the hosts outside this machine that LINE
# names (an identity provider's), the server is expected to fail instead,
# and to fail the same way everywhere, DNS or not: it runs with
# HTTPS_PROXY and HTTP_PROXY pointing at a closed loopback port (Go's
# http.DefaultTransport, which jwtauth's client clones, honours them), so
# nothing leaves the machine. It must exit non-zero saying that discovery
# failed for one of those hosts: a wrong flag or a usage error does not
# pass.
start_server() {
  local line=$1 log
  log=$(mktemp "${TMPDIR:-/tmp}/readme-server.XXXXXX")
  printf '+ %s\n' "$line"
  local -a proxy=()
  if [ -n "${MCPAUTH_E2E_OFFLINE:-}" ]; then
    proxy=(HTTPS_PROXY=http://127.0.0.1:1 HTTP_PROXY=http://127.0.0.1:1 NO_PROXY=127.0.0.1,localhost
      https_proxy=http://127.0.0.1:1 http_proxy=http://127.0.0.1:1 no_proxy=127.0.0.1,localhost)
  fi
  # setsid: the server (go run and its child) leads a process group of its
  # own, which stop_servers signals as a whole. Its pid is recorded before
  # anything waits, so that one that never comes up is stopped too.
  env "${proxy[@]}" setsid bash -c "$line" >"$log" 2>&1 &
  local pid=$!
  servers+=("$pid")
  for _ in $(seq 1 600); do
    if ! kill -0 "$pid" 2>/dev/null; then
      local rc=0
      wait "$pid" || rc=$?
      forget_server "$pid"
      cat "$log"
      if [ -n "${MCPAUTH_E2E_OFFLINE:-}" ]; then
        local host
        if [ "$rc" != 0 ]; then
          for host in $MCPAUTH_E2E_OFFLINE; do
            if grep -qE "discovery failed for https://$(regex_quote "$host")([/:\"]|\$)" "$log"; then
              echo "(exited $rc: discovery failed for $host, which is outside this machine, as expected)"
              return 0
            fi
          done
        fi
        echo "server exited ($rc) without saying discovery failed for one of: $MCPAUTH_E2E_OFFLINE" >&2
        return 1
      fi
      echo "server exited ($rc) before it answered" >&2
      return 1
    fi
    local url
    url=$(grep -o -m1 'http://127\.0\.0\.1:[0-9]*' "$log" || true)
    if [ -n "$url" ] && curl -sf -o /dev/null "$url/health"; then
      if [ -n "${MCPAUTH_E2E_OFFLINE:-}" ]; then
        cat "$log"; echo "server started although it needs an outside host" >&2
        stop_servers; return 1
      fi
      sed 's/mcp_[A-Za-z0-9]*_[A-Za-z0-9]*/mcp_<key>/g' "$log" | head -5
      echo "(up at $url)"
      return 0
    fi
    sleep 0.2
  done
  cat "$log"; echo "server not up after 120 s" >&2
  stop_servers
  return 1
}

# regex_quote S: S with the characters special in an extended regular
# expression escaped.
regex_quote() {
  printf '%s' "$1" | sed 's/[][\.*^$+?(){}|/]/\\&/g'
}

# forget_server PID: drop PID, which has exited, from servers.
forget_server() {
  local p kept=()
  for p in "${servers[@]}"; do
    [ "$p" = "$1" ] || kept+=("$p")
  done
  servers=("${kept[@]}")
}

stop_servers() {
  local pid
  for pid in "${servers[@]}"; do
    kill -- -"$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  servers=()
}
# On EXIT, and on INT and TERM, which then end the script (a trap that
# only returned would let bash go on with the block's next command).
trap stop_servers EXIT
trap 'stop_servers; trap - EXIT; exit 130' INT
trap 'stop_servers; trap - EXIT; exit 143' TERM
