#!/usr/bin/env bash
# Durability under kill -9: 100 simulated trackers load the OsmAnd port; mid-load the JVM AND its
# PostgreSQL are killed with SIGKILL (no shutdown of any kind); the application is started again
# on the same data folder and every position that had been answered 200 must be in the database.
# Usage (from the repository root, after ./mvnw -q -B package -DskipTests): bench/armada/ketahanan.sh [seconds-before-kill]
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/armada/umum.sh
sebelum_bunuh=${1:-10}
data=$(mktemp -d /tmp/kc-ketahanan-XXXX)
ack=$data/ack.txt

mulai_server "$data" "$data/app-1.log"
daftarkan_kendaraan 100
java bench/armada/BebanPosisi.java "$osmand_port" 100 $((sebelum_bunuh + 30)) bench- "$ack" >"$data/beban.txt" &
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
python3 - "$ack" "$http_port" "$sandi" <<'PY' || status=$?
import collections, datetime, json, sys, urllib.request, base64
ack, port, sandi = sys.argv[1], sys.argv[2], sys.argv[3]
dikirim = collections.defaultdict(set)
for baris in open(ack):
    tracker, ts = baris.split()
    dikirim[tracker].add(int(ts))
auth = 'Basic ' + base64.b64encode(f'admin:{sandi}'.encode()).decode()
def get(url):
    return json.load(urllib.request.urlopen(urllib.request.Request(url, headers={'Authorization': auth})))
ids = {k['trackerId']: k['id'] for k in get(f'http://127.0.0.1:{port}/api/armada/kendaraan')}
def iso(ms):
    return datetime.datetime.fromtimestamp(ms / 1000, datetime.timezone.utc).isoformat().replace('+00:00', 'Z')
hilang = total = 0
for tracker, waktu in dikirim.items():
    r = get(f'http://127.0.0.1:{port}/api/armada/kendaraan/{ids[tracker]}/posisi?dari={iso(min(waktu))}&sampai={iso(max(waktu))}')
    ada = {int(datetime.datetime.fromisoformat(p['waktu']).timestamp() * 1000 + 0.5) for p in r['posisi']}
    total += len(waktu)
    hilang += len(waktu - ada)
print(f'acknowledged with 200: {total}, missing after restart: {hilang}')
sys.exit(1 if hilang or total == 0 else 0)
PY
kill -TERM $pid; wait $pid || true
rm -rf "$data"
exit $status
