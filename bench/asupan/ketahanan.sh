#!/usr/bin/env bash
# Durability under kill -9: 32 keep-alive clients file complaints through Open311 POST requests.json at full
# speed (a separate JVM, each acknowledged service_request_id logged at once); mid-load the application JVM
# AND its PostgreSQL are killed with SIGKILL (no shutdown of any kind); PostgreSQL is started again on the
# same data folder (crash recovery from the WAL) and every number that had been answered 200 must be stored.
# Usage (from the repository root, after ./mvnw -q -B package -DskipTests): bench/asupan/ketahanan.sh [seconds-before-kill]
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/asupan/umum.sh
sebelum_bunuh=${1:-10}
data=$(mktemp -d /tmp/kc-asupan-ketahanan-XXXX)
ack=$data/ack.txt

mulai_server "$data" "$data/app-1.log"
kunci=$(kunci_open311)
java bench/asupan/BebanAsupan.java "http://127.0.0.1:$port" "$kunci" 32 0 $((sebelum_bunuh + 30)) "$ack" >"$data/beban.txt" 2>&1 &
beban=$!
sleep "$sebelum_bunuh"
pg=$(head -1 "$data/postgres/postmaster.pid")
kill -9 $pid
kill -9 "$pg"
echo "killed JVM $pid and PostgreSQL $pg with SIGKILL after ${sebelum_bunuh}s of load"
wait $beban || true
cat "$data/beban.txt"
sleep 2

mulai_server "$data" "$data/app-2.log"
status=0
diakui=$(sort -u "$ack" | wc -l)
hilang=$(psql -qtA -h 127.0.0.1 -p "$pgport" -U postgres postgres -c 'create temp table diakui (nomor text)' \
  -c "\\copy diakui from '$ack'" \
  -c 'select count(*) from diakui d where not exists (select 1 from pengaduan.pengaduan p where p.nomor = d.nomor)')
tersimpan=$(psql -qtA -h 127.0.0.1 -p "$pgport" -U postgres -c 'select count(*) from pengaduan.pengaduan' postgres)
echo "acknowledged with 200: $diakui, missing after restart: $hilang, reports stored: $tersimpan"
[ "$diakui" -gt 0 ] && [ "$hilang" -eq 0 ] || status=1
kill -TERM $pid; wait $pid || true
rm -rf "$data"
exit $status
