#!/usr/bin/env bash
# Sourced by the benchmark scripts: starts a server as a process of its own and waits for its "listening on" line.
#   start_server NAME CLASS [ARGS...]   sets NAME_url to what follows "listening on", NAME_pid to its pid;
#   the caller's EXIT trap should run stop_servers. Needs $cp (benchmarks/classpath.sh).
server_pids=()
server_logs=()

start_server() {
    local name=$1 main=$2
    shift 2
    local log
    log=$(mktemp)
    java -Xmx3g -cp "$cp" "$main" "$@" >"$log" 2>&1 &
    local pid=$!
    server_pids+=("$pid")
    server_logs+=("$log")
    for _ in $(seq 1 300); do
        grep -q 'listening on' "$log" && break
        kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
        sleep 1
    done
    local url
    url=$(sed -n 's/.*listening on //p' "$log" | head -1)
    [ -n "$url" ] || { echo "$name did not start within 300 s" >&2; exit 1; }
    printf -v "${name}_url" '%s' "$url"
    printf -v "${name}_pid" '%s' "$pid"
    echo "$name at $url (pid $pid)"
}

stop_servers() {
    for pid in "${server_pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${server_pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    rm -f "${server_logs[@]}"
}
