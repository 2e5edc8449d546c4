package id.kotacerdas.armada.pelacakan;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import id.kotacerdas.platform.JarakBumi;

/**
 * Splits a vehicle's fixes (in time order) into stops and trips. A stop is a stay within
 * {@link #RADIUS_BERHENTI_M} of where it began lasting at least {@link #LAMA_BERHENTI_MIN}; the
 * movement between two stops is a trip, its distance counted with the same jitter filter as the
 * GPS odometer. Pure.
 */
final class PemisahPerjalanan {

	static final double RADIUS_BERHENTI_M = 50;

	static final Duration LAMA_BERHENTI_MIN = Duration.ofMinutes(5);

	enum Jenis {
		BERHENTI, BERJALAN
	}

	/** @param lat where the stop was (for a trip: where it ended) */
	record Segmen(Jenis jenis, Instant mulai, Instant selesai, double lat, double lon, double jarakKm) {

		public long menit() {
			return Duration.between(mulai, selesai).toMinutes();
		}
	}

	private PemisahPerjalanan() {
	}

	static List<Segmen> pisahkan(List<Posisi> posisi) {
		List<Posisi> layak = posisi.stream().filter(Posisi::valid).toList();
		double[] kumulatif = new double[layak.size()];
		PelacakJarak jejak = new PelacakJarak(Instant.MIN, null, null, null, 0, 0);
		for (int i = 0; i < layak.size(); i++) {
			Posisi p = layak.get(i);
			jejak = jejak.terima(p.waktu(), p.lat(), p.lon(), true, p.akurasi()).sesudah();
			kumulatif[i] = jejak.jarakM();
		}
		// stops as index ranges [awal, akhir]
		List<int[]> berhenti = new ArrayList<>();
		int awal = 0;
		for (int i = 1; i <= layak.size(); i++) {
			boolean keluar = i == layak.size() || JarakBumi.meter(layak.get(awal).lat(), layak.get(awal).lon(), layak.get(i).lat(),
					layak.get(i).lon()) > RADIUS_BERHENTI_M;
			if (keluar) {
				if (Duration.between(layak.get(awal).waktu(), layak.get(i - 1).waktu()).compareTo(LAMA_BERHENTI_MIN) >= 0) {
					berhenti.add(new int[] { awal, i - 1 });
				}
				awal = i;
			}
		}
		List<Segmen> hasil = new ArrayList<>();
		int sebelumnya = 0;
		for (int[] b : berhenti) {
			tambahPerjalanan(hasil, layak, kumulatif, sebelumnya, b[0]);
			Posisi p = layak.get(b[0]);
			hasil.add(new Segmen(Jenis.BERHENTI, p.waktu(), layak.get(b[1]).waktu(), p.lat(), p.lon(), 0));
			sebelumnya = b[1];
		}
		if (!layak.isEmpty()) {
			tambahPerjalanan(hasil, layak, kumulatif, sebelumnya, layak.size() - 1);
		}
		return hasil;
	}

	private static void tambahPerjalanan(List<Segmen> hasil, List<Posisi> layak, double[] kumulatif, int dari, int sampai) {
		double meter = kumulatif[sampai] - kumulatif[dari];
		if (sampai > dari && meter > 0) {
			Posisi akhir = layak.get(sampai);
			hasil.add(new Segmen(Jenis.BERJALAN, layak.get(dari).waktu(), akhir.waktu(), akhir.lat(), akhir.lon(),
					Math.round(meter / 100) / 10.0));
		}
	}
}
