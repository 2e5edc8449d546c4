package id.kotacerdas.pengaduan.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.akun.Peran;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.pengaduan.Halaman;
import id.kotacerdas.pengaduan.Kategori;
import id.kotacerdas.pengaduan.LaporanBaru;
import id.kotacerdas.pengaduan.LayananPengaduan;
import id.kotacerdas.pengaduan.PembaruanPublik;
import id.kotacerdas.pengaduan.PengaduanDiterima;
import id.kotacerdas.pengaduan.PengaduanPublik;
import id.kotacerdas.pengaduan.Pertanyaan;
import id.kotacerdas.pengaduan.SaringanPengaduan;
import id.kotacerdas.pengaduan.StatusPengaduan;
import id.kotacerdas.pengaduan.StatusPengaduanBerubah;
import id.kotacerdas.pengaduan.TandaTerima;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;
import tools.jackson.databind.ObjectMapper;

/** Use cases of the module: intake, the reporter's follow-up, and staff handling. */
@Service
class PengaduanService implements LayananPengaduan {

	enum AksiStaf {
		VERIFIKASI, PROSES, SELESAI, TOLAK, BUKAN_WEWENANG, BALAS, CATATAN
	}

	private final PengaduanRepository repo;

	private final KategoriRepository kategori;

	private final PencarianPengaduan cari;

	private final Perutean perutean;

	private final PengolahFoto pengolahFoto;

	private final Pemberitahu pemberitahu;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final PengaduanProperties properti;

	private final Clock clock;

	private final ObjectMapper json;

	PengaduanService(PengaduanRepository repo, KategoriRepository kategori, PencarianPengaduan cari, Perutean perutean,
			PengolahFoto pengolahFoto, Pemberitahu pemberitahu, AuditLog audit, ApplicationEventPublisher events,
			PengaduanProperties properti, Clock clock, ObjectMapper json) {
		this.repo = repo;
		this.kategori = kategori;
		this.cari = cari;
		this.perutean = perutean;
		this.pengolahFoto = pengolahFoto;
		this.pemberitahu = pemberitahu;
		this.audit = audit;
		this.events = events;
		this.properti = properti;
		this.clock = clock;
		this.json = json;
	}

	// --- LayananPengaduan ---

	@Override
	public List<Kategori> kategori() {
		return kategori.semua(false);
	}

	@Override
	public Optional<Kategori> kategori(String kode) {
		return kategori.cari(kode);
	}

	@Override
	@Transactional
	public TandaTerima ajukan(LaporanBaru l) {
		KategoriRepository.Konfigurasi konfigurasi = kategori.tersimpan();
		Persiapan siap;
		try {
			siap = siapkan(l, konfigurasi);
		}
		catch (PermintaanDitolakException ex) {
			// refused by a cache that another instance's edit (a new category, say) may have outdated
			KategoriRepository.Konfigurasi terkini = kategori.terkini();
			if (terkini == konfigurasi) {
				throw ex;
			}
			konfigurasi = terkini;
			siap = siapkan(l, konfigurasi);
		}
		List<byte[]> unggahan = l.foto() == null ? List.of() : l.foto().stream().filter(f -> f != null && f.length > 0).toList();
		if (unggahan.size() > PengolahFoto.MAKS_FOTO) {
			throw new PermintaanDitolakException("pengaduan.foto-terlalu-banyak", PengolahFoto.MAKS_FOTO);
		}
		// photos first: a bad one refuses the whole report before anything is written
		List<PengolahFoto.Foto> foto = unggahan.stream().map(pengolahFoto::olah).toList();
		Instant sekarang = clock.instant();
		PengaduanRepository.Urut urut = repo.urutBerikut();
		if (urut.versiKonfigurasi() != konfigurasi.versi()) {
			// an administrator changed categories or holidays since this instance cached them
			konfigurasi = kategori.untukVersi(urut.versiKonfigurasi());
			siap = siapkan(l, konfigurasi);
		}
		Kategori kat = siap.kategori();
		Perutean.Rute rute = siap.rute();
		KalenderKerja kalender = konfigurasi.kalender();
		String nomor = Penomoran.nomor(properti.awalanNomor(), Waktu.wita(sekarang).getYear(), urut.urut());
		String token = Token.baru();
		boolean anonim = l.anonim();
		Pengaduan.Isi isi = new Pengaduan.Isi(nomor, kat.kode(), siap.deskripsi(), siap.atribut(), l.lat(), l.lon(),
				opsional(l.alamat(), 300), rute.kelurahanKode(), rute.kecamatanKode(), anonim, l.rahasia(),
				opsional(l.nama(), 120), telepon(l.telepon()), email(l.email()), Token.hash(token),
				l.saluran() == null ? "web" : l.saluran(), sekarang, kalender.tenggat(sekarang, properti.slaResponsHariKerja()),
				kalender.tenggat(sekarang, kat.slaHariKerja()));
		Pengaduan p = repo.tambah(Pengaduan.baru(isi, rute.opdId(), rute.timId()));
		for (PengolahFoto.Foto f : foto) {
			repo.simpanFoto(p.id(), null, false, f, sekarang);
		}
		pemberitahu.diterima(p, token);
		events.publishEvent(new PengaduanDiterima(nomor, kat.kode(), rute.opdId(), rute.timId(), sekarang));
		return new TandaTerima(nomor, token, isi.tenggatSelesai());
	}

