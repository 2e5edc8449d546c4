package id.kotacerdas.pasar.internal;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.pasar.internal.ReferensiRepository.DataKomoditas;
import id.kotacerdas.pasar.internal.ReferensiRepository.DataPasar;
import id.kotacerdas.pasar.internal.ReferensiRepository.HargaAcuan;
import id.kotacerdas.platform.IsianDitolakException.Pemeriksa;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.wilayah.Wilayah;

/**
 * Editing the reference data: commodities, their unit conversions and ceiling/reference price
 * periods, and markets. Every form names all its problems at once; every change is audited.
 */
@Component
class ReferensiPasar {

	/** The units a price may be given in; each has its words in the bundle ({@code pasar.satuan.*}). */
	static final List<String> SATUAN = List.of("kg", "liter", "rak", "ikat", "ekor", "butir");

	static final List<String> JENIS_ACUAN = List.of("HET", "HAP");

	static final int PANJANG_NAMA = 100;

	static final int PANJANG_KODE = 40;

	static final int PANJANG_DASAR = 200;

	private final ReferensiRepository repo;

	private final LayananHarga layanan;

	private final Wilayah wilayah;

	private final AuditLog audit;

	ReferensiPasar(ReferensiRepository repo, LayananHarga layanan, Wilayah wilayah, AuditLog audit) {
		this.repo = repo;
		this.layanan = layanan;
		this.wilayah = wilayah;
		this.audit = audit;
	}

	/** The market agency's administrators and Kominfo. */
	boolean boleh(Staf staf) {
		return layanan.opdPasar().map(o -> staf.adminAtas(o.id())).orElse(staf.adminKota());
	}

