package id.kotacerdas.qris.internal;

import java.util.List;

import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.qris.HasilPeriksaQris;

/**
 * Writes payloads: a static code from a merchant's acquirer data, a dynamic one with an amount,
 * and a static code turned dynamic for a counter (the way Indonesian libraries do it: 01 becomes
 * 12, 54 follows 53, everything else kept, CRC recomputed).
 */
final class PembuatQris {

	private PembuatQris() {
	}

	/** The acquirer's merchant account template: the first of the domestic range 26–45. */
	static final String TAG_AKUN = "26";

	static String statis(DataMerchant d) {
		return tulis(d, null, null);
	}

	/**
	 * @param nominal whole rupiah, more than 0
	 * @param nomorTagihan bill number for template 62 sub-object 01, or null
	 */
	static String dinamis(DataMerchant d, long nominal, String nomorTagihan) {
		return tulis(d, nominal, nomorTagihan);
	}

	private static String tulis(DataMerchant d, Long nominal, String nomorTagihan) {
		StringBuilder s = new StringBuilder();
		s.append(ObjekData.tulis("00", "01"));
		s.append(ObjekData.tulis("01", nominal == null ? PemeriksaQris.STATIS : PemeriksaQris.DINAMIS));
		StringBuilder akun = new StringBuilder(ObjekData.tulis("00", d.gui()));
		tambahBila(akun, "01", d.pan());
		tambahBila(akun, "02", d.idMerchant());
		akun.append(ObjekData.tulis("03", d.kriteria().name()));
		s.append(ObjekData.tulis(TAG_AKUN, akun.toString()));
		s.append(ObjekData.tulis("51", ObjekData.tulis("00", PemeriksaQris.GUI_QRIS) + ObjekData.tulis("02", d.nmid())
				+ ObjekData.tulis("03", d.kriteria().name())));
		s.append(ObjekData.tulis("52", d.mcc()));
		s.append(ObjekData.tulis("53", PemeriksaQris.RUPIAH));
		if (nominal != null) {
			s.append(ObjekData.tulis("54", Long.toString(periksaNominal(nominal))));
		}
		s.append(ObjekData.tulis("58", PemeriksaQris.INDONESIA));
		s.append(ObjekData.tulis("59", d.nama()));
		s.append(ObjekData.tulis("60", d.kota()));
		tambahBila(s, "61", d.kodePos());
		StringBuilder tambahan = new StringBuilder();
		tambahBila(tambahan, "01", nomorTagihan);
		tambahBila(tambahan, "07", d.labelTerminal());
		if (!tambahan.isEmpty()) {
			s.append(ObjekData.tulis("62", tambahan.toString()));
		}
		return denganCrc(s.toString());
	}

	private static void tambahBila(StringBuilder s, String tag, String nilai) {
		if (nilai != null && !nilai.isEmpty()) {
			s.append(ObjekData.tulis(tag, nilai));
		}
	}

	static String denganCrc(String tanpaCrc) {
		String sampai6304 = tanpaCrc + "6304";
		return sampai6304 + Crc16.untuk(sampai6304);
	}

	private static long periksaNominal(long nominal) {
		if (nominal <= 0 || Long.toString(nominal).length() > PemeriksaQris.PANJANG_NOMINAL) {
			throw new PermintaanDitolakException("qris.dinamis.nominal-salah");
		}
		return nominal;
	}

	/**
	 * A correct static QRIS turned into a one-time code for the amount. Refused (400) when the code
	 * is not a correct static QRIS.
	 */
	static String jadikanDinamis(String payloadStatis, long nominal) {
		HasilPeriksaQris hasil = PemeriksaQris.periksa(payloadStatis);
		if (!hasil.sah() || !Boolean.FALSE.equals(hasil.dinamis())) {
			throw new PermintaanDitolakException("qris.dinamis.bukan-statis");
		}
		String jumlah = Long.toString(periksaNominal(nominal));
		List<ObjekData> objek = ObjekData.urai(hasil.payload(), 0, null, new java.util.ArrayList<>());
		StringBuilder s = new StringBuilder();
		for (ObjekData o : objek) {
			switch (o.tag()) {
				case "63" -> {
					// recomputed below
				}
				case "01" -> s.append(ObjekData.tulis("01", PemeriksaQris.DINAMIS));
				case "53" -> s.append(ObjekData.tulis("53", o.nilai())).append(ObjekData.tulis("54", jumlah));
				default -> s.append(ObjekData.tulis(o.tag(), o.nilai()));
			}
		}
		return denganCrc(s.toString());
	}
}
