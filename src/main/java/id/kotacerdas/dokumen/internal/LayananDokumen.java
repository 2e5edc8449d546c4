package id.kotacerdas.dokumen.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.berkas.BerkasBaru;
import id.kotacerdas.berkas.IsiBerkas;
import id.kotacerdas.berkas.LayananBerkas;
import id.kotacerdas.berkas.Pemilik;
import id.kotacerdas.dokumen.DokumenBaru;
import id.kotacerdas.dokumen.DokumenTerbit;
import id.kotacerdas.dokumen.JenisDokumenBaru;
import id.kotacerdas.dokumen.JenisTandaTangan;
import id.kotacerdas.dokumen.PenerbitDokumen;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.CobaLagiNantiException;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.KodeQr;
import id.kotacerdas.platform.KotaProperties;
import id.kotacerdas.platform.Nik;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Sidik;
import id.kotacerdas.platform.Teks;
import id.kotacerdas.platform.UrlDasar;
import id.kotacerdas.platform.Waktu;

/**
 * Issuing, in an order that never loses a number nor gives one twice:
 * <ol>
 * <li>one transaction takes the register's next number and records the document with it, not yet
 * issued ({@code DISIAPKAN}); a rollback undoes both, so no gap;</li>
 * <li>with no transaction open, the PDF is rendered with that number and its QR code, signed, and
 * stored through {@code berkas};</li>
 * <li>one transaction records the PDF (its berkas id and SHA-256) and makes the document issued.</li>
 * </ol>
 * A crash between 1 and 3 leaves a numbered record, never a gap: asking again with the same consumer
 * reference finishes it with its number, and {@link PenyelesaiDokumen} finishes those the server can
 * sign alone. A file stored in 2 whose step 3 never committed is swept by {@code berkas}.
 */
@Service
class LayananDokumen implements PenerbitDokumen {

	/** Pixels a side of the verification QR: sharp at the 26 mm it is printed on a letter. */
	private static final int SISI_QR = 300;

	private static final Logger log = LoggerFactory.getLogger(LayananDokumen.class);

	static final Pemilik PEMILIK = new Pemilik("dokumen", "terbit");

	/** The verification page's address below the site. */
	static final String JALUR_VERIFIKASI = "/v/";

