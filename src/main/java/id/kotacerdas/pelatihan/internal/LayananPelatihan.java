package id.kotacerdas.pelatihan.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.dokumen.DokumenBaru;
import id.kotacerdas.dokumen.DokumenTerbit;
import id.kotacerdas.dokumen.JenisDokumenBaru;
import id.kotacerdas.dokumen.JenisTandaTangan;
import id.kotacerdas.dokumen.PenerbitDokumen;
import id.kotacerdas.notifikasi.Kontak;
import id.kotacerdas.notifikasi.Notifikasi;
import id.kotacerdas.notifikasi.Pesan;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Nik;
import id.kotacerdas.platform.Nip;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Sidik;
import id.kotacerdas.platform.UrlDasar;
import id.kotacerdas.platform.Waktu;
import id.kotacerdas.umkm.DaftarUsaha;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/**
 * The rules of training: who may organise, sign-up within the quota, check-in once per participant, the follow-up
 * when it is due, certificates for those who attended.
 */
@Service
class LayananPelatihan {

	static final String JENIS_SERTIFIKAT = "pelatihan.sertifikat";

	/** Letters and digits that cannot be misread when typed from a screen: no 0/O, 1/I/L. */
	private static final String HURUF_KODE = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private static final int PANJANG_KODE = 8;

	static final Pattern KODE = Pattern.compile("PLT-[" + HURUF_KODE + "]{" + PANJANG_KODE + "}");


	/** A scan may be taken this long before the session starts or after it ends (arrivals, a late start). */
	static final Duration KELONGGARAN_ABSEN = Duration.ofHours(2);

	/** A phone's clock may run this much ahead of the server's. */
	private static final Duration JAM_PERANGKAT = Duration.ofMinutes(5);

	/** The trainer's link works until a day after the session, for a late sync. */
	private static final Duration UMUR_TAUTAN_ABSEN = Duration.ofDays(1);

	private static final int BATAS_TEKS = 200;

	private static final int KUOTA_MAKS = 1000;

	private static final int TAUTAN_TOKO_MAKS = 3;

	private static final int BATAS_KELOMPOK = 500;

	private final PelatihanRepository repo;

	private final Wilayah wilayah;

	private final DaftarOpd opd;

	private final DaftarUsaha usaha;

	private final Notifikasi notifikasi;

	private final PenerbitDokumen penerbit;

	private final AkunStaf akun;

	private final AuditLog audit;

	private final UrlDasar url;

	private final PelatihanProperties properti;

	private final Clock clock;

	private final SecureRandom acak = new SecureRandom();

	private final TransactionTemplate transaksi;

	LayananPelatihan(PelatihanRepository repo, Wilayah wilayah, DaftarOpd opd, DaftarUsaha usaha, Notifikasi notifikasi, PenerbitDokumen penerbit,
			AkunStaf akun, AuditLog audit, UrlDasar url, PelatihanProperties properti, Clock clock, PlatformTransactionManager tm) {
		this.transaksi = new TransactionTemplate(tm);
		this.repo = repo;
		this.wilayah = wilayah;
		this.opd = opd;
		this.usaha = usaha;
		this.notifikasi = notifikasi;
		this.penerbit = penerbit;
		this.akun = akun;
		this.audit = audit;
		this.url = url;
		this.properti = properti;
		this.clock = clock;
	}

	/** The agency that organises by default (the cooperatives agency), if the city's list has it. */
	Optional<Opd> opdBaku() {
		return opd.cariSingkatan(properti.opd()).or(() -> opd.semua().stream().filter(o -> o.nama().equalsIgnoreCase(properti.opd())).findFirst());
	}

	/** The certificate's kind, defined at start-up (again: no change); the agency may edit its template on dokumen's pages. */
	@org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
	@org.springframework.core.annotation.Order(100)
	public void tetapkanJenisSertifikat() {
		penerbit.tetapkanJenis(new JenisDokumenBaru(JENIS_SERTIFIKAT, "Sertifikat Pelatihan UMKM", "pelatihan", opdBaku().map(Opd::id).orElse(null),
				JenisDokumenBaru.POLA_BAKU, JenisTandaTangan.LOKAL, null));
	}

