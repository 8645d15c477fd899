#!/usr/bin/env bash
# Runs this example against a Nextome simulator, in one command from a fresh clone:
#   examples/quarkus/run-with-simulator.sh           # JVM mode
#   examples/quarkus/run-with-simulator.sh native    # the native executable (needs GraalVM or Mandrel)
# It builds the example, starts the simulator on 127.0.0.1:${SIM_PORT:-8089} with its demo credentials, runs the
# application against it with the credentials in the environment (as production would) and stops the simulator
# on exit. Try: curl http://127.0.0.1:8080/trackables/T-001/position
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=${1:-jvm}
port=${SIM_PORT:-8089}

if [ "$mode" = native ]; then
    ./mvnw -q -B -pl examples/quarkus -am package -DskipTests -Dnative
    app=(examples/quarkus/target/camel-nextome-example-quarkus-*-runner)
else
    ./mvnw -q -B -pl examples/quarkus -am package -DskipTests
    app=(java -jar examples/quarkus/target/quarkus-app/quarkus-run.jar)
fi

./mvnw -q -B -pl camel-nextome-simulator exec:java -Dexec.args="--port=$port" &
simulator=$!
trap 'kill $simulator 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/_sim/status" >/dev/null && break
    sleep 0.5
done

CAMEL_COMPONENT_NEXTOME_BASEURL="http://127.0.0.1:$port" \
CAMEL_COMPONENT_NEXTOME_CLIENTID=demo-client \
CAMEL_COMPONENT_NEXTOME_CLIENTSECRET=demo-secret \
    "${app[@]}"
