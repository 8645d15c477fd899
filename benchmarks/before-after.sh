#!/usr/bin/env bash
# Throughput and allocation of nextome:trackables/get, an older build of the component against this one:
#   benchmarks/before-after.sh [OLD_COMMIT]          (default ef72450, the commit before issue 11's observability)
# Builds camel-nextome at OLD_COMMIT in a temporary git worktree (removed at exit) and in this tree (no tests,
# nothing installed into ~/.m2), starts one simulator as a process of its own, then runs TrackablesGetTurn in a
# fresh JVM per turn, TURNS turns per build, alternating which build goes first, and prints requests/second and
# bytes allocated per request (caller threads) per turn and on average. Settings: TURNS (3), TURN_OPTS (JVM options
# of each turn, default "-Dcallers=16 -DwarmupSeconds=5 -Dseconds=15"). For trackables/get a third case runs this
# build with a Micrometer SimpleMeterRegistry bound (its metrics on), and the order of the three is reversed from turn
# to turn; METRICS=0 leaves it out.
# HARNESS=consumer measures the incremental locations/positions consumer instead: ConsumerThroughputBenchmark at
# -Xmx32m over 1,000,000 positions of a simulator with 90 minutes of history, in the mode MODE (consumer; lists for
# splitResult=false), and in each turn also the raw paging loop (HttpClient 5 + Jackson), the anchor of issue 13;
# it prints positions/second, bytes allocated and CPU time per position (all threads), and the new/raw ratio.
# TURN_OPTS then defaults to "-Xmx32m -Dsize=500".
set -euo pipefail
cd "$(dirname "$0")/.."
old_commit=${1:-ef72450}
turns=${TURNS:-3}
harness=${HARNESS:-trackables}
if [ "$harness" = consumer ]; then
    turn_opts=${TURN_OPTS:--Xmx32m -Dsize=500}
    unit=positions
else
    turn_opts=${TURN_OPTS:--Dcallers=16 -DwarmupSeconds=5 -Dseconds=15}
    unit=requests
fi
old_ref=$(git rev-parse --short "$old_commit^{commit}")
new_ref="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- camel-nextome || echo '+changes')"
work=$(mktemp -d)
source benchmarks/servers.sh
cleanup() {
    stop_servers
    git worktree remove --force "$work/old" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# The component of the tree in $1 and its runtime dependencies, as a classpath.
component_classpath() {
    (cd "$1" && ./mvnw -q -pl camel-nextome -am package -Dmaven.test.skip=true dependency:build-classpath \
        -Dmdep.includeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt >&2)
    echo "$1/camel-nextome/target/classes:$(cat "$1/camel-nextome/target/runtime-classpath.txt")"
}

started=$(date +%s)
echo "== building the harness and this tree ($new_ref)"
cp=$(benchmarks/classpath.sh)
# the harness's classpath without this tree's component, which each turn puts in front
harness_cp=$(tr ':' '\n' <<<"$cp" | grep -v '/camel-nextome/target/' | paste -sd: -)
new_cp="$(component_classpath "$PWD"):$harness_cp"
echo "== building $old_ref in a temporary worktree"
git worktree add -q --detach "$work/old" "$old_commit"
old_cp="$(component_classpath "$work/old"):$harness_cp"

echo "== builds took $(( $(date +%s) - started )) s"
# One turn of build $2 (classpath), labelled $1: prints "TURN label per-second bytes-per-unit errors [cpu-ns]".
# shellcheck disable=SC2086
if [ "$harness" = consumer ]; then
    start_server simulator io.camelnextome.simulator.SimulatorMain --intervalMillis=100 --historyMinutes=90
    echo "== warming the simulator up (300,000 positions with this tree's build; not a figure)"
    java -Xmx128m -Dpositions=300000 -DbaseUrl="$simulator_url" -cp "$new_cp" \
        io.camelnextome.benchmarks.ConsumerThroughputBenchmark >/dev/null 2>"$work/turn.log" || { cat "$work/turn.log" >&2; exit 1; }
    run_turn() {
        local mode=${MODE:-consumer}
        [ "$1" = raw ] && mode=raw
        java -XX:+ExitOnOutOfMemoryError $turn_opts -Dmode="$mode" -DbaseUrl="$simulator_url" -cp "$2" \
            io.camelnextome.benchmarks.ConsumerThroughputBenchmark 2>"$work/turn.log" >"$work/turn.out" \
            || { cat "$work/turn.out" "$work/turn.log" >&2; exit 1; }
        awk -v label="$1" -v load="$(cut -d' ' -f1 /proc/loadavg)" '/^RESULT/ {
                for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
                printf "  %s: %.0f positions/s, %d bytes allocated and %d ns of CPU per position (load average %s after)\n",
                       label, v["positions"] / v["seconds"], v["allocatedPerPosition"], v["cpuNanosPerPosition"], load
                printf "TURN %s %.0f %d 0 %d\n", label, v["positions"] / v["seconds"], v["allocatedPerPosition"],
                       v["cpuNanosPerPosition"] }' "$work/turn.out"
    }
