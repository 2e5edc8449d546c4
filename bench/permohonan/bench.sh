#!/usr/bin/env bash
# Tracking-page benchmark: 100,000 seeded applications, then GET /c/{kode} p50/p95 over HTTP for random
# codes, against two references measured in the same run: the static health endpoint over HTTP, and
# pgbench reading one application by code on the same table (the database's share of a page).
# Usage: bench/permohonan/bench.sh   (build first: ./mvnw -q package -DskipTests; needs psql, pgbench)
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib/umum.sh
bench_lib
jar=$(ls target/kota-cerdas-*.jar | grep -v plain | head -1)
# a free port (other benchmarks may run on this machine at the same time)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("", 0)); print(s.getsockname()[1])')
base="http://localhost:$port"
data=$(mktemp -d)
n=${N:-2000}
trap 'kill -TERM $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$data" "$bench_cp"' EXIT

# the tracking page's per-address rate limit is lifted (one client measures, it does not guess codes);
# the vehicle tracker's port is any free one, so another instance on the machine does not stop the start
KC_DATA_DIR=$data KC_ADMIN_PASSWORD=bench-admin-123 java -jar "$jar" --server.port=$port \
  --kc.batas-laju.permohonan-lacak=100000000 --kc.armada.osmand-port=0 >"$data/app.log" 2>&1 &
pid=$!
until curl -fs "$base/actuator/health" | grep -q '"UP"'; do kill -0 $pid || { tail -20 "$data/app.log"; exit 1; }; sleep 0.5; done
pgport=$(sed -n 4p "$data/postgres/postmaster.pid")
db="-h localhost -p $pgport -U postgres -d postgres"

echo "== seeding (psql, server-side generate_series)"
psql -q $db -f bench/permohonan/seed.sql | grep -E "^Time" | tail -3
psql -qtA $db -c "select count(*) || ' applications, ' || (select count(*) from permohonan.riwayat) || ' history entries' from permohonan.permohonan"
psql -qtA $db -c "select kode from permohonan.permohonan order by random() limit 5000" > "$data/kode.txt"

echo "== GET /c/{kode} against GET /actuator/health/liveness (sequential, one client)"
java -cp "$bench_cp" bench/permohonan/BebanLacak.java "$base" "$data/kode.txt" "$n" /actuator/health/liveness

echo "== pgbench: one application by code with its flow (the page's main query), same table"
cat > "$data/pilih.sql" <<'SQL'
\set g random(1, 100000)
select p.*, a.nama from permohonan.permohonan p join permohonan.alur a on a.id = p.alur_id
where p.kode = (select kode from permohonan.permohonan where id = :g);
SQL
pgbench $db -n -c 1 -T 10 -f "$data/pilih.sql" 2>/dev/null | grep -E "latency average|tps"
