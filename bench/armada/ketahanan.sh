#!/usr/bin/env bash
# Durability under kill -9 (bench/lib/ketahanan.sh): 100 simulated trackers load the OsmAnd port; mid-load the
# JVM AND its PostgreSQL are killed with SIGKILL; the application is started again on the same data folder and
# every position that had been answered 200 must be in the database.
# Usage (from the repository root, after ./mvnw -q -B package -DskipTests): bench/armada/ketahanan.sh [seconds-before-kill]
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/armada/umum.sh
. bench/lib/umum.sh
. bench/lib/ketahanan.sh
data=$(mktemp -d /tmp/kc-ketahanan-XXXX)
trap 'kill ${pid:-} 2>/dev/null || true; wait ${pid:-} 2>/dev/null || true; rm -rf "$data"' EXIT

siapkan() { daftarkan_kendaraan 100; }

beban() { # $1 ack file, $2 seconds
  java bench/armada/BebanPosisi.java "$osmand_port" 100 "$2" bench- "$1"
}

periksa() { # $1 ack file: every acknowledged fix in its vehicle's history
  python3 - "$1" "$http_port" "$sandi" <<'PY'
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
}

uji_ketahanan "${1:-10}" "$data"
