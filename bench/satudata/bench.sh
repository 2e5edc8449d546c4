#!/usr/bin/env bash
# package_search benchmark (issue 16): 5,000 seeded published datasets, then package_search p50/p95 over HTTP for a
# seeded mix of queries, against status_show (same controller and envelope, no query) measured in the same run, and
# pgbench running the search's main query (words + count) on the same tables.
# Usage: bench/satudata/bench.sh   (build first: ./mvnw -q package -DskipTests; needs psql, pgbench)
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib/umum.sh
bench_lib
jar=$(ls target/kota-cerdas-*.jar | grep -v plain | head -1)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("", 0)); print(s.getsockname()[1])')
base="http://localhost:$port"
data=$(mktemp -d)
n=${N:-2000}
trap 'kill -TERM $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$data" "$bench_cp"' EXIT

KC_DATA_DIR=$data KC_ADMIN_PASSWORD=bench-admin-123 java -jar "$jar" --server.port=$port --kc.armada.osmand-port=0 >"$data/app.log" 2>&1 &
pid=$!
until curl -fs "$base/actuator/health" | grep -q '"UP"'; do kill -0 $pid || { tail -20 "$data/app.log"; exit 1; }; sleep 0.5; done
pgport=$(sed -n 4p "$data/postgres/postmaster.pid")
db="-h localhost -p $pgport -U postgres -d postgres"

echo "== seeding (psql, server-side generate_series)"
psql -q $db -f bench/satudata/seed.sql | grep -E "^Time" | tail -4
psql -qtA $db -c "select count(*) || ' published datasets, ' || (select count(*) from satudata.sumber_daya) || ' files, '
  || (select count(*) from satudata.organisasi) || ' organisations' from satudata.dataset where status = 'TERBIT'"
orgs=$(psql -qtA $db -c "select count(*) from satudata.organisasi where nama like 'bench-opd-%'")

echo "== package_search against status_show (sequential, one client)"
java -cp "$bench_cp" bench/satudata/BebanCari.java "$base" "$n" "$orgs"

echo "== pgbench: words + count, the search's main query"
cat > "$data/cari.sql" <<'SQL'
select count(*) from satudata.dataset d join satudata.organisasi o on o.id = d.organisasi_id
where d.status = 'TERBIT' and d.pencarian @@ websearch_to_tsquery('simple', 'kesehatan');
SQL
pgbench $db -n -c 1 -T 10 -f "$data/cari.sql" 2>/dev/null | grep -E "latency average|tps"