else
    start_server simulator io.camelnextome.simulator.SimulatorMain --historyMinutes=1
    echo "== warming the simulator up (10 s of this tree's build; not a figure)"
    java -Dcallers=16 -DwarmupSeconds=5 -Dseconds=5 -DbaseUrl="$simulator_url" -cp "$new_cp" \
        io.camelnextome.benchmarks.TrackablesGetTurn >/dev/null 2>"$work/turn.log" || { cat "$work/turn.log" >&2; exit 1; }
    run_turn() {
        java $turn_opts -Dlabel="$1" -Dmetrics="${3:-false}" -DbaseUrl="$simulator_url" -cp "$2" \
            io.camelnextome.benchmarks.TrackablesGetTurn 2>"$work/turn.log" || { cat "$work/turn.log" >&2; exit 1; }
    }
fi
echo "== $turns turns per build, $harness, $turn_opts; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
results=$work/turns.txt
for turn in $(seq 1 "$turns"); do
    if [ $((turn % 2)) -eq 1 ]; then order="old new"; else order="new old"; fi
    if [ "$harness" = consumer ]; then
        order="$order raw"
    elif [ "${METRICS:-1}" != 0 ]; then
        if [ $((turn % 2)) -eq 1 ]; then order="old new metrics"; else order="metrics new old"; fi
    fi
    for build in $order; do
        case $build in
            old) run_turn "old($old_ref)" "$old_cp" ;;
            new) run_turn "new($new_ref)" "$new_cp" ;;
            raw) run_turn raw "$new_cp" ;;
            metrics) run_turn "new($new_ref)+metrics" "$new_cp" true ;;
        esac | tee -a "$results" | grep -v '^TURN'
    done
done
echo "== averages over $turns turns each (load average after: $(cut -d' ' -f1-3 /proc/loadavg))"
# a trackables TURN line ends with the load average, a consumer one with the CPU time per position
awk -v unit="$unit" -v harness="$harness" '/^TURN/ { n[$2]++; rps[$2] += $3; bytes[$2] += $4; errors[$2] += $5
                                             if (harness == "consumer") cpu[$2] += $6 }
     END { for (b in n) { printf "%-30s %8.0f %s/s  %8.0f bytes allocated per %s  %d errors%s\n", b, rps[b] / n[b],
                               unit, bytes[b] / n[b], substr(unit, 1, length(unit) - 1), errors[b],
                               (cpu[b] > 0 ? sprintf("  %.0f ns of CPU per position", cpu[b] / n[b]) : "")
                          c = b ~ /\+metrics$/ ? "metrics" : substr(b, 1, 3); r[c] = rps[b] / n[b]; a[c] = bytes[b] / n[b] }
           if (r["old"] > 0) printf "new/old throughput: %.3f, allocation: %.3f\n", r["new"] / r["old"], a["new"] / a["old"]
           if (r["old"] > 0 && r["metrics"] > 0)
               printf "new+metrics/old throughput: %.3f, allocation: %.3f; new+metrics/new throughput: %.3f\n",
                      r["metrics"] / r["old"], a["metrics"] / a["old"], r["metrics"] / r["new"]
           if (r["raw"] > 0) printf "new/raw throughput: %.3f  old/raw: %.3f\n", r["new"] / r["raw"], r["old"] / r["raw"] }' "$results"
echo "== took $(( $(date +%s) - started )) s"
