-- wrk script: OsmAnd GET positions from simulated devices bench-001..bench-NNN over keep-alive.
-- Devices are split between wrk threads; each thread cycles through its own devices, so one
-- device's timestamps only ever increase; they start HOURS_BACK hours ago (default 6).
-- Usage: wrk -t2 -c100 -d30s --latency -s posisi.lua URL -- 50 [HOURS_BACK]
local nomor = 0
function setup(thread)
  thread:set("tid", nomor)
  nomor = nomor + 1
end

function init(args)
  perUtas = tonumber(args[1] or "50")
  awal = (os.time() - tonumber(args[2] or "6") * 3600) * 1000
  hitung = 0
end

function request()
  hitung = hitung + 1
  local d = tid * perUtas + (hitung % perUtas) + 1
  local lat = -10.17 - (hitung % 20000) * 0.00001
  return wrk.format("GET", string.format(
    "/?id=bench-%03d&timestamp=%d&lat=%.5f&lon=123.60&speed=21.6&bearing=180&batt=80",
    d, awal + hitung * 10, lat))
end

function done(summary, latency, requests)
  local non200 = summary.errors.status
  io.write(string.format("requests=%d non2xx=%d socket_errors=%d rate=%.0f/s p50=%.2fms p99=%.2fms\n",
    summary.requests, non200, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    (summary.requests - non200) / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
