package id.kotacerdas.umkm.internal;

import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import id.kotacerdas.notifikasi.Kontak;
import id.kotacerdas.qris.HasilPeriksaQris;
import id.kotacerdas.qris.Qris;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.berkas.BerkasBaru;
import id.kotacerdas.berkas.LayananBerkas;
import id.kotacerdas.berkas.Pemilik;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.permohonan.MesinPermohonan;
import id.kotacerdas.permohonan.Pemohon;
import id.kotacerdas.permohonan.PermohonanBaru;
import id.kotacerdas.permohonan.TandaTerimaPermohonan;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Nik;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/**
 * The registry's rules: what a registration must hold, filing it on the staged-application engine (by the owner
 * or by staff for them), who reads what. Activation follows the engine ({@link PendaftaranUmkm}).
 */
@Service
class RegisterUmkm {

	static final String ALUR = "umkm.pendaftaran";

	static final Pemilik FOTO = new Pemilik("umkm", "foto");

	static final int TEKS_MAKS = 100;

	static final int ALAMAT_MAKS = 200;

	static final int KETERANGAN_MAKS = 500;

	static final int TOKO_MAKS = 5;

	/** A business photo set: the stall, the loom, the goods. */
	static final int FOTO_MAKS = 3;

	/** Capital or sales beyond a thousand trillion rupiah is a slip of the thumb, not a business in the registry. */
	static final long RUPIAH_MAKS = 1_000_000_000_000_000L;

	static final int KARYAWAN_MAKS = 100_000;

	/** OSS's Nomor Induk Berusaha: 13 digits. */
	private static final Pattern NIB = Pattern.compile("\\d{13}");

	/** Bank Indonesia's National Merchant ID: "ID" and 10 to 15 digits. */
	private static final Pattern NMID = Pattern.compile("ID\\d{10,15}");

	private static final Pattern SPASI = Pattern.compile("\\s+");

	private final UsahaRepository repo;

	private final ReferensiUmkm referensi;

	private final Wilayah wilayah;

	private final MesinPermohonan mesin;

	private final LayananBerkas berkas;

	private final DaftarOpd daftarOpd;

	private final UmkmProperties properti;

	private final AuditLog audit;

	private final Qris qris;

	private final TransactionTemplate tx;

	private final Clock clock;

	RegisterUmkm(UsahaRepository repo, ReferensiUmkm referensi, Wilayah wilayah, MesinPermohonan mesin,
			LayananBerkas berkas, DaftarOpd daftarOpd, UmkmProperties properti, AuditLog audit, Qris qris, TransactionTemplate tx, Clock clock) {
		this.repo = repo;
		this.referensi = referensi;
		this.wilayah = wilayah;
		this.mesin = mesin;
		this.berkas = berkas;
		this.daftarOpd = daftarOpd;
		this.properti = properti;
		this.audit = audit;
		this.qris = qris;
		this.tx = tx;
		this.clock = clock;
	}

	/** The agency that verifies registrations (Dinas Koperasi dan UKM). */
	Optional<Opd> opdVerifikasi() {
		return daftarOpd.cariSingkatan(properti.opd());
	}

	private Long opdId() {
		return opdVerifikasi().map(Opd::id).orElse(null);
	}

	/** The verifying agency's staff, Kominfo and leadership read the whole registry. */
	boolean bolehMembacaSemua(Staf staf) {
		return staf.lingkupOpd() == null || staf.bolehMelihat(opdId());
	}

	/** Approving and rejecting: the verifying agency's staff who may act, and Kominfo. */
	boolean bolehMemverifikasi(Staf staf) {
		Long opd = opdId();
		return opd != null && staf.berwenangAtas(opd);
	}

	/** The full NIK: those who verify, and the staff member who entered the registration for the owner. */
	boolean bolehMelihatNik(Staf staf, Usaha u) {
		return bolehMemverifikasi(staf) || (staf.bolehMengubah() && staf.username().equals(u.dibantuOleh()));
	}

