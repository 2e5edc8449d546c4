package id.kotacerdas.permohonan.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.kalender.KalenderKerja;
import id.kotacerdas.notifikasi.Kontak;
import id.kotacerdas.notifikasi.Notifikasi;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.permohonan.AlurBaru;
import id.kotacerdas.permohonan.DataPemohon;
import id.kotacerdas.permohonan.MesinPermohonan;
import id.kotacerdas.permohonan.Pemohon;
import id.kotacerdas.permohonan.PenjagaPersetujuan;
import id.kotacerdas.permohonan.PermohonanBaru;
import id.kotacerdas.permohonan.PermohonanBerubah;
import id.kotacerdas.permohonan.RingkasanPermohonan;
import id.kotacerdas.permohonan.StatusPermohonan;
import id.kotacerdas.permohonan.TahapBaru;
import id.kotacerdas.permohonan.TandaTerimaPermohonan;
import id.kotacerdas.permohonan.Tindakan;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Nik;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Teks;
import id.kotacerdas.platform.UrlDasar;

/**
 * The engine's use cases: each loads the aggregate, lets it decide, stores it under its version,
 * audits the transition and publishes its event, all in one transaction, and queues the
 * applicant's notification in the same one.
 */
@Service
class LayananPermohonan implements MesinPermohonan {

	/** Longest name and subject line, in characters. */
	static final int PANJANG_NAMA_MAKS = 200;

	/** How many codes to draw before giving up: with 33.5 million codes a second clash is already rare. */
	private static final int PERCOBAAN_KODE = 10;

	private static final Pattern TELEPON = Pattern.compile("\\+?[0-9]{8,15}");

	private static final Pattern KODE_ALUR = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");

	private final PermohonanRepository repo;

	private final KalenderKerja kalender;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final PemberitahuPermohonan pemberitahu;

	private final DaftarOpd opd;

	private final PermohonanProperties properti;

	private final UrlDasar urlDasar;

	private final Clock clock;

	private final List<PenjagaPersetujuan> penjaga;

	LayananPermohonan(PermohonanRepository repo, KalenderKerja kalender, AuditLog audit, ApplicationEventPublisher events,
			PemberitahuPermohonan pemberitahu, DaftarOpd opd, PermohonanProperties properti, UrlDasar urlDasar, Clock clock,
			List<PenjagaPersetujuan> penjaga) {
		this.penjaga = penjaga;
		this.repo = repo;
		this.kalender = kalender;
		this.audit = audit;
		this.events = events;
		this.pemberitahu = pemberitahu;
		this.opd = opd;
		this.properti = properti;
		this.urlDasar = urlDasar;
		this.clock = clock;
	}

	// --- flows ---

	@Override
	@Transactional
	public long tetapkanAlur(AlurBaru a) {
		periksaAlur(a);
		Optional<Alur> ada = repo.alur(a.kode());
		if (ada.isPresent() && sama(ada.get(), a)) {
			return ada.get().id();
		}
		long id;
		if (ada.isPresent()) {
			id = ada.get().id();
			if (repo.alurDipakai(id)) {
				throw new PermintaanDitolakException(HttpStatus.CONFLICT, "permohonan.alur-dipakai", a.kode());
			}
		}
		else {
			id = repo.tambahAlur(a.kode(), a.nama(), a.konsumenModul(), a.konsumenRef(), a.batasHariKerja());
		}
		repo.gantiAlur(id, a.nama(), a.konsumenModul(), a.konsumenRef(), a.batasHariKerja(), a.tahap());
		audit.catat(ada.isPresent() ? "permohonan.alur.diubah" : "permohonan.alur.dibuat", "alur-permohonan", a.kode(), ada.orElse(null), a);
		return id;
	}

