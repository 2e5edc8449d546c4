package id.kotacerdas.permohonan.internal;

import static id.kotacerdas.permohonan.StatusPermohonan.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import id.kotacerdas.kalender.KalenderKerja;
import id.kotacerdas.permohonan.PermohonanBerubah;
import id.kotacerdas.permohonan.StatusPermohonan;
import id.kotacerdas.permohonan.Tindakan;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Nik;

/**
 * The application aggregate and its state machine. Every transition checks what the current state
 * allows, refuses with every reason at once in words (and changes nothing), records a history
 * entry and returns the event the consumer module reacts to; the repository stores the state and
 * the new entries together, guarded by {@code versi}.
 *
 * <p><b>The clock rule.</b> The office's working days are counted per period with the office: from
 * the day a step starts (filing, approval of the previous step, or resubmission) to the day it
 * ends; the start day itself does not count ({@link KalenderKerja#hariKerjaAntara}). While the file is
 * returned to the applicant the clock stops: on resubmission the step gets what was left of its own
 * limit (at least the rest of that day), so days with the applicant never count against a step's
 * limit or against the published overall limit.
 */
class Permohonan {

	/** The longest reason or note, in characters. */
	static final int PANJANG_TEKS_MAKS = 2000;

	/** The most missing items one return may name. */
	static final int KEKURANGAN_MAKS = 20;

	private static final Map<StatusPermohonan, List<Tindakan>> TINDAKAN = Map.of(
			DIPROSES, List.of(Tindakan.SETUJUI, Tindakan.KEMBALIKAN, Tindakan.TOLAK, Tindakan.BATALKAN),
			DIKEMBALIKAN, List.of(Tindakan.AJUKAN_ULANG, Tindakan.BATALKAN),
			SELESAI, List.of(),
			DITOLAK, List.of(),
			DIBATALKAN, List.of());

	/** Who acted: a staff member, the applicant or the system. */
	record Pelaku(Long stafId, String nama) {

		static final Pelaku PEMOHON = new Pelaku(null, null);
	}

	/** One history entry: the action, the step and status after it, its reason and missing items. */
	record Riwayat(Tindakan tindakan, int tahapKe, StatusPermohonan status, String teks, List<String> kekurangan, Pelaku pelaku,
			Instant waktu) {
	}

	/** The facts as filed; they never change. */
	record Isi(String kode, String konsumenRef, String perihal, Nik nik, String nama, String email, String telepon, String tokenHash,
			Instant diajukanPada) {
	}

	/** The changing part. */
	static final class Keadaan {
		StatusPermohonan status;
		int tahapKe;
		/** Start of the office's running period; null while the file is with the applicant or finished. */
		Instant mulaiHitung;
		/** Office working days of closed periods in the current step. */
		int hariTahapTerpakai;
		/** Office working days of closed periods in all steps. */
		int hariTotalTerpakai;
		Instant tenggatTahap;
		List<String> kekurangan = List.of();
		String alasan;
		/** The step whose deadline was escalated last (0: none), so each step escalates once. */
		int eskalasiTahap;
		Instant selesaiPada;
		Instant diperbaruiPada;
		int versi;
	}

	private final Long id;

	private final Alur alur;

	private final Isi isi;

	private final Keadaan k;

	private final List<Riwayat> riwayatBaru = new ArrayList<>();

	Permohonan(Long id, Alur alur, Isi isi, Keadaan keadaan) {
		this.id = id;
		this.alur = alur;
		this.isi = isi;
		this.k = keadaan;
	}

	/** A new application in the flow's first step, its clock started at filing. */
	static Permohonan ajukan(Alur alur, Isi isi, KalenderKerja kalender) {
		return ajukan(alur, isi, Pelaku.PEMOHON, kalender);
	}

	/** Filed by {@code pelaku}: the applicant themselves, or a counter operator on their behalf (named in the history). */
	static Permohonan ajukan(Alur alur, Isi isi, Pelaku pelaku, KalenderKerja kalender) {
		Keadaan k = new Keadaan();
		k.status = DIPROSES;
		k.tahapKe = 1;
		Permohonan p = new Permohonan(null, alur, isi, k);
		p.mulaiTahap(isi.diajukanPada(), 0, kalender);
		p.catat(Tindakan.AJUKAN, "", List.of(), pelaku, isi.diajukanPada());
		return p;
	}