	/** A business for the staff page: the whole registry for those who read it, else only what this person entered. */
	Usaha untukStaf(Staf staf, long id) {
		Usaha u = usaha(id);
		if (!bolehMembacaSemua(staf) && !staf.username().equals(u.dibantuOleh())) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "umkm.bukan-petugas");
		}
		return u;
	}

	Usaha usaha(long id) {
		return repo.cari(id).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("umkm.tidak-ditemukan"));
	}

	List<Usaha> duplikat(Usaha u) {
		return repo.duplikat(u.id(), u.nik(), repo.namaNormal(u.id()), u.kelurahanKode());
	}

	/** The receipt of a registration: the business's id and the engine's tracking code and private link. */
	record Pendaftaran(long id, TandaTerimaPermohonan tandaTerima) {
	}

	/**
	 * Files a registration: checked first (every problem at once), photos stored outside the transaction, then the
	 * business row, its photos and the application on the engine in one transaction.
	 *
	 * @param stiker a photo of the QRIS sticker, or null
	 * @param dibantu the staff member entering it for the owner (assisted mode), or null when the owner files
	 */
	Pendaftaran daftar(FormulirUsaha f, List<byte[]> foto, byte[] stiker, Staf dibantu) {
		if (dibantu != null && !dibantu.bolehMengubah()) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "umkm.bukan-petugas");
		}
		Usaha u = periksa(f, dibantu == null ? null : dibantu.username(), kodeQris(f, stiker));
		if (foto.size() > FOTO_MAKS) {
			new IsianDitolakException.Pemeriksa().tolak("foto", "umkm.isian.foto-terlalu-banyak", FOTO_MAKS).lempar();
		}
		List<BerkasBaru> tersimpan = foto.isEmpty() ? List.of() : berkas.simpanFoto(FOTO, foto);
		return tx.execute(s -> {
			long id = repo.tambah(u, namaNormal(u.nama()));
			for (BerkasBaru b : tersimpan) {
				berkas.catat(b);
				repo.tambahFoto(id, b.berkas().id());
			}
			TandaTerimaPermohonan t = mesin.ajukan(new PermohonanBaru(ALUR, u.nama(), Long.toString(id),
					new Pemohon(u.nik(), u.namaPemilik(), u.email(), u.telepon())));
			repo.tandaiPermohonan(id, t.kode());
			if (dibantu != null) {
				audit.catat("umkm.didaftarkan-petugas", "usaha", Long.toString(id), null, jejak(u, t.kode()));
			}
			return new Pendaftaran(id, t);
		});
	}

	/**
	 * Changes a business as its owner (by the private link) or staff correct it: the same checks as a registration,
	 * the owner's NIK, the status and the history kept; new photos are added up to {@link #FOTO_MAKS} in all.
	 * Audited with what changed (no NIK, no contacts). A refused or closed registration is not edited (409).
	 */
	void ubah(long id, FormulirUsaha f, List<byte[]> foto, byte[] stiker, String aksi) {
		Usaha lama = usaha(id);
		if (lama.status() != StatusUsaha.AKTIF && lama.status() != StatusUsaha.DIAJUKAN) {
			throw new PermintaanDitolakException(HttpStatus.CONFLICT, "umkm.ubah.tertutup");
		}
		f.setNik(lama.nik());
		Usaha baru = periksa(f, lama.dibantuOleh(), kodeQris(f, stiker));
		if (repo.foto(id).size() + foto.size() > FOTO_MAKS) {
			new IsianDitolakException.Pemeriksa().tolak("foto", "umkm.isian.foto-terlalu-banyak", FOTO_MAKS).lempar();
		}
		List<BerkasBaru> tersimpan = foto.isEmpty() ? List.of() : berkas.simpanFoto(FOTO, foto);
		tx.executeWithoutResult(s -> {
			Usaha kini = repo.cariUntukDiubah(id).orElseThrow();
			Usaha u = new Usaha(id, kini.nik(), baru.namaPemilik(), baru.telepon(), baru.email(), baru.nama(), baru.alamat(), baru.kelurahanKode(),
					baru.lat(), baru.lon(), baru.kbli(), baru.bentukHukum(), baru.nib(), baru.punyaNpwp(), baru.modal(), baru.penjualanTahunan(),
					baru.karyawan(), baru.jamBuka(), baru.whatsapp(), baru.keterangan(), baru.tampilPublik(), kini.status(), kini.permohonanKode(),
					kini.dibantuOleh(), kini.dibuat(), kini.diaktifkan(), kanalTetapDiperiksa(kini.kanal(), baru.kanal()));
			repo.ubah(u, namaNormal(u.nama()));
			for (BerkasBaru b : tersimpan) {
				berkas.catat(b);
				repo.tambahFoto(id, b.berkas().id());
			}
			audit.catat(aksi, "usaha", Long.toString(id), jejakUbah(kini), jejakUbah(u));
		});
	}

	/** A QRIS channel whose NMID was checked before stays checked when the edit keeps the same NMID without showing the code again. */
	private static List<KanalBayar> kanalTetapDiperiksa(List<KanalBayar> lama, List<KanalBayar> baru) {
		return baru.stream().map(k -> k.jenis() != KanalBayar.Jenis.QRIS || k.diperiksa() ? k
				: lama.stream().filter(l -> l.diperiksa() && l.nmid() != null && l.nmid().equals(k.nmid())).findFirst().orElse(k)).toList();
	}

	/** Lists the business in the public directory or withdraws it from there (the owner's consent); audited when it changes. */
	void tampilkan(long id, boolean tampil, String aksi) {
		usaha(id);
		tx.executeWithoutResult(s -> {
			if (repo.tampilkan(id, tampil)) {
				audit.catat(aksi, "usaha", Long.toString(id), Map.of("tampilPublik", !tampil), Map.of("tampilPublik", tampil));
			}
		});
	}

	/** The business of the owner's private link (the engine's tracking code and token); 404 for a wrong token. */
	Usaha milikPemohon(String kode, String token) {
		mesin.cariDenganToken(kode, token);
		return repo.idPermohonan(kode).map(this::usaha).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("umkm.tidak-ditemukan"));
	}

	/** What the audit log keeps of an edit: the business's public facts, never the NIK or contacts. */
	private Map<String, Object> jejakUbah(Usaha u) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("nama", u.nama());
		m.put("alamat", u.alamat());
		m.put("kbli", u.kbli());
		m.put("bentukHukum", u.bentukHukum().name());
		m.put("nib", u.nib());
		m.put("penjualanTahunan", u.penjualanTahunan());
		m.put("karyawan", u.karyawan());
		m.put("tampilPublik", u.tampilPublik());
		m.put("kanal", u.kanal().stream().map(k -> k.jenis().name() + (k.nmid() == null ? "" : " " + k.nmid())).toList());
		return m;
	}

	/** What the audit log keeps of a registration: no NIK, no contacts (and no region code, which staff cannot read). */
	private static Map<String, Object> jejak(Usaha u, String kode) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("nama", u.nama());
		m.put("kbli", u.kbli());
		m.put("permohonan", kode);
		return m;
	}

	/**
	 * The owner's QRIS code, from a photo of the sticker (decoded by module {@code qris}) or its text as typed, checked:
	 * its reasons in words when it is not a correct QRIS. Null when neither was given.
	 */
	record KodeQris(HasilPeriksaQris hasil, List<IsianDitolakException.Galat> galat) {
	}

	KodeQris kodeQris(FormulirUsaha f, byte[] stiker) {
		String payload = teks(f.getQrisPayload());
		String isian = "qrisPayload";
		if (stiker != null) {
			isian = "stikerQris";
			payload = qris.bacaGambar(stiker).orElse(null);
			if (payload == null) {
				return new KodeQris(null, List.of(new IsianDitolakException.Galat(isian, "umkm.isian.stiker-tanpa-kode")));
			}
		}
		if (payload == null) {
			return null;
		}
		HasilPeriksaQris hasil = qris.periksa(payload);
		String di = isian;
		return new KodeQris(hasil, hasil.galat().stream().map(a -> new IsianDitolakException.Galat(di, a.kunci(), a.argumenArray())).toList());
	}

	/** Every problem of the form at once; the business as it will be stored. */
	Usaha periksa(FormulirUsaha f, String dibantuOleh, KodeQris kode) {
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		if (kode != null) {
			kode.galat().forEach(g -> p.tolak(g.isian(), g.kodePesan(), g.argumen()));
		}
		String nik = f.getNik() == null ? "" : f.getNik().replaceAll("[ .]", "");
		if (!Nik.sah(nik)) {
			p.tolak("nik", "umkm.isian.nik-tidak-sah");
		}
		String pemilik = wajib(p, "namaPemilik", f.getNamaPemilik(), TEKS_MAKS);
		String telepon = teks(f.getTelepon());
		if (telepon != null) {
			telepon = Kontak.ponsel(telepon).orElse(null);
			if (telepon == null) {
				p.tolak("telepon", "umkm.isian.telepon-tidak-sah");
			}
		}
		String email = teks(f.getEmail());
		if (email != null && (email.length() > TEKS_MAKS || !Kontak.email(email))) {
			p.tolak("email", "umkm.isian.email-tidak-sah");
		}
		if (teks(f.getTelepon()) == null && email == null) {
			p.tolak("telepon", "umkm.isian.kontak-wajib");
		}
		String nama = wajib(p, "nama", f.getNama(), TEKS_MAKS);
		String alamat = wajib(p, "alamat", f.getAlamat(), ALAMAT_MAKS);
		Double lat = desimal(f.getLat());
		Double lon = desimal(f.getLon());
		String kelurahan = null;
		if (lat != null && lon != null) {
			kelurahan = wilayah.temukan(lat, lon).map(Kelurahan::kode).orElse(null);
			if (kelurahan == null) {
				p.tolak("kelurahan", "umkm.isian.titik-di-luar-kota");
			}
		}
		else {
			lat = null;
			lon = null;
			kelurahan = teks(f.getKelurahan());
			if (kelurahan == null || wilayah.kelurahan(kelurahan).isEmpty()) {
				p.tolak("kelurahan", "umkm.isian.kelurahan-wajib");
			}
		}
		String kbli = teks(f.getKbli());
		if (referensi.kbli(kbli).isEmpty()) {
			p.tolak("kbli", "umkm.isian.kbli-tidak-dikenal");
		}
		BentukHukum bentuk = null;
		try {
			bentuk = BentukHukum.valueOf(teks(f.getBentukHukum()) == null ? "" : f.getBentukHukum().strip());
		}
		catch (IllegalArgumentException ex) {
			p.tolak("bentukHukum", "umkm.isian.bentuk-wajib");
		}
		String nib = teks(f.getNib());
		if (nib != null) {
			nib = nib.replaceAll("[ .-]", "");
			if (!NIB.matcher(nib).matches()) {
				p.tolak("nib", "umkm.isian.nib-tidak-sah");
			}
		}
		Long modal = rupiah(p, "modal", f.getModal());
		Long penjualan = rupiah(p, "penjualan", f.getPenjualan());
		int karyawan = 0;
		String k = teks(f.getKaryawan());
		if (k != null) {
			if (!k.matches("\\d{1,6}") || Integer.parseInt(k) > KARYAWAN_MAKS) {
				p.tolak("karyawan", "umkm.isian.karyawan-tidak-sah");
			}
			else {
				karyawan = Integer.parseInt(k);
			}
		}
		String jam = teks(f.getJamBuka());
		if (jam != null) {
			try {
				jam = JamBuka.baca(jam).teks();
			}
			catch (IllegalArgumentException ex) {
				p.tolak("jamBuka", "umkm.isian.jam-tidak-sah");
			}
		}
		String wa = teks(f.getWhatsapp());
		if (wa != null) {
			String nomor = Kontak.ponsel(wa).orElse(null);
			if (nomor == null) {
				p.tolak("whatsapp", "umkm.isian.telepon-tidak-sah");
			}
			wa = nomor == null ? null : "62" + nomor.substring(1);
		}
		String keterangan = teks(f.getKeterangan());
		if (keterangan != null && keterangan.length() > KETERANGAN_MAKS) {
			p.tolak("keterangan", "umkm.isian.terlalu-panjang", KETERANGAN_MAKS);
		}
		List<KanalBayar> kanal = kanal(p, f, kode == null || !kode.galat().isEmpty() ? null : kode.hasil());
		p.lempar();
		return new Usaha(0, nik, pemilik, telepon, email, nama, alamat, kelurahan, lat, lon, kbli, bentuk, nib, f.isPunyaNpwp(), modal, penjualan,
				karyawan, jam, wa, keterangan, f.isTampilPublik(), StatusUsaha.DIAJUKAN, null, dibantuOleh, clock.instant(), null, kanal);
	}

	/** @param kode a correct QRIS code the owner showed, or null */
	private static List<KanalBayar> kanal(IsianDitolakException.Pemeriksa p, FormulirUsaha f, HasilPeriksaQris kode) {
		List<KanalBayar> kanal = new ArrayList<>();
		if (f.isTunai()) {
			kanal.add(KanalBayar.tanpaKode(KanalBayar.Jenis.TUNAI, null));
		}
		String nmid = teks(f.getNmid());
		if (nmid != null) {
			nmid = nmid.replace(" ", "").toUpperCase(Locale.ROOT);
			if (!NMID.matcher(nmid).matches()) {
				p.tolak("nmid", "umkm.isian.nmid-tidak-sah");
			}
		}
		if (kode != null && kode.nmid() != null) {
			if (nmid != null && !nmid.equals(kode.nmid())) {
				p.tolak("nmid", "umkm.isian.nmid-beda", kode.nmid());
			}
			nmid = kode.nmid();
		}
		// a sticker shown or a code typed says the business takes QRIS, ticked or not
		if (f.isQris() || kode != null) {
			if (nmid == null && p.sah("stikerQris") && p.sah("qrisPayload")) {
				p.tolak("nmid", "umkm.isian.nmid-wajib");
			}
			boolean diperiksa = kode != null && kode.nmid() != null;
			kanal.add(new KanalBayar(KanalBayar.Jenis.QRIS, nmid, diperiksa ? kode.kriteria() : null, diperiksa, null));
		}
		else if (nmid != null) {
			p.tolak("nmid", "umkm.isian.nmid-tanpa-qris");
		}
		if (f.isTransfer()) {
			kanal.add(KanalBayar.tanpaKode(KanalBayar.Jenis.TRANSFER, null));
		}
		String toko = f.getTokoDaring() == null ? "" : f.getTokoDaring().strip();
		if (!toko.isEmpty()) {
			List<String> tautan = toko.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
			if (tautan.size() > TOKO_MAKS || tautan.stream().anyMatch(t -> t.length() > ALAMAT_MAKS || !t.matches("https://[^\\s/]+\\.[^\\s]+"))) {
				p.tolak("tokoDaring", "umkm.isian.toko-tidak-sah", TOKO_MAKS);
			}
			tautan.forEach(t -> kanal.add(KanalBayar.tanpaKode(KanalBayar.Jenis.TOKO_DARING, t)));
		}
		if (kanal.isEmpty()) {
			p.tolak("tunai", "umkm.isian.kanal-wajib");
		}
		return List.copyOf(kanal);
	}

	/** A business name as compared for duplicates: lower case, no accents, letters and digits separated by single spaces. */
	static String namaNormal(String nama) {
		String tanpaAksen = Normalizer.normalize(nama, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		return SPASI.matcher(tanpaAksen.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ")).replaceAll(" ").strip();
	}

	/** A mobile number as the engine stores it (0812…), or null when it is not one. */
	private static String wajib(IsianDitolakException.Pemeriksa p, String isian, String nilai, int maks) {
		String t = teks(nilai);
		if (t == null) {
			p.tolak(isian, "umkm.isian.wajib");
		}
		else if (t.length() > maks) {
			p.tolak(isian, "umkm.isian.terlalu-panjang", maks);
		}
		return t;
	}

	private static String teks(String s) {
		return s == null || s.isBlank() ? null : SPASI.matcher(s.strip()).replaceAll(" ");
	}

	private static Double desimal(String s) {
		String t = teks(s);
		if (t == null) {
			return null;
		}
		try {
			double d = Double.parseDouble(t.replace(',', '.'));
			return Double.isFinite(d) ? d : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** Whole rupiah as people type it: "250000000", "250.000.000" or "Rp250.000.000"; empty is unknown (null). */
	static Long rupiah(IsianDitolakException.Pemeriksa p, String isian, String s) {
		String t = teks(s);
		if (t == null) {
			return null;
		}
		String angka = t.replaceFirst("^(?i)rp\\s*", "").replace(".", "").replace(" ", "");
		if (!angka.matches("\\d{1,19}") || angka.length() > 18 || Long.parseLong(angka) > RUPIAH_MAKS) {
			p.tolak(isian, "umkm.isian.rupiah-tidak-sah");
			return null;
		}
		return Long.valueOf(angka);
	}
}
