package id.kotacerdas.mutu.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.berkas.BerkasBaru;
import id.kotacerdas.berkas.LayananBerkas;
import id.kotacerdas.berkas.Pemilik;
import id.kotacerdas.mutu.internal.Mutu.Diagnosis;
import id.kotacerdas.mutu.internal.Mutu.DokumenMutu;
import id.kotacerdas.mutu.internal.Mutu.Indikator18091;
import id.kotacerdas.mutu.internal.Mutu.KategoriTemuan;
import id.kotacerdas.mutu.internal.Mutu.Sertifikasi;
import id.kotacerdas.mutu.internal.Mutu.Temuan;
import id.kotacerdas.mutu.internal.Mutu.Tindakan;
import id.kotacerdas.mutu.internal.Mutu.Tinjauan;
import id.kotacerdas.mutu.internal.Mutu.Warna;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;

/**
 * The rules of an agency's quality records: who may change them (the agency's administrator, Kominfo), what a
 * complete entry is (every refusal at once, 400, nothing stored), files stored through berkas before the row, and
 * every change in the audit log.
 */
@Service
class RegisterMutu {

	static final int PANJANG_TEKS = 4000;

	static final int PANJANG_PENDEK = 200;

	/** ISO 18091 self-diagnostics began with the 2019 edition of the standard. */
	static final int TAHUN_AWAL = 2019;

	static final Pemilik SOP = new Pemilik("mutu", "dokumen");

	static final Pemilik NOTULEN = new Pemilik("mutu", "notulen");

	private final MutuRepository repo;

	private final LayananBerkas berkas;

	private final AuditLog audit;

	private final TransactionTemplate transaksi;

	private final Clock clock;

	RegisterMutu(MutuRepository repo, LayananBerkas berkas, AuditLog audit, PlatformTransactionManager tm, Clock clock) {
		this.repo = repo;
		this.berkas = berkas;
		this.audit = audit;
		this.transaksi = new TransactionTemplate(tm);
		this.clock = clock;
	}

	LocalDate hariIni() {
		return LocalDate.now(clock.withZone(Waktu.WITA));
	}

