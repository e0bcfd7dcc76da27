#!/usr/bin/env bash
# Benchmarks the packaged JVM sink against a Ditto stand-in on loopback and prints a markdown table.
# Installs nothing: needs java, curl, wrk and hey (apt-get install -y wrk hey). See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${BENCH_DURATION:-20s}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
# Fixed-rate latency run: RATE_WORKERS connections of RATE_PER_WORKER events/s each (hey -q is per worker).
RATE_WORKERS=${BENCH_RATE_WORKERS:-10}
RATE_PER_WORKER=${BENCH_RATE_PER_WORKER:-100}
# Size the JVM as in a container limited to 512 MiB, not from the whole machine's memory.
SINK_JAVA_OPTS=${BENCH_SINK_JAVA_OPTS:-"-XX:MaxRAM=512m -XX:MaxRAMPercentage=50 -XX:+UseParallelGC"}
JAR=target/quarkus-app/quarkus-run.jar

for tool in java curl wrk hey; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install -y wrk hey curl)" >&2; exit 1; }
done

if [[ ! -f $JAR || -n $(find src/main pom.xml -newer "$JAR" -print -quit) ]]; then
  echo "bench: building the jar" >&2
  ./mvnw -B -q package -DskipTests
fi

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [[ -n ${BENCH_KEEP:-} ]]; then echo "bench: logs and raw results kept in $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

# A port nothing listens on yet; Knative would hand the sink one through PORT the same way.
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

ms_since() { echo $((($(date +%s%N) - $1) / 1000000)); }
rss_mb() { awk -v key="$2:" '$1 == key { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

body='{"topic":"org.acme/lamp/things/twin/commands/modify","path":"/attributes/on",'
body+='"headers":{"correlation-id":"bench"},"value":true}'
post_event() {
  curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$1/" -H 'Content-Type: application/json' \
    -H 'ce-specversion: 1.0' -H 'ce-id: bench-1' -H 'ce-source: /devices/lamp' \
    -H 'ce-type: org.acme.lamp.changed' -d "$body" || true
}

# wrk at saturation; prints "requests/s non2xx p50 p99 p99.9" (latencies in ms).
saturate() {
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -s bench/event.lua "http://127.0.0.1:$1/" > "$work/wrk.out"
  awk '/^BENCH requests/ { split($2, r, "="); split($3, n, "="); split($5, d, "=");
                           rps = r[2] / (d[2] / 1e6); non2xx = n[2] }
       /^BENCH p50/ { split($2, a, "="); split($3, b, "="); split($4, c, "=");
                      printf "%.0f %d %.2f %.2f %.2f\n", rps, non2xx, a[2] / 1e3, b[2] / 1e3, c[2] / 1e3 }' \
    "$work/wrk.out"
}

# hey at a fixed rate below saturation; prints "requests non2xx p50 p99 p99.9" (latencies in ms).
fixed_rate() {
  hey -z "$DURATION" -c "$RATE_WORKERS" -q "$RATE_PER_WORKER" -m POST -T application/json \
    -H 'ce-specversion: 1.0' -H 'ce-id: bench-1' -H 'ce-source: /devices/lamp' \
    -H 'ce-type: org.acme.lamp.changed' -d "$body" -o csv "http://127.0.0.1:$1/" > "$work/hey.csv"
  tail -n +2 "$work/hey.csv" \
    | awk -F, '{ print $1 * 1000; if ($7 !~ /^2/) bad++ } END { print bad + 0 > "/dev/stderr" }' \
      2> "$work/hey.bad" | sort -n > "$work/hey.sorted"
  awk -v bad="$(cat "$work/hey.bad")" '{ v[NR] = $1 } END {
        printf "%d %d %.2f %.2f %.2f\n", NR, bad, v[int(NR * 0.5) + 1], v[int(NR * 0.99) + 1],
               v[int(NR * 0.999) + 1] }' "$work/hey.sorted"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
java -cp 'target/quarkus-app/lib/main/*' bench/DittoStandIn.java "$work/ditto.port" > "$work/ditto.log" 2>&1 &
pids+=($!)
for _ in $(seq 300); do [[ -s $work/ditto.port ]] && break; sleep 0.1; done
ditto_port=$(cat "$work/ditto.port")

