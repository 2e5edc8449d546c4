package id.kotacerdas.pengaduan.internal;

import static id.kotacerdas.pengaduan.LayananPengaduan.PANJANG_TEKS_MAKS;
import static id.kotacerdas.pengaduan.StatusPengaduan.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

import id.kotacerdas.pengaduan.StatusPengaduan;
import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * The report aggregate. Every change goes through a method here that checks the lifecycle and
 * records what happened; the repository stores the state and the new history entries together.
 */
class Pengaduan {

	private static final Map<StatusPengaduan, Set<StatusPengaduan>> TRANSISI = Map.of(
			BARU, EnumSet.of(DIVERIFIKASI, DITOLAK, BUKAN_WEWENANG),
			DIVERIFIKASI, EnumSet.of(DIPROSES, DITOLAK, BUKAN_WEWENANG),
			DIPROSES, EnumSet.of(SELESAI, BUKAN_WEWENANG),
			DIBUKA_KEMBALI, EnumSet.of(DIPROSES, SELESAI),
			SELESAI, EnumSet.of(DITUTUP, DIBUKA_KEMBALI),
			BUKAN_WEWENANG, EnumSet.of(BARU, DITOLAK),
			DITOLAK, EnumSet.noneOf(StatusPengaduan.class),
			DITUTUP, EnumSet.noneOf(StatusPengaduan.class));

	/** The step a staff member most likely takes next; statuses without one wait for someone else. */
	private static final Map<StatusPengaduan, AksiStaf> LANGKAH_WAJAR = Map.of(BARU, AksiStaf.VERIFIKASI,
			DIVERIFIKASI, AksiStaf.PROSES, DIPROSES, AksiStaf.SELESAI, DIBUKA_KEMBALI, AksiStaf.PROSES);

	/** Who acted: a staff member, or null fields for the reporter or the system. */
	record Pelaku(Long stafId, String nama) {

		static final Pelaku WARGA = new Pelaku(null, null);

		static final Pelaku SISTEM = new Pelaku(null, "sistem");
	}

	enum JenisRiwayat {
		DITERIMA, STATUS, BALASAN, CATATAN_INTERNAL, INFORMASI_WARGA, DIRUTEKAN, PENILAIAN, DUKUNGAN, ESKALASI, ESKALASI_RESPONS, DIGABUNG
	}

	/** One history entry. Entries with {@code publik=false} are for staff only. */
	record Riwayat(JenisRiwayat jenis, StatusPengaduan dari, StatusPengaduan ke, String teks, boolean publik, Pelaku pelaku,
			Instant waktu) {
	}

	/** Immutable facts of the report as filed. */
	record Isi(String nomor, String kategoriKode, String deskripsi, String atributJson, Double lat, Double lon, String alamat,
			String kelurahanKode, String kecamatanKode, boolean anonim, boolean rahasia, String nama, String telepon,
			String email, String tokenHash, String saluran, Instant diterimaPada, Instant tenggatRespons,
			Instant tenggatSelesai, String asetJenis, String asetId) {

		/** Facts of a report about no particular city asset. */
		Isi(String nomor, String kategoriKode, String deskripsi, String atributJson, Double lat, Double lon, String alamat,
				String kelurahanKode, String kecamatanKode, boolean anonim, boolean rahasia, String nama, String telepon,
				String email, String tokenHash, String saluran, Instant diterimaPada, Instant tenggatRespons,
				Instant tenggatSelesai) {
			this(nomor, kategoriKode, deskripsi, atributJson, lat, lon, alamat, kelurahanKode, kecamatanKode, anonim, rahasia, nama,
					telepon, email, tokenHash, saluran, diterimaPada, tenggatRespons, tenggatSelesai, null, null);
		}
	}

	/** The changing part of the report. */
	static final class Keadaan {
		StatusPengaduan status;
		Long opdId;
		Long timId;
		Instant diperbaruiPada;
		Instant diresponsPada;
		Instant selesaiPada;
		Instant ditutupPada;
		boolean dikonfirmasi;
		int kaliDibukaKembali;
		Integer penilaian;
		boolean terlambat;
		int tingkatEskalasi;

		int eskalasiRespons;
		String duplikatDari;
		int jumlahDukungan;
		int versi;
	}

	private final Long id;

	private final Isi isi;

	private final Keadaan k;

	private final List<Riwayat> riwayatBaru = new ArrayList<>();

