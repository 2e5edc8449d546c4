package id.kotacerdas.layanan.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.berkas.BerkasBaru;
import id.kotacerdas.berkas.LayananBerkas;
import id.kotacerdas.berkas.Pemilik;
import id.kotacerdas.permohonan.MesinPermohonan;
import id.kotacerdas.permohonan.Pemohon;
import id.kotacerdas.permohonan.PermohonanBaru;
import id.kotacerdas.permohonan.RingkasanPermohonan;
import id.kotacerdas.permohonan.StatusPermohonan;
import id.kotacerdas.platform.CobaLagiNantiException;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Nik;
import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * Applying for a service and what follows on this module's side. A filing is checked whole (the
 * applicant, every typed field, every required document: all problems at once), the documents
 * are stored through {@code berkas} outside any transaction, then one transaction stores the
 * answers and documents under this module's id and files the application in the engine
 * ({@code konsumenRef} = that id). After a return the applicant replaces documents by the private
 * link; the office ticks each required document and a return names the unticked ones.
 */
@Service
class PengajuanService {

	static final Pemilik DOKUMEN = new Pemilik("layanan", "dokumen");

	/** What the engine needs of the applicant and this form's own fields, as the form names them. */
	record Formulir(String nik, String nama, String email, String telepon, String perihal, Map<String, String> jawaban,
			Map<String, byte[]> dokumen, String idPengiriman) {
	}

	/** The receipt: code and links; {@code tautanPribadi} is null when the same form was filed before (its link went out then). */
	record Hasil(String kode, String tautanLacak, String tautanPribadi) {
	}

	private static final DateTimeFormatter TANGGAL_DIKETIK = DateTimeFormatter.ofPattern("d/M/uuuu");

	private final KatalogLayanan katalog;

	private final PengajuanRepository repo;

	private final LayananBerkas berkas;

	private final MesinPermohonan mesin;

	private final AuditLog audit;

	private final TransactionTemplate tx;

	PengajuanService(KatalogLayanan katalog, PengajuanRepository repo, LayananBerkas berkas, MesinPermohonan mesin, AuditLog audit,
			PlatformTransactionManager txm) {
		this.katalog = katalog;
		this.repo = repo;
		this.berkas = berkas;
		this.mesin = mesin;
		this.audit = audit;
		this.tx = new TransactionTemplate(txm);
	}

	/** Filed online by the applicant. */
	Hasil ajukan(String kodeLayanan, Formulir f) {
		return ajukan(kodeLayanan, f, null);
	}

	/** @param operator the counter's officer filing for a citizen who came to the office (assisted mode), or null online */
	Hasil ajukan(String kodeLayanan, Formulir f, Staf operator) {
		JenisLayanan l = katalog.muatAktif(kodeLayanan);
		if (f.idPengiriman() != null) {
			Optional<String> sudah = repo.kodeDariPengiriman(f.idPengiriman());
			if (sudah.isPresent()) {
				return new Hasil(sudah.get(), null, null);
			}
		}
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		periksaPemohon(p, f);
		Map<String, String> jawaban = periksaJawaban(p, l.isian(), f.jawaban());
		periksaDokumen(p, l.dokumen(), f.dokumen(), true);
		p.lempar();
		// stored before the transaction (re-encoded on the bounded pool); swept if the filing is refused below
		Map<String, BerkasBaru> tersimpan = simpan(l.dokumen(), f.dokumen());
		Pemohon pemohon = new Pemohon(bersih(f.nik()), bersih(f.nama()), kosongJadiNull(f.email()), kosongJadiNull(f.telepon()));
		try {
			return tx.execute(s -> {
				long id = repo.tambah(l, jawaban, f.idPengiriman());
				catat(id, tersimpan);
				PermohonanBaru baru = new PermohonanBaru(l.alurKode(), bersih(f.perihal()), String.valueOf(id), pemohon);
				var t = operator == null ? mesin.ajukan(baru) : mesin.ajukanDiLoket(baru, operator);
				repo.tetapkanKode(id, t.kode());
				return new Hasil(t.kode(), t.tautanLacak(), t.tautanPribadi());
			});
		}
		catch (DuplicateKeyException ex) {
			// the same form sent twice at once: the first filing answers
			return repo.kodeDariPengiriman(f.idPengiriman()).map(k -> new Hasil(k, null, null)).orElseThrow(() -> ex);
		}
	}

