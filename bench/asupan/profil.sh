#!/usr/bin/env bash
# Where a filing's CPU goes: the intake load of jalankan.sh under JDK Flight Recorder, with PostgreSQL's
# pg_stat_statements. Prints CPU per filing by JVM thread (from /proc), SQL statements per filing, and the JFR
# execution samples by phase (bench/asupan/profil.py). Rates are lower than jalankan.sh's (the recorder and the
# statement statistics cost CPU); the shares and the counts are what this is for.
# Usage (from the repository root, after ./mvnw -q -B package -DskipTests): bench/asupan/profil.sh [clients] [seconds]
# PEMANASAN=seconds of warm-up before the recording (default 60). Keeps the recording in $PROFIL_KELUAR (/tmp).
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/asupan/umum.sh
. bench/lib/umum.sh
bench_lib
klien=${1:-32}
detik=${2:-20}
keluar=${PROFIL_KELUAR:-/tmp}
data=$(mktemp -d /tmp/kc-asupan-profil-XXXX)
export JAVA_OPTS="${JAVA_OPTS:-} -XX:FlightRecorderOptions:stackdepth=1024"   # 64 frames cut the filter chain's stacks
mulai_server "$data" "$data/app-0.log"
# pg_stat_statements must be preloaded: set it, then start again on the same folder
psql -qtA -h 127.0.0.1 -p "$pgport" -U postgres -c "alter system set shared_preload_libraries = 'pg_stat_statements'" postgres
kill -TERM $pid; wait $pid || true
mulai_server "$data" "$data/app.log"
trap 'kill ${pid:-} 2>/dev/null || true; wait ${pid:-} 2>/dev/null || true; rm -rf "$data" "$bench_cp"' EXIT
sql() { psql -qtA -h 127.0.0.1 -p "$pgport" -U postgres -c "$1" postgres; }
sql 'create extension if not exists pg_stat_statements' >/dev/null
kunci=$(kunci_open311)
utas() { # tid name cpu-ticks of every thread of $1
  for t in /proc/$1/task/*; do
    s=$(cat "$t/stat" 2>/dev/null) || continue
    set -- ${s##*) }
    echo "${t##*/} $(tr ' ' _ <"$t/comm") $(( ${12} + ${13} ))"
  done
}
java -cp "$bench_cp" bench/asupan/BebanAsupan.java "http://127.0.0.1:$port" "$kunci" "$klien" "${PEMANASAN:-60}" 0
sleep 2
sql 'select pg_stat_statements_reset()' >/dev/null
n0=$(sql 'select count(*) from pengaduan.pengaduan')
jcmd $pid JFR.start name=asupan settings=profile filename="$data/asupan.jfr" >/dev/null
utas $pid >"$data/utas0"
java -cp "$bench_cp" bench/asupan/BebanAsupan.java "http://127.0.0.1:$port" "$kunci" "$klien" 0 "$detik"
utas $pid >"$data/utas1"
jcmd $pid JFR.stop name=asupan >/dev/null
sleep 3
n=$(( $(sql 'select count(*) from pengaduan.pengaduan') - n0 ))
echo "== JVM CPU per filing by thread ($n filings)"
python3 - "$data/utas0" "$data/utas1" "$n" "$(getconf CLK_TCK)" <<'PY'
import collections, re, sys
baca = lambda f: {l.split()[0]: (l.split()[1], int(l.split()[2])) for l in open(f)}
a, b, n, hz = baca(sys.argv[1]), baca(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
c = collections.Counter()
for tid, (nama, v) in b.items():
    c[re.sub(r'\d+', 'N', nama)] += v - a.get(tid, (nama, 0))[1]
total = sum(c.values())
print(f'total {total * 1e6 / hz / n:.0f} µs per filing')
for k, v in c.most_common(8):
    print(f'{v * 100 / total:5.1f} % {v * 1e6 / hz / n:7.0f} µs  {k}')
PY
echo "== SQL statements per filing (pg_stat_statements; scheduled jobs of other modules show up too)"
sql "select round(calls::numeric / $n, 3) || '  ' || left(regexp_replace(query, '\s+', ' ', 'g'), 110) from pg_stat_statements
  where query not like '%pg_stat_statements%' order by calls desc limit 15"
echo "== JFR execution samples by phase"
python3 bench/asupan/profil.py "$data/asupan.jfr"
cp "$data/asupan.jfr" "$keluar/asupan-profil.jfr"
echo "recording kept in $keluar/asupan-profil.jfr"