	static void wajibBolehMelihat(Staf staf, long opdId) {
		if (!staf.bolehMelihat(opdId)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "mutu.bukan-wewenang");
		}
	}

	static void wajibBolehMengubah(Staf staf, long opdId) {
		if (!staf.adminAtas(opdId)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "mutu.bukan-wewenang");
		}
	}

	/** A new SOP or a new revision of one: code, title, revision, effective date and its PDF. */
	long tambahDokumen(Staf staf, long opdId, Map<String, String> isian, byte[] pdf) {
		wajibBolehMengubah(staf, opdId);
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		String kode = teks(p, isian, "kode", PANJANG_PENDEK);
		String judul = teks(p, isian, "judul", PANJANG_PENDEK);
		Integer revisi = p.periksa("revisi", () -> bilangan(isian.get("revisi")));
		LocalDate mulai = p.periksa("berlakuMulai", () -> tanggal(isian.get("berlakuMulai")));
		if (pdf == null || pdf.length == 0) {
			p.tolak("berkas", "mutu.berkas-wajib");
		}
		if (kode != null && revisi != null && repo.adaRevisi(opdId, kode, revisi)) {
			p.bentrok("revisi", "mutu.revisi-ada", kode, revisi);
		}
		p.lempar();
		BerkasBaru b = berkas.simpanDokumen(SOP, pdf);
		return transaksi.execute(s -> {
			berkas.catat(b);
			DokumenMutu d = new DokumenMutu(0, opdId, kode, judul, revisi, mulai, b.berkas().id());
			long id = repo.tambahDokumen(d, clock.instant());
			audit.catat("mutu.dokumen.ditambah", "dokumen_mutu", String.valueOf(id), null, d);
			return id;
		});
	}

	long tambahTemuan(Staf staf, long opdId, Map<String, String> isian) {
		wajibBolehMengubah(staf, opdId);
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		LocalDate tanggal = p.periksa("tanggalAudit", () -> tanggalLampau(isian.get("tanggalAudit")));
		String klausul = teks(p, isian, "klausul", PANJANG_PENDEK);
		KategoriTemuan kategori = p.periksa("kategori", () -> pilihan(KategoriTemuan.class, isian.get("kategori")));
		String uraian = teks(p, isian, "uraian", PANJANG_TEKS);
		p.lempar();
		return transaksi.execute(s -> {
			Temuan t = new Temuan(0, opdId, tanggal, klausul, kategori, uraian);
			long id = repo.tambahTemuan(t, clock.instant());
			audit.catat("mutu.temuan.ditambah", "temuan", String.valueOf(id), null, t);
			return id;
		});
	}

	long tambahTindakan(Staf staf, long temuanId, Map<String, String> isian) {
		Temuan t = repo.cariTemuan(temuanId).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("mutu.temuan-tidak-ada"));
		wajibBolehMengubah(staf, t.opdId());
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		String uraian = teks(p, isian, "uraianTindakan", PANJANG_TEKS);
		String pj = teks(p, isian, "penanggungJawab", PANJANG_PENDEK);
		LocalDate batas = p.periksa("batas", () -> tanggal(isian.get("batas")));
		if (batas != null && batas.isBefore(t.tanggalAudit())) {
			p.tolak("batas", "mutu.batas-sebelum-audit");
		}
		p.lempar();
		return transaksi.execute(s -> {
			Tindakan k = new Tindakan(0, temuanId, uraian, pj, batas, null);
			long id = repo.tambahTindakan(k, clock.instant());
			audit.catat("mutu.tindakan.ditambah", "tindakan", String.valueOf(id), null, k);
			return id;
		});
	}

	/** Done today (WITA); doing it twice is 409. Returns the agency. */
	long selesaikan(Staf staf, long tindakanId) {
		Tindakan k = repo.cariTindakan(tindakanId).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("mutu.tindakan-tidak-ada"));
		long opdId = repo.cariTemuan(k.temuanId()).orElseThrow().opdId();
		wajibBolehMengubah(staf, opdId);
		LocalDate hari = hariIni();
		transaksi.executeWithoutResult(s -> {
			if (!repo.selesaikan(tindakanId, hari)) {
				throw new PermintaanDitolakException(HttpStatus.CONFLICT, "mutu.tindakan-sudah-selesai");
			}
			audit.catat("mutu.tindakan.selesai", "tindakan", String.valueOf(tindakanId), Map.of("selesaiPada", "-"),
					Map.of("selesaiPada", hari.toString(), "terlambat", k.terlambat(hari)));
		});
		return opdId;
	}

	long tambahTinjauan(Staf staf, long opdId, Map<String, String> isian, byte[] notulen) {
		wajibBolehMengubah(staf, opdId);
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		LocalDate tanggal = p.periksa("tanggal", () -> tanggalLampau(isian.get("tanggal")));
		String masukan = teks(p, isian, "masukan", PANJANG_TEKS);
		String keluaran = teks(p, isian, "keluaran", PANJANG_TEKS);
		if (notulen == null || notulen.length == 0) {
			p.tolak("notulen", "mutu.berkas-wajib");
		}
		p.lempar();
		BerkasBaru b = berkas.simpanDokumen(NOTULEN, notulen);
		return transaksi.execute(s -> {
			berkas.catat(b);
			Tinjauan t = new Tinjauan(0, opdId, tanggal, masukan, keluaran, b.berkas().id());
			long id = repo.tambahTinjauan(t, clock.instant());
			audit.catat("mutu.tinjauan.ditambah", "tinjauan", String.valueOf(id), null, t);
			return id;
		});
	}

	void simpanSertifikasi(Staf staf, Sertifikasi s) {
		wajibBolehMengubah(staf, s.opdId());
		transaksi.executeWithoutResult(t -> {
			Sertifikasi lama = repo.sertifikasi().get(s.opdId());
			repo.simpanSertifikasi(s, clock.instant());
			audit.catat("mutu.sertifikasi.diubah", "sertifikasi", String.valueOf(s.opdId()), lama, s);
		});
	}

	void periksaTahun(int tahun) {
		if (tahun < TAHUN_AWAL || tahun > hariIni().getYear()) {
			throw PermintaanDitolakException.tidakDitemukan("mutu.tahun-tidak-ada", tahun);
		}
	}

	/**
	 * The agency's ISO 18091 grid for a year: a colour for every indicator (one left out stays as it was); a
	 * colour that is not one of the four refuses the whole grid.
	 */
	void simpanDiagnosis(Staf staf, long opdId, int tahun, Map<String, String> warna, Map<String, String> catatan) {
		wajibBolehMengubah(staf, opdId);
		periksaTahun(tahun);
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		Map<String, Diagnosis> baru = new LinkedHashMap<>();
		for (Indikator18091 i : repo.indikator18091()) {
			String w = warna.get(i.kode());
			if (w == null || w.isBlank()) {
				continue;
			}
			Warna nilai = p.periksa("warna-" + i.kode(), () -> pilihan(Warna.class, w));
			String c = catatan.getOrDefault(i.kode(), "").strip();
			if (c.length() > PANJANG_TEKS) {
				p.tolak("catatan-" + i.kode(), "mutu.terlalu-panjang", PANJANG_TEKS);
			}
			baru.put(i.kode(), new Diagnosis(i.kode(), nilai, c.isEmpty() ? null : c));
		}
		p.lempar();
		transaksi.executeWithoutResult(s -> {
			Map<String, Diagnosis> lama = repo.diagnosis(opdId, tahun);
			for (Diagnosis d : baru.values()) {
				if (!d.equals(lama.get(d.kode()))) {
					repo.simpanDiagnosis(opdId, tahun, d, clock.instant());
					audit.catat("mutu.diagnosis.diubah", "diagnosis_18091", opdId + "/" + tahun + "/" + d.kode(), lama.get(d.kode()), d);
				}
			}
		});
	}

	private static String teks(IsianDitolakException.Pemeriksa p, Map<String, String> isian, String kolom, int panjang) {
		String t = isian.getOrDefault(kolom, "").strip();
		if (t.isEmpty()) {
			p.tolak(kolom, "mutu.wajib");
			return null;
		}
		if (t.length() > panjang) {
			p.tolak(kolom, "mutu.terlalu-panjang", panjang);
			return null;
		}
		return t;
	}

	private static Integer bilangan(String t) {
		try {
			int n = Integer.parseInt(t == null ? "" : t.strip());
			if (n < 0) {
				throw new NumberFormatException();
			}
			return n;
		}
		catch (NumberFormatException ex) {
			throw new PermintaanDitolakException("mutu.revisi-salah");
		}
	}

	private static LocalDate tanggal(String t) {
		try {
			return LocalDate.parse(t == null ? "" : t.strip());
		}
		catch (DateTimeParseException ex) {
			throw new PermintaanDitolakException("mutu.tanggal-salah");
		}
	}

	/** An audit or review that took place: not in the future. */
	private LocalDate tanggalLampau(String t) {
		LocalDate d = tanggal(t);
		if (d.isAfter(hariIni())) {
			throw new PermintaanDitolakException("mutu.tanggal-masa-depan");
		}
		return d;
	}

	private static <E extends Enum<E>> E pilihan(Class<E> jenis, String nilai) {
		try {
			return Enum.valueOf(jenis, nilai == null ? "" : nilai.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new PermintaanDitolakException("mutu.pilihan-salah");
		}
	}

	List<Indikator18091> indikator18091() {
		return repo.indikator18091();
	}
}