	/**
	 * The applicant replaces documents of a returned application by its private link and, with
	 * {@code ajukanUlang}, sends it back to the office in the same request.
	 */
	RingkasanPermohonan gantiDokumen(String kode, String token, Map<String, byte[]> dokumen, boolean ajukanUlang, String catatan) {
		RingkasanPermohonan r = mesin.cariDenganToken(kode, token);
		PengajuanRepository.Pengajuan pj = untukToken(kode, token);
		if (r.status() != StatusPermohonan.DIKEMBALIKAN) {
			throw new PermintaanDitolakException(HttpStatus.CONFLICT, "layanan.galat.bukan-dikembalikan");
		}
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		periksaDokumen(p, pj.dokumen(), dokumen, false);
		if (dokumen.values().stream().noneMatch(b -> b != null && b.length > 0) && !ajukanUlang) {
			p.tolak("dokumen", "layanan.galat.tidak-ada-dokumen");
		}
		p.lempar();
		Map<String, BerkasBaru> tersimpan = simpan(pj.dokumen(), dokumen);
		return tx.execute(s -> {
			catat(pj.id(), tersimpan);
			if (!ajukanUlang) {
				return mesin.cariDenganToken(kode, token);
			}
			List<String> diganti = pj.dokumen().stream().filter(d -> tersimpan.containsKey(d.kode())).map(DokumenSyarat::nama).toList();
			String teks = diganti.isEmpty() ? bersih(catatan) : String.join("; ", bersih(catatan).isEmpty()
					? List.of("Dokumen diganti: " + String.join(", ", diganti))
					: List.of(bersih(catatan), "Dokumen diganti: " + String.join(", ", diganti)));
			return mesin.ajukanUlang(kode, token, teks);
		});
	}