	// --- what is allowed now ---

	/** The actions the current state allows, the office's and the applicant's, in a fixed order. */
	List<Tindakan> tindakanTersedia() {
		return TINDAKAN.get(k.status);
	}

	/** The office's actions the current state allows: what a staff page offers. */
	List<Tindakan> tindakanStaf() {
		return tindakanTersedia().stream().filter(Tindakan::staf).toList();
	}

	/**
	 * Every reason that stands in the way of the action now, as form errors ({@code tindakan},
	 * {@code alasan}, {@code kekurangan}); none when it may go ahead. An action the state does not
	 * allow is a clash with stored data (409).
	 */
	IsianDitolakException.Pemeriksa halangan(Tindakan t, String alasan, List<String> kekurangan) {
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		if (!tindakanTersedia().contains(t)) {
			p.bentrok("tindakan", "permohonan.tindakan-tidak-tersedia", kata(t.kodePesan()), kata(k.status.kodePesan()));
		}
		if ((t == Tindakan.KEMBALIKAN || t == Tindakan.TOLAK) && kosong(alasan)) {
			p.tolak("alasan", "permohonan.alasan-wajib");
		}
		if (alasan != null && alasan.length() > PANJANG_TEKS_MAKS) {
			p.tolak("alasan", "permohonan.teks-terlalu-panjang", PANJANG_TEKS_MAKS);
		}
		if (t == Tindakan.KEMBALIKAN) {
			List<String> butir = bersihkan(kekurangan);
			if (butir.isEmpty()) {
				p.tolak("kekurangan", "permohonan.kekurangan-wajib");
			}
			else if (butir.size() > KEKURANGAN_MAKS || butir.stream().anyMatch(b -> b.length() > PANJANG_TEKS_MAKS)) {
				p.tolak("kekurangan", "permohonan.kekurangan-terlalu-banyak", KEKURANGAN_MAKS);
			}
		}
		return p;
	}

	// --- transitions ---

	/** The step's owner approves: the next step starts now, or the application is completed at the last step. */
	PermohonanBerubah setujui(Pelaku oleh, Instant waktu, KalenderKerja kalender) {
		halangan(Tindakan.SETUJUI, null, null).lempar();
		hentikanJam(waktu, kalender);
		if (k.tahapKe < alur.jumlahTahap()) {
			k.tahapKe++;
			mulaiTahap(waktu, 0, kalender);
		}
		else {
			selesai(SELESAI, waktu);
		}
		return catat(Tindakan.SETUJUI, "", List.of(), oleh, waktu);
	}

	/** Returned for revision: the clock stops, the reason and the missing items go to the applicant. */
	PermohonanBerubah kembalikan(Pelaku oleh, String alasan, List<String> kekurangan, Instant waktu, KalenderKerja kalender) {
		halangan(Tindakan.KEMBALIKAN, alasan, kekurangan).lempar();
		hentikanJam(waktu, kalender);
		k.status = DIKEMBALIKAN;
		k.tenggatTahap = null;
		k.alasan = alasan.strip();
		k.kekurangan = bersihkan(kekurangan);
		return catat(Tindakan.KEMBALIKAN, k.alasan, k.kekurangan, oleh, waktu);
	}

	/** Rejected with a reason: final. */
	PermohonanBerubah tolak(Pelaku oleh, String alasan, Instant waktu, KalenderKerja kalender) {
		halangan(Tindakan.TOLAK, alasan, null).lempar();
		hentikanJam(waktu, kalender);
		k.alasan = alasan.strip();
		selesai(DITOLAK, waktu);
		return catat(Tindakan.TOLAK, k.alasan, List.of(), oleh, waktu);
	}

	/** The applicant resubmits: the same step, with what was left of its limit. */
	PermohonanBerubah ajukanUlang(String catatan, Instant waktu, KalenderKerja kalender) {
		halangan(Tindakan.AJUKAN_ULANG, catatan, null).lempar();
		k.status = DIPROSES;
		k.kekurangan = List.of();
		k.alasan = null;
		mulaiTahap(waktu, k.hariTahapTerpakai, kalender);
		return catat(Tindakan.AJUKAN_ULANG, teks(catatan), List.of(), Pelaku.PEMOHON, waktu);
	}

