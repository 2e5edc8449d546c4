#!/usr/bin/env bash
# Complaint benchmark: 1,000,000 seeded reports, then the public filtered list and the statistics
# queries (p50/p95 over HTTP), then web-form intake throughput.
# Usage: bench/pengaduan/bench.sh   (build first: ./mvnw -q package -DskipTests; needs psql)
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=$(ls target/kota-cerdas-*.jar | grep -v plain | head -1)
port=18081
base="http://localhost:$port"
data=$(mktemp -d)
trap 'kill -TERM $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$data"' EXIT

KC_DATA_DIR=$data KC_ADMIN_PASSWORD=bench-admin-123 java -jar "$jar" --server.port=$port >"$data/app.log" 2>&1 &
pid=$!
until curl -fs "$base/actuator/health" | grep -q '"UP"'; do sleep 0.5; done
curl -fs "$base/api/pengaduan/kategori" >/dev/null   # links the seeded categories to their agencies
pgport=$(sed -n 4p "$data/postgres/postmaster.pid")

echo "== seeding (psql, server-side generate_series)"
psql -q -h localhost -p "$pgport" -U postgres -d postgres -f bench/pengaduan/seed.sql | grep -E "^Time" | tail -4
psql -qtA -h localhost -p "$pgport" -U postgres -d postgres -c "select count(*) || ' reports' from pengaduan.pengaduan"

kel=$(psql -qtA -h localhost -p "$pgport" -U postgres -d postgres -c "select kode from wilayah.kelurahan order by kode limit 1")
kec=${kel%.*}
echo "== public filtered list and statistics"
java bench/pengaduan/Beban.java latensi "$base" 200 \
  "/api/pengaduan?ukuran=20" \
  "/api/pengaduan?kategori=sampah&ukuran=20" \
  "/api/pengaduan?kecamatan=$kec&status=DIPROSES&ukuran=20" \
  "/api/pengaduan?kelurahan=$kel&kategori=jalan-rusak&ukuran=20" \
  "/api/pengaduan?kategori=sampah&dari=2026-01-01T00:00:00Z&sampai=2026-02-01T00:00:00Z&ukuran=20" \
  "/api/pengaduan?kategori=sampah&ukuran=20&halaman=50"
# each request a different end instant, so every one is computed afresh (no reuse of results)
java bench/pengaduan/Beban.java latensi "$base" 10 \
  "/api/pengaduan/statistik?dimensi=opd&sampai=2100-01-01T00:00:00.{n}Z" \
  "/api/pengaduan/statistik?dimensi=kategori&sampai=2100-01-01T00:00:00.{n}Z" \
  "/api/pengaduan/statistik?dimensi=kecamatan&sampai=2100-01-01T00:00:00.{n}Z" \
  "/api/pengaduan/statistik?dimensi=bulan&sampai=2100-01-01T00:00:00.{n}Z" \
  "/api/pengaduan/statistik?dimensi=opd&dari=2026-01-01T00:00:00Z&sampai=2026-02-01T00:00:00.{n}Z"
# the public summary page when nothing changed in between (result reused)
java bench/pengaduan/Beban.java latensi "$base" 50 "/pengaduan/statistik?dimensi=kategori"

echo "== intake (web form, no photo)"
java bench/pengaduan/Beban.java intake "$base" 8 20 "$kel"