	private void periksaAlur(AlurBaru a) {
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		if (a.kode() == null || !KODE_ALUR.matcher(a.kode()).matches()) {
			p.tolak("kode", "permohonan.alur.kode-tidak-sah");
		}
		if (kosong(a.nama()) || a.nama().length() > PANJANG_NAMA_MAKS) {
			p.tolak("nama", "permohonan.alur.nama-wajib", PANJANG_NAMA_MAKS);
		}
		if (kosong(a.konsumenModul())) {
			p.tolak("konsumenModul", "permohonan.alur.konsumen-wajib");
		}
		if (a.batasHariKerja() < 0) {
			p.tolak("batasHariKerja", "permohonan.alur.batas-negatif");
		}
		if (a.tahap().isEmpty()) {
			p.tolak("tahap", "permohonan.alur.tahap-wajib");
		}
		for (TahapBaru t : a.tahap()) {
			if (kosong(t.nama()) || t.nama().length() > PANJANG_NAMA_MAKS) {
				p.tolak("tahap", "permohonan.alur.nama-tahap-wajib", PANJANG_NAMA_MAKS);
			}
			if (t.batasHariKerja() < 0) {
				p.tolak("tahap", "permohonan.alur.batas-negatif");
			}
			if (opd.cari(t.opdId()).isEmpty()) {
				p.tolak("tahap", "permohonan.alur.opd-tidak-ada", t.opdId());
			}
		}
		p.lempar();
	}

	private static boolean sama(Alur ada, AlurBaru a) {
		List<TahapBaru> tahap = ada.tahap().stream()
			.map(t -> new TahapBaru(t.nama(), t.opdId(), t.unit(), t.peran(), t.batasHariKerja(), t.persyaratan()))
			.toList();
		return ada.nama().equals(a.nama()) && ada.konsumenModul().equals(a.konsumenModul())
				&& java.util.Objects.equals(ada.konsumenRef(), a.konsumenRef()) && ada.batasHariKerja() == a.batasHariKerja()
				&& tahap.equals(a.tahap());
	}

	// --- filing ---

	@Override
	@Transactional
	public TandaTerimaPermohonan ajukan(PermohonanBaru baru) {
		return ajukanPada(baru, clock.instant());
	}