sink_port=$(free_port)
start=$(date +%s%N)
# shellcheck disable=SC2086 # the options are a word list on purpose
DITTO_URL="http://127.0.0.1:$ditto_port" PORT=$sink_port java $SINK_JAVA_OPTS -jar "$JAR" > "$work/sink.log" 2>&1 &
sink=$!
pids+=("$sink")
until [[ $(post_event "$sink_port") == 202 ]]; do
  kill -0 "$sink" 2>/dev/null || { cat "$work/sink.log" >&2; exit 1; }
  [[ $(ms_since "$start") -lt 60000 ]] || { echo "bench: no 202 within 60 s" >&2; exit 1; }
  sleep 0.01
done
first_event_ms=$(ms_since "$start")
# CPU spent until then: unlike wall time, it hardly depends on what else the machine runs.
first_event_cpu_ms=$(($(cpu_ticks "$sink") * 1000 / $(getconf CLK_TCK)))
sleep 1
rss_idle=$(rss_mb "$sink" VmRSS)

echo "bench: warming up both servers" >&2
DURATION=10s saturate "$ditto_port" > /dev/null
DURATION=10s saturate "$sink_port" > /dev/null

echo "bench: saturation, $CONNECTIONS connections, $DURATION each" >&2
read -r base_rps base_bad base_p50 base_p99 base_p999 < <(saturate "$ditto_port")
ticks_before=$(cpu_ticks "$sink")
read -r sink_rps sink_bad sink_p50 sink_p99 sink_p999 < <(saturate "$sink_port")
ticks_after=$(cpu_ticks "$sink")
rss_load=$(rss_mb "$sink" VmRSS)
sink_requests=$(awk '/^BENCH requests/ { split($2, r, "="); print r[2] }' "$work/wrk.out")
cpu_us=$(awk -v t=$((ticks_after - ticks_before)) -v hz="$(getconf CLK_TCK)" -v n="$sink_requests" \
  'BEGIN { printf "%.0f", t / hz * 1e6 / n }')

rate=$((RATE_WORKERS * RATE_PER_WORKER))
echo "bench: fixed rate, $rate events/s, $DURATION each" >&2
read -r base_n base_rate_bad base_r50 base_r99 base_r999 < <(fixed_rate "$ditto_port")
read -r sink_n sink_rate_bad sink_r50 sink_r99 sink_r999 < <(fixed_rate "$sink_port")
rss_peak=$(rss_mb "$sink" VmHWM)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
minus() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%+.2f", a - b }'; }

rps_ratio=$(ratio "$sink_rps" "$base_rps")
added_p99=$(minus "$sink_r99" "$base_r99")
sat="wrk -t2 -c$CONNECTIONS -d$DURATION"
cat <<EOF

Sink: \`java $SINK_JAVA_OPTS -jar $JAR\`, $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u +%F);
load average before the run: $load_before (other processes on the machine compete for the same cores).

| Measure | Sink | Ditto stand-in (baseline) | Sink vs baseline |
|---|---|---|---|
| First event accepted after process start: wall / CPU time | $first_event_ms / $first_event_cpu_ms ms | | |
| RSS idle, after the first event | $rss_idle MB | | |
| Saturation throughput ($sat) | $sink_rps events/s | $base_rps req/s | $rps_ratio × |
| Latency at saturation p50/p99/p99.9 | $sink_p50/$sink_p99/$sink_p999 ms | $base_p50/$base_p99/$base_p999 ms | |
| Latency at $rate events/s p50 / p99 / p99.9 (hey) | $sink_r50 / $sink_r99 / $sink_r999 ms \
| $base_r50 / $base_r99 / $base_r999 ms | p99 $added_p99 ms |
| CPU time per relayed event (utime+stime at saturation) | $cpu_us µs | | |
| RSS right after saturation / peak (VmHWM) | $rss_load / $rss_peak MB | | |
| Non-2xx answers (saturation, fixed rate) | $sink_bad, $sink_rate_bad | $base_bad, $base_rate_bad | |
EOF