	void wajibBoleh(Staf staf) {
		if (!boleh(staf)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "pasar.referensi.bukan-admin");
		}
	}

	/** Stores a new commodity ({@code id} null) or the changes of one. */
	@Transactional
	long simpanKomoditas(Staf staf, Long id, Map<String, String> isian) {
		wajibBoleh(staf);
		DataKomoditas lama = id == null ? null : repo.komoditas(id).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pasar.referensi.tidak-ditemukan"));
		Pemeriksa p = new Pemeriksa();
		String nama = wajib(p, isian, "nama", PANJANG_NAMA);
		String varian = pilihan(p, isian, "varian", PANJANG_NAMA);
		String satuan = teks(isian, "satuan");
		if (!SATUAN.contains(satuan)) {
			p.tolak("satuan", "pasar.referensi.satuan-tidak-sah");
		}
		String pihps = pilihan(p, isian, "kodePihps", PANJANG_KODE);
		String bapanas = pilihan(p, isian, "kodeBapanas", PANJANG_KODE);
		String sp2kp = pilihan(p, isian, "kodeSp2kp", PANJANG_KODE);
		boolean lokal = "true".equals(isian.get("lokal"));
		if (lokal && (pihps != null || bapanas != null || sp2kp != null)) {
			p.tolak("lokal", "pasar.referensi.lokal-dan-nasional");
		}
		Integer urutan = bilangan(p, isian, "urutan");
		boolean aktif = "true".equals(isian.get("aktif"));
		if (nama != null && p.sah("nama") && repo.namaKomoditasDipakai(nama, varian, id)) {
			p.bentrok("nama", "pasar.referensi.komoditas-ada");
		}
		p.lempar();
		int u = urutan == null ? (lama == null ? repo.urutanBerikut() : lama.urutan()) : urutan;
		if (lama == null) {
			DataKomoditas baru = new DataKomoditas(null, kodeBaru(nama + " " + (varian == null ? "" : varian), true), nama, varian, satuan, pihps,
					bapanas, sp2kp, lokal, u, aktif);
			long idBaru = repo.tambahKomoditas(baru);
			audit.catat("pasar.komoditas.dibuat", "komoditas", Long.toString(idBaru), null, baru);
			return idBaru;
		}
		DataKomoditas ubah = new DataKomoditas(id, lama.kode(), nama, varian, satuan, pihps, bapanas, sp2kp, lokal, u, aktif);
		repo.ubahKomoditas(ubah);
		audit.catat("pasar.komoditas.diubah", "komoditas", Long.toString(id), lama, ubah);
		return id;
	}

	@Transactional
	void tambahKonversi(Staf staf, long komoditasId, Map<String, String> isian) {
		wajibBoleh(staf);
		repo.komoditas(komoditasId).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pasar.referensi.tidak-ditemukan"));
		Pemeriksa p = new Pemeriksa();
		String dari = teks(isian, "dari");
		String ke = teks(isian, "ke");
		if (!SATUAN.contains(dari)) {
			p.tolak("dari", "pasar.referensi.satuan-tidak-sah");
		}
		if (!SATUAN.contains(ke)) {
			p.tolak("ke", "pasar.referensi.satuan-tidak-sah");
		}
		if (p.sah("dari") && p.sah("ke") && dari.equals(ke)) {
			p.tolak("ke", "pasar.referensi.satuan-sama");
		}
		BigDecimal faktor = null;
		try {
			faktor = new BigDecimal(teks(isian, "faktor").replace(',', '.'));
			if (faktor.signum() <= 0 || faktor.precision() - faktor.scale() > 6 || faktor.scale() > 6) {
				p.tolak("faktor", "pasar.referensi.faktor-tidak-sah");
			}
		}
		catch (NumberFormatException ex) {
			p.tolak("faktor", "pasar.referensi.faktor-tidak-sah");
		}
		p.lempar();
		if (!repo.tambahKonversi(komoditasId, dari, ke, faktor)) {
			new Pemeriksa().bentrok("ke", "pasar.referensi.konversi-ada").lempar();
		}
		audit.catat("pasar.konversi.dibuat", "komoditas", Long.toString(komoditasId), null, new Konversi.Langkah(dari, ke, faktor));
	}

	@Transactional
	void hapusKonversi(Staf staf, long komoditasId, String dari, String ke) {
		wajibBoleh(staf);
		if (repo.hapusKonversi(komoditasId, dari, ke)) {
			audit.catat("pasar.konversi.dihapus", "komoditas", Long.toString(komoditasId), new Konversi.Langkah(dari, ke, null), null);
		}
	}

	/** A new HET/HAP period; it may not overlap another period of the same kind for the commodity. */
	@Transactional
	void tambahAcuan(Staf staf, long komoditasId, Map<String, String> isian) {
		wajibBoleh(staf);
		repo.komoditas(komoditasId).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pasar.referensi.tidak-ditemukan"));
		repo.kunciKomoditas(komoditasId);
		Pemeriksa p = new Pemeriksa();
		String jenis = teks(isian, "jenis");
		if (!JENIS_ACUAN.contains(jenis)) {
			p.tolak("jenis", "pasar.referensi.jenis-acuan-tidak-sah");
		}
		Long harga = null;
		try {
			harga = Long.parseLong(teks(isian, "harga").replace(".", ""));
			if (harga <= 0 || harga > LayananHarga.HARGA_MAKS) {
				p.tolak("harga", "pasar.referensi.harga-tidak-sah");
			}
		}
		catch (NumberFormatException ex) {
			p.tolak("harga", "pasar.referensi.harga-tidak-sah");
		}
		LocalDate dari = tanggal(p, isian, "berlakuDari", true);
		LocalDate sampai = tanggal(p, isian, "berlakuSampai", false);
		if (dari != null && sampai != null && sampai.isBefore(dari)) {
			p.tolak("berlakuSampai", "pasar.referensi.periode-terbalik");
		}
		String dasar = wajib(p, isian, "dasar", PANJANG_DASAR);
		if (p.sah("jenis") && dari != null && p.sah("berlakuSampai")) {
			for (HargaAcuan a : repo.acuan(komoditasId)) {
				if (a.jenis().equals(jenis) && tumpangTindih(dari, sampai, a.berlakuDari(), a.berlakuSampai())) {
					p.bentrok("berlakuDari", "pasar.referensi.periode-tumpang-tindih", id.kotacerdas.platform.Waktu.formatTanggal(a.berlakuDari()),
							a.berlakuSampai() == null ? "–" : id.kotacerdas.platform.Waktu.formatTanggal(a.berlakuSampai()));
					break;
				}
			}
		}
		p.lempar();
		long id = repo.tambahAcuan(komoditasId, jenis, harga, dari, sampai, dasar);
		audit.catat("pasar.acuan.dibuat", "harga_acuan", Long.toString(id), null,
				new HargaAcuan(id, komoditasId, jenis, harga, dari, sampai, dasar));
	}

	/** Whether two periods share a day; a null end is open. */
	static boolean tumpangTindih(LocalDate dari1, LocalDate sampai1, LocalDate dari2, LocalDate sampai2) {
		return (sampai2 == null || !dari1.isAfter(sampai2)) && (sampai1 == null || !dari2.isAfter(sampai1));
	}

	@Transactional
	void hapusAcuan(Staf staf, long komoditasId, long id) {
		wajibBoleh(staf);
		repo.satuAcuan(id).filter(a -> a.komoditasId() == komoditasId).ifPresent(a -> {
			repo.hapusAcuan(id);
			audit.catat("pasar.acuan.dihapus", "harga_acuan", Long.toString(id), a, null);
		});
	}

	@Transactional
	long simpanPasar(Staf staf, Long id, Map<String, String> isian, List<String> hariBuka) {
		wajibBoleh(staf);
		DataPasar lama = id == null ? null : repo.pasar(id).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pasar.tidak-ditemukan"));
		Pemeriksa p = new Pemeriksa();
		String nama = wajib(p, isian, "nama", PANJANG_NAMA);
		String kelurahan = pilihan(p, isian, "kelurahan", PANJANG_KODE);
		if (kelurahan != null && wilayah.kelurahan(kelurahan).isEmpty()) {
			p.tolak("kelurahan", "pasar.referensi.kelurahan-tidak-sah");
		}
		Double lat = koordinat(p, isian, "lat", 90);
		Double lon = koordinat(p, isian, "lon", 180);
		if (p.sah("lat") && p.sah("lon") && (lat == null) != (lon == null)) {
			p.tolak("lat", "pasar.referensi.koordinat-berpasangan");
		}
		String jenis = teks(isian, "jenis");
		if (!List.of(JenisPasar.values()).stream().map(Enum::name).toList().contains(jenis)) {
			p.tolak("jenis", "pasar.referensi.jenis-pasar-tidak-sah");
		}
		TreeSet<Integer> hari = new TreeSet<>();
		for (String h : hariBuka == null ? List.<String>of() : hariBuka) {
			try {
				int d = Integer.parseInt(h);
				if (d < 1 || d > 7) {
					throw new NumberFormatException();
				}
				hari.add(d);
			}
			catch (NumberFormatException ex) {
				p.tolak("hariBuka", "pasar.referensi.hari-tidak-sah");
			}
		}
		if (hari.isEmpty() && p.sah("hariBuka")) {
			p.tolak("hariBuka", "pasar.referensi.hari-kosong");
		}
		boolean aktif = "true".equals(isian.get("aktif"));
		if (nama != null && repo.namaPasarDipakai(nama, id)) {
			p.bentrok("nama", "pasar.referensi.pasar-ada");
		}
		p.lempar();
		if (lama == null) {
			DataPasar baru = new DataPasar(null, kodeBaru(nama, false), nama, kelurahan, lat, lon, jenis, new ArrayList<>(hari), aktif);
			long idBaru = repo.tambahPasar(baru);
			audit.catat("pasar.pasar.dibuat", "pasar", Long.toString(idBaru), null, baru);
			return idBaru;
		}
		DataPasar ubah = new DataPasar(id, lama.kode(), nama, kelurahan, lat, lon, jenis, new ArrayList<>(hari), aktif);
		repo.ubahPasar(ubah);
		audit.catat("pasar.pasar.diubah", "pasar", Long.toString(id), lama, ubah);
		return id;
	}

	/** A short code from the name ("Cabai rawit merah" → cabai-rawit-merah), numbered when taken. */
	private String kodeBaru(String nama, boolean komoditas) {
		String dasar = Normalizer.normalize(nama, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		if (dasar.length() > PANJANG_KODE) {
			dasar = dasar.substring(0, PANJANG_KODE);
		}
		if (dasar.isEmpty()) {
			dasar = komoditas ? "komoditas" : "pasar";
		}
		String kode = dasar;
		for (int i = 2; komoditas ? repo.kodeKomoditasDipakai(kode) : repo.kodePasarDipakai(kode); i++) {
			kode = dasar + "-" + i;
		}
		return kode;
	}

	private static String teks(Map<String, String> isian, String nama) {
		String s = isian.get(nama);
		return s == null ? "" : s.strip();
	}

	private static String wajib(Pemeriksa p, Map<String, String> isian, String nama, int panjang) {
		String s = teks(isian, nama);
		if (s.isEmpty()) {
			p.tolak(nama, "pasar.referensi.wajib");
			return null;
		}
		if (s.length() > panjang) {
			p.tolak(nama, "pasar.referensi.terlalu-panjang", panjang);
			return null;
		}
		return s;
	}

	private static String pilihan(Pemeriksa p, Map<String, String> isian, String nama, int panjang) {
		String s = teks(isian, nama);
		if (s.length() > panjang) {
			p.tolak(nama, "pasar.referensi.terlalu-panjang", panjang);
			return null;
		}
		return s.isEmpty() ? null : s;
	}

	private static Integer bilangan(Pemeriksa p, Map<String, String> isian, String nama) {
		String s = teks(isian, nama);
		if (s.isEmpty()) {
			return null;
		}
		try {
			int n = Integer.parseInt(s);
			if (n >= 0) {
				return n;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		p.tolak(nama, "pasar.referensi.bilangan-tidak-sah");
		return null;
	}

	private static LocalDate tanggal(Pemeriksa p, Map<String, String> isian, String nama, boolean wajib) {
		String s = teks(isian, nama);
		if (s.isEmpty()) {
			if (wajib) {
				p.tolak(nama, "pasar.referensi.wajib");
			}
			return null;
		}
		try {
			return LocalDate.parse(s);
		}
		catch (DateTimeParseException ex) {
			p.tolak(nama, "pasar.referensi.tanggal-tidak-sah");
			return null;
		}
	}

	private static Double koordinat(Pemeriksa p, Map<String, String> isian, String nama, double batas) {
		String s = teks(isian, nama).replace(',', '.');
		if (s.isEmpty()) {
			return null;
		}
		try {
			double d = Double.parseDouble(s);
			if (Double.isFinite(d) && Math.abs(d) <= batas) {
				return d;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		p.tolak(nama, "pasar.referensi.koordinat-tidak-sah");
		return null;
	}
}