	/** The application's content behind a private link; 404 for a wrong link or an application not filed through a service. */
	PengajuanRepository.Pengajuan untukToken(String kode, String token) {
		RingkasanPermohonan r = mesin.cariDenganToken(kode, token);
		return repo.cari(r.kode()).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("permohonan.tautan-tidak-berlaku"));
	}

	RingkasanPermohonan ringkasan(String kode, String token) {
		return mesin.cariDenganToken(kode, token);
	}

	/** The office ticks which required documents are present (by a staff member who may act on the application). */
	void periksaBerkas(PengajuanRepository.Pengajuan pj, Map<String, Boolean> ada, Staf staf) {
		if (!pj.bolehDitangani(staf)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "layanan.galat.tidak-berwenang");
		}
		tx.executeWithoutResult(s -> simpanCentang(pj, ada, staf));
	}

	/**
	 * The office returns the application: the ticks are saved and the unticked required documents
	 * are named as missing, in one transaction with the engine's return (a refusal keeps neither).
	 */
	void kembalikan(PengajuanRepository.Pengajuan pj, Map<String, Boolean> ada, Integer versi, String alasan, Staf staf) {
		List<String> kurang = belumAda(pj, ada);
		if (kurang.isEmpty()) {
			throw new PermintaanDitolakException("layanan.galat.tidak-ada-kurang");
		}
		bertindak(pj, ada, versi, staf, () -> mesin.kembalikan(pj.kodePermohonan(), versi, alasan, kurang, staf));
	}

	/** The office approves the step: only with every required document ticked as present. */
	void setujui(PengajuanRepository.Pengajuan pj, Map<String, Boolean> ada, Integer versi, Staf staf) {
		List<String> kurang = belumAda(pj, ada);
		if (!kurang.isEmpty()) {
			throw new PermintaanDitolakException("layanan.galat.masih-kurang", String.join(", ", kurang));
		}
		bertindak(pj, ada, versi, staf, () -> mesin.setujui(pj.kodePermohonan(), versi, staf));
	}

	private void bertindak(PengajuanRepository.Pengajuan pj, Map<String, Boolean> ada, Integer versi, Staf staf, Runnable tindakan) {
		if (!pj.bolehDitangani(staf)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "layanan.galat.tidak-berwenang");
		}
		if (versi == null) {
			throw new PermintaanDitolakException("galat.parameter-tidak-valid", "versi");
		}
		tx.executeWithoutResult(s -> {
			simpanCentang(pj, ada, staf);
			tindakan.run();
		});
	}

	private void simpanCentang(PengajuanRepository.Pengajuan pj, Map<String, Boolean> ada, Staf staf) {
		for (DokumenSyarat d : pj.dokumen()) {
			repo.periksa(pj.id(), d.kode(), Boolean.TRUE.equals(ada.get(d.kode())), staf.username());
		}
		audit.catat("layanan.berkas-diperiksa", "permohonan", pj.kodePermohonan(), null, ada);
	}

	/** The required documents not ticked as present, by name: what a return names as missing. */
	List<String> kurang(PengajuanRepository.Pengajuan pj) {
		return kurang(repo, pj);
	}

	/** As stored; also what the engine's approval guard asks ({@link PenjagaBerkasLayanan}). */
	static List<String> kurang(PengajuanRepository repo, PengajuanRepository.Pengajuan pj) {
		Map<String, Boolean> ada = new LinkedHashMap<>();
		repo.pemeriksaan(pj.id()).forEach((k, v) -> ada.put(k, v.ada()));
		return belumAda(pj, ada);
	}

	private static List<String> belumAda(PengajuanRepository.Pengajuan pj, Map<String, Boolean> ada) {
		return pj.dokumen().stream().filter(DokumenSyarat::wajib).filter(d -> !Boolean.TRUE.equals(ada.get(d.kode())))
			.map(DokumenSyarat::nama).toList();
	}

	private void catat(long pengajuanId, Map<String, BerkasBaru> tersimpan) {
		tersimpan.forEach((kodeDokumen, b) -> {
			berkas.catat(b);
			repo.simpanBerkas(pengajuanId, kodeDokumen, b.berkas().id());
		});
	}

	private static void periksaPemohon(IsianDitolakException.Pemeriksa p, Formulir f) {
		if (!Nik.sah(bersih(f.nik()))) {
			p.tolak("nik", "layanan.galat.nik");
		}
		if (bersih(f.nama()).isEmpty()) {
			p.tolak("nama", "layanan.galat.wajib");
		}
		if (bersih(f.email()).isEmpty() && bersih(f.telepon()).isEmpty()) {
			p.tolak("email", "layanan.galat.kontak");
		}
		if (bersih(f.perihal()).isEmpty()) {
			p.tolak("perihal", "layanan.galat.wajib");
		}
	}

	/** The answers as stored: ISO dates, plain numbers, the chosen word, {@code ya}/{@code tidak}; every refusal keyed {@code isian.<kode>}. */
	static Map<String, String> periksaJawaban(IsianDitolakException.Pemeriksa p, List<Isian> isian, Map<String, String> diketik) {
		Map<String, String> hasil = new LinkedHashMap<>();
		for (Isian q : isian) {
			String f = "isian." + q.kode();
			String v = bersih(diketik.get(q.kode()));
			if (v.isEmpty()) {
				if (q.wajib()) {
					p.tolak(f, "layanan.galat.wajib");
				}
				continue;
			}
			String nilai = switch (q.jenis()) {
				case TEKS -> v.length() <= Isian.PANJANG_JAWABAN ? v : null;
				case ANGKA -> angka(v);
				case TANGGAL -> tanggal(v);
				case PILIHAN -> q.pilihan().contains(v) ? v : null;
				case YA_TIDAK -> v.equals("ya") || v.equals("tidak") ? v : null;
			};
			if (nilai == null) {
				p.tolak(f, "layanan.galat.isian." + q.jenis().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), Isian.PANJANG_JAWABAN);
			}
			else {
				hasil.put(q.kode(), nilai);
			}
		}
		return hasil;
	}

	/** A number as people type it: {@code 1500000}, {@code 1.500.000}, {@code 72,5}. */
	private static String angka(String v) {
		String s = v.replace(" ", "");
		if (s.matches("\\d{1,3}(\\.\\d{3})+(,\\d+)?")) {
			s = s.replace(".", "");
		}
		s = s.replace(',', '.');
		try {
			BigDecimal b = new BigDecimal(s);
			return b.signum() < 0 ? null : b.stripTrailingZeros().toPlainString();
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** A date from the date picker (ISO) or typed the Indonesian way (d/m/yyyy) where the browser has no picker. */
	private static String tanggal(String v) {
		try {
			return LocalDate.parse(v).toString();
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDate.parse(v, TANGGAL_DIKETIK).toString();
			}
			catch (DateTimeParseException ex2) {
				return null;
			}
		}
	}

	/** Required documents present (when {@code semuaWajib}), each of its kind, checked cheaply before anything is decoded. */
	private void periksaDokumen(IsianDitolakException.Pemeriksa p, List<DokumenSyarat> syarat, Map<String, byte[]> dokumen, boolean semuaWajib) {
		for (DokumenSyarat d : syarat) {
			String f = "dokumen." + d.kode();
			byte[] isi = dokumen.get(d.kode());
			if (isi == null || isi.length == 0) {
				if (semuaWajib && d.wajib()) {
					p.tolak(f, "layanan.galat.dokumen-wajib", d.nama());
				}
				continue;
			}
			boolean pdf = pdf(isi);
			if (pdf && d.jenis() == DokumenSyarat.Jenis.FOTO) {
				p.tolak(f, "layanan.galat.harus-foto", d.nama());
			}
			else if (!pdf && d.jenis() == DokumenSyarat.Jenis.PDF) {
				p.tolak(f, "layanan.galat.harus-pdf", d.nama());
			}
			else if (!pdf) {
				p.periksa(f, () -> {
					berkas.periksaFoto(isi);
					return null;
				});
			}
		}
	}

	/** Each document stored durably (photos re-encoded without metadata); a refusal names its document; a full pool answers 503. */
	private Map<String, BerkasBaru> simpan(List<DokumenSyarat> syarat, Map<String, byte[]> dokumen) {
		Map<String, BerkasBaru> hasil = new LinkedHashMap<>();
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		for (DokumenSyarat d : syarat) {
			byte[] isi = dokumen.get(d.kode());
			if (isi == null || isi.length == 0) {
				continue;
			}
			try {
				hasil.put(d.kode(), pdf(isi) ? berkas.simpanDokumen(DOKUMEN, isi) : berkas.simpanFoto(DOKUMEN, List.of(isi)).get(0));
			}
			catch (CobaLagiNantiException ex) {
				throw ex;
			}
			catch (PermintaanDitolakException ex) {
				p.tolak("dokumen." + d.kode(), ex.kodePesan(), ex.argumen());
			}
		}
		p.lempar();
		return hasil;
	}

	private static final byte[] TANDA_PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	/** Told by content, as {@code berkas} tells it (which checks it properly when storing). */
	static boolean pdf(byte[] isi) {
		return isi.length >= TANDA_PDF.length && Arrays.equals(Arrays.copyOf(isi, TANDA_PDF.length), TANDA_PDF);
	}

	static String bersih(String teks) {
		return teks == null ? "" : teks.strip();
	}

	private static String kosongJadiNull(String teks) {
		String b = bersih(teks);
		return b.isEmpty() ? null : b;
	}
}
