#!/usr/bin/env bash
# Builds the benchmarks and the modules they use (no tests, nothing installed into ~/.m2) and prints the runtime
# classpath of the harnesses, e.g.:
#   java -cp "$(benchmarks/classpath.sh)" io.camelnextome.benchmarks.ComponentThroughputBenchmark
# Not offline: on a fresh machine Maven first downloads the plugins and dependencies it lacks (once).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -pl benchmarks -am package -DskipTests dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt >&2
echo "$PWD/benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