	Pengaduan(Long id, Isi isi, Keadaan keadaan) {
		this.id = id;
		this.isi = isi;
		this.k = keadaan;
	}

	static Pengaduan baru(Isi isi, Long opdId, Long timId) {
		Keadaan k = new Keadaan();
		k.status = BARU;
		k.opdId = opdId;
		k.timId = timId;
		k.diperbaruiPada = isi.diterimaPada();
		Pengaduan p = new Pengaduan(null, isi, k);
		p.riwayatBaru.add(new Riwayat(JenisRiwayat.DITERIMA, null, BARU, "", true, Pelaku.WARGA, isi.diterimaPada()));
		return p;
	}

	static boolean bolehPindah(StatusPengaduan dari, StatusPengaduan ke) {
		return TRANSISI.get(dari).contains(ke);
	}

	// --- staff ---

	/** The staff actions open in the current status, in a fixed order. */
	List<AksiStaf> aksiStaf() {
		return Arrays.stream(AksiStaf.values()).filter(a -> a.ke() == null || bolehPindah(k.status, a.ke())).toList();
	}

	/** What a page offers first: the natural next step, else an internal note, which changes nothing for the citizen. */
	AksiStaf aksiBawaan() {
		return LANGKAH_WAJAR.getOrDefault(k.status, AksiStaf.CATATAN);
	}

	/** Everything that stands in the way of the action now, in reading order; empty when it may go ahead. */
	List<PermintaanDitolakException> halangan(AksiStaf aksi, String teks, int jumlahFoto) {
		List<PermintaanDitolakException> h = new ArrayList<>();
		if (!aksiStaf().contains(aksi)) {
			h.add(new PermintaanDitolakException(HttpStatus.CONFLICT, "pengaduan.aksi-tidak-tersedia", nama(k.status)));
		}
		switch (aksi) {
			case SELESAI -> {
				if (kosong(teks)) {
					h.add(new PermintaanDitolakException("pengaduan.selesai-perlu-tanggapan"));
				}
				if (jumlahFoto < 1) {
					h.add(new PermintaanDitolakException("pengaduan.selesai-perlu-bukti"));
				}
			}
			case TOLAK, BUKAN_WEWENANG -> {
				if (kosong(teks)) {
					h.add(new PermintaanDitolakException("pengaduan.alasan-wajib"));
				}
			}
			case BALAS, CATATAN -> {
				if (kosong(teks)) {
					h.add(new PermintaanDitolakException("pengaduan.teks-wajib"));
				}
			}
			case VERIFIKASI, PROSES -> {
			}
		}
		if (teks != null && teks.length() > PANJANG_TEKS_MAKS) {
			h.add(new PermintaanDitolakException("pengaduan.teks-terlalu-panjang", PANJANG_TEKS_MAKS));
		}
		return h;
	}

	/** Carries out a staff action, or refuses it with every reason at once and changes nothing. */
	void tindak(AksiStaf aksi, Pelaku oleh, String teks, int jumlahFoto, Instant waktu) {
		switch (aksi) {
			case VERIFIKASI -> verifikasi(oleh, waktu);
			case PROSES -> proses(oleh, teks, waktu);
			case SELESAI -> selesaikan(oleh, teks, jumlahFoto, waktu);
			case TOLAK -> tolak(oleh, teks, waktu);
			case BUKAN_WEWENANG -> bukanWewenang(oleh, teks, waktu);
			case BALAS -> balas(oleh, teks, waktu);
			case CATATAN -> catatInternal(oleh, teks, waktu);
		}
	}

	/** Whether the dispatcher may hand the report to another agency now. */
	boolean bolehDirutekan() {
		return k.status.terbuka();
	}

	/** Whether the report may now be closed as a duplicate of another. */
	boolean bolehDigabung() {
		return bolehPindah(k.status, DITOLAK);
	}

	void verifikasi(Pelaku oleh, Instant waktu) {
		periksa(AksiStaf.VERIFIKASI, null, 0);
		pindah(DIVERIFIKASI, "", oleh, waktu);
	}

	void proses(Pelaku oleh, String teks, Instant waktu) {
		periksa(AksiStaf.PROSES, teks, 0);
		pindah(DIPROSES, teks, oleh, waktu);
	}

	/** Resolution needs an answer to the citizen and photo evidence, against fake "done" reports. */
	void selesaikan(Pelaku oleh, String tanggapan, int jumlahFotoBukti, Instant waktu) {
		periksa(AksiStaf.SELESAI, tanggapan, jumlahFotoBukti);
		pindah(SELESAI, tanggapan, oleh, waktu);
		k.selesaiPada = waktu;
	}

