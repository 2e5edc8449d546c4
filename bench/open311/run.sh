#!/usr/bin/env bash
# Open311 benchmark: POST requests.json throughput and p99 with concurrent keep-alive clients,
# beside the raw single-row INSERT rate of the same embedded PostgreSQL on the same machine.
# Usage: bench/open311/run.sh [clients] [seconds]   (build first: ./mvnw -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib/umum.sh
bench_lib
klien=${1:-8}
detik=${2:-30}
jar=$(ls target/kota-cerdas-*.jar | grep -v plain | head -1)
port=18311
data=$(mktemp -d)
log=$data/app.log
if curl -s -o /dev/null "http://localhost:$port/"; then echo "port $port is busy" >&2; exit 1; fi
pgjar=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | tail -1)

# rate limits out of the way: the benchmark is one IP and one key
KC_DATA_DIR=$data KC_ADMIN_PASSWORD=bench-admin-123 java -jar "$jar" --server.port=$port \
  --kc.open311.post-per-menit-ip=100000000 --kc.open311.post-per-menit-kunci=100000000 \
  --logging.level.root=WARN --logging.level.io.zonky=WARN --logging.level.id.kotacerdas.platform=INFO > "$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; rm -rf "$data" "$bench_cp"' EXIT
until curl -fs "http://localhost:$port/actuator/health" | grep -q '"UP"'; do sleep 0.2; done

pgport=$(grep -o 'Embedded PostgreSQL listening on port [0-9]*' "$log" | grep -o '[0-9]*$')
kunci=$(curl -fs -u admin:bench-admin-123 -H 'Content-Type: application/json' \
  -d '{"nama":"bench","scopes":["open311"]}' "http://localhost:$port/api/admin/api-keys" | sed 's/.*"kunci":"\([^"]*\)".*/\1/')
# a point inside a kelurahan of Kupang (Oebobo)
lat=-10.1710 lon=123.6245

echo "machine: $(uname -srm), $(nproc) cpu, $(awk '/MemTotal/{printf "%.0f GB", $2/1048576}' /proc/meminfo); $(date -u +%F)"
echo "java: $(java -version 2>&1 | head -1); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$bench_cp:$pgjar" bench/open311/BebanOpen311.java "http://localhost:$port" "$kunci" \
  "jdbc:postgresql://localhost:$pgport/postgres" "$klien" "$detik" "$lat" "$lon"
