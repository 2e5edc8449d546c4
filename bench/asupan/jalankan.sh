#!/usr/bin/env bash
# Intake benchmark: Open311 POST requests.json with KLIEN keep-alive clients (rate limits lifted), then, in
# the same run on the same PostgreSQL server, pgbench with as many clients inserting single rows, each its
# own durable (fsync, synchronous commit) transaction. Prints both rates, their ratio, the filing latency
# p50/p99 and the CPU the JVM and PostgreSQL spent per stored filing (from /proc, before/after).
# Usage (from the repository root, after ./mvnw -q -B package -DskipTests): bench/asupan/jalankan.sh [clients] [seconds]
# PEMANASAN=seconds of warm-up (default 60; the JIT is still compiling the intake path after 15 s at a few hundred
# filings/s, and its compiler threads' CPU counts in the JVM's CPU per filing: 60 s measures the steady state).
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/asupan/umum.sh
. bench/lib/umum.sh
bench_lib
klien=${1:-32}
detik=${2:-30}
data=$(mktemp -d /tmp/kc-asupan-XXXX)
mulai_server "$data" "$data/app.log"
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$data" "$bench_cp"' EXIT
pg=$(head -1 "$data/postgres/postmaster.pid")
kunci=$(kunci_open311)

echo "machine: $(uname -srm), $(nproc) cpu, $(awk '/MemTotal/{printf "%.0f GB", $2/1048576}' /proc/meminfo); $(date -u '+%F %H:%M UTC')"
echo "java: $(java -version 2>&1 | head -1); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$bench_cp" bench/asupan/BebanAsupan.java "http://127.0.0.1:$port" "$kunci" "$klien" "${PEMANASAN:-60}" 0 | sed 's/^/  /'
jvm0=$(cpu_proses $pid); pg0=$(cpu_postgres "$pg")
n0=$(psql -qtA -h 127.0.0.1 -p "$pgport" -U postgres -c 'select count(*) from pengaduan.pengaduan' postgres)
java -cp "$bench_cp" bench/asupan/BebanAsupan.java "http://127.0.0.1:$port" "$kunci" "$klien" 0 "$detik" | tee "$data/http.txt"
jvm1=$(cpu_proses $pid); pg1=$(cpu_postgres "$pg")
n1=$(psql -qtA -h 127.0.0.1 -p "$pgport" -U postgres -c 'select count(*) from pengaduan.pengaduan' postgres)
# the staff notifications of the last filings run after their commit: let them finish before pgbench
sleep 3
echo "reports stored during the run: $((n1 - n0)); CPU per filing: JVM $(awk -v a="$jvm0" -v b="$jvm1" -v n=$((n1 - n0)) 'BEGIN { printf "%.0f µs", (b - a) / n * 1e6 }'), PostgreSQL $(awk -v a="$pg0" -v b="$pg1" -v n=$((n1 - n0)) 'BEGIN { printf "%.0f µs", (b - a) / n * 1e6 }')"

psql -q -h 127.0.0.1 -p "$pgport" -U postgres -c 'create table bench_insert (id bigserial primary key, teks text not null, waktu timestamptz not null default now())' postgres
echo "insert into bench_insert (teks) values ('Jalan berlubang di depan rumah');" >"$data/insert.sql"
pgbench -n -M prepared -c "$klien" -j 2 -T "$detik" -f "$data/insert.sql" -h 127.0.0.1 -p "$pgport" -U postgres postgres >"$data/pgbench.txt" 2>&1
tps=$(grep -o 'tps = [0-9.]*' "$data/pgbench.txt" | head -1 | grep -o '[0-9.]*$')
echo "pgbench single-row durable INSERT, $klien clients: $tps/s ($(grep -o 'latency average = [0-9.]* ms' "$data/pgbench.txt"))"
rate=$(grep -o 'rate=[0-9.]*' "$data/http.txt" | grep -o '[0-9.]*$')
echo "ratio intake / pgbench = $(awk -v a="$rate" -v b="$tps" 'BEGIN { printf "%.3f", a / b }'); load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