	/** What a filing takes from the configuration: its active category, the checked answers, the route. */
	private record Persiapan(Kategori kategori, String deskripsi, String atribut, Perutean.Rute rute) {
	}

	private Persiapan siapkan(LaporanBaru l, KategoriRepository.Konfigurasi konfigurasi) {
		Kategori kat = konfigurasi.aktif(l.kategoriKode() == null ? "" : l.kategoriKode().strip())
			.orElseThrow(() -> new PermintaanDitolakException("pengaduan.kategori-tidak-dikenal"));
		String deskripsi = wajib(l.deskripsi(), "pengaduan.deskripsi-wajib", 4000);
		String atribut = atribut(kat, l.atribut());
		return new Persiapan(kat, deskripsi, atribut, perutean.rute(kat, l.lat(), l.lon(), l.kelurahanKode(), l.alamat()));
	}

	@Override
	public Optional<PengaduanPublik> publik(String nomor) {
		return Penomoran.sah(nomor) ? cari.publik(nomor) : Optional.empty();
	}

	@Override
	public Halaman<PengaduanPublik> cari(SaringanPengaduan saringan) {
		return cari.daftar(saringan);
	}

	@Override
	public List<PembaruanPublik> pembaruanSetelah(Instant setelah, int batas) {
		return cari.pembaruanSetelah(setelah, Math.max(1, Math.min(batas, 1000)));
	}

	@Override
	@Transactional
	public void tambahInformasi(String nomor, String teks) {
		Pengaduan p = muat(nomor);
		if (p.isi().rahasia()) {
			throw PermintaanDitolakException.tidakDitemukan("pengaduan.tidak-ditemukan", nomor);
		}
		p.tambahInformasi(teks, clock.instant());
		repo.simpan(p);
	}

	// --- the reporter, through the private link ---

	Pengaduan denganToken(String token) {
		if (token == null || token.length() < 20 || token.length() > 100) {
			throw PermintaanDitolakException.tidakDitemukan("pengaduan.tautan-tidak-dikenal");
		}
		return repo.cariToken(Token.hash(token))
			.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pengaduan.tautan-tidak-dikenal"));
	}

	@Transactional
	void tambahInformasiPelapor(String token, String teks) {
		Pengaduan p = denganToken(token);
		p.tambahInformasi(teks, clock.instant());
		repo.simpan(p);
		pemberitahu.kePetugas(p, "notif.informasi-baru");
	}

	@Transactional
	void konfirmasi(String token) {
		Pengaduan p = denganToken(token);
		StatusPengaduan dari = p.status();
		p.konfirmasi(clock.instant());
		simpanDanUmumkan(p, dari);
	}

	@Transactional
	void bukaKembali(String token, String alasan) {
		Pengaduan p = denganToken(token);
		StatusPengaduan dari = p.status();
		p.bukaKembali(alasan, properti.jendelaKonfirmasi(), clock.instant());
		simpanDanUmumkan(p, dari);
		pemberitahu.kePetugas(p, "notif.dibuka-kembali");
	}

	@Transactional
	void nilai(String token, int bintang) {
		Pengaduan p = denganToken(token);
		p.nilai(bintang, clock.instant());
		repo.simpan(p);
	}

	/** "Saya juga": a citizen supports an open public report instead of filing a duplicate. */
	@Transactional
	void dukung(String nomor) {
		Pengaduan p = muat(nomor);
		if (p.isi().rahasia()) {
			throw PermintaanDitolakException.tidakDitemukan("pengaduan.tidak-ditemukan", nomor);
		}
		p.dukung(clock.instant());
		repo.simpan(p);
	}

	// --- staff ---

	/** Whether the staff member may read the report's staff view (internal notes included). */
	static boolean bolehLihat(Staf staf, Long opdId) {
		return staf.seluruhKota() || (staf.opdId() != null && staf.opdId().equals(opdId));
	}