	// ---- programmes and sessions (staff of the organising agency)

	record FormulirProgram(String judul, String topik, Long opdId, String mitra, String keterangan) {
	}

	@Transactional
	long buatProgram(Staf staf, FormulirProgram f) {
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		String judul = wajib(p, "judul", f.judul());
		Topik topik = topik(p, f.topik());
		Long opdId = f.opdId() != null ? f.opdId() : staf.opdId();
		if (opdId == null || opd.cari(opdId).isEmpty()) {
			p.tolak("opdId", "pelatihan.isian.opd");
		}
		String mitra = boleh(p, "mitra", f.mitra());
		String keterangan = boleh(p, "keterangan", f.keterangan());
		p.lempar();
		bolehMengatur(staf, opdId);
		long id = repo.tambahProgram(judul, topik, opdId, mitra, keterangan, clock.instant(), staf.username());
		audit.catat("pelatihan.program.dibuat", "pelatihan.program", String.valueOf(id), null,
				Map.of("judul", judul, "topik", topik.name(), "opdId", opdId));
		return id;
	}

	record FormulirSesi(String pelatih, String tempat, String kelurahan, String tanggal, String jamMulai, String jamSelesai, String kuota) {
	}

	@Transactional
	long buatSesi(Staf staf, long programId, FormulirSesi f) {
		Rekaman.Program g = program(programId);
		bolehMengatur(staf, g.opdId());
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		String pelatih = wajib(p, "pelatih", f.pelatih());
		String tempat = wajib(p, "tempat", f.tempat());
		String kelurahan = kelurahan(p, f.kelurahan());
		LocalDate tanggal = null;
		LocalTime mulai = null;
		LocalTime selesai = null;
		try {
			tanggal = LocalDate.parse(teks(f.tanggal()) == null ? "" : f.tanggal().strip());
		}
		catch (DateTimeParseException ex) {
			p.tolak("tanggal", "pelatihan.isian.tanggal");
		}
		try {
			mulai = LocalTime.parse(f.jamMulai() == null ? "" : f.jamMulai().strip());
		}
		catch (DateTimeParseException ex) {
			p.tolak("jamMulai", "pelatihan.isian.jam");
		}
		try {
			selesai = LocalTime.parse(f.jamSelesai() == null ? "" : f.jamSelesai().strip());
		}
		catch (DateTimeParseException ex) {
			p.tolak("jamSelesai", "pelatihan.isian.jam");
		}
		if (mulai != null && selesai != null && !selesai.isAfter(mulai)) {
			p.tolak("jamSelesai", "pelatihan.isian.jam-urut");
		}
		int kuota = 0;
		try {
			kuota = Integer.parseInt(f.kuota() == null ? "" : f.kuota().strip());
		}
		catch (NumberFormatException ex) {
			kuota = 0;
		}
		if (kuota < 1 || kuota > KUOTA_MAKS) {
			p.tolak("kuota", "pelatihan.isian.kuota", KUOTA_MAKS);
		}
		p.lempar();
		Instant awal = tanggal.atTime(mulai).atZone(Waktu.WITA).toInstant();
		Instant akhir = tanggal.atTime(selesai).atZone(Waktu.WITA).toInstant();
		long id = repo.tambahSesi(programId, pelatih, tempat, kelurahan, awal, akhir, kuota, clock.instant());
		audit.catat("pelatihan.sesi.dibuat", "pelatihan.sesi", String.valueOf(id), null,
				Map.of("programId", programId, "tempat", tempat, "mulai", awal.toString(), "kuota", kuota));
		return id;
	}

	Rekaman.Program program(long id) {
		return repo.program(id).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pelatihan.program.tidak-ada"));
	}

	Rekaman.Sesi sesi(long id) {
		return repo.sesi(id).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pelatihan.sesi.tidak-ada"));
	}

