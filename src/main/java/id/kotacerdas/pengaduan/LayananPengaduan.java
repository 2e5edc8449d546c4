package id.kotacerdas.pengaduan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import id.kotacerdas.platform.Halaman;

/**
 * The module's API for other modules (the Open311 server in particular). Every method returns
 * only public data: no reporter's identity, no internal notes, no confidential (rahasia) report.
 */
public interface LayananPengaduan {

	/**
	 * The longest text a report takes, in characters: its description, a citizen's comment, a staff
	 * reply, note or reason. The columns holding them are {@code varchar(4000)}; a test keeps this
	 * within them. Forms, checks and messages all read it from here.
	 */
	int PANJANG_TEKS_MAKS = 4000;

	/** Active categories with their extra questions, in display order. */
	List<Kategori> kategori();

	Optional<Kategori> kategori(String kode);

	/**
	 * As {@link #kategori(String)}, from this instance's copy in memory, for a channel about to file a report of
	 * it (no round trip): another instance's edit reaches the copy within milliseconds, and the filing itself
	 * checks the category again when it is written.
	 */
	Optional<Kategori> kategoriUntukPengajuan(String kode);

	/**
	 * Checks one answer to a category's extra question by the rules the filing applies (a chat asks
	 * the questions one at a time): a refusal is {@link id.kotacerdas.platform.PermintaanDitolakException}
	 * with the same words; an empty answer is refused only for a required question.
	 */
	void periksaJawaban(String kategoriKode, String pertanyaanKode, List<String> jawaban);

	/**
	 * Files a report exactly as the web form does (routing, SLA, notifications). Invalid input is
	 * refused with {@link id.kotacerdas.platform.PermintaanDitolakException} and nothing is stored.
	 */
	default TandaTerima ajukan(LaporanBaru laporan) {
		return ajukan(laporan, null, tanda -> {
		});
	}

	/**
	 * As {@link #ajukan(LaporanBaru)}, idempotent and with the caller's own rows. A repeated filing
	 * with the same {@code kunciIdempotensi} (16–200 visible ASCII characters, e.g. a UUID; scoped
	 * to the channel; null for none) stores nothing and returns the first filing's receipt, so a
	 * client whose answer was lost can retry safely. {@code bersamaLaporan} runs inside the
	 * filing's transaction, after the report is stored, and only for a new report: what it writes
	 * commits or rolls back with the report.
	 */
	TandaTerima ajukan(LaporanBaru laporan, String kunciIdempotensi, Consumer<TandaTerima> bersamaLaporan);

	/** The public view of a report by its tracking number; empty when unknown or confidential. */
	Optional<PengaduanPublik> publik(String nomor);

	/** A page of public reports, newest first. */
	Halaman<PengaduanPublik> cari(SaringanPengaduan saringan);

	/** Public changes (status, staff replies) after {@code setelah}, oldest first, at most {@code batas}. */
	List<PembaruanPublik> pembaruanSetelah(Instant setelah, int batas);

	/**
	 * The complaints about one city asset, newest first, at most {@code batas}: numbers, categories,
	 * statuses and dates only (confidential reports are left out, as everywhere in this API).
	 */
	List<PengaduanAset> pengaduanAset(String asetJenis, String asetId, int batas);

	/**
	 * Complaints filed within {@code meter} of a point in [{@code dari}, {@code sampai}) (an event's venue and dates),
	 * per category; refused reports are not counted, confidential ones only counted (see {@link PengaduanSekitar}).
	 */
	PengaduanSekitar pengaduanSekitar(double lat, double lon, double meter, Instant dari, Instant sampai);

	/** Adds a citizen's comment to a public report, as the follow-up page does. */
	void tambahInformasi(String nomor, String teks);

	// --- the reporter, from the phone the report was filed from (the chat channels) ---
	// Each answers "not found" alike for an unknown number and for a report filed from another
	// contact, so a stranger learns nothing. The rules are those of the private follow-up page.

	/** The reporter's view of their report; empty when unknown or filed from another contact. */
	Optional<LaporanPelapor> milikPelapor(String nomor, KontakPelapor pelapor);

	/** The reporter adds information to their open report (staff are told). */
	void tambahInformasi(String nomor, KontakPelapor pelapor, String teks);

	/** The reporter confirms their resolved report is solved: it is closed. */
	void konfirmasiSelesai(String nomor, KontakPelapor pelapor);

	/** The reporter re-opens their resolved report, with a reason, within the confirmation window. */
	void bukaKembali(String nomor, KontakPelapor pelapor, String alasan);

	/** The reporter rates the handling of their resolved or closed report, 1–5. */
	void nilai(String nomor, KontakPelapor pelapor, int bintang);
}
