#!/usr/bin/env bash
# Runs the fault matrix long and writes its tables into docs/reliability.md:
#   reliability/fault-matrix.sh [seconds per fault, 60] [creates and gets per fault, 1000]
# ./mvnw verify runs the same suite short (5 s, 300 calls) and only prints the tables.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -pl reliability -am verify -DskipITs -Dtest=FaultMatrixTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dnextome.matrix.seconds="${1:-60}" -Dnextome.matrix.calls="${2:-1000}" \
    -Dnextome.matrix.docs="$PWD/docs/reliability.md"
