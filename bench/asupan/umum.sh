# Shared by the intake bench scripts: start the packaged application on its own data folder (a fresh
# embedded PostgreSQL with fsync and synchronous commit on), rate limits out of the way (one IP, one key),
# and issue an Open311 API key. Loopback only.
jar=${JAR:-$(ls target/kota-cerdas-*.jar 2>/dev/null | grep -v plain | head -1)}
[ -n "$jar" ] || { echo "build first: ./mvnw -q -B package -DskipTests" >&2; exit 1; }
port=${HTTP_PORT:-18350}
sandi=bench-admin-123

mulai_server() { # $1 data folder, $2 log file; sets $pid and $pgport
  KC_DATA_DIR=$1 KC_ADMIN_PASSWORD=$sandi java ${JAVA_OPTS:-} -jar "$jar" --server.port=$port \
    --kc.open311.post-per-menit-ip=100000000 --kc.open311.post-per-menit-kunci=100000000 \
    --logging.level.root=WARN --logging.level.id.kotacerdas.platform=INFO >"$2" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 $pid 2>/dev/null || { echo "server died, see $2" >&2; exit 1; }
    sleep 0.2
  done
  pgport=$(grep -o 'Embedded PostgreSQL listening on port [0-9]*' "$2" | tail -1 | grep -o '[0-9]*$')
}

kunci_open311() { # prints a new API key with the open311 scope
  curl -fs -u admin:$sandi -H 'Content-Type: application/json' -d '{"nama":"bench","scopes":["open311"]}' \
    "http://127.0.0.1:$port/api/admin/api-keys" | sed 's/.*"kunci":"\([^"]*\)".*/\1/'
}

# CPU seconds (user + system) a process has used, with its reaped children's, from /proc/<pid>/stat
cpu_proses() {
  awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); print ($12 + $13 + $14 + $15) / hz }' "/proc/$1/stat"
}

# CPU seconds of PostgreSQL: the postmaster (with the backends it reaped) and its live children
cpu_postgres() { # $1 postmaster pid
  local jumlah anak
  jumlah=$(cpu_proses "$1")
  for anak in $(pgrep -P "$1"); do
    jumlah=$(awk -v a="$jumlah" -v b="$(awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); print ($12 + $13) / hz }' "/proc/$anak/stat" 2>/dev/null || echo 0)" 'BEGIN { print a + b }')
  done
  echo "$jumlah"
}
