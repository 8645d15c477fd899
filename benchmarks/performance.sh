#!/usr/bin/env bash
# Regenerates docs/performance.md and its charts (docs/performance/*.png): the component against raw HttpClient 5,
# camel-http routes, a raw paging loop, per-item pushes, many consumers and a Quarkus app without the extension.
# About 17 minutes on 2 cores. Arguments are passed to the JVM, e.g. -Dsections=producer,push -Dproducer.seconds=5
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Pperf -pl benchmarks/quarkus-startup/timer-log,benchmarks/quarkus-startup/timer-log-http,benchmarks/quarkus-startup/timer-log-nextome -am \
    package -DskipTests >&2
cp=$(benchmarks/classpath.sh)
exec java -Xmx2g "$@" -cp "$cp" io.camelnextome.benchmarks.PerformanceReport
