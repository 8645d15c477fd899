#!/usr/bin/env bash
# Throughput and allocation of nextome:trackables/get, an older build of the component against this one:
#   benchmarks/before-after.sh [OLD_COMMIT]          (default ef72450, the commit before issue 11's observability)
# Builds camel-nextome at OLD_COMMIT in a temporary git worktree (removed at exit) and in this tree (no tests,
# nothing installed into ~/.m2), starts one simulator as a process of its own, then runs TrackablesGetTurn in a
# fresh JVM per turn, TURNS turns per case, the order of the cases reversed from turn to turn, and prints
# requests/second and bytes allocated per request (caller threads) per turn and on average. The cases: the old build,
# this one, and this one with a Micrometer SimpleMeterRegistry bound (its metrics on). Settings: TURNS (3), METRICS
# (1; 0 leaves the metrics case out), TURN_OPTS (JVM options of each turn, default
# "-Dcallers=16 -DwarmupSeconds=5 -Dseconds=15").
set -euo pipefail
cd "$(dirname "$0")/.."
old_commit=${1:-ef72450}
turns=${TURNS:-3}
cases="old new"
[ "${METRICS:-1}" = 0 ] || cases="old new metrics"
turn_opts=${TURN_OPTS:--Dcallers=16 -DwarmupSeconds=5 -Dseconds=15}
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
harness=$(tr ':' '\n' <<<"$cp" | grep -v '/camel-nextome/target/' | paste -sd: -)
new_cp="$(component_classpath "$PWD"):$harness"
echo "== building $old_ref in a temporary worktree"
git worktree add -q --detach "$work/old" "$old_commit"
old_cp="$(component_classpath "$work/old"):$harness"

echo "== builds took $(( $(date +%s) - started )) s"
start_server simulator io.camelnextome.simulator.SimulatorMain --historyMinutes=1
echo "== warming the simulator up (10 s of this tree's build; not a figure)"
java -Dcallers=16 -DwarmupSeconds=5 -Dseconds=5 -DbaseUrl="$simulator_url" -cp "$new_cp" \
    io.camelnextome.benchmarks.TrackablesGetTurn >/dev/null 2>"$work/turn.log" || { cat "$work/turn.log" >&2; exit 1; }
echo "== $turns turns per case ($cases), $turn_opts; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
results=$work/turns.txt
reversed=$(tr ' ' '\n' <<<"$cases" | tac | paste -sd' ' -)
for turn in $(seq 1 "$turns"); do
    if [ $((turn % 2)) -eq 1 ]; then order=$cases; else order=$reversed; fi
    for case in $order; do
        case $case in
            old) build_cp=$old_cp; label="old($old_ref)"; metrics=false ;;
            new) build_cp=$new_cp; label="new($new_ref)"; metrics=false ;;
            metrics) build_cp=$new_cp; label="new($new_ref)+metrics"; metrics=true ;;
        esac
        # shellcheck disable=SC2086
        java $turn_opts -Dlabel="$label" -Dmetrics=$metrics -DbaseUrl="$simulator_url" -cp "$build_cp" \
            io.camelnextome.benchmarks.TrackablesGetTurn 2>"$work/turn.log" | tee -a "$results" | grep -v '^TURN' \
            || { cat "$work/turn.log" >&2; exit 1; }
    done
done
echo "== averages over $turns turns each (load average after: $(cut -d' ' -f1-3 /proc/loadavg))"
awk '/^TURN/ { n[$2]++; rps[$2] += $3; bytes[$2] += $4; errors[$2] += $5 }
     END { for (b in n) { printf "%-30s %8.0f requests/s  %8.0f bytes allocated per request  %d errors\n",
                               b, rps[b] / n[b], bytes[b] / n[b], errors[b]
                          c = b ~ /\+metrics$/ ? "metrics" : substr(b, 1, 3); r[c] = rps[b] / n[b]; a[c] = bytes[b] / n[b] }
           if (r["old"] > 0) printf "new/old throughput: %.3f, allocation: %.3f\n", r["new"] / r["old"], a["new"] / a["old"]
           if (r["old"] > 0 && r["metrics"] > 0)
               printf "new+metrics/old throughput: %.3f, allocation: %.3f; new+metrics/new throughput: %.3f\n",
                      r["metrics"] / r["old"], a["metrics"] / a["old"], r["metrics"] / r["new"] }' "$results"
echo "== took $(( $(date +%s) - started )) s"