	/** The applicant withdraws it before completion. */
	PermohonanBerubah batalkan(String alasan, Instant waktu, KalenderKerja kalender) {
		halangan(Tindakan.BATALKAN, alasan, null).lempar();
		hentikanJam(waktu, kalender);
		k.kekurangan = List.of();
		k.alasan = teks(alasan);
		selesai(DIBATALKAN, waktu);
		return catat(Tindakan.BATALKAN, k.alasan, List.of(), Pelaku.PEMOHON, waktu);
	}

	/** Marks the current step's missed deadline as escalated; true only the first time for this step. */
	boolean eskalasi(Instant sekarang) {
		if (!terlambat(sekarang) || k.eskalasiTahap >= k.tahapKe) {
			return false;
		}
		k.eskalasiTahap = k.tahapKe;
		return true;
	}

	// --- the clock ---

	/** Whether the office has missed the current step's deadline. */
	boolean terlambat(Instant sekarang) {
		return k.status == DIPROSES && k.tenggatTahap.isBefore(sekarang);
	}

	/** The office's working days on the whole application so far (what the published limit is measured against). */
	int hariTerpakai(Instant sekarang, KalenderKerja kalender) {
		return k.hariTotalTerpakai + berjalan(sekarang, kalender);
	}

	/** The office's working days in the current step so far. */
	int hariTahapTerpakai(Instant sekarang, KalenderKerja kalender) {
		return k.hariTahapTerpakai + berjalan(sekarang, kalender);
	}

	private int berjalan(Instant sekarang, KalenderKerja kalender) {
		return k.mulaiHitung == null ? 0 : Math.max(0, kalender.hariKerjaAntara(k.mulaiHitung, sekarang));
	}

	private void mulaiTahap(Instant waktu, int sudahTerpakai, KalenderKerja kalender) {
		if (sudahTerpakai == 0) {
			k.hariTahapTerpakai = 0;
		}
		k.mulaiHitung = waktu;
		k.tenggatTahap = kalender.tambahHariKerja(waktu, Math.max(0, tahap().batasHariKerja() - sudahTerpakai));
	}

	private void hentikanJam(Instant waktu, KalenderKerja kalender) {
		int hari = berjalan(waktu, kalender);
		k.hariTahapTerpakai += hari;
		k.hariTotalTerpakai += hari;
		k.mulaiHitung = null;
	}

	private void selesai(StatusPermohonan akhir, Instant waktu) {
		k.status = akhir;
		k.tenggatTahap = null;
		k.selesaiPada = waktu;
	}

	private PermohonanBerubah catat(Tindakan t, String teks, List<String> kekurangan, Pelaku oleh, Instant waktu) {
		riwayatBaru.add(new Riwayat(t, k.tahapKe, k.status, teks, kekurangan, oleh, waktu));
		k.diperbaruiPada = waktu;
		return new PermohonanBerubah(isi.kode(), alur.kode(), alur.konsumenModul(), alur.konsumenRef(), isi.konsumenRef(), t, k.status,
				k.tahapKe, teks, waktu, oleh == null ? null : oleh.stafId());
	}

	private static MessageSourceResolvable kata(String kode) {
		return new DefaultMessageSourceResolvable(kode);
	}

	private static boolean kosong(String teks) {
		return teks == null || teks.isBlank();
	}

	private static String teks(String teks) {
		return teks == null ? "" : teks.strip();
	}

	/** The missing items as named: trimmed, blank ones dropped, each once. */
	static List<String> bersihkan(List<String> butir) {
		return butir == null ? List.of() : butir.stream().filter(b -> b != null && !b.isBlank()).map(String::strip).distinct().toList();
	}

	// --- reading ---

	Long id() {
		return id;
	}

	Alur alur() {
		return alur;
	}

	Isi isi() {
		return isi;
	}

	Keadaan keadaan() {
		return k;
	}

	StatusPermohonan status() {
		return k.status;
	}

	String kode() {
		return isi.kode();
	}

	int tahapKe() {
		return k.tahapKe;
	}

	Alur.Tahap tahap() {
		return alur.tahap(k.tahapKe);
	}

	List<Riwayat> riwayatBaru() {
		return List.copyOf(riwayatBaru);
	}

	void riwayatTersimpan() {
		riwayatBaru.clear();
	}
}
