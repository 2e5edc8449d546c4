#!/usr/bin/env bash
# Durability under kill -9 (bench/lib/ketahanan.sh): 32 keep-alive clients file complaints through Open311 POST
# requests.json at full speed (a separate JVM, each acknowledged service_request_id logged at once); mid-load the
# application JVM AND its PostgreSQL are killed with SIGKILL; the application is started again on the same data
# folder (crash recovery from the WAL) and every number that had been answered 200 must be stored.
# Usage (from the repository root, after ./mvnw -q -B package -DskipTests): bench/asupan/ketahanan.sh [seconds-before-kill]
# The load runs from the first start (no separate warm-up), so give it long enough to reach full speed (60 s).
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/asupan/umum.sh
. bench/lib/umum.sh
. bench/lib/ketahanan.sh
bench_lib
data=$(mktemp -d /tmp/kc-asupan-ketahanan-XXXX)
trap 'kill ${pid:-} 2>/dev/null || true; wait ${pid:-} 2>/dev/null || true; rm -rf "$data" "$bench_cp"' EXIT

siapkan() { kunci=$(kunci_open311); }

beban() { # $1 ack file, $2 seconds
  java -cp "$bench_cp" bench/asupan/BebanAsupan.java "http://127.0.0.1:$port" "$kunci" 32 0 "$2" "$1"
}

periksa() { # $1 ack file: every acknowledged number stored
  local diakui hilang tersimpan
  diakui=$(sort -u "$1" | wc -l)
  hilang=$(psql -qtA -h 127.0.0.1 -p "$pgport" -U postgres postgres -c 'create temp table diakui (nomor text)' \
    -c "\\copy diakui from '$1'" \
    -c 'select count(*) from diakui d where not exists (select 1 from pengaduan.pengaduan p where p.nomor = d.nomor)')
  tersimpan=$(psql -qtA -h 127.0.0.1 -p "$pgport" -U postgres -c 'select count(*) from pengaduan.pengaduan' postgres)
  echo "acknowledged with 200: $diakui, missing after restart: $hilang, reports stored: $tersimpan"
  [ "$diakui" -gt 0 ] && [ "$hilang" -eq 0 ]
}

uji_ketahanan "${1:-60}" "$data"
