# Durability under kill -9, shared by bench/armada/ketahanan.sh and bench/asupan/ketahanan.sh (sourced from the
# repository root). The caller defines, then calls uji_ketahanan SECONDS DATA_FOLDER:
#   mulai_server DATA LOG   starts the packaged application on DATA (sets $pid)
#   siapkan                 after the first start: what the load needs (vehicles, an API key, ...)
#   beban ACK SECONDS       the load, in the background of this shell: every acknowledged item is appended to
#                           ACK at once (flushed, so it survives the kill); it runs longer than the kill delay
#   periksa ACK             after the restart: prints "acknowledged …, missing …" and fails if anything
#                           acknowledged is missing (or nothing was acknowledged)
# Mid-load the JVM AND its PostgreSQL are killed with SIGKILL (no shutdown of any kind); the application is
# started again on the same folder (PostgreSQL recovers from its WAL) and every acknowledged item must be stored.
uji_ketahanan() { # $1 seconds of load before the kill, $2 data folder
  local sebelum_bunuh=$1 data=$2 ack=$2/ack.txt beban_pid pg status=0
  mulai_server "$data" "$data/app-1.log"
  siapkan
  beban "$ack" $((sebelum_bunuh + 30)) >"$data/beban.txt" 2>&1 &
  beban_pid=$!
  sleep "$sebelum_bunuh"
  pg=$(head -1 "$data/postgres/postmaster.pid")
  echo "acknowledged before the kill (so far): $(cat "$ack" 2>/dev/null | wc -l)"
  kill -9 "$pid"
  kill -9 "$pg"
  echo "killed JVM $pid and PostgreSQL $pg with SIGKILL after ${sebelum_bunuh}s of load"
  wait "$beban_pid" || true
  cat "$data/beban.txt"
  sleep 2
  mulai_server "$data" "$data/app-2.log"
  periksa "$ack" || status=$?
  kill -TERM "$pid"; wait "$pid" || true
  return $status
}
