package id.kotacerdas.umkm.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import id.kotacerdas.qris.KriteriaMerchant;
import id.kotacerdas.platform.DataCsv;

/**
 * The size of a business by the thresholds in {@code referensi/umkm/ukuran-usaha.csv} (data, not code: a new
 * regulation changes the file). Every bound is inclusive ("sampai dengan paling banyak"); the class with no bound
 * takes everything above.
 * <p>
 * PP 7/2021 Pasal 35 has two criteria: capital (excluding land and buildings) is for founding or registering a
 * business (ayat 2), annual sales for the facilitation, protection and empowerment of a running one (ayat 4). The
 * registry serves the latter, so where both are known and disagree <b>annual sales decide</b>; capital decides only
 * when no sales figure is given (a new business). Both classes are shown. QRIS's merchant criterion follows Bank
 * Indonesia's own thresholds on annual sales, which differ from PP 7/2021.
 */
@Component
class UkuranUsaha {

	private final List<Ambang<KelasUsaha>> modal = new ArrayList<>();

	private final List<Ambang<KelasUsaha>> penjualan = new ArrayList<>();

	private final List<Ambang<KriteriaMerchant>> qris = new ArrayList<>();

	/** One class up to an inclusive bound; {@code palingBanyak} null: no bound. */
	record Ambang<K>(K kelas, Long palingBanyak, String dasar) {
	}

	UkuranUsaha() {
		this(new ClassPathResource("referensi/umkm/ukuran-usaha.csv"));
	}

	UkuranUsaha(Resource csv) {
		for (CSVRecord r : DataCsv.baca(csv)) {
			String batas = r.get("paling_banyak").strip();
			Long palingBanyak = batas.isEmpty() ? null : Long.valueOf(batas);
			switch (r.get("kriteria")) {
				case "modal" -> modal.add(new Ambang<>(KelasUsaha.valueOf(r.get("kelas")), palingBanyak, r.get("dasar")));
				case "penjualan" -> penjualan.add(new Ambang<>(KelasUsaha.valueOf(r.get("kelas")), palingBanyak, r.get("dasar")));
				case "qris" -> qris.add(new Ambang<>(KriteriaMerchant.valueOf(r.get("kelas")), palingBanyak, r.get("dasar")));
				default -> throw new IllegalStateException("unknown criterion in " + csv + ": " + r.get("kriteria"));
			}
		}
		urut(modal);
		urut(penjualan);
		urut(qris);
	}

	private static <K> void urut(List<Ambang<K>> daftar) {
		daftar.sort((a, b) -> a.palingBanyak() == null ? 1 : b.palingBanyak() == null ? -1 : Long.compare(a.palingBanyak(), b.palingBanyak()));
		if (daftar.isEmpty() || daftar.get(daftar.size() - 1).palingBanyak() != null) {
			throw new IllegalStateException("every criterion needs a class without an upper bound");
		}
	}

	private static <K> K kelas(List<Ambang<K>> daftar, long rupiah) {
		if (rupiah < 0) {
			throw new IllegalArgumentException("negative amount");
		}
		return daftar.stream().filter(a -> a.palingBanyak() == null || rupiah <= a.palingBanyak()).findFirst().orElseThrow().kelas();
	}

	KelasUsaha menurutModal(long rupiah) {
		return kelas(modal, rupiah);
	}

	KelasUsaha menurutPenjualan(long rupiah) {
		return kelas(penjualan, rupiah);
	}

	/** The class the registry records: by annual sales where known, else by capital; null when neither is given. */
	KelasUsaha kelas(Long modalRupiah, Long penjualanRupiah) {
		if (penjualanRupiah != null) {
			return menurutPenjualan(penjualanRupiah);
		}
		return modalRupiah == null ? null : menurutModal(modalRupiah);
	}

	/** Bank Indonesia's QRIS merchant criterion from annual sales; null when sales are not known. */
	KriteriaMerchant kriteriaQris(Long penjualanRupiah) {
		return penjualanRupiah == null ? null : kelas(qris, penjualanRupiah);
	}
}
