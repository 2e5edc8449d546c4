#!/usr/bin/env bash
# Throughput of the OsmAnd port: positions durably stored (200 only after commit) per second over
# keep-alive HTTP from 100 simulated devices, and latency percentiles. Runs wrk (apt-get install -y
# wrk) and the Java closed-loop client in turn against a fresh database on this machine.
# Usage (from the repository root, after ./mvnw -q -B package -DskipTests): bench/armada/jalankan.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/armada/umum.sh
detik=${1:-30}
data=$(mktemp -d /tmp/kc-bench-armada-XXXX)
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr); $(java -version 2>&1 | head -1); $(date -u +%Y-%m-%dT%H:%MZ)"
# CPU seconds (user+system) used so far by the JVM and by its PostgreSQL processes: a figure that
# other load on the machine does not distort, unlike the rate.
cpu() {
  local hz pg=0 jvm
  hz=$(getconf CLK_TCK)
  jvm=$(awk '{print $14 + $15}' /proc/$pid/stat)
  for p in $(pgrep -P "$(head -1 "$data/postgres/postmaster.pid")") $(head -1 "$data/postgres/postmaster.pid"); do
    pg=$(( pg + $(awk '{print $14 + $15}' /proc/$p/stat 2>/dev/null || echo 0) ))
  done
  echo "$jvm $pg $hz"
}
laporkan_cpu() { # $1 before, $2 after, $3 positions
  read -r j0 p0 hz <<<"$1"; read -r j1 p1 _ <<<"$2"
  awk -v j=$((j1 - j0)) -v p=$((p1 - p0)) -v hz="$hz" -v n="$3" 'BEGIN {
    printf "  CPU per stored position: JVM %.0f us, PostgreSQL %.0f us (so 2 free cores would store about %.0f/s)\n",
      j / hz * 1e6 / n, p / hz * 1e6 / n, 2 * 1e6 / ((j + p) / hz * 1e6 / n) }'
}
# Rows actually in the table (psql, when installed): every 200 must be one of them.
baris() {
  command -v psql >/dev/null || { echo "?"; return; }
  psql -h 127.0.0.1 -p "$(grep -o 'PostgreSQL listening on port [0-9]*' "$data/app.log" | awk '{print $5}')" -U postgres -d postgres \
    -tAc "SELECT count(*) FROM armada.posisi"
}
mulai_server "$data" "$data/app.log"
daftarkan_kendaraan 100
# each run sends its fixes from a different hour, so no run re-sends another's (rows must equal 200s)
java bench/armada/BebanPosisi.java "$osmand_port" 100 10 bench- - 9 >/dev/null   # warm-up
if command -v wrk >/dev/null; then
  echo "wrk -t2 -c100 -d${detik}s (100 devices, 50 per thread):"
  c0=$(cpu); b0=$(baris)
  hasil=$(wrk -t2 -c100 -d"${detik}s" --latency -s bench/armada/posisi.lua "http://127.0.0.1:$osmand_port" -- 50 6 | tail -1)
  echo "  $hasil"
  laporkan_cpu "$c0" "$(cpu)" "$(echo "$hasil" | sed 's/.*requests=\([0-9]*\).*/\1/')"
  echo "  rows added to armada.posisi: $(( $(baris) - b0 ))"
fi
echo "Java client, one keep-alive connection per device:"
c0=$(cpu); b0=$(baris)
hasil=$(java bench/armada/BebanPosisi.java "$osmand_port" 100 "$detik" bench- - 3)
echo "  $hasil"
laporkan_cpu "$c0" "$(cpu)" "$(echo "$hasil" | sed 's/.*ok=\([0-9]*\).*/\1/')"
echo "  rows added to armada.posisi: $(( $(baris) - b0 ))"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) (other processes on the machine share the cores)"
kill -TERM $pid; wait $pid || true
rm -rf "$data"
