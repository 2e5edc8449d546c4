#!/usr/bin/env bash
# Start-up time and memory of the packaged application on the embedded PostgreSQL.
# Usage: bench/startup.sh [runs] [java-home]   (build first: ./mvnw -q package -DskipTests)
# Prints, per run: first start (empty data folder) and later start (same folder) in seconds until
# /actuator/health answers UP, and the resident memory (RSS) of the JVM and of PostgreSQL after start.
set -euo pipefail
runs=${1:-3}
java_home=${2:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}}
jar=$(ls target/kota-cerdas-*.jar | grep -v plain | head -1)
port=18080

wait_up() {
  local t0=$1 pid=$2
  until curl -fs "http://localhost:$port/actuator/health" | grep -q '"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "application exited; see its log" >&2; return 1; }
    sleep 0.05
  done
  echo "$(( $(date +%s%N) - t0 ))" | awk '{printf "%.2f", $1/1e9}'
}

rss_kb() { ps -o rss= -p "$1" | tr -d ' '; }

pg_rss_kb() { # the postmaster and its children (shared memory counted in each: an upper bound)
  local master total=0
  master=$(head -1 "$1/postmaster.pid")
  for p in $master $(pgrep -P "$master"); do
    total=$(( total + $(rss_kb "$p" 2>/dev/null || echo 0) ))
  done
  echo $total
}

echo "java: $("$java_home/bin/java" -version 2>&1 | head -1)"
for i in $(seq "$runs"); do
  data=$(mktemp -d)
  for phase in first later; do
    t0=$(date +%s%N)
    KC_DATA_DIR=$data KC_ADMIN_PASSWORD=bench-admin-123 "$java_home/bin/java" -jar "$jar" --server.port=$port --kc.armada.osmand-port=0 >"$data/app-$phase.log" 2>&1 &
    pid=$!
    secs=$(wait_up "$t0" "$pid") || { cat "$data/app-$phase.log" | tail -20; exit 1; }
    sleep 2
    jvm=$(rss_kb $pid); pg=$(pg_rss_kb "$data/postgres")
    printf "run %d %-5s start %5ss  JVM RSS %4d MiB  PostgreSQL RSS %4d MiB\n" "$i" "$phase" "$secs" $((jvm/1024)) $((pg/1024))
    kill -TERM $pid; wait $pid || true
  done
  rm -rf "$data"
done
