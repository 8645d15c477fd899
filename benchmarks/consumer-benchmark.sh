#!/usr/bin/env bash
# ConsumerThroughputBenchmark end to end: starts the simulator as its own process with 90 minutes of history at
# one position per trackable per 100 ms (1,080,000 positions of venue 1), then runs the consumer in a JVM of its
# own, first once to warm the simulator up, then once per heap size, smallest first, and stops the simulator.
#   benchmarks/consumer-benchmark.sh [heap sizes...]     (default: 16m 32m 64m 128m)
# Extra JVM options for the consumer runs: CONSUMER_OPTS, e.g. CONSUMER_OPTS=-Dpositions=500000
# COORDINATES="PIXEL WGS84" ROUNDS=3 runs each heap size ROUNDS times with each coordinates value in turn, so that
# both variants see the same load of a shared machine (the cost of coordinates=WGS84; default: PIXEL once).
set -euo pipefail
cd "$(dirname "$0")/.."
heaps=("$@")
[ ${#heaps[@]} -gt 0 ] || heaps=(16m 32m 64m 128m)
cp=$(benchmarks/classpath.sh)
source benchmarks/servers.sh
trap stop_servers EXIT
start_server simulator io.camelnextome.simulator.SimulatorMain --intervalMillis=100 --historyMinutes=90
url=$simulator_url
echo "== warm-up of the simulator (-Xmx${heaps[-1]}, 300,000 positions; not a figure)"
java "-Xmx${heaps[-1]}" ${CONSUMER_OPTS:-} -Dpositions=300000 -DbaseUrl="$url" -cp "$cp" \
    io.camelnextome.benchmarks.ConsumerThroughputBenchmark >/dev/null
smallest=""
for heap in "${heaps[@]}"; do
  for round in $(seq 1 "${ROUNDS:-1}"); do
    for coordinates in ${COORDINATES:-PIXEL}; do
      echo "== -Xmx$heap coordinates=$coordinates round $round"
      # an OutOfMemoryError ends the JVM at once instead of leaving a poll thread dead and the run waiting
      if java "-Xmx$heap" -XX:+ExitOnOutOfMemoryError ${CONSUMER_OPTS:-} -Dcoordinates="$coordinates" \
              -DbaseUrl="$url" -cp "$cp" io.camelnextome.benchmarks.ConsumerThroughputBenchmark; then
          smallest=${smallest:-$heap}
      else
          echo "-Xmx$heap coordinates=$coordinates did not complete"
      fi
    done
  done
done
echo "Smallest heap that completed: ${smallest:-none of ${heaps[*]}}"
