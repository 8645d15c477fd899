#!/usr/bin/env bash
# PipelineThroughputBenchmark end to end: starts the simulator as its own process with 90 minutes of history at
# one position per trackable per 100 ms (1,080,000 positions of venue 1), and for the kafka sink a Kafka 4.1
# broker as its own process (the example's LocalKafka), then streams 1,000,000 positions through the pipeline
# example into each sink named (default: postgres kafka), each run in a JVM of its own with PostgreSQL started by
# the application. Prints positions/s, the anchor (the sink alone) and the heap of the Camel JVM.
#   benchmarks/pipeline-benchmark.sh [postgres] [kafka]
# Extra JVM options for the pipeline runs: PIPELINE_OPTS (default -Xmx512m), e.g. PIPELINE_OPTS="-Xmx256m -Dsize=1000"
set -euo pipefail
cd "$(dirname "$0")/.."
sinks=("$@")
[ ${#sinks[@]} -gt 0 ] || sinks=(postgres kafka)
cp=$(benchmarks/classpath.sh)
source benchmarks/servers.sh
trap stop_servers EXIT
start_server simulator io.camelnextome.simulator.SimulatorMain --intervalMillis=100 --historyMinutes=90
for sink in "${sinks[@]}"; do
    brokers=""
    if [ "$sink" = kafka ]; then
        start_server kafka io.camelnextome.examples.pipeline.LocalKafka
        brokers=$kafka_url
    fi
    echo "== $sink"
    java ${PIPELINE_OPTS:--Xmx512m} -XX:+ExitOnOutOfMemoryError -Dsink="$sink" -DbaseUrl="$simulator_url" \
        -DkafkaBrokers="$brokers" -cp "$cp" io.camelnextome.benchmarks.PipelineThroughputBenchmark
done
