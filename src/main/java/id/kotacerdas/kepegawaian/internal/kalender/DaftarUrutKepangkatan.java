package id.kotacerdas.kepegawaian.internal.kalender;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;

import id.kotacerdas.kepegawaian.internal.KatalogReferensi;
import id.kotacerdas.kepegawaian.internal.Referensi;

/**
 * The seniority list (daftar urut kepangkatan, DUK) of the civil servants (PNS) of an agency or the
 * city, in the official order: higher rank first; in the same rank, the earlier TMT of the rank; then
 * the higher position (echelon I.a first, then lower echelons, then the positions without echelon:
 * functional before executor) and its earlier TMT; then the longer service (earlier TMT CPNS); then
 * the higher education; then the older. Training (<i>latihan jabatan</i>), the fifth criterion, is
 * not in the record and is skipped; the NIP settles a remaining tie so the order is stable.
 */
@Service
public class DaftarUrutKepangkatan {

	/** A line of the list. */
	public record Baris(int nomor, PegawaiRingkas pegawai) {
	}

	private final KalenderRepository repo;

	private final KatalogReferensi referensi;

	DaftarUrutKepangkatan(KalenderRepository repo, KatalogReferensi referensi) {
		this.repo = repo;
		this.referensi = referensi;
	}

	public List<Baris> daftar(Long opdId) {
		List<PegawaiRingkas> pns = repo.masihBekerja(opdId).stream().filter(PegawaiRingkas::pns).sorted(urutan()).toList();
		return java.util.stream.IntStream.range(0, pns.size()).mapToObj(i -> new Baris(i + 1, pns.get(i))).toList();
	}

	Comparator<PegawaiRingkas> urutan() {
		List<String> golongan = referensi.daftar(KatalogReferensi.GOLONGAN).stream().map(Referensi::kode).toList();
		List<String> eselon = referensi.daftar(KatalogReferensi.ESELON).stream().map(Referensi::kode).toList();
		List<String> pendidikan = referensi.daftar(KatalogReferensi.PENDIDIKAN).stream().map(Referensi::kode).toList();
		return urutan(golongan, eselon, pendidikan);
	}

	/** The order over reference lists given lowest rank, highest echelon and lowest education first. */
	static Comparator<PegawaiRingkas> urutan(List<String> golongan, List<String> eselon, List<String> pendidikan) {
		Comparator<LocalDate> awalDulu = Comparator.nullsLast(Comparator.naturalOrder());
		return Comparator.<PegawaiRingkas>comparingInt(p -> -golongan.indexOf(p.golongan()))
			.thenComparing(PegawaiRingkas::tmtGolongan, awalDulu)
			.thenComparingInt(p -> indeks(eselon, p.eselon()))
			.thenComparing(PegawaiRingkas::jenisJabatan, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(PegawaiRingkas::tmtJabatan, awalDulu)
			.thenComparing(PegawaiRingkas::tmtCpns, awalDulu)
			.thenComparingInt(p -> -pendidikan.indexOf(p.pendidikan()))
			.thenComparing(PegawaiRingkas::tanggalLahir, awalDulu)
			.thenComparing(PegawaiRingkas::nip);
	}

	/** Unknown codes last. */
	private static int indeks(List<String> daftar, String kode) {
		int i = daftar.indexOf(kode);
		return i < 0 ? Integer.MAX_VALUE : i;
	}
}
