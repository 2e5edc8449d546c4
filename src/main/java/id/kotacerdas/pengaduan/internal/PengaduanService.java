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
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.berkas.BerkasBaru;
import id.kotacerdas.berkas.LayananBerkas;
import id.kotacerdas.berkas.Pemilik;
import id.kotacerdas.kalender.KalenderKerja;
import id.kotacerdas.notifikasi.Kontak;
import id.kotacerdas.notifikasi.Notifikasi;
import id.kotacerdas.pengaduan.Aset;
import id.kotacerdas.pengaduan.Kategori;
import id.kotacerdas.pengaduan.KontakPelapor;
import id.kotacerdas.pengaduan.LaporanPelapor;
import id.kotacerdas.pengaduan.LaporanBaru;
import id.kotacerdas.pengaduan.LayananPengaduan;
import id.kotacerdas.pengaduan.PembaruanPublik;
import id.kotacerdas.pengaduan.PengaduanAset;
import id.kotacerdas.pengaduan.PengaduanDiterima;
import id.kotacerdas.pengaduan.PengaduanPublik;
import id.kotacerdas.pengaduan.PengaduanSekitar;
import id.kotacerdas.pengaduan.Pertanyaan;
import id.kotacerdas.pengaduan.SaringanPengaduan;
import id.kotacerdas.pengaduan.StatusPengaduan;
import id.kotacerdas.pengaduan.StatusPengaduanBerubah;
import id.kotacerdas.pengaduan.TandaTerima;
import id.kotacerdas.platform.CobaLagiNantiException;
import id.kotacerdas.platform.Halaman;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;
import tools.jackson.databind.ObjectMapper;

/** Use cases of the module: intake, the reporter's follow-up, and staff handling. */
@Service
class PengaduanService implements LayananPengaduan {

	/** Photos a citizen may attach to a report, and an officer to one action. */
	static final int MAKS_FOTO = 5;

	static final Pemilik FOTO = new Pemilik("pengaduan", "foto");

	private final PengaduanRepository repo;

	private final KategoriRepository kategori;

	private final PencarianPengaduan cari;

	private final Perutean perutean;

	private final LayananBerkas berkas;

	private final Pemberitahu pemberitahu;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final PengaduanProperties properti;

	private final Clock clock;

	private final ObjectMapper json;

	private final TransactionTemplate tx;

	private final KalenderKerja kalenderKerja;

	private final AsetKota aset;

	private final PenulisPengaduan penulis;

