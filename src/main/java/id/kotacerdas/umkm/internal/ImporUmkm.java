package id.kotacerdas.umkm.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.ekspor.ImporBertahap;
import id.kotacerdas.ekspor.ImporBertahap.Pemeriksaan;
import id.kotacerdas.ekspor.ImporBertahap.Status;
import id.kotacerdas.ekspor.LembarMasuk;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Sidik;
import id.kotacerdas.umkm.internal.LembarUmkm.Kolom;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/**
 * Businesses from the city's existing spreadsheets and census exports: every row checked first by the registry's
 * own rules ({@link RegisterUmkm#periksa}) and listed as new, duplicate (NIK + business name + kelurahan, against the
 * registry and earlier rows of the file) or refused with every reason; then applied as a whole, only when no row is
 * refused. Imported businesses were registered before, elsewhere: they are active at once, without an application,
 * and stay out of the public directory unless the sheet says the owner agreed.
 */
@Service
class ImporUmkm {

	/** Every UMKM of the city several times over (PL-KUMKM counted tens of thousands); a longer file is split. */
	static final int BARIS_MAKS = 100_000;

	private static final Set<String> YA = Set.of("ya", "y", "ada", "1", "true", "sudah", "yes");

	private static final Map<String, BentukHukum> BENTUK = Map.ofEntries(Map.entry("perorangan", BentukHukum.PERORANGAN),
			Map.entry("usaha perorangan", BentukHukum.PERORANGAN), Map.entry("perseorangan", BentukHukum.PERORANGAN),
			Map.entry("tidak berbadan hukum", BentukHukum.PERORANGAN), Map.entry("pt perorangan", BentukHukum.PT_PERORANGAN),
			Map.entry("pt perseorangan", BentukHukum.PT_PERORANGAN), Map.entry("cv", BentukHukum.CV), Map.entry("firma", BentukHukum.FIRMA),
			Map.entry("fa", BentukHukum.FIRMA), Map.entry("pt", BentukHukum.PT), Map.entry("koperasi", BentukHukum.KOPERASI));

	private final RegisterUmkm register;

	private final UsahaRepository repo;

	private final ImporUmkmRepository impor;

	private final Wilayah wilayah;

	private final AuditLog audit;

	private final Clock clock;

	ImporUmkm(RegisterUmkm register, UsahaRepository repo, ImporUmkmRepository impor, Wilayah wilayah, AuditLog audit, Clock clock) {
		this.register = register;
		this.repo = repo;
		this.impor = impor;
		this.wilayah = wilayah;
		this.audit = audit;
		this.clock = clock;
	}

	/** Why a row is refused: the column as the sheet names it (or null) and a message key with its arguments. */
	record Alasan(String kolom, String kode, Object... argumen) {
	}

	/**
	 * A row of the check; a duplicate (NIK + business name + kelurahan) is {@link Status#SUDAH_ADA}.
	 *
	 * @param usaha the business as it would be stored, when the row is not refused
	 * @param sama the business or row it repeats: {@code "#12"} a registered business, {@code "baris 4"} a row above
	 */
	record Baris(LembarUmkm.Baris mentah, Status status, Usaha usaha, List<Alasan> alasan, String sama) implements ImporBertahap.BarisPeriksa {

		@Override
		public int nomor() {
			return mentah.nomor();
		}
	}

	/** Those who verify registrations import them: the cooperatives agency's staff who may act, and Kominfo. */
	boolean boleh(Staf staf) {
		return register.bolehMemverifikasi(staf);
	}