	@Override
	@Transactional
	public TandaTerimaPermohonan ajukanDiLoket(PermohonanBaru baru, Staf operator) {
		// leadership reads and changes nothing; every other staff role may serve the counter
		if (!operator.bolehMengubah() || operator.peran() == Peran.PEGAWAI) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "permohonan.loket.tidak-berwenang");
		}
		return ajukanPada(baru, clock.instant(), pelaku(operator));
	}

	/** Filing at a given moment: {@link #ajukan} at the clock's now; the demo data files in the past so deadlines show. */
	@Transactional
	TandaTerimaPermohonan ajukanPada(PermohonanBaru baru, Instant sekarang) {
		return ajukanPada(baru, sekarang, Permohonan.Pelaku.PEMOHON);
	}

	private TandaTerimaPermohonan ajukanPada(PermohonanBaru baru, Instant sekarang, Permohonan.Pelaku pelaku) {
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		Alur alur = repo.alur(baru.alurKode() == null ? "" : baru.alurKode()).orElse(null);
		if (alur == null) {
			p.tolak("alurKode", "permohonan.alur-tidak-ada");
		}
		var pemohon = baru.pemohon();
		Nik nik = p.periksa("nik", () -> {
			try {
				return Nik.dari(pemohon == null ? null : pemohon.nik());
			}
			catch (IllegalArgumentException ex) {
				throw new PermintaanDitolakException("permohonan.nik-tidak-sah");
			}
		});
		String nama = pemohon == null ? null : bersih(pemohon.nama());
		if (kosong(nama) || nama.length() > PANJANG_NAMA_MAKS) {
			p.tolak("nama", "permohonan.nama-wajib", PANJANG_NAMA_MAKS);
		}
		String email = pemohon == null ? null : kosongJadiNull(pemohon.email());
		String telepon = pemohon == null ? null : kosongJadiNull(pemohon.telepon());
		if (telepon != null) {
			telepon = telepon.replaceAll("[\\s.-]", "");
		}
		if (email == null && telepon == null) {
			p.tolak("kontak", "permohonan.kontak-wajib");
		}
		if (email != null && (email.length() > PANJANG_NAMA_MAKS || !Kontak.email(email))) {
			p.tolak("email", "permohonan.email-tidak-sah");
		}
		if (telepon != null && !TELEPON.matcher(telepon).matches()) {
			p.tolak("telepon", "permohonan.telepon-tidak-sah");
		}
		String perihal = bersih(baru.perihal());
		if (kosong(perihal) || perihal.length() > Permohonan.PANJANG_TEKS_MAKS) {
			p.tolak("perihal", "permohonan.perihal-wajib", Permohonan.PANJANG_TEKS_MAKS);
		}
		for (String t : new String[] { nama, email, telepon, perihal, baru.konsumenRef() }) {
			if (!Teks.sah(t)) {
				p.tolak("perihal", "permohonan.teks-tidak-sah");
			}
		}
		p.lempar();

		String token = KodeLacak.tokenBaru();
		Locale bahasa = bahasaPermintaan();
		for (int i = 0; i < PERCOBAAN_KODE; i++) {
			Permohonan.Isi isi = new Permohonan.Isi(KodeLacak.baru(properti.prefiks()), baru.konsumenRef(), perihal, nik, nama, email,
					telepon, KodeLacak.hash(token), sekarang);
			Permohonan permohonan = Permohonan.ajukan(alur, isi, pelaku, kalender);
			PermohonanBerubah peristiwa = terbit(permohonan);
			Optional<Long> id = repo.tambah(permohonan, bahasa);
			if (id.isPresent()) {
				Permohonan tersimpan = repo.cari(isi.kode()).orElseThrow();
				// at the counter the audit entry's actor is the operator (the signed-in person), and says so
				audit.catat(pelaku.stafId() == null ? "permohonan.diajukan" : "permohonan.diajukan-loket", "permohonan", isi.kode(), null,
						Jejak.dari(tersimpan));
				events.publishEvent(peristiwa);
				TandaTerimaPermohonan tanda = new TandaTerimaPermohonan(isi.kode(), urlDasar.nilai() + jalurLacak(isi.kode()),
						urlDasar.nilai() + jalurPribadi(isi.kode(), token));
				pemberitahu.diajukan(tersimpan, tanda, bahasa);
				return tanda;
			}
		}
		throw new IllegalStateException("no free tracking code after " + PERCOBAAN_KODE + " draws");
	}

	private static PermohonanBerubah terbit(Permohonan p) {
		Permohonan.Riwayat r = p.riwayatBaru().get(0);
		return new PermohonanBerubah(p.kode(), p.alur().kode(), p.alur().konsumenModul(), p.alur().konsumenRef(), p.isi().konsumenRef(),
				r.tindakan(), r.status(), r.tahapKe(), r.teks(), r.waktu(), r.pelaku() == null ? null : r.pelaku().stafId());
	}

	static String jalurLacak(String kode) {
		return "/c/" + kode;
	}

	static String jalurPribadi(String kode, String token) {
		return "/c/" + kode + "/" + token;
	}

	// --- reading ---

	@Override
	@Transactional(readOnly = true)
	public Optional<RingkasanPermohonan> cari(String kode) {
		return Optional.ofNullable(KodeLacak.normal(kode)).flatMap(repo::cari).map(LayananPermohonan::ringkas);
	}

	/** The aggregate, or 404. */
	Permohonan muat(String kode) {
		return Optional.ofNullable(KodeLacak.normal(kode)).flatMap(repo::cari)
			.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("permohonan.tidak-ditemukan", kode));
	}

	/** The aggregate if the private token is its own, else 404 (whether the code exists is not told apart). */
	Permohonan muatDenganToken(String kode, String token) {
		return cocokToken(kode, token).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("permohonan.tautan-tidak-berlaku"));
	}

	private Optional<Permohonan> cocokToken(String kode, String token) {
		return Optional.ofNullable(KodeLacak.normal(kode)).flatMap(repo::cari)
			.filter(p -> token != null && java.security.MessageDigest.isEqual(KodeLacak.hash(token).getBytes(), p.isi().tokenHash().getBytes()));
	}

	/**
	 * A lost private link, asked for with the code and the contact filed with: when both match, a
	 * new token replaces the old one and the link goes to that contact only. The caller answers the
	 * same whether or not they matched; the audit log keeps which (and the address asking).
	 */
	@Transactional
	public void kirimUlangTautan(String kode, String kontak, String alamatIp) {
		String normal = KodeLacak.normal(kode);
		Optional<Permohonan> p = Optional.ofNullable(normal).flatMap(repo::cari);
		// a phone without a gateway cannot receive it: the old link is then left working
		Optional<Kontak> tujuan = p.flatMap(x -> Kontak.cocok(x.isi().email(), x.isi().telepon(), Notifikasi.SMS, kontak))
			.filter(pemberitahu::bisaKirim);
		if (tujuan.isPresent()) {
			String token = KodeLacak.tokenBaru();
			repo.gantiToken(p.get().id(), KodeLacak.hash(token));
			pemberitahu.tautanBaru(p.get(), tujuan.get(), urlDasar.nilai() + jalurPribadi(p.get().kode(), token));
		}
		Map<String, Object> hasil = new java.util.LinkedHashMap<>();
		hasil.put("cocok", tujuan.isPresent());
		hasil.put("saluran", tujuan.map(Kontak::saluran).orElse(null));
		hasil.put("ip", alamatIp);
		audit.catat("permohonan.tautan-diminta", "permohonan", normal == null ? "-" : normal, null, hasil);
	}

	List<Permohonan.Riwayat> riwayat(Permohonan p) {
		return repo.riwayat(p.id());
	}

	@Override
	@Transactional(readOnly = true)
	public RingkasanPermohonan cariDenganToken(String kode, String token) {
		return ringkas(muatDenganToken(kode, token));
	}

	@Override
	public Optional<DataPemohon> pemohon(String kode) {
		return Optional.ofNullable(KodeLacak.normal(kode)).flatMap(repo::cari).map(p -> new DataPemohon(p.kode(), p.isi().perihal(),
				new Pemohon(p.isi().nik().nilai(), p.isi().nama(), p.isi().email(), p.isi().telepon())));
	}

	static RingkasanPermohonan ringkas(Permohonan p) {
		return new RingkasanPermohonan(p.kode(), p.alur().kode(), p.isi().konsumenRef(), p.status(), p.tahapKe(), p.alur().jumlahTahap(),
				p.keadaan().tenggatTahap, p.keadaan().versi);
	}

	/** Whether this staff member owns the current step: its agency, and its role where the step names one (the agency's admin may always act). */
	static boolean pemilikTahap(Staf staf, Alur.Tahap tahap) {
		return staf.berwenangAtas(tahap.opdId())
				&& (tahap.peran() == null || tahap.peran() == staf.peran() || staf.adminAtas(tahap.opdId()));
	}

	@Override
	public boolean bolehBertindak(String kode, Staf staf) {
		Permohonan p = muat(kode);
		return p.status().terbuka() && pemilikTahap(staf, p.tahap());
	}

	// --- transitions ---

	@Override
	@Transactional
	public RingkasanPermohonan setujui(String kode, int versi, Staf staf) {
		return olehStaf(kode, versi, staf, (p, w) -> {
			// a consumer's condition holds whichever page approves (e.g. the required documents checked)
			RingkasanPermohonan r = ringkas(p);
			for (PenjagaPersetujuan j : p.status() == StatusPermohonan.DIPROSES ? penjaga : List.<PenjagaPersetujuan>of()) {
				j.tahan(r).ifPresent(a -> {
					throw new PermintaanDitolakException(HttpStatus.CONFLICT, a.kodePesan(), a.argumen());
				});
			}
			return p.setujui(pelaku(staf), w, kalender);
		});
	}

	@Override
	@Transactional
	public RingkasanPermohonan kembalikan(String kode, int versi, String alasan, List<String> kekurangan, Staf staf) {
		return olehStaf(kode, versi, staf, (p, w) -> p.kembalikan(pelaku(staf), alasan, kekurangan, w, kalender));
	}

	@Override
	@Transactional
	public RingkasanPermohonan tolak(String kode, int versi, String alasan, Staf staf) {
		return olehStaf(kode, versi, staf, (p, w) -> p.tolak(pelaku(staf), alasan, w, kalender));
	}

	@Override
	@Transactional
	public RingkasanPermohonan ajukanUlang(String kode, String token, String catatan) {
		return jalankan(muatDenganToken(kode, token), (p, w) -> p.ajukanUlang(bersih(catatan), w, kalender));
	}

	@Override
	@Transactional
	public RingkasanPermohonan batalkan(String kode, String token, String alasan) {
		return jalankan(muatDenganToken(kode, token), (p, w) -> p.batalkan(bersih(alasan), w, kalender));
	}

	/** Overdue escalation: true when the current step's missed deadline was escalated now (once per step). */
	@Transactional
	public boolean eskalasi(String kode, Instant sekarang) {
		Permohonan p = muat(kode);
		if (!p.eskalasi(sekarang)) {
			return false;
		}
		repo.simpan(p);
		audit.catat("permohonan.eskalasi", "permohonan", p.kode(), null, Map.of("tahapKe", p.tahapKe()));
		pemberitahu.eskalasi(p);
		return true;
	}

	private interface Transisi {
		PermohonanBerubah jalankan(Permohonan p, Instant waktu);
	}

	private RingkasanPermohonan olehStaf(String kode, int versi, Staf staf, Transisi transisi) {
		Permohonan p = muat(kode);
		if (p.keadaan().versi != versi) {
			throw new PermintaanDitolakException(HttpStatus.CONFLICT, "permohonan.diubah-bersamaan", p.kode());
		}
		if (p.status().terbuka() && !pemilikTahap(staf, p.tahap())) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "permohonan.bukan-pemilik-tahap", p.tahap().nama());
		}
		return jalankan(p, transisi);
	}

	private RingkasanPermohonan jalankan(Permohonan p, Transisi transisi) {
		Jejak sebelum = Jejak.dari(p);
		PermohonanBerubah peristiwa = transisi.jalankan(p, clock.instant());
		repo.simpan(p);
		audit.catat("permohonan." + peristiwa.tindakan().name().toLowerCase(Locale.ROOT), "permohonan", p.kode(), sebelum, Jejak.dari(p));
		events.publishEvent(peristiwa);
		pemberitahu.berubah(p, peristiwa);
		return ringkas(p);
	}

	private static Permohonan.Pelaku pelaku(Staf staf) {
		return new Permohonan.Pelaku(staf.id(), staf.nama());
	}

	/** What the audit log keeps of an application's state: no personal data. */
	record Jejak(String status, int tahapKe, Instant tenggatTahap, String alasan, List<String> kekurangan, int versi) {

		static Jejak dari(Permohonan p) {
			Permohonan.Keadaan k = p.keadaan();
			return new Jejak(k.status.name(), k.tahapKe, k.tenggatTahap, k.alasan, k.kekurangan, k.versi);
		}
	}

	private static String bersih(String teks) {
		return teks == null ? null : teks.strip();
	}

	private static String kosongJadiNull(String teks) {
		return teks == null || teks.isBlank() ? null : teks.strip();
	}

	private static boolean kosong(String teks) {
		return teks == null || teks.isBlank();
	}

	/** The language a web request chose (null: Indonesian, the default); kept for the applicant's later messages. */
	private static Locale bahasaPermintaan() {
		LocaleContext konteks = LocaleContextHolder.getLocaleContext();
		Locale bahasa = konteks == null ? null : konteks.getLocale();
		return bahasa == null || !"en".equals(bahasa.getLanguage()) ? null : Locale.ENGLISH;
	}
}