	void tolak(Pelaku oleh, String alasan, Instant waktu) {
		periksa(AksiStaf.TOLAK, alasan, 0);
		pindah(DITOLAK, alasan, oleh, waktu);
		k.ditutupPada = waktu;
	}

	/** The agency says it is not theirs; the report goes back to the Kominfo dispatcher. */
	void bukanWewenang(Pelaku oleh, String alasan, Instant waktu) {
		periksa(AksiStaf.BUKAN_WEWENANG, alasan, 0);
		pindah(BUKAN_WEWENANG, alasan, oleh, waktu);
	}

	/** The dispatcher assigns another agency/team; a report waiting as "bukan wewenang" starts again. */
	void rutekan(Pelaku oleh, Long opdId, Long timId, String keterangan, Instant waktu) {
		if (!k.status.terbuka()) {
			throw new PermintaanDitolakException("pengaduan.sudah-tertutup", isi.nomor());
		}
		k.opdId = opdId;
		k.timId = timId;
		catat(new Riwayat(JenisRiwayat.DIRUTEKAN, null, null, keterangan, false, oleh, waktu));
		if (k.status == BUKAN_WEWENANG) {
			pindah(BARU, "", oleh, waktu);
		}
	}

	/**
	 * A duplicate is closed as rejected, pointing to the report that stays. When that report is
	 * confidential its number stays with staff: the public history, notes and feeds only say that
	 * the report was a duplicate.
	 */
	void gabungKe(Pelaku oleh, String nomorInduk, boolean indukRahasia, Instant waktu) {
		if (nomorInduk.equals(isi.nomor())) {
			throw new PermintaanDitolakException("pengaduan.gabung-diri-sendiri");
		}
		if (!bolehPindah(k.status, DITOLAK)) {
			throw new PermintaanDitolakException(HttpStatus.CONFLICT, "pengaduan.transisi-tidak-sah", nama(k.status), nama(DITOLAK));
		}
		k.duplikatDari = nomorInduk;
		catat(new Riwayat(JenisRiwayat.DIGABUNG, null, null, nomorInduk, !indukRahasia, oleh, waktu));
		tolak(oleh, indukRahasia ? CATATAN_DUPLIKAT_RAHASIA : "duplikat " + nomorInduk, waktu);
	}

	/** The public note of a report merged into a confidential one (stored, like every note, as written). */
	static final String CATATAN_DUPLIKAT_RAHASIA = "duplikat dari laporan lain";

	void balas(Pelaku oleh, String teks, Instant waktu) {
		periksa(AksiStaf.BALAS, teks, 0);
		tandaiRespons(waktu);
		catat(new Riwayat(JenisRiwayat.BALASAN, null, null, teks, true, oleh, waktu));
	}

	void catatInternal(Pelaku oleh, String teks, Instant waktu) {
		periksa(AksiStaf.CATATAN, teks, 0);
		catat(new Riwayat(JenisRiwayat.CATATAN_INTERNAL, null, null, teks, false, oleh, waktu));
	}

	/** Overdue flag and escalation level; only ever raised. */
	boolean eskalasi(int tingkat, Instant waktu) {
		if (tingkat <= k.tingkatEskalasi) {
			return false;
		}
		k.terlambat = true;
		k.tingkatEskalasi = tingkat;
		catat(new Riwayat(JenisRiwayat.ESKALASI, null, null, String.valueOf(tingkat), false, Pelaku.SISTEM, waktu));
		return true;
	}

	/** Escalation of a missed first response; only ever raised, and moot once staff have responded. */
	boolean eskalasiRespons(int tingkat, Instant waktu) {
		if (k.diresponsPada != null || tingkat <= k.eskalasiRespons) {
			return false;
		}
		k.eskalasiRespons = tingkat;
		catat(new Riwayat(JenisRiwayat.ESKALASI_RESPONS, null, null, String.valueOf(tingkat), false, Pelaku.SISTEM, waktu));
		return true;
	}

	// --- reporter ---

	void tambahInformasi(String teks, Instant waktu) {
		wajibTeks(teks);
		if (!k.status.terbuka()) {
			throw new PermintaanDitolakException("pengaduan.sudah-tertutup", isi.nomor());
		}
		catat(new Riwayat(JenisRiwayat.INFORMASI_WARGA, null, null, teks, true, Pelaku.WARGA, waktu));
	}

