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
mulai_server "$data" "$data/app.log"
daftarkan_kendaraan 100
java bench/armada/BebanPosisi.java "$osmand_port" 100 10 bench- >/dev/null   # warm-up
if command -v wrk >/dev/null; then
  echo "wrk -t2 -c100 -d${detik}s (100 devices, 50 per thread):"
  wrk -t2 -c100 -d"${detik}s" --latency -s bench/armada/posisi.lua "http://127.0.0.1:$osmand_port" -- 50 | tail -1
fi
echo "Java client, one keep-alive connection per device:"
java bench/armada/BebanPosisi.java "$osmand_port" 100 "$detik" bench-
kill -TERM $pid; wait $pid || true
rm -rf "$data"
