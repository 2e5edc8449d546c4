package id.kotacerdas.qris;

import java.util.List;

/**
 * What {@link Qris#periksa} found: the fields read (null when absent or unreadable) and every
 * problem at once.
 *
 * @param nmid the National Merchant ID (template 51, sub-object 02)
 * @param kriteria the criterion of template 51 (or of the first acquirer template), null when missing or unknown
 * @param dinamis true for a one-time code with its amount (point of initiation 12), false for a static one (11), null when absent
 * @param nominal the amount in whole rupiah (object 54), null when absent or not whole rupiah
 * @param akun the merchant account templates 26–51 in payload order
 */
public record HasilPeriksaQris(String payload, String nmid, String namaMerchant, KriteriaMerchant kriteria, String mcc, String kota,
		String kodePos, Boolean dinamis, Long nominal, String mataUang, String negara, List<AkunMerchant> akun, List<AlasanQris> alasan) {

	public HasilPeriksaQris {
		akun = List.copyOf(akun);
		alasan = List.copyOf(alasan);
	}

	/** A correct QRIS: readable, correct CRC, and within Bank Indonesia's profile. Notes do not count. */
	public boolean sah() {
		return alasan.stream().noneMatch(a -> a.jenis() != AlasanQris.Jenis.CATATAN);
	}

	/** A readable EMV merchant-presented code (perhaps not a QRIS). */
	public boolean strukturSah() {
		return alasan.stream().noneMatch(a -> a.jenis() == AlasanQris.Jenis.RUSAK);
	}

	/** The problems that make the code wrong, most serious first. */
	public List<AlasanQris> galat() {
		return alasan.stream().filter(a -> a.jenis() != AlasanQris.Jenis.CATATAN)
				.sorted(java.util.Comparator.comparing(AlasanQris::jenis)).toList();
	}

	/** What is worth knowing about a correct code. */
	public List<AlasanQris> catatan() {
		return alasan.stream().filter(a -> a.jenis() == AlasanQris.Jenis.CATATAN).toList();
	}
}