	private static final Pattern KODE_JENIS = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)+");

	private static final Pattern KODE_REGISTER = Pattern.compile("[A-Za-z0-9.\\-]{1,30}");

	private static final int PANJANG_TEKS_MAKS = 500;

	private static final int PANJANG_TEMPLAT_MAKS = 100_000;

	/** How long issuing waits for a place on the busy heavy-work pool (rendering, storing) once its number is taken, rather than fail. */
	private static final Duration TUNGGU_PENYIMPANAN = Duration.ofSeconds(60);

	private static final long JEDA_PENYIMPANAN_MS = 20;

	private static final long JEDA_PENYIMPANAN_MAKS_MS = 200;

	static final Locale INDONESIA = Locale.forLanguageTag("id");

	private final DokumenRepository repo;

	private final LayananBerkas berkas;

	private final PenyajiPdf penyaji;

	private final Map<JenisTandaTangan, PenandaTangan> penanda = new EnumMap<>(JenisTandaTangan.class);

	private final AuditLog audit;

	private final DaftarOpd opd;

	private final KotaProperties kota;

	private final UrlDasar urlDasar;

	private final MessageSource pesan;

	private final TransactionTemplate tx;

	private final KunciUnduh kunciUnduh;

	private final Clock clock;

	LayananDokumen(DokumenRepository repo, LayananBerkas berkas, PenyajiPdf penyaji, List<PenandaTangan> penandaTangan, AuditLog audit,
			DaftarOpd opd, KotaProperties kota, UrlDasar urlDasar, MessageSource pesan, TransactionTemplate tx, KunciUnduh kunciUnduh,
			Clock clock) {
		this.repo = repo;
		this.berkas = berkas;
		this.penyaji = penyaji;
		penandaTangan.forEach(p -> this.penanda.put(p.jenis(), p));
		this.audit = audit;
		this.opd = opd;
		this.kota = kota;
		this.urlDasar = urlDasar;
		this.pesan = pesan;
		this.tx = tx;
		this.kunciUnduh = kunciUnduh;
		this.clock = clock;
	}

	// --- kinds ---

	@Override
	public void tetapkanJenis(JenisDokumenBaru j) {
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		if (j.kode() == null || !KODE_JENIS.matcher(j.kode()).matches()) {
			p.tolak("kode", "dokumen.jenis.kode-tidak-sah");
		}
		if (kosong(j.nama()) || j.nama().length() > PANJANG_TEKS_MAKS) {
			p.tolak("nama", "dokumen.jenis.nama-wajib");
		}
		if (kosong(j.konsumenModul())) {
			p.tolak("konsumenModul", "dokumen.jenis.modul-wajib");
		}
		String pola = j.polaNomor() == null ? JenisDokumenBaru.POLA_BAKU : j.polaNomor();
		String salahPola = PolaNomor.periksa(pola);
		if (salahPola != null) {
			p.tolak("polaNomor", salahPola);
		}
		p.lempar();
		String templat = j.templat() == null ? TemplatBaku.SURAT : j.templat();
		JenisTandaTangan ttd = j.tandaTangan() == null ? JenisTandaTangan.LOKAL : j.tandaTangan();
		tx.executeWithoutResult(s -> repo.tambahJenis(j.kode(), j.nama(), j.konsumenModul(), j.opdId(), pola, ttd, templat, clock.instant()));
	}

	List<Jenis> daftarJenis(Staf staf) {
		return repo.semuaJenis(staf.lingkupOpd());
	}

	Jenis jenisUntukStaf(String kode, Staf staf) {
		Jenis j = repo.jenis(kode).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("dokumen.jenis.tidak-ada"));
		if (!staf.bolehMelihat(j.opdId())) {
			throw PermintaanDitolakException.tidakDitemukan("dokumen.jenis.tidak-ada");
		}
		return j;
	}

	/**
	 * An agency administrator (or Kominfo's) edits a kind's template, pattern and signature. The
	 * template must render (checked with sample data) before it is stored; audited.
	 */
	void ubahJenis(String kode, int versi, String pola, JenisTandaTangan ttd, String templat, Staf staf) {
		Jenis j = jenisUntukStaf(kode, staf);
		if (!(j.opdId() == null ? staf.adminKota() : staf.adminAtas(j.opdId()))) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "dokumen.jenis.bukan-wewenang");
		}
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		String salahPola = PolaNomor.periksa(pola);
		if (salahPola != null) {
			p.tolak("polaNomor", salahPola);
		}
		if (ttd == null) {
			p.tolak("tandaTangan", "dokumen.jenis.ttd-wajib");
		}
		if (kosong(templat) || templat.length() > PANJANG_TEMPLAT_MAKS) {
			p.tolak("templat", "dokumen.templat.kosong", PANJANG_TEMPLAT_MAKS);
		}
		else {
			p.periksa("templat", () -> pratinjau(j.nama(), templat, ttd == null ? j.tandaTangan() : ttd));
		}
		p.lempar();
		tx.executeWithoutResult(s -> {
			if (!repo.ubahJenis(kode, versi, pola, ttd, templat, clock.instant())) {
				throw new PermintaanDitolakException(HttpStatus.CONFLICT, "dokumen.jenis.versi-usang");
			}
			audit.catat("dokumen.jenis.diubah", "jenis-dokumen", kode, Map.of("polaNomor", j.polaNomor(), "tandaTangan", j.tandaTangan(),
					"templat", j.templat()), Map.of("polaNomor", pola, "tandaTangan", ttd, "templat", templat));
		});
	}

	/** The template rendered with sample data (a Kupang resident's domisili letter), unsigned: the editor's preview. */
	byte[] pratinjau(String judul, String templat, JenisTandaTangan ttd) {
		Instant kini = clock.instant();
		LocalDate hari = Waktu.wita(kini).toLocalDate();
		String url = urlDasar.nilai() + JALUR_VERIFIKASI + "00000000-0000-4000-8000-000000000000";
		Dokumen contoh = new Dokumen(UUID.randomUUID(), "contoh", "470", "Kel.NK-II", hari.getYear(), 1,
				new PolaNomor(JenisDokumenBaru.POLA_BAKU).nomor("470", 1, "Kel.NK-II", hari), Dokumen.Status.DISIAPKAN,
				new Dokumen.Data("Kelurahan Naikoten II", List.of(List.of("Tempat/tanggal lahir", "Kupang, 1 Juli 1995"),
						List.of("Alamat", "Jl. Soeharto No. 12, RT 005/RW 002, Kelurahan Naikoten II")),
						"Maria Fanggidae, S.Sos.", "198001012005012001", "Lurah Naikoten II", null),
				"5371054107950003", "Yuliana Mbura", "untuk melamar pekerjaan", hari.plusMonths(3), null, "contoh", "contoh", kini, ttd, null,
				null, null, null);
		return penyaji.pdf(templat, isiSurat(contoh, judul, url, KodeQr.png(url, SISI_QR)));
	}

	// --- issuing ---

	@Override
	public DokumenTerbit terbitkan(DokumenBaru baru) {
		return terbitkan(baru, clock.instant());
	}

	/** Issuing at a given moment (its WITA date names the register's year and the letter's date). */
	DokumenTerbit terbitkan(DokumenBaru b, Instant waktu) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("issuing stores the PDF outside a transaction: call it with none open");
		}
		periksa(b);
		Dokumen d = repo.cariKonsumen(b.konsumenModul(), b.konsumenRef()).orElseGet(() -> pesanNomor(b, waktu));
		return d.status() == Dokumen.Status.TERBIT ? terbit(d) : selesaikan(d, b.sandiBsre());
	}

	private void periksa(DokumenBaru b) {
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		if (kosong(b.jenisKode())) {
			p.tolak("jenisKode", "dokumen.jenis.tidak-ada");
		}
		if (b.klasifikasi() == null || !KODE_REGISTER.matcher(b.klasifikasi()).matches()) {
			p.tolak("klasifikasi", "dokumen.klasifikasi-tidak-sah");
		}
		if (b.unit() == null || !KODE_REGISTER.matcher(b.unit()).matches()) {
			p.tolak("unit", "dokumen.unit-tidak-sah");
		}
		if (b.pemegang() == null || !Nik.sah(b.pemegang().nik())) {
			p.tolak("nik", "dokumen.nik-tidak-sah");
		}
		if (b.pemegang() == null || kosong(b.pemegang().nama()) || b.pemegang().nama().length() > PANJANG_TEKS_MAKS) {
			p.tolak("nama", "dokumen.nama-wajib");
		}
		if (kosong(b.perihal()) || b.perihal().length() > PANJANG_TEKS_MAKS) {
			p.tolak("perihal", "dokumen.perihal-wajib");
		}
		if (b.penandaTangan() == null || kosong(b.penandaTangan().nama()) || kosong(b.penandaTangan().jabatan())) {
			p.tolak("penandaTangan", "dokumen.penanda-tangan-wajib");
		}
		if (kosong(b.konsumenModul()) || kosong(b.konsumenRef())) {
			p.tolak("konsumenRef", "dokumen.konsumen-wajib");
		}
		p.lempar();
	}

	/** Step 1: the number and the record, in one transaction. */
	Dokumen pesanNomor(DokumenBaru b, Instant waktu) {
		Jenis j = repo.jenis(b.jenisKode())
			.orElseThrow(() -> new PermintaanDitolakException(HttpStatus.UNPROCESSABLE_CONTENT, "dokumen.jenis.tidak-ada"));
		LocalDate tanggal = Waktu.wita(waktu).toLocalDate();
		List<List<String>> isian = new ArrayList<>();
		if (b.isian() != null) {
			b.isian().forEach((k, v) -> isian.add(List.of(Teks.bersihkan(k, PANJANG_TEKS_MAKS), Teks.bersihkan(v == null ? "" : v, PANJANG_TEKS_MAKS))));
		}
		DokumenBaru.PenandaTangan pt = b.penandaTangan();
		Dokumen.Data data = new Dokumen.Data(b.namaUnit(), isian, pt.nama(), pt.nip(), pt.jabatan(), pt.nik());
		try {
			return tx.execute(s -> {
				int urut = repo.ambilNomor(b.klasifikasi(), b.unit(), tanggal.getYear());
				Dokumen d = new Dokumen(UUID.randomUUID(), j.kode(), b.klasifikasi(), b.unit(), tanggal.getYear(), urut,
						new PolaNomor(j.polaNomor()).nomor(b.klasifikasi(), urut, b.unit(), tanggal), Dokumen.Status.DISIAPKAN, data,
						Nik.dari(b.pemegang().nik()).nilai(), b.pemegang().nama().strip(), b.perihal().strip(), b.berlakuSampai(), b.opdId(),
						b.konsumenModul(), b.konsumenRef(), waktu, j.tandaTangan(), null, null, null, null);
				repo.tambah(d);
				return d;
			});
		}
		catch (DuplicateKeyException ex) {
			// the same reference issued at the same moment by another caller: its number stands, this one was rolled back
			return repo.cariKonsumen(b.konsumenModul(), b.konsumenRef()).orElseThrow(() -> ex);
		}
	}

	/** Steps 2 and 3: render, sign and store with no transaction open, then record the PDF. */
	DokumenTerbit selesaikan(Dokumen d, String sandiBsre) {
		Jenis j = repo.jenis(d.jenisKode()).orElseThrow();
		String url = urlVerifikasi(d.id());
		byte[] qr = KodeQr.png(url, SISI_QR);
		Map<String, Object> isi = isiSurat(d, j.nama(), url, qr);
		byte[] pdf = ditunggu(() -> penyaji.pdf(j.templat(), isi));
		PenandaTangan pt = penanda.get(d.tandaTangan());
		byte[] tertanda = pt.tandatangani(pdf, new PenandaTangan.Permintaan(d.data().penandaTanganNama(), d.data().penandaTanganNik(),
				sandiBsre, tempat(), j.nama() + " " + d.nomor(), qr));
		BerkasBaru tersimpan = ditunggu(() -> berkas.simpanDokumen(PEMILIK, tertanda));
		String sha = Sidik.sha256(tertanda);
		tx.executeWithoutResult(s -> {
			if (repo.selesaikan(d.id(), tersimpan.berkas().id(), sha)) {
				berkas.catat(tersimpan);
			}
		});
		return terbit(repo.cari(d.id()).orElseThrow());
	}

	/** Once the number is taken the document is finished rather than failed: a full heavy-work pool (rendering, storing) is waited for. */
	private <T> T ditunggu(Supplier<T> kerja) {
		Instant batas = clock.instant().plus(TUNGGU_PENYIMPANAN);
		for (long jeda = JEDA_PENYIMPANAN_MS;; jeda = Math.min(jeda * 2, JEDA_PENYIMPANAN_MAKS_MS)) {
			try {
				return kerja.get();
			}
			catch (CobaLagiNantiException ex) {
				if (clock.instant().isAfter(batas)) {
					throw ex;
				}
				try {
					Thread.sleep(jeda);
				}
				catch (InterruptedException ie) {
					Thread.currentThread().interrupt();
					throw ex;
				}
			}
		}
	}

	/** The template's variable {@code d}: plain maps, so an agency's template reads {@code ${d.pemegang.nama}}. */
	Map<String, Object> isiSurat(Dokumen d, String judul, String url, byte[] qr) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("judul", judul);
		m.put("nomor", d.nomor());
		Map<String, Object> kop = new LinkedHashMap<>();
		kop.put("pemerintah", ("Pemerintah " + kota.nama()).toUpperCase(INDONESIA));
		kop.put("instansi", Optional.ofNullable(d.opdId()).flatMap(opd::cari).map(Opd::nama).map(n -> n.toUpperCase(INDONESIA)).orElse(null));
		kop.put("unit", d.data().namaUnit() == null ? null : d.data().namaUnit().toUpperCase(INDONESIA));
		m.put("kop", kop);
		m.put("pemegang", Map.of("nama", d.nama(), "nik", d.nik()));
		m.put("perihal", d.perihal());
		Map<String, String> isian = new LinkedHashMap<>();
		d.data().isian().forEach(p -> isian.put(p.get(0), p.get(1)));
		m.put("isian", isian);
		m.put("berlakuSampai", d.berlakuSampai() == null ? null : Waktu.formatTanggal(d.berlakuSampai(), INDONESIA));
		m.put("tempat", tempat());
		m.put("tanggal", Waktu.formatTanggal(Waktu.wita(d.diterbitkanPada()).toLocalDate(), INDONESIA));
		Map<String, Object> pt = new LinkedHashMap<>();
		pt.put("nama", d.data().penandaTanganNama());
		pt.put("nip", d.data().penandaTanganNip());
		pt.put("jabatan", d.data().penandaTanganJabatan());
		m.put("penandaTangan", pt);
		m.put("qr", "data:image/png;base64," + Base64.getEncoder().encodeToString(qr));
		m.put("urlVerifikasi", url);
		m.put("keteranganTandaTangan", pesan.getMessage("dokumen.ttd.keterangan." + d.tandaTangan().name().toLowerCase(Locale.ROOT), null,
				INDONESIA));
		return m;
	}

	/** "Kota Kupang" signs in "Kupang". */
	private String tempat() {
		return kota.nama().replaceFirst("^(Kota|Kabupaten) ", "");
	}

	String urlVerifikasi(UUID id) {
		return urlDasar.nilai() + JALUR_VERIFIKASI + id;
	}

	/** Finishes documents interrupted after their number was taken (a crash, a restart); see {@link PenyelesaiDokumen}. */
	int selesaikanTertunda(Instant sebelum, int batas) {
		int n = 0;
		for (Dokumen d : repo.tertunda(sebelum, batas)) {
			try {
				selesaikan(d, null);
				n++;
			}
			catch (RuntimeException ex) {
				log.warn("Document {} ({}) could not be finished yet: {}", d.id(), d.nomor(), ex.toString());
			}
		}
		return n;
	}

	private DokumenTerbit terbit(Dokumen d) {
		return new DokumenTerbit(d.id(), d.jenisKode(), d.nomor(), urlVerifikasi(d.id()), d.sha256(), d.diterbitkanPada(), d.tandaTangan(),
				d.dicabutPada());
	}

	// --- reading, revoking ---

	@Override
	public Optional<DokumenTerbit> cari(UUID id) {
		return repo.cari(id).filter(d -> d.status() == Dokumen.Status.TERBIT).map(this::terbit);
	}

	@Override
	public Optional<DokumenTerbit> cariKonsumen(String konsumenModul, String konsumenRef) {
		return repo.cariKonsumen(konsumenModul, konsumenRef).filter(d -> d.status() == Dokumen.Status.TERBIT).map(this::terbit);
	}

	/** An issued document for the verification page; 404 for an unknown id and one not issued yet. */
	Dokumen muat(UUID id) {
		return repo.cari(id).filter(d -> d.status() == Dokumen.Status.TERBIT)
			.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("dokumen.tidak-ada"));
	}

	@Override
	public String tautanUnduh(UUID id) {
		return JALUR_VERIFIKASI + id + "/unduh/" + kunciUnduh.untuk(id);
	}

	/** The PDF for whoever holds the download link; 404 for a wrong key, as for an unknown document. */
	IsiBerkas bacaDenganKunci(UUID id, String kunci) {
		if (!kunciUnduh.cocok(id, kunci)) {
			throw PermintaanDitolakException.tidakDitemukan("dokumen.tidak-ada");
		}
		return baca(id);
	}

	@Override
	public IsiBerkas baca(UUID id) {
		return berkas.baca(muat(id).berkasId());
	}

	@Override
	public void cabut(UUID id, String alasan, Staf staf) {
		Dokumen d = muat(id);
		if (!staf.berwenangAtas(d.opdId()) && !staf.adminKota()) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "dokumen.cabut.bukan-wewenang");
		}
		if (kosong(alasan) || alasan.strip().length() > PANJANG_TEKS_MAKS) {
			new IsianDitolakException.Pemeriksa().tolak("alasan", "dokumen.cabut.alasan-wajib", PANJANG_TEKS_MAKS).lempar();
		}
		String teks = Teks.bersihkan(alasan.strip(), PANJANG_TEKS_MAKS);
		tx.executeWithoutResult(s -> {
			if (!repo.cabut(id, clock.instant(), teks, staf.username())) {
				throw new PermintaanDitolakException(HttpStatus.CONFLICT, "dokumen.cabut.sudah");
			}
			audit.catat("dokumen.dicabut", "dokumen", id.toString(), Map.of("nomor", d.nomor(), "status", "berlaku"),
					Map.of("nomor", d.nomor(), "status", "dicabut", "alasan", teks));
		});
	}

	/** Whether an uploaded file is the issued PDF itself, byte for byte (its SHA-256). */
	boolean asli(Dokumen d, byte[] unggahan) {
		return unggahan != null && d.sha256() != null && d.sha256().equals(Sidik.sha256(unggahan));
	}

	private static boolean kosong(String s) {
		return s == null || s.isBlank();
	}
}
