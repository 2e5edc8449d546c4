#!/usr/bin/env bash
# Masterplan dashboard benchmark: the register as seeded from Kupang's file with 8 years (2019-2026) of values for
# every indicator (live snapshots with a row per agency, verified entered values), then GET /masterplan and an
# indicator page p50/p95 over HTTP, against GET /actuator/health/liveness measured in the same run.
# Usage: bench/masterplan/bench.sh   (build first: ./mvnw -q package -DskipTests; needs psql)
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=$(ls target/kota-cerdas-*.jar | grep -v plain | head -1)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("", 0)); print(s.getsockname()[1])')
base="http://localhost:$port"
data=$(mktemp -d)
n=${N:-1000}
trap 'kill -TERM $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$data"' EXIT

KC_DATA_DIR=$data KC_ADMIN_PASSWORD=bench-admin-123 java -jar "$jar" --server.port=$port --kc.armada.osmand-port=0 \
  --kc.masterplan.tunda-awal=1h >"$data/app.log" 2>&1 &
pid=$!
until curl -fs "$base/actuator/health" | grep -q '"UP"'; do kill -0 $pid || { tail -20 "$data/app.log"; exit 1; }; sleep 0.5; done
# the register is seeded on ApplicationReady
until grep -q "Masterplan register seeded" "$data/app.log"; do sleep 0.5; done
pgport=$(sed -n 4p "$data/postgres/postmaster.pid")
db="-h localhost -p $pgport -U postgres -d postgres"

echo "== seeding 8 years of values"
psql -q $db -f bench/masterplan/seed.sql | grep -E "^Time" || true
psql -qtA $db -c "select (select count(*) from masterplan.indikator) || ' indicators, ' || (select count(*) from masterplan.cuplikan) || ' snapshots, ' || (select count(*) from masterplan.cuplikan_opd) || ' agency rows, ' || (select count(*) from masterplan.cuplikan_kelurahan) || ' kelurahan rows, ' || (select count(*) from masterplan.nilai_isian) || ' entered values'"
echo "== load average: $(cut -d' ' -f1-3 /proc/loadavg)"
java bench/masterplan/BebanMasterplan.java "$base" "$n" "/masterplan?tahun=2025" "/masterplan/indikator/trc-selesai?tahun=2025" \
  /actuator/health/liveness
echo "== load average: $(cut -d' ' -f1-3 /proc/loadavg)"
