#!/usr/bin/env bash
# package_search benchmark (issue 16): 5,000 seeded published datasets, then package_search p50/p95 over HTTP for a
# seeded mix of queries (p50/p95/p99, each kind too), against status_show (same controller and envelope, no query)
# measured in the same run, and pgbench running the search's first statement on the same tables; the machine's load
# before, between and after. JAR=path compares another build on the same seed (pgbench needs this schema or later).
# Usage: bench/satudata/bench.sh   (build first: ./mvnw -q package -DskipTests; needs psql, pgbench)
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib/umum.sh
bench_lib
jar=${JAR:-$(ls target/kota-cerdas-*.jar | grep -v plain | head -1)}
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

# the machine is shared: its load is part of the figures
echo "== machine: $(nproc) cores, jar $jar, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== seeding (psql, server-side generate_series)"
psql -q $db -f bench/satudata/seed.sql | grep -E "^Time" | tail -4
psql -qtA $db -c "select count(*) || ' published datasets, ' || (select count(*) from satudata.sumber_daya) || ' files, '
  || (select count(*) from satudata.organisasi) || ' organisations' from satudata.dataset where status = 'TERBIT'"
orgs=$(psql -qtA $db -c "select count(*) from satudata.organisasi where nama like 'bench-opd-%'")

echo "== package_search against status_show (sequential, one client)"
java -cp "$bench_cp" bench/satudata/BebanCari.java "$base" "$n" "$orgs"
echo "== load after the HTTP runs: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== pgbench: the first statement of q=kesehatan with three facets (count, facets, page ids), as the API sends it"
# KatalogRepository.cari's statement 1 as generated for that call; the API adds the page's rows, files and JSON
cat > "$data/cari.sql" <<'SQL'
with hit as materialized (
    select d.id, d.organisasi_id, d.lisensi, d.grup, d.tag, d.format,
           ts_rank(d.pencarian, websearch_to_tsquery('simple', 'kesehatan')) as u0, d.diubah as u1, d.nama as u2
    from satudata.dataset d where d.status = 'TERBIT' and d.pencarian @@ websearch_to_tsquery('simple', 'kesehatan')
)
select * from (select 0 as k, null::text as nilai, count(*) as n from hit
    union all select -1, t.id::text, t.n from unnest(array(select id from hit order by u0 desc, u1 desc, u2 asc limit 10 offset 0)) with ordinality t(id, n)
    union all (select 1, nilai, n from (select o.nama as nilai, h.n from (select organisasi_id, count(*) as n from hit group by 1) h
               join satudata.organisasi o on o.id = h.organisasi_id) f order by n desc, nilai limit 50)
    union all (select 2, nilai, n from (select t as nilai, count(*) as n from hit cross join unnest(hit.tag) t group by 1) f order by n desc, nilai limit 50)
    union all (select 3, nilai, n from (select f as nilai, count(*) as n from hit cross join unnest(hit.format) f group by 1) f order by n desc, nilai limit 50)
) u order by k, n desc, nilai;
SQL
pgbench $db -n -c 1 -T 10 -f "$data/cari.sql" 2>/dev/null | grep -E "latency average|tps"
echo "== load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
