package id.kotacerdas.armada.bbm;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

import id.kotacerdas.armada.kendaraan.JenisBbm;

/** A recorded fuel purchase. */
record PembelianBbm(long id, long kendaraanId, Instant waktu, String pengemudi, String spbu, Double spbuLat, Double spbuLon,
		JenisBbm jenisBbm, BigDecimal liter, long hargaPerLiter, long totalRupiah, Integer odometerKm, String nomorStruk,
		String metodePembayaran, Double lat, Double lon, BigDecimal jarakGpsKm, BigDecimal literDiizinkan, String penimpaanAlasan,
		String penimpaanOleh, Set<Anomali> anomali, String dicatatOleh) {
}