	void konfirmasi(Instant waktu) {
		pindah(DITUTUP, "", Pelaku.WARGA, waktu);
		k.dikonfirmasi = true;
		k.ditutupPada = waktu;
	}

	/** Re-opening is possible within the window after resolution and goes back to the same team. */
	void bukaKembali(String alasan, Duration jendela, Instant waktu) {
		wajibAlasan(alasan);
		if (k.status == SELESAI && k.selesaiPada.plus(jendela).isBefore(waktu)) {
			throw new PermintaanDitolakException("pengaduan.jendela-lewat", jendela.toDays());
		}
		pindah(DIBUKA_KEMBALI, alasan, Pelaku.WARGA, waktu);
		k.kaliDibukaKembali++;
		k.selesaiPada = null;
	}

	void tutupOtomatis(Instant waktu) {
		pindah(DITUTUP, "", Pelaku.SISTEM, waktu);
		k.ditutupPada = waktu;
	}

	void nilai(int bintang, Instant waktu) {
		if (bintang < 1 || bintang > 5) {
			throw new PermintaanDitolakException("pengaduan.penilaian-tidak-sah");
		}
		if (k.status != SELESAI && k.status != DITUTUP) {
			throw new PermintaanDitolakException("pengaduan.penilaian-belum-selesai");
		}
		k.penilaian = bintang;
		catat(new Riwayat(JenisRiwayat.PENILAIAN, null, null, String.valueOf(bintang), false, Pelaku.WARGA, waktu));
	}

	void dukung(Instant waktu) {
		if (!k.status.terbuka()) {
			throw new PermintaanDitolakException("pengaduan.sudah-tertutup", isi.nomor());
		}
		k.jumlahDukungan++;
		catat(new Riwayat(JenisRiwayat.DUKUNGAN, null, null, "", false, Pelaku.WARGA, waktu));
	}

	// --- internals ---

	private void pindah(StatusPengaduan ke, String teks, Pelaku oleh, Instant waktu) {
		StatusPengaduan dari = k.status;
		if (!bolehPindah(dari, ke)) {
			throw new PermintaanDitolakException(HttpStatus.CONFLICT, "pengaduan.transisi-tidak-sah", nama(dari), nama(ke));
		}
		if (oleh.stafId() != null) {
			tandaiRespons(waktu);
		}
		k.status = ke;
		catat(new Riwayat(JenisRiwayat.STATUS, dari, ke, teks == null ? "" : teks.strip(), true, oleh, waktu));
	}

	/** The staff actions' one set of rules: refuses with every reason at once. */
	private void periksa(AksiStaf aksi, String teks, int jumlahFoto) {
		TindakanDitolakException.jikaAda(halangan(aksi, teks, jumlahFoto));
	}

	/** A status as a message argument, so a refusal names it in the reader's words, not as a constant. */
	private static MessageSourceResolvable nama(StatusPengaduan status) {
		return new DefaultMessageSourceResolvable(status.kodePesan());
	}

	private void tandaiRespons(Instant waktu) {
		if (k.diresponsPada == null) {
			k.diresponsPada = waktu;
		}
	}

	private void catat(Riwayat r) {
		riwayatBaru.add(r);
		k.diperbaruiPada = r.waktu();
	}

	private static boolean kosong(String teks) {
		return teks == null || teks.isBlank();
	}

	private static void wajibAlasan(String alasan) {
		if (kosong(alasan)) {
			throw new PermintaanDitolakException("pengaduan.alasan-wajib");
		}
		wajibTeks(alasan);
	}

	private static void wajibTeks(String teks) {
		if (kosong(teks)) {
			throw new PermintaanDitolakException("pengaduan.teks-wajib");
		}
		if (teks.length() > PANJANG_TEKS_MAKS) {
			throw new PermintaanDitolakException("pengaduan.teks-terlalu-panjang", PANJANG_TEKS_MAKS);
		}
	}

	Long id() {
		return id;
	}

	Isi isi() {
		return isi;
	}

	Keadaan keadaan() {
		return k;
	}

	StatusPengaduan status() {
		return k.status;
	}

	String nomor() {
		return isi.nomor();
	}

	Long opdId() {
		return k.opdId;
	}

	Long timId() {
		return k.timId;
	}

	List<Riwayat> riwayatBaru() {
		return List.copyOf(riwayatBaru);
	}

	void riwayatTersimpan() {
		riwayatBaru.clear();
	}
}