	Pengaduan untukStaf(Staf staf, String nomor) {
		Pengaduan p = muat(nomor);
		if (!bolehLihat(staf, p.opdId())) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "pengaduan.tidak-berwenang");
		}
		return p;
	}

	@Transactional
	void tindakStaf(Staf staf, String nomor, AksiStaf aksi, String teks, List<byte[]> fotoBukti) {
		Pengaduan p = untukStaf(staf, nomor);
		// Deliberately the agency, not the team: TRC teams of one agency stand in for each other (a team
		// away, on leave or overloaded), so a report never waits at a dead end; each action names its officer
		// in the history and the audit log. Docs: pengaduan.md, "Who may act".
		if (!staf.berwenangAtas(p.opdId())) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "pengaduan.tidak-berwenang");
		}
		List<byte[]> unggahan = fotoBukti == null ? List.of() : fotoBukti.stream().filter(f -> f != null && f.length > 0).toList();
		if (unggahan.size() > PengolahFoto.MAKS_FOTO) {
			throw new PermintaanDitolakException("pengaduan.foto-terlalu-banyak", PengolahFoto.MAKS_FOTO);
		}
		List<PengolahFoto.Foto> foto = unggahan.stream().map(pengolahFoto::olah).toList();
		Pengaduan.Pelaku oleh = new Pengaduan.Pelaku(staf.id(), staf.nama());
		Instant sekarang = clock.instant();
		StatusPengaduan dari = p.status();
		switch (aksi) {
			case VERIFIKASI -> p.verifikasi(oleh, sekarang);
			case PROSES -> p.proses(oleh, teks, sekarang);
			case SELESAI -> p.selesaikan(oleh, teks, foto.size(), sekarang);
			case TOLAK -> p.tolak(oleh, teks, sekarang);
			case BUKAN_WEWENANG -> p.bukanWewenang(oleh, teks, sekarang);
			case BALAS -> p.balas(oleh, teks, sekarang);
			case CATATAN -> p.catatInternal(oleh, teks, sekarang);
		}
		List<Long> riwayatId = simpanDanUmumkan(p, dari);
		Long riwayatBukti = riwayatId.isEmpty() ? null : riwayatId.get(riwayatId.size() - 1);
		for (PengolahFoto.Foto f : foto) {
			repo.simpanFoto(p.id(), riwayatBukti, true, f, sekarang);
		}
		Map<String, Object> sesudah = new LinkedHashMap<>();
		sesudah.put("status", p.status());
		sesudah.put("aksi", aksi);
		sesudah.put("fotoBukti", foto.size());
		audit.catat("pengaduan." + aksi.name().toLowerCase(), "pengaduan", nomor, Map.of("status", dari), sesudah);
		if (aksi == AksiStaf.BALAS) {
			pemberitahu.kePelapor(p, "notif.balasan");
		}
		if (aksi == AksiStaf.BUKAN_WEWENANG) {
			pemberitahu.keDispatcher(p, "notif.bukan-wewenang");
		}
	}

	/** Dispatcher: hand the report to another agency; the place picks the team again. */
	@Transactional
	void rutekan(Staf staf, String nomor, long opdId, String keterangan) {
		wajibDispatcher(staf);
		Pengaduan p = muat(nomor);
		Map<String, Object> sebelum = new LinkedHashMap<>();
		sebelum.put("opdId", p.opdId());
		sebelum.put("timId", p.timId());
		StatusPengaduan dari = p.status();
		Perutean.Rute rute = perutean.keTim(opdId,
				p.isi().kelurahanKode() == null ? null : perutean.tempat(null, null, p.isi().kelurahanKode()));
		p.rutekan(new Pengaduan.Pelaku(staf.id(), staf.nama()), rute.opdId(), rute.timId(), opsional(keterangan, 4000),
				clock.instant());
		simpanDanUmumkan(p, dari);
		Map<String, Object> sesudah = new LinkedHashMap<>();
		sesudah.put("opdId", rute.opdId());
		sesudah.put("timId", rute.timId());
		audit.catat("pengaduan.dirutekan", "pengaduan", nomor, sebelum, sesudah);
		pemberitahu.kePetugas(p, "notif.ditugaskan");
	}

	@Transactional
	void gabung(Staf staf, String nomor, String nomorInduk) {
		wajibDispatcher(staf);
		Pengaduan induk = muat(nomorInduk);
		Pengaduan p = muat(nomor);
		StatusPengaduan dari = p.status();
		p.gabungKe(new Pengaduan.Pelaku(staf.id(), staf.nama()), induk.nomor(), clock.instant());
		simpanDanUmumkan(p, dari);
		audit.catat("pengaduan.digabung", "pengaduan", nomor, Map.of("status", dari), Map.of("duplikatDari", induk.nomor()));
	}

	private static void wajibDispatcher(Staf staf) {
		if (staf.peran() != Peran.ADMIN_KOMINFO) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "pengaduan.khusus-dispatcher");
		}
	}

	// --- shared ---

	List<Long> simpanDanUmumkan(Pengaduan p, StatusPengaduan dari) {
		List<Long> id = repo.simpan(p);
		if (p.status() != dari) {
			events.publishEvent(new StatusPengaduanBerubah(p.nomor(), dari, p.status(), clock.instant()));
			pemberitahu.kePelapor(p, "notif.status-berubah");
		}
		return id;
	}

	Pengaduan muat(String nomor) {
		if (!Penomoran.sah(nomor)) {
			throw PermintaanDitolakException.tidakDitemukan("pengaduan.tidak-ditemukan", nomor);
		}
		return repo.cari(nomor).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pengaduan.tidak-ditemukan", nomor));
	}

	/** Answers to the category's questions, checked against their types; unknown codes are ignored. */
	private String atribut(Kategori kat, Map<String, List<String>> jawaban) {
		Map<String, Object> hasil = new LinkedHashMap<>();
		Map<String, List<String>> semua = jawaban == null ? Map.of() : jawaban;
		for (Pertanyaan q : kat.pertanyaan()) {
			List<String> nilai = new ArrayList<>(semua.getOrDefault(q.kode(), List.of()).stream()
				.filter(v -> v != null && !v.isBlank()).map(String::strip).toList());
			if (nilai.isEmpty()) {
				if (q.wajib()) {
					throw new PermintaanDitolakException("pengaduan.atribut-wajib", q.teks());
				}
				continue;
			}
			switch (q.jenis()) {
				case TEKS -> hasil.put(q.kode(), wajib(nilai.get(0), "pengaduan.atribut-wajib", 1000));
				case ANGKA -> {
					try {
						hasil.put(q.kode(), new java.math.BigDecimal(nilai.get(0)));
					}
					catch (NumberFormatException ex) {
						throw new PermintaanDitolakException("pengaduan.atribut-bukan-angka", q.teks());
					}
				}
				case TANGGAL -> {
					try {
						hasil.put(q.kode(), LocalDate.parse(nilai.get(0).length() > 10 ? nilai.get(0).substring(0, 10) : nilai.get(0)).toString());
					}
					catch (DateTimeParseException ex) {
						throw new PermintaanDitolakException("pengaduan.atribut-bukan-tanggal", q.teks());
					}
				}
				case PILIHAN_TUNGGAL, PILIHAN_GANDA -> {
					List<String> kunci = q.pilihan().stream().map(Pertanyaan.Pilihan::kunci).toList();
					if (!kunci.containsAll(nilai) || (q.jenis() == Pertanyaan.JenisJawaban.PILIHAN_TUNGGAL && nilai.size() > 1)) {
						throw new PermintaanDitolakException("pengaduan.atribut-pilihan-salah", q.teks());
					}
					hasil.put(q.kode(), q.jenis() == Pertanyaan.JenisJawaban.PILIHAN_TUNGGAL ? nilai.get(0) : nilai);
				}
			}
		}
		return json.writeValueAsString(hasil);
	}

	private static String wajib(String teks, String kodePesan, int maks) {
		if (teks == null || teks.isBlank()) {
			throw new PermintaanDitolakException(kodePesan);
		}
		if (teks.strip().length() > maks) {
			throw new PermintaanDitolakException("pengaduan.teks-terlalu-panjang", maks);
		}
		return teks.strip();
	}

	private static String opsional(String teks, int maks) {
		if (teks == null || teks.isBlank()) {
			return "";
		}
		if (teks.strip().length() > maks) {
			throw new PermintaanDitolakException("pengaduan.teks-terlalu-panjang", maks);
		}
		return teks.strip();
	}

	private static String telepon(String telepon) {
		String t = opsional(telepon, 40);
		if (!t.isEmpty() && !t.matches("\\+?[0-9 ()-]{6,20}")) {
			throw new PermintaanDitolakException("pengaduan.telepon-tidak-valid");
		}
		return t.isEmpty() ? null : t;
	}

	private static String email(String email) {
		String e = opsional(email, 200);
		if (!e.isEmpty() && !e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new PermintaanDitolakException("pengaduan.email-tidak-valid");
		}
		return e.isEmpty() ? null : e;
	}
}
