# Shared by the armada bench scripts: start the packaged application on its own data folder and
# register the simulated vehicles through the REST API. Loopback only.
jar=${JAR:-$(ls target/kota-cerdas-*.jar 2>/dev/null | grep -v plain | head -1)}
[ -n "$jar" ] || { echo "build first: ./mvnw -q -B package -DskipTests" >&2; exit 1; }
http_port=${HTTP_PORT:-18090}
osmand_port=${OSMAND_PORT:-15055}
sandi=bench-admin-123

mulai_server() { # $1 data folder, $2 log file; sets $pid
  KC_DATA_DIR=$1 KC_ADMIN_PASSWORD=$sandi java ${JAVA_OPTS:-} -jar "$jar" --server.port=$http_port \
    --kc.armada.osmand-port=$osmand_port >"$2" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$http_port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 $pid 2>/dev/null || { echo "server died, see $2" >&2; exit 1; }
    sleep 0.2
  done
}

daftarkan_kendaraan() { # $1 count; trackers bench-001..; agency = the first one
  local opd
  opd=$(curl -fs -u admin:$sandi "http://127.0.0.1:$http_port/api/opd" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
  for i in $(seq 1 "$1"); do
    curl -fs -o /dev/null -u admin:$sandi -H 'Content-Type: application/json' "http://127.0.0.1:$http_port/api/armada/kendaraan" \
      -d "{\"nomorPolisi\":\"DH $i BN\",\"trackerId\":\"bench-$(printf %03d "$i")\",\"opdId\":$opd,\"jenisBbm\":\"PERTALITE\",\"kapasitasTangki\":45,\"normaKmPerLiter\":10}"
  done
}