	PengaduanService(PengaduanRepository repo, KategoriRepository kategori, PencarianPengaduan cari, Perutean perutean,
			LayananBerkas berkas, Pemberitahu pemberitahu, AuditLog audit, ApplicationEventPublisher events,
			PengaduanProperties properti, Clock clock, ObjectMapper json, TransactionTemplate tx, KalenderKerja kalenderKerja,
			AsetKota aset, PenulisPengaduan penulis) {
		this.penulis = penulis;
		this.kalenderKerja = kalenderKerja;
		this.aset = aset;
		this.tx = tx;
		this.repo = repo;
		this.kategori = kategori;
		this.cari = cari;
		this.perutean = perutean;
		this.berkas = berkas;
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
	public Optional<Kategori> kategoriUntukPengajuan(String kode) {
		return kategori.cariUntukPengajuan(kode);
	}

	@Override
	public void periksaJawaban(String kategoriKode, String pertanyaanKode, List<String> jawaban) {
		Pertanyaan q = kategori.cari(kategoriKode).stream().flatMap(k -> k.pertanyaan().stream())
			.filter(x -> x.kode().equals(pertanyaanKode)).findFirst()
			.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pengaduan.kategori-tidak-dikenal"));
		jawab(q, jawaban == null ? List.of() : jawaban, new LinkedHashMap<>());
	}

	/**
	 * The one intake path of every channel (web form, JSON API, Open311, WhatsApp, SMS). Checks the input
	 * against the cached categories, stores the photos (decoded on the bounded pool, written to the file
	 * store) with no connection held, then stores report, photo rows, outbox and {@code bersamaLaporan}'s
	 * rows in a transaction shared with concurrent filings ({@link PenulisPengaduan}: group commit);
	 * photos of a transaction that rolls back are swept away. With an
	 * idempotency key a repeated filing (or a concurrent twin) answers with the first one's receipt.
	 */
	@Override
	public TandaTerima ajukan(LaporanBaru l, String kunciIdempotensi, Consumer<TandaTerima> bersamaLaporan) {
		String kunciHash = kunciIdempotensi == null || kunciIdempotensi.isEmpty() ? null : hashKunci(l.saluran(), kunciIdempotensi);
		if (kunciHash != null) {
			Optional<TandaTerima> terdahulu = terdahulu(kunciHash, kunciIdempotensi);
			if (terdahulu.isPresent()) {
				return terdahulu.get();
			}
		}
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
		// photos first: a bad one refuses the whole report before anything is written
		List<BerkasBaru> foto = simpanFoto(l.foto());
		Persiapan disiapkan = siap;
		KategoriRepository.Konfigurasi dipakai = konfigurasi;
		try {
			return penulis.tulis(pengisian(l, dipakai, disiapkan, foto, kunciIdempotensi, kunciHash, bersamaLaporan));
		}
		catch (DuplicateKeyException ex) {
			// the same key filed concurrently: the first commit wins and this request answers with its receipt
			if (kunciHash == null) {
				throw ex;
			}
			return terdahulu(kunciHash, kunciIdempotensi).orElseThrow(() -> ex);
		}
	}

	/** A filing's writes in its (possibly shared) transaction: the report first, then what hangs on it. */
	private PenulisPengaduan.Pengisian<TandaTerima> pengisian(LaporanBaru l, KategoriRepository.Konfigurasi konfigurasiAwal,
			Persiapan siapAwal, List<BerkasBaru> foto, String kunciIdempotensi, String kunciHash, Consumer<TandaTerima> bersamaLaporan) {
		return new PenulisPengaduan.Pengisian<>() {

			private Persiapan siap = siapAwal;

			private String token;

			private byte[] garam;

			@Override
			public Pengaduan siapkan(PengaduanRepository.Urut urut) {
				Instant sekarang = clock.instant();
				if (urut.versiKonfigurasi() != konfigurasiAwal.versi()) {
					// an administrator changed categories since this instance cached them
					siap = PengaduanService.this.siapkan(l, kategori.untukVersi(urut.versiKonfigurasi()));
				}
				Kategori kat = siap.kategori();
				Perutean.Rute rute = siap.rute();
				String nomor = Penomoran.nomor(properti.awalanNomor(), Waktu.wita(sekarang).getYear(), urut.urut());
				garam = kunciHash == null ? null : Token.garam();
				token = kunciHash == null ? Token.baru() : Token.dariKunci(kunciIdempotensi, garam);
				Pengaduan.Isi isi = new Pengaduan.Isi(nomor, kat.kode(), siap.deskripsi(), siap.atribut(), siap.lat(), siap.lon(),
						siap.alamat(), rute.kelurahanKode(), rute.kecamatanKode(), l.anonim(), l.rahasia(),
						siap.nama(), siap.telepon(), siap.email(), Token.hash(token),
						l.saluran() == null ? "web" : l.saluran(), sekarang, kalenderKerja.tambahHariKerja(sekarang, properti.slaResponsHariKerja()),
						kalenderKerja.tambahHariKerja(sekarang, kat.slaHariKerja()), siap.aset().map(Aset::jenis).orElse(null),
						siap.aset().map(Aset::id).orElse(null));
				return Pengaduan.baru(isi, rute.opdId(), rute.timId());
			}

			@Override
			public TandaTerima selesaikan(Pengaduan p) {
				if (kunciHash != null) {
					repo.tandaiIdempotensi(p.id(), kunciHash, garam);
				}
				catatFoto(p.id(), null, false, foto, p.isi().diterimaPada());
				pemberitahu.diterima(p, token);
				events.publishEvent(new PengaduanDiterima(p.nomor(), p.isi().kategoriKode(), p.opdId(), p.timId(), p.isi().diterimaPada()));
				TandaTerima tanda = new TandaTerima(p.nomor(), token, p.isi().tenggatSelesai());
				bersamaLaporan.accept(tanda);
				return tanda;
			}
		};
	}

	/**
	 * Keys are scoped to the channel and must be long enough not to be guessed: a key is as good as
	 * the follow-up link it reproduces.
	 */
	private static String hashKunci(String saluran, String kunci) {
		if (kunci.length() < 16 || kunci.length() > 200 || !kunci.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
			throw new PermintaanDitolakException("galat.kunci-idempotensi-tidak-valid");
		}
		return Token.hash((saluran == null ? "web" : saluran) + "\n" + kunci);
	}

	private Optional<TandaTerima> terdahulu(String kunciHash, String kunci) {
		return repo.cariIdempotensi(kunciHash)
			.map(t -> new TandaTerima(t.nomor(), Token.dariKunci(kunci, t.garam()), t.tenggatSelesai()));
	}

	/**
	 * Checks count and headers (a decompression bomb is refused without taking a worker), then
	 * re-encodes on the platform's bounded pool and writes to the file store: no transaction is open here.
	 */
	private List<BerkasBaru> simpanFoto(List<byte[]> diunggah) {
		return berkas.simpanFoto(FOTO, periksaFoto(diunggah));
	}

	/** The cheap checks of {@link #simpanFoto}: the chosen files, their count, sizes and headers. */
	private List<byte[]> periksaFoto(List<byte[]> diunggah) {
		List<byte[]> unggahan = terisi(diunggah);
		if (unggahan.size() > MAKS_FOTO) {
			throw new PermintaanDitolakException("pengaduan.foto-terlalu-banyak", MAKS_FOTO);
		}
		unggahan.forEach(berkas::periksaFoto);
		return unggahan;
	}

	/** In the transaction: the photos' berkas rows, then the report's rows that name them. */
	private void catatFoto(long pengaduanId, Long riwayatId, boolean bukti, List<BerkasBaru> foto, Instant waktu) {
		for (BerkasBaru f : foto) {
			berkas.catat(f);
			repo.simpanFoto(pengaduanId, riwayatId, bukti, f.berkas().id(), waktu);
		}
	}

	/** The chosen files: a form sends an empty part for a file field left empty. */
	private static List<byte[]> terisi(List<byte[]> diunggah) {
		return diunggah == null ? List.of() : diunggah.stream().filter(f -> f != null && f.length > 0).toList();
	}

	/**
	 * A filing's checked fields: its active category, the answers, the route, the texts as stored, the
	 * asset it is about and the pin (the asset's place when the citizen set none).
	 */
	private record Persiapan(Kategori kategori, String deskripsi, String atribut, Perutean.Rute rute, String alamat, String nama,
			String telepon, String email, Optional<Aset> aset, Double lat, Double lon) {
	}

	/** Checks every field and refuses with all their errors at once, named by the web form's field names. */
	private Persiapan siapkan(LaporanBaru l, KategoriRepository.Konfigurasi konfigurasi) {
		IsianDitolakException.Pemeriksa periksa = new IsianDitolakException.Pemeriksa();
		Kategori kat = periksa.periksa("kategori", () -> konfigurasi.aktif(l.kategoriKode() == null ? "" : l.kategoriKode().strip())
			.orElseThrow(() -> new PermintaanDitolakException("pengaduan.kategori-tidak-dikenal")));
		String atribut = kat == null ? null : periksa.periksa("atribut", () -> atribut(kat, l.atribut()));
		String deskripsi = periksa.periksa("deskripsi", () -> wajib(l.deskripsi(), "pengaduan.deskripsi-wajib", PANJANG_TEKS_MAKS));
		Optional<Aset> diadukan = periksa.periksa("aset", () -> aset.untukLaporan(kat, l.asetId()));
		// a report naming an asset but no place stands where the asset stands
		boolean dariAset = diadukan != null && diadukan.isPresent() && l.lat() == null && l.lon() == null
				&& (l.kelurahanKode() == null || l.kelurahanKode().isBlank());
		Double lat = dariAset ? Double.valueOf(diadukan.get().lat()) : l.lat();
		Double lon = dariAset ? Double.valueOf(diadukan.get().lon()) : l.lon();
		// the place is checked even without a category; the route needs the category's agency
		Perutean.Rute rute = periksa.periksa("lokasi",
				() -> perutean.rute(kat == null ? null : kat.opdId(), lat, lon, l.kelurahanKode(), l.alamat()));
		String alamat = periksa.periksa("alamat", () -> opsional(l.alamat(), 300));
		String nama = periksa.periksa("nama", () -> opsional(l.nama(), 120));
		String telepon = periksa.periksa("telepon", () -> telepon(l.telepon()));
		String email = periksa.periksa("email", () -> email(l.email()));
		periksa.lempar();
		return new Persiapan(kat, deskripsi, atribut, rute, alamat, nama, telepon, email, diadukan, lat, lon);
	}

	/** The field errors a report would be refused with, without filing it; empty when its fields pass. */
	List<IsianDitolakException.Galat> periksa(LaporanBaru l) {
		try {
			siapkan(l, kategori.tersimpan());
			return List.of();
		}
		catch (IsianDitolakException ex) {
			return ex.galat();
		}
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
	public List<PengaduanAset> pengaduanAset(String asetJenis, String asetId, int batas) {
		return repo.untukAset(asetJenis, asetId, Math.max(1, Math.min(batas, 1000)));
	}

	@Override
	public PengaduanSekitar pengaduanSekitar(double lat, double lon, double meter, Instant dari, Instant sampai) {
		return cari.dalamRadius(lat, lon, meter, dari, sampai);
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
		return denganTokenBila(token).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pengaduan.tautan-tidak-dikenal"));
	}

	Optional<Pengaduan> denganTokenBila(String token) {
		if (token == null || token.length() < 20 || token.length() > 100) {
			return Optional.empty();
		}
		return repo.cariToken(Token.hash(token));
	}

	@Transactional
	void tambahInformasiPelapor(String token, String teks) {
		tambahInformasiPelapor(denganToken(token), teks);
	}

	@Transactional
	void konfirmasi(String token) {
		konfirmasi(denganToken(token), true);
	}

	@Transactional
	void bukaKembali(String token, String alasan) {
		bukaKembali(denganToken(token), alasan, true);
	}

	@Transactional
	void nilai(String token, int bintang) {
		nilai(denganToken(token), bintang);
	}

	private void tambahInformasiPelapor(Pengaduan p, String teks) {
		p.tambahInformasi(teks, clock.instant());
		repo.simpan(p);
		pemberitahu.kePetugas(p, "notif.informasi-baru");
	}

	/** {@code keTelepon} false: the reporter acted in the chat, whose own reply says it (no second message there). */
	private void konfirmasi(Pengaduan p, boolean keTelepon) {
		StatusPengaduan dari = p.status();
		p.konfirmasi(clock.instant());
		simpanDanUmumkan(p, dari, keTelepon);
	}

	private void bukaKembali(Pengaduan p, String alasan, boolean keTelepon) {
		StatusPengaduan dari = p.status();
		p.bukaKembali(alasan, properti.jendelaKonfirmasi(), clock.instant());
		simpanDanUmumkan(p, dari, keTelepon);
		pemberitahu.kePetugas(p, "notif.dibuka-kembali");
	}

	private void nilai(Pengaduan p, int bintang) {
		p.nilai(bintang, clock.instant());
		repo.simpan(p);
	}

	// --- the reporter, from the phone the report was filed from ---

	@Override
	public Optional<LaporanPelapor> milikPelapor(String nomor, KontakPelapor pelapor) {
		return milikBila(nomor, pelapor).map(p -> new LaporanPelapor(p.nomor(), p.isi().kategoriKode(), p.status(),
				p.isi().diterimaPada(), p.isi().tenggatSelesai(), repo.balasanPublikTerakhir(p.id()).orElse("")));
	}

	@Override
	@Transactional
	public void tambahInformasi(String nomor, KontakPelapor pelapor, String teks) {
		tambahInformasiPelapor(milik(nomor, pelapor), teks);
	}

	@Override
	@Transactional
	public void konfirmasiSelesai(String nomor, KontakPelapor pelapor) {
		konfirmasi(milik(nomor, pelapor), false);
	}

	@Override
	@Transactional
	public void bukaKembali(String nomor, KontakPelapor pelapor, String alasan) {
		bukaKembali(milik(nomor, pelapor), alasan, false);
	}

	@Override
	@Transactional
	public void nilai(String nomor, KontakPelapor pelapor, int bintang) {
		nilai(milik(nomor, pelapor), bintang);
	}

	private Pengaduan milik(String nomor, KontakPelapor pelapor) {
		return milikBila(nomor, pelapor).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pengaduan.tidak-ditemukan", nomor));
	}

	/** The report if it was filed on the contact's channel from its number: the phone is the reporter's key here. */
	private Optional<Pengaduan> milikBila(String nomor, KontakPelapor pelapor) {
		String n = nomor == null ? "" : nomor.strip().toUpperCase(java.util.Locale.ROOT);
		if (!Penomoran.sah(n) || pelapor == null || pelapor.telepon() == null) {
			return Optional.empty();
		}
		return repo.cari(n).filter(p -> p.isi().saluran().equals(pelapor.saluran()) && Kontak.teleponSama(p.isi().telepon(), pelapor.telepon()));
	}

	/**
	 * A reporter who lost the private link asks again with the tracking number and the phone or
	 * e-mail given when filing. On a match the old link stops working and a new one goes only to
	 * that contact, through the outbox; the caller learns nothing about whether it matched. Every
	 * request is audited (the contact typed is not kept).
	 */
	@Transactional
	void mintaTautanLagi(String nomor, String kontak, String alamatIp) {
		String n = nomor == null ? "" : nomor.strip().toUpperCase(java.util.Locale.ROOT);
		Optional<Pengaduan> p = Penomoran.sah(n) ? repo.cari(n) : Optional.empty();
		Optional<Kontak> tujuan = p.flatMap(x -> kontakCocok(x.isi(), kontak));
		if (tujuan.isPresent()) {
			String token = Token.baru();
			repo.gantiToken(p.get().id(), Token.hash(token));
			pemberitahu.tautanBaru(p.get(), tujuan.get(), token);
		}
		Map<String, Object> hasil = new LinkedHashMap<>();
		hasil.put("cocok", tujuan.isPresent());
		hasil.put("saluran", tujuan.map(Kontak::saluran).orElse(null));
		hasil.put("ip", alamatIp);
		audit.catat("pengaduan.tautan-diminta", "pengaduan", n.isEmpty() ? "-" : n, null, hasil);
	}

	/**
	 * The reporter's contact that {@code kontak} names: the e-mail, or the phone — reached on the
	 * chat channel the report came by (WhatsApp, SMS), else by SMS.
	 */
	static Optional<Kontak> kontakCocok(Pengaduan.Isi isi, String kontak) {
		Saluran asal = Saluran.dariKode(isi.saluran()).orElse(Saluran.WEB);
		return Kontak.cocok(isi.email(), isi.telepon(), asal.telepon() ? asal.kode() : Notifikasi.SMS, kontak);
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

	Pengaduan untukStaf(Staf staf, String nomor) {
		Pengaduan p = muat(nomor);
		// the staff view holds internal notes: for those who may see the agency's reports
		if (!staf.bolehMelihat(p.opdId())) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "pengaduan.tidak-berwenang");
		}
		return p;
	}

	/** Evidence photos are stored before the transaction, like a citizen's: see {@link #simpanFoto}. */
	void tindakStaf(Staf staf, String nomor, AksiStaf aksi, String teks, List<byte[]> fotoBukti) {
		Pengaduan p = untukStaf(staf, nomor);
		// Deliberately the agency, not the team: TRC teams of one agency stand in for each other (a team
		// away, on leave or overloaded), so a report never waits at a dead end; each action names its officer
		// in the history and the audit log. Docs: pengaduan.md, "Who may act".
		if (!staf.berwenangAtas(p.opdId())) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "pengaduan.tidak-berwenang");
		}
		int jumlahFoto = terisi(fotoBukti).size();
		// every reason at once, the photos' included, so the officer fixes everything in one go
		List<PermintaanDitolakException> halangan = new ArrayList<>(p.halangan(aksi, teks, jumlahFoto));
		List<BerkasBaru> foto = List.of();
		try {
			// an action refused anyway has its photos checked, not stored
			if (halangan.isEmpty()) {
				foto = simpanFoto(fotoBukti);
			}
			else {
				periksaFoto(fotoBukti);
			}
		}
		catch (CobaLagiNantiException sibuk) {
			throw sibuk;
		}
		catch (PermintaanDitolakException ex) {
			halangan.add(ex);
		}
		TindakanDitolakException.jikaAda(halangan);
		List<BerkasBaru> siap = foto;
		tx.executeWithoutResult(status -> simpanTindakan(staf, nomor, aksi, teks, siap));
	}

	private void simpanTindakan(Staf staf, String nomor, AksiStaf aksi, String teks, List<BerkasBaru> foto) {
		Pengaduan p = untukStaf(staf, nomor);
		if (!staf.berwenangAtas(p.opdId())) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "pengaduan.tidak-berwenang");
		}
		Pengaduan.Pelaku oleh = new Pengaduan.Pelaku(staf.id(), staf.nama());
		Instant sekarang = clock.instant();
		StatusPengaduan dari = p.status();
		p.tindak(aksi, oleh, teks, foto.size(), sekarang);
		List<Long> riwayatId = simpanDanUmumkan(p, dari);
		Long riwayatBukti = riwayatId.isEmpty() ? null : riwayatId.get(riwayatId.size() - 1);
		catatFoto(p.id(), riwayatBukti, true, foto, sekarang);
		Map<String, Object> sesudah = new LinkedHashMap<>();
		sesudah.put("status", p.status());
		sesudah.put("aksi", aksi);
		sesudah.put("fotoBukti", foto.size());
		audit.catat("pengaduan." + aksi.name().toLowerCase(), "pengaduan", nomor, Map.of("status", dari), sesudah);
		if (aksi == AksiStaf.BALAS) {
			pemberitahu.balasanKePelapor(p, teks);
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
		p.rutekan(new Pengaduan.Pelaku(staf.id(), staf.nama()), rute.opdId(), rute.timId(), opsional(keterangan, PANJANG_TEKS_MAKS),
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
		Pengaduan p = muat(nomor);
		// a mistyped number is bad input on this report's form (400), not a missing page
		Pengaduan induk = (Penomoran.sah(nomorInduk) ? repo.cari(nomorInduk) : Optional.<Pengaduan>empty())
			.orElseThrow(() -> new PermintaanDitolakException("pengaduan.induk-tidak-dikenal", nomorInduk));
		StatusPengaduan dari = p.status();
		p.gabungKe(new Pengaduan.Pelaku(staf.id(), staf.nama()), induk.nomor(), induk.isi().rahasia(), clock.instant());
		simpanDanUmumkan(p, dari);
		audit.catat("pengaduan.digabung", "pengaduan", nomor, Map.of("status", dari), Map.of("duplikatDari", induk.nomor()));
	}

	private static void wajibDispatcher(Staf staf) {
		if (!staf.adminKota()) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "pengaduan.khusus-dispatcher");
		}
	}

	/**
	 * Records that the signed-in officer was shown a reporter's identity and contact: access to personal data stays
	 * traceable to a person and a time (UU 27/2022 on personal data protection), not only its changes.
	 */
	@Transactional
	void catatKontakDilihat(String nomor) {
		audit.catat("pengaduan.kontak-dilihat", "pengaduan", nomor, null, null);
	}

	// --- shared ---

	List<Long> simpanDanUmumkan(Pengaduan p, StatusPengaduan dari) {
		return simpanDanUmumkan(p, dari, true);
	}

	private List<Long> simpanDanUmumkan(Pengaduan p, StatusPengaduan dari, boolean keTelepon) {
		List<Long> id = repo.simpan(p);
		if (p.status() != dari) {
			events.publishEvent(new StatusPengaduanBerubah(p.nomor(), dari, p.status(), clock.instant(), p.isi().asetJenis(),
					p.isi().asetId()));
			pemberitahu.kePelapor(p, "notif.status-berubah", keTelepon);
		}
		return id;
	}

	Pengaduan muat(String nomor) {
		if (!Penomoran.sah(nomor)) {
			throw PermintaanDitolakException.tidakDitemukan("pengaduan.tidak-ditemukan", nomor);
		}
		return repo.cari(nomor).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pengaduan.tidak-ditemukan", nomor));
	}

	/**
	 * Answers to the category's questions, checked against their types; unknown codes are ignored.
	 * Each refused answer is named {@code atribut[KODE]}, as the web form names it.
	 */
	private String atribut(Kategori kat, Map<String, List<String>> jawaban) {
		Map<String, Object> hasil = new LinkedHashMap<>();
		Map<String, List<String>> semua = jawaban == null ? Map.of() : jawaban;
		IsianDitolakException.Pemeriksa periksa = new IsianDitolakException.Pemeriksa();
		for (Pertanyaan q : kat.pertanyaan()) {
			periksa.periksa("atribut[" + q.kode() + "]", () -> {
				jawab(q, semua.getOrDefault(q.kode(), List.of()), hasil);
				return null;
			});
		}
		periksa.lempar();
		return json.writeValueAsString(hasil);
	}

	private static void jawab(Pertanyaan q, List<String> jawaban, Map<String, Object> hasil) {
		List<String> nilai = new ArrayList<>(jawaban.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList());
		if (nilai.isEmpty()) {
			if (q.wajib()) {
				throw new PermintaanDitolakException("pengaduan.atribut-wajib", q.teks());
			}
			return;
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
		if (!e.isEmpty() && !Kontak.email(e)) {
			throw new PermintaanDitolakException("pengaduan.email-tidak-valid");
		}
		return e.isEmpty() ? null : e;
	}
}
