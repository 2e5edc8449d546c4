#!/usr/bin/env bash
# Market price benchmark: 3 years x 10 markets x 60 commodities of daily prices, then the public
# board, the trend chart, the index page and a year of the index API (p50/p95 over HTTP).
# Usage: bench/pasar/bench.sh   (build first: ./mvnw -q package -DskipTests; needs psql)
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=$(ls target/kota-cerdas-*.jar | grep -v plain | head -1)
port=18082
base="http://localhost:$port"
data=$(mktemp -d)
trap 'kill -TERM $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$data"' EXIT

KC_DATA_DIR=$data KC_ADMIN_PASSWORD=bench-admin-123 java -jar "$jar" --server.port=$port >"$data/app.log" 2>&1 &
pid=$!
until curl -fs "$base/actuator/health" | grep -q '"UP"'; do sleep 0.5; done
pgport=$(sed -n 4p "$data/postgres/postmaster.pid")
sql() { psql -qtA -h localhost -p "$pgport" -U postgres -d postgres "$@"; }

echo "== seeding (psql, server-side generate_series)"
psql -q -h localhost -p "$pgport" -U postgres -d postgres -f bench/pasar/seed.sql | grep -E "^Time" | tail -3
sql -c "select count(*) || ' observations, ' || count(distinct pasar_id) || ' markets, ' || count(distinct komoditas_id)
  || ' commodities, ' || min(tanggal) || ' to ' || max(tanggal) from pasar.harga"

pasar=$(sql -c "select id from pasar.pasar where kode = 'oeba'")
hari=$(sql -c "select (now() at time zone 'Asia/Makassar')::date")
setahun=$(sql -c "select (now() at time zone 'Asia/Makassar')::date - 364")
tahun="/api/pasar/indeks?dari=$setahun&sampai=$hari"
echo "== warm-up (JIT), not counted"
java bench/pengaduan/Beban.java latensi "$base" 30 "/masuk" "/pasar" "/pasar?pasar=$pasar" "/pasar/komoditas/beras-medium-1" "/pasar/indeks" >/dev/null
echo "== reference: the sign-in page (no data) on the same server, same load"
java bench/pengaduan/Beban.java latensi "$base" 200 "/masuk"
echo "== public board, trend, index page"
java bench/pengaduan/Beban.java latensi "$base" 200 "/pasar" "/pasar?pasar=$pasar"
java bench/pengaduan/Beban.java latensi "$base" 100 "/pasar/komoditas/beras-medium-1" "/pasar/indeks"
echo "== a year of the index (53 weeks, every commodity and the basket)"
# first ask after a price was stored: computed afresh (the version changes with every price)
for i in 1 2 3 4 5; do
  sql -c "update pasar.harga set diubah = now() where id = (select max(id) from pasar.harga)" >/dev/null
  curl -s -o /dev/null -w "computed afresh: %{time_total} s\n" "$base$tahun"
done
java bench/pengaduan/Beban.java latensi "$base" 100 "$tahun"
echo "== the year's query in the database alone"
sql -c "explain (analyze, buffers, timing off)
SELECT komoditas_id, date_trunc('week', tanggal)::date AS senin, round(avg(harga))::bigint, count(*)
FROM pasar.rata_harian WHERE tanggal >= date '$setahun' - 7 AND tanggal <= date '$hari' GROUP BY 1, 2" \
  | grep -E "Scan|Execution Time"