	/** A staff member's view of a session: whoever may see the organising agency's things. */
	Rekaman.Sesi sesiUntukStaf(Staf staf, long id) {
		Rekaman.Sesi s = sesi(id);
		if (!staf.bolehMelihat(s.opdId())) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "pelatihan.bukan-wewenang");
		}
		return s;
	}

	void bolehMengatur(Staf staf, long opdId) {
		if (!staf.berwenangAtas(opdId)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "pelatihan.bukan-wewenang");
		}
	}

	// ---- sign-up (the owner on a phone, or staff for them)

	record FormulirPeserta(String nama, String telepon, String nik, String namaUsaha, String kelurahan) {
	}

	/** A sign-up: the participant's QR code and the token of their private page (shown once, sent by SMS). */
	record Pendaftaran(long pesertaId, String kode, String token, String tautan) {
	}

	/** @param staf who signs the owner up, or null when the owner does it */
	@Transactional
	Pendaftaran daftar(long sesiId, FormulirPeserta f, Staf staf, Locale bahasa) {
		Rekaman.Sesi s = sesi(sesiId);
		if (staf != null) {
			bolehMengatur(staf, s.opdId());
		}
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		String nama = wajib(p, "nama", f.nama());
		String telepon = Kontak.ponsel(f.telepon()).orElse(null);
		if (telepon == null) {
			p.tolak("telepon", "pelatihan.isian.telepon");
		}
		String nik = teks(f.nik()) == null ? null : f.nik().replaceAll("[ .]", "");
		if (nik != null && !Nik.sah(nik)) {
			p.tolak("nik", "pelatihan.isian.nik");
		}
		String namaUsaha = wajib(p, "namaUsaha", f.namaUsaha());
		String kelurahan = kelurahan(p, f.kelurahan());
		if (!s.selesai().isAfter(clock.instant())) {
			p.tolak("sesi", "pelatihan.daftar.sudah-lewat");
		}
		p.lempar();
		repo.kunciSesi(sesiId);
		if (repo.adaTelepon(sesiId, telepon)) {
			new IsianDitolakException.Pemeriksa().bentrok("telepon", "pelatihan.daftar.sudah-terdaftar").lempar();
		}
		if (repo.hitungPeserta(sesiId) >= s.kuota()) {
			new IsianDitolakException.Pemeriksa().bentrok("sesi", "pelatihan.daftar.penuh").lempar();
		}
		Optional<DaftarUsaha.Usaha> u = cocok(nik, telepon);
		if (nik == null) {
			nik = u.map(DaftarUsaha.Usaha::nik).orElse(null);
		}
		String kode = kodeBaru();
		String token = token();
		long id = repo.tambahPeserta(sesiId, kode, Sidik.sha256(token), nama, telepon, nik, namaUsaha, kelurahan,
				u.map(DaftarUsaha.Usaha::id).orElse(null), staf == null ? null : staf.username(), clock.instant());
		String tautan = url.nilai() + tautanPeserta(kode, token);
		notifikasi.antre(new Pesan(Notifikasi.SMS, telepon, "pelatihan.pesan.terdaftar",
				List.of(s.judul(), Waktu.formatTanggalJam(s.mulai()), s.tempat(), tautan), bahasa));
		if (staf != null) {
			audit.catat("pelatihan.peserta.didaftarkan", "pelatihan.peserta", String.valueOf(id), null,
					Map.of("sesiId", sesiId, "kode", kode, "usahaId", u.map(DaftarUsaha.Usaha::id).map(String::valueOf).orElse("")));
		}
		return new Pendaftaran(id, kode, token, tautan);
	}

	static String tautanPeserta(String kode, String token) {
		return "/pelatihan/peserta/" + kode + "/" + token;
	}

	Rekaman.Peserta pesertaDenganTautan(String kode, String token) {
		return repo.pesertaSandi(kode, Sidik.sha256(token))
			.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pelatihan.peserta.tidak-ada"));
	}

	private Optional<DaftarUsaha.Usaha> cocok(String nik, String telepon) {
		Optional<DaftarUsaha.Usaha> u = nik == null ? Optional.empty() : usaha.cariNik(nik);
		return u.isPresent() ? u : usaha.cariPonsel(telepon);
	}

	/** Ties participants who signed up before their business was registered, once it is. */
	int cocokkanUsaha() {
		int n = 0;
		for (Rekaman.Peserta ps : repo.pesertaTanpaUsaha(BATAS_KELOMPOK)) {
			Optional<DaftarUsaha.Usaha> u = cocok(ps.nik(), ps.telepon());
			if (u.isPresent()) {
				repo.tautkanUsaha(ps.id(), u.get().id());
				n++;
			}
		}
		return n;
	}

	// ---- check-in

	/** A trainer's check-in link for the session (staff of the organising agency make it); only its SHA-256 is kept. */
	@Transactional
	String tautanAbsen(Staf staf, long sesiId) {
		Rekaman.Sesi s = sesi(sesiId);
		bolehMengatur(staf, s.opdId());
		String token = token();
		repo.tambahTautanAbsen(Sidik.sha256(token), sesiId, s.selesai().plus(UMUR_TAUTAN_ABSEN), clock.instant(), staf.username());
		audit.catat("pelatihan.tautan-absen.dibuat", "pelatihan.sesi", String.valueOf(sesiId), null, Map.of("berlakuSampai",
				s.selesai().plus(UMUR_TAUTAN_ABSEN).toString()));
		return "/pelatihan/absen/" + sesiId + "/" + token;
	}

	/** The session whose check-in link this is; 404 for a wrong or expired link (nothing told about which). */
	Rekaman.Sesi sesiAbsen(long sesiId, String token) {
		if (!repo.tautanAbsenBerlaku(sesiId, Sidik.sha256(token), clock.instant())) {
			throw PermintaanDitolakException.tidakDitemukan("pelatihan.absen.tautan-tidak-berlaku");
		}
		return sesi(sesiId);
	}

	List<Rekaman.Peserta> peserta(long sesiId) {
		return repo.pesertaSesi(sesiId);
	}

	/** A scan from the trainer's phone: the code read, when, and which phone. */
	record Pindaian(String kode, Instant dipindai, String perangkat) {
	}

	/** What became of a scan: {@code tercatat} (new), {@code sudah} (recorded before), {@code tidak-dikenal}, {@code di-luar-waktu}. */
	record HasilAbsen(String kode, String status, String nama) {
	}

	@Transactional
	List<HasilAbsen> absen(Rekaman.Sesi s, List<Pindaian> pindaian) {
		Instant kini = clock.instant();
		LocalDate jatuhTempo = Waktu.wita(s.mulai()).toLocalDate().plusMonths(properti.bulanTindakLanjut());
		List<HasilAbsen> hasil = new ArrayList<>();
		for (Pindaian x : pindaian) {
			String kode = x.kode() == null ? "" : x.kode().strip().toUpperCase(Locale.ROOT);
			Optional<Rekaman.Peserta> ps = KODE.matcher(kode).matches() ? repo.pesertaKode(kode).filter(q -> q.sesiId() == s.id())
					: Optional.empty();
			if (ps.isEmpty()) {
				hasil.add(new HasilAbsen(kode, "tidak-dikenal", null));
				continue;
			}
			Instant dipindai = x.dipindai() == null ? kini : x.dipindai();
			if (dipindai.isBefore(s.mulai().minus(KELONGGARAN_ABSEN)) || dipindai.isAfter(s.selesai().plus(KELONGGARAN_ABSEN))
					|| dipindai.isAfter(kini.plus(JAM_PERANGKAT))) {
				hasil.add(new HasilAbsen(kode, "di-luar-waktu", ps.get().nama()));
				continue;
			}
			String perangkat = teks(x.perangkat()) == null ? null : x.perangkat().strip().substring(0, Math.min(x.perangkat().strip().length(), 60));
			boolean baru = repo.catatHadir(ps.get().id(), s.id(), dipindai, kini, perangkat);
			if (baru) {
				repo.jadwalkanTindakLanjut(ps.get().id(), jatuhTempo);
			}
			hasil.add(new HasilAbsen(kode, baru ? "tercatat" : "sudah", ps.get().nama()));
		}
		return hasil;
	}

	// ---- follow-up three months later

	/** Sends the follow-ups due by {@code hari}, each once, with a private link to its short form. */
	@Transactional
	int kirimTindakLanjut(LocalDate hari) {
		int n = 0;
		for (Rekaman.TindakLanjutJatuhTempo t : repo.tindakLanjutJatuhTempo(hari, BATAS_KELOMPOK)) {
			String token = token();
			repo.tandaiTindakLanjutDikirim(t.pesertaId(), Sidik.sha256(token), clock.instant());
			notifikasi.antre(new Pesan(Notifikasi.SMS, t.telepon(), "pelatihan.pesan.tindak-lanjut",
					List.of(t.nama(), t.judul(), url.nilai() + "/pelatihan/tindak-lanjut/" + t.kode() + "/" + token), null));
			n++;
		}
		return n;
	}

	record TindakLanjutPeserta(Rekaman.Peserta peserta, Rekaman.TindakLanjut tindakLanjut) {
	}

	TindakLanjutPeserta tindakLanjutDenganTautan(String kode, String token) {
		Rekaman.Peserta ps = repo.pesertaKode(kode).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pelatihan.peserta.tidak-ada"));
		Rekaman.TindakLanjut t = repo.tindakLanjutSandi(ps.id(), Sidik.sha256(token))
			.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pelatihan.peserta.tidak-ada"));
		return new TindakLanjutPeserta(ps, t);
	}

	record FormulirTindakLanjut(String jualOnline, String pakaiQris, String penjualanNaik, String tautanToko) {
	}

	private static final Pattern TAUTAN = Pattern.compile("https://[^\\s]{3,300}");

	/** @return false when it had been answered already (the first answer is kept) */
	@Transactional
	boolean jawabTindakLanjut(String kode, String token, FormulirTindakLanjut f) {
		TindakLanjutPeserta tp = tindakLanjutDenganTautan(kode, token);
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		Boolean online = yaTidak(p, "jualOnline", f.jualOnline());
		Boolean qris = yaTidak(p, "pakaiQris", f.pakaiQris());
		Boolean naik = yaTidak(p, "penjualanNaik", f.penjualanNaik());
		List<String> tautan = new ArrayList<>();
		for (String baris : (f.tautanToko() == null ? "" : f.tautanToko()).split("\\s+")) {
			if (baris.isBlank()) {
				continue;
			}
			Matcher m = TAUTAN.matcher(baris);
			if (!m.matches()) {
				p.tolak("tautanToko", "pelatihan.isian.tautan");
				break;
			}
			tautan.add(baris);
		}
		if (tautan.size() > TAUTAN_TOKO_MAKS) {
			p.tolak("tautanToko", "pelatihan.isian.tautan-maks", TAUTAN_TOKO_MAKS);
		}
		p.lempar();
		return repo.jawabTindakLanjut(tp.peserta().id(), online, qris, naik, tautan, clock.instant());
	}

	// ---- certificates

	/** What issuing a session's certificates did. */
	record HasilSertifikat(int diterbitkan, int tanpaNik) {
	}

	/**
	 * Issues a certificate through {@code dokumen} to everyone who attended and has none yet; someone without a NIK
	 * (the document carries it) is skipped and counted. Runs with no transaction open (the PDFs are rendered and
	 * stored outside one); {@code dokumen} is idempotent by participant, so running it again finishes what stopped.
	 */
	HasilSertifikat terbitkanSertifikat(Staf staf, long sesiId) {
		Rekaman.Sesi s = sesi(sesiId);
		bolehMengatur(staf, s.opdId());
		if (s.selesai().isAfter(clock.instant())) {
			throw new PermintaanDitolakException(HttpStatus.CONFLICT, "pelatihan.sertifikat.belum-selesai");
		}
		Opd penyelenggara = opd.cari(s.opdId()).orElseThrow();
		Optional<Staf> kepala = akun.adminOpd(s.opdId()).stream().findFirst();
		String jabatan = "Kepala " + penyelenggara.nama();
		DokumenBaru.PenandaTangan pt = new DokumenBaru.PenandaTangan(kepala.map(Staf::nama).orElse(jabatan),
				kepala.map(Staf::nip).map(Nip::nilai).orElse(null), jabatan, null);
		int terbit = 0;
		int tanpaNik = 0;
		for (Rekaman.Peserta ps : repo.pesertaSesi(sesiId)) {
			if (ps.hadir() == null || ps.dokumenId() != null) {
				continue;
			}
			if (ps.nik() == null) {
				tanpaNik++;
				continue;
			}
			Map<String, String> isian = new LinkedHashMap<>();
			isian.put("Pelatihan", s.judul());
			isian.put("Nama usaha", ps.namaUsaha());
			isian.put("Pelatih", s.pelatih());
			isian.put("Tempat", s.tempat() + ", " + wilayah.kelurahan(s.kelurahanKode()).map(Kelurahan::nama).orElse(""));
			isian.put("Tanggal", Waktu.formatTanggal(s.mulai()));
			if (s.mitra() != null) {
				isian.put("Bekerja sama dengan", s.mitra());
			}
			DokumenTerbit d = penerbit.terbitkan(new DokumenBaru(JENIS_SERTIFIKAT, properti.klasifikasiSertifikat(), properti.unitSertifikat(), penyelenggara.nama(), s.opdId(),
					new DokumenBaru.Pemegang(ps.nik(), ps.nama()), "telah mengikuti pelatihan " + s.judul(), isian, null, pt, null, "pelatihan",
					"peserta-" + ps.id()));
			repo.catatSertifikat(ps.id(), d.id());
			terbit++;
		}
		int n = terbit;
		int tanpa = tanpaNik;
		transaksi.executeWithoutResult(t -> audit.catat("pelatihan.sertifikat.diterbitkan", "pelatihan.sesi", String.valueOf(sesiId), null,
				Map.of("diterbitkan", n, "tanpaNik", tanpa)));
		return new HasilSertifikat(terbit, tanpaNik);
	}

	// ---- helpers

	String kodeBaru() {
		StringBuilder k = new StringBuilder("PLT-");
		for (int i = 0; i < PANJANG_KODE; i++) {
			k.append(HURUF_KODE.charAt(acak.nextInt(HURUF_KODE.length())));
		}
		return k.toString();
	}

	String token() {
		byte[] b = new byte[24];
		acak.nextBytes(b);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
	}

	private String kelurahan(IsianDitolakException.Pemeriksa p, String kode) {
		if (teks(kode) == null || wilayah.kelurahan(kode.strip()).isEmpty()) {
			p.tolak("kelurahan", "pelatihan.isian.kelurahan");
			return null;
		}
		return kode.strip();
	}

	private static Topik topik(IsianDitolakException.Pemeriksa p, String s) {
		try {
			return Topik.valueOf(s == null ? "" : s);
		}
		catch (IllegalArgumentException ex) {
			p.tolak("topik", "pelatihan.isian.topik");
			return null;
		}
	}

	private static Boolean yaTidak(IsianDitolakException.Pemeriksa p, String isian, String nilai) {
		if ("ya".equals(nilai)) {
			return true;
		}
		if ("tidak".equals(nilai)) {
			return false;
		}
		p.tolak(isian, "pelatihan.isian.ya-tidak");
		return null;
	}

	private static String teks(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static String wajib(IsianDitolakException.Pemeriksa p, String isian, String nilai) {
		String t = teks(nilai);
		if (t == null) {
			p.tolak(isian, "pelatihan.isian.wajib");
		}
		else if (t.length() > BATAS_TEKS) {
			p.tolak(isian, "pelatihan.isian.terlalu-panjang", BATAS_TEKS);
		}
		return t;
	}

	private static String boleh(IsianDitolakException.Pemeriksa p, String isian, String nilai) {
		String t = teks(nilai);
		if (t != null && t.length() > BATAS_TEKS * 5) {
			p.tolak(isian, "pelatihan.isian.terlalu-panjang", BATAS_TEKS * 5);
		}
		return t;
	}
}