	private void wajibBoleh(Staf staf) {
		if (!boleh(staf)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "umkm.bukan-petugas");
		}
	}

	/** Keeps the file and returns its id; the result page checks it again when shown. Refuses an unreadable file (400). */
	@Transactional
	long unggah(Staf staf, String namaBerkas, byte[] isi) {
		wajibBoleh(staf);
		periksa(isi);
		return impor.simpan(ImporBertahap.namaBerkas(namaBerkas, "umkm"), Sidik.sha256(isi), isi, staf.username(), clock.instant());
	}

	Optional<ImporUmkmRepository.Berkas> berkas(Staf staf, long id) {
		wajibBoleh(staf);
		return impor.cari(id);
	}

	/** Stores every new business of the checked file, or nothing when a row is refused (409: the check says which). */
	@Transactional
	int terapkan(Staf staf, long id) {
		wajibBoleh(staf);
		ImporUmkmRepository.Berkas b = impor.cariUntukDiterapkan(id)
			.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("umkm.impor.tidak-ditemukan"));
		if (b.diterapkan() != null) {
			return 0;
		}
		Pemeriksaan<Baris> p = periksa(b.isi());
		List<Baris> baru = ImporBertahap.yangDisimpan(p, HttpStatus.CONFLICT, "umkm.impor.ada-yang-ditolak");
		Instant kini = clock.instant();
		baru.forEach(r -> repo.tambahImpor(r.usaha().aktif(kini), RegisterUmkm.namaNormal(r.usaha().nama()), id));
		int jumlah = baru.size();
		impor.tandaiDiterapkan(id, jumlah, kini);
		Map<String, Object> jejak = new LinkedHashMap<>();
		jejak.put("berkas", b.namaBerkas());
		jejak.put("sidik", b.sidik());
		jejak.put("disimpan", jumlah);
		jejak.put("duplikat", p.sudahAda());
		audit.catat("umkm.diimpor", "impor", Long.toString(id), null, jejak);
		return jumlah;
	}

	/** The dry run: each row as it would be stored, or why not. */
	Pemeriksaan<Baris> periksa(byte[] isi) {
		Map<String, String> kelurahan = petaKelurahan();
		Map<String, Integer> barisPertama = new HashMap<>();
		return ImporBertahap.periksa(isi, BARIS_MAKS, "umkm.impor.tanpa-kepala", new ImporBertahap.Aturan<Map<Kolom, Integer>, Baris>() {

			@Override
			public Map<Kolom, Integer> kepala(LembarMasuk.Baris baris) {
				return LembarUmkm.kepala(baris);
			}

			@Override
			public Baris periksa(Map<Kolom, Integer> kolom, LembarMasuk.Baris baris) {
				return periksaBaris(LembarUmkm.baris(kolom, baris), kelurahan, barisPertama);
			}
		});
	}

	private Baris periksaBaris(LembarUmkm.Baris m, Map<String, String> kelurahan, Map<String, Integer> barisPertama) {
		List<Alasan> alasan = new ArrayList<>();
		FormulirUsaha f = formulir(m, kelurahan, alasan);
		Usaha u = null;
		try {
			u = register.periksa(f, null, null);
		}
		catch (IsianDitolakException ex) {
			for (IsianDitolakException.Galat g : ex.galat()) {
				String kolom = kolomIsian(g.isian());
				// a column already refused in words of the import (an unknown kelurahan) is not refused twice
				if (alasan.stream().noneMatch(a -> a.kolom() != null && a.kolom().equals(kolom))) {
					alasan.add(new Alasan(kolom, g.kodePesan(), g.argumen()));
				}
			}
		}
		if (!alasan.isEmpty()) {
			return new Baris(m, Status.DITOLAK, null, List.copyOf(alasan), null);
		}
		String kunci = u.nik() + "|" + RegisterUmkm.namaNormal(u.nama()) + "|" + u.kelurahanKode();
		Integer pertama = barisPertama.putIfAbsent(kunci, m.nomor());
		List<Usaha> terdaftar = repo.duplikat(0, u.nik(), RegisterUmkm.namaNormal(u.nama()), u.kelurahanKode());
		if (!terdaftar.isEmpty()) {
			return new Baris(m, Status.SUDAH_ADA, u, List.of(), "#" + terdaftar.get(0).id());
		}
		if (pertama != null) {
			return new Baris(m, Status.SUDAH_ADA, u, List.of(), Integer.toString(pertama));
		}
		return new Baris(m, Status.BARU, u, List.of(), null);
	}

	/** The row as the registration form would hold it; what only an import can get wrong goes to {@code alasan}. */
	private static FormulirUsaha formulir(LembarUmkm.Baris m, Map<String, String> kelurahan, List<Alasan> alasan) {
		FormulirUsaha f = new FormulirUsaha();
		f.setNik(m.teks(Kolom.NIK_PEMILIK));
		f.setNamaPemilik(m.teks(Kolom.NAMA_PEMILIK));
		f.setTelepon(ponsel(m.teks(Kolom.NOMOR_TELEPON)));
		f.setEmail(m.teks(Kolom.ALAMAT_EMAIL));
		f.setNama(m.teks(Kolom.NAMA_USAHA));
		f.setAlamat(m.teks(Kolom.ALAMAT_USAHA));
		String kel = m.teks(Kolom.NAMA_KELURAHAN);
		String kode = kelurahan.get(LembarUmkm.normal(kel).replaceFirst("^(kelurahan|kel) ", ""));
		if (kode == null && !kel.isEmpty()) {
			alasan.add(new Alasan(Kolom.NAMA_KELURAHAN.judul(), "umkm.impor.kelurahan-tidak-dikenal", kel));
		}
		f.setKelurahan(kode);
		f.setLat(m.teks(Kolom.TITIK_LINTANG));
		f.setLon(m.teks(Kolom.TITIK_BUJUR));
		f.setKbli(m.teks(Kolom.KODE_KBLI).replaceAll("\\D", ""));
		String bentuk = m.teks(Kolom.BENTUK_HUKUM);
		if (bentuk.isEmpty()) {
			// a census row describes a person's own business unless it says otherwise
			f.setBentukHukum(BentukHukum.PERORANGAN.name());
		}
		else {
			BentukHukum b = BENTUK.get(LembarUmkm.normal(bentuk));
			if (b == null) {
				alasan.add(new Alasan(Kolom.BENTUK_HUKUM.judul(), "umkm.impor.bentuk-tidak-dikenal", bentuk));
			}
			f.setBentukHukum(b == null ? null : b.name());
		}
		String nib = m.teks(Kolom.NOMOR_NIB);
		f.setNib(ya(nib) || tidak(nib) ? null : nib);
		String npwp = m.teks(Kolom.PUNYA_NPWP);
		f.setPunyaNpwp(ya(npwp) || npwp.replaceAll("\\D", "").length() >= 15);
		f.setModal(m.teks(Kolom.MODAL_USAHA));
		f.setPenjualan(m.teks(Kolom.PENJUALAN_TAHUNAN));
		f.setKaryawan(m.teks(Kolom.JUMLAH_KARYAWAN));
		f.setWhatsapp(ponsel(m.teks(Kolom.NOMOR_WHATSAPP)));
		String nmid = m.teks(Kolom.NMID_QRIS);
		f.setNmid(tidak(nmid) ? null : nmid);
		f.setQris(ya(m.teks(Kolom.MENERIMA_QRIS)) || !tidak(nmid));
		// a register row says nothing of how customers pay: every business takes cash
		f.setTunai(true);
		f.setTampilPublik(ya(m.teks(Kolom.TAMPIL_DIREKTORI)));
		return f;
	}

	private static boolean ya(String s) {
		return YA.contains(s.strip().toLowerCase(Locale.ROOT));
	}

	/** Empty, a dash, "tidak", "belum", "0": the cell says there is none. */
	private static boolean tidak(String s) {
		String t = s.strip().toLowerCase(Locale.ROOT);
		return t.isEmpty() || t.equals("-") || t.equals("tidak") || t.equals("belum") || t.equals("0") || t.equals("tidak ada");
	}

	/** A spreadsheet keeps a phone number as a number and loses its leading 0 (812… is 0812…). */
	private static String ponsel(String s) {
		return s.matches("8\\d{8,12}") ? "0" + s : s;
	}

	/** The sheet's column for a field of the registration form (the header name people know), or null. */
	private static String kolomIsian(String isian) {
		return switch (isian) {
			case "nik" -> Kolom.NIK_PEMILIK.judul();
			case "namaPemilik" -> Kolom.NAMA_PEMILIK.judul();
			case "telepon" -> Kolom.NOMOR_TELEPON.judul();
			case "email" -> Kolom.ALAMAT_EMAIL.judul();
			case "nama" -> Kolom.NAMA_USAHA.judul();
			case "alamat" -> Kolom.ALAMAT_USAHA.judul();
			case "kelurahan" -> Kolom.NAMA_KELURAHAN.judul();
			case "kbli" -> Kolom.KODE_KBLI.judul();
			case "bentukHukum" -> Kolom.BENTUK_HUKUM.judul();
			case "nib" -> Kolom.NOMOR_NIB.judul();
			case "modal" -> Kolom.MODAL_USAHA.judul();
			case "penjualan" -> Kolom.PENJUALAN_TAHUNAN.judul();
			case "karyawan" -> Kolom.JUMLAH_KARYAWAN.judul();
			case "whatsapp" -> Kolom.NOMOR_WHATSAPP.judul();
			case "nmid" -> Kolom.NMID_QRIS.judul();
			default -> null;
		};
	}

	/** A kelurahan by its name (as compared by {@link LembarUmkm#normal}) or its Kemendagri code. */
	private Map<String, String> petaKelurahan() {
		Map<String, String> peta = new HashMap<>();
		for (Kelurahan k : wilayah.kelurahan()) {
			peta.put(LembarUmkm.normal(k.nama()), k.kode());
			peta.put(LembarUmkm.normal(k.kode()), k.kode());
		}
		return peta;
	}
}
