package id.kotacerdas.satudata.internal.unggah;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.berkas.BerkasBaru;
import id.kotacerdas.berkas.LayananBerkas;
import id.kotacerdas.berkas.Pemilik;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.DataTerbuka.Frekuensi;
import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.KatalogDataTerbuka;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.KotaProperties;
import id.kotacerdas.platform.Waktu;
import id.kotacerdas.satudata.DatasetBaru;
import id.kotacerdas.satudata.KatalogData;
import id.kotacerdas.satudata.MetadataSatuData;
import id.kotacerdas.satudata.SumberDataset;
import id.kotacerdas.satudata.TingkatWilayah;
import id.kotacerdas.satudata.internal.gerbang.Alasan;
import id.kotacerdas.satudata.internal.gerbang.GerbangDataPribadi;

/**
 * Agency uploads and their walidata review. An upload is checked whole — the Satu Data metadata, the sheet, the
 * personal-data gate — and stored only when nothing is refused; the dry run checks the same and stores nothing.
 */
@Service
public class LayananUnggahan {

	static final Pemilik BERKAS = new Pemilik("satudata", "unggahan");

	/** What a free-text metadata field may hold. */
	static final int TEKS_MAKS = 2_000;

	private static final List<String> WAJIB = List.of("judul", "konsep", "definisi", "satuan", "lisensi");

	private static final List<Frekuensi> PERIODE = List.of(Frekuensi.TAHUNAN, Frekuensi.TRIWULANAN, Frekuensi.BULANAN);

	private final UnggahanRepository repo;

	private final LayananBerkas berkas;

	private final DaftarOpd daftarOpd;

	private final KatalogDataTerbuka katalog;

	private final AuditLog audit;

	private final TransactionTemplate tx;

	private final PortalDataProperties properti;

	private final Clock clock;

	private final KatalogData katalogData;

	private final KotaProperties kota;

	LayananUnggahan(UnggahanRepository repo, LayananBerkas berkas, DaftarOpd daftarOpd, KatalogDataTerbuka katalog, AuditLog audit,
			TransactionTemplate tx, PortalDataProperties properti, Clock clock, KatalogData katalogData, KotaProperties kota) {
		this.katalogData = katalogData;
		this.kota = kota;
		this.repo = repo;
		this.berkas = berkas;
		this.daftarOpd = daftarOpd;
		this.katalog = katalog;
		this.audit = audit;
		this.tx = tx;
		this.properti = properti;
		this.clock = clock;
	}

	/** The periods a dataset may have (Satu Data: yearly, quarterly, monthly). */
	public static List<Frekuensi> periode() {
		return PERIODE;
	}

	/**
	 * A dry run's outcome: the sheet as read (null when it could not be read), the form's refused fields (the file's
	 * own problem under {@code berkas}) and the gate's refusals.
	 */
	public record Pemeriksaan(Lembar lembar, List<IsianDitolakException.Galat> galat, List<Alasan> alasan) {

		public boolean lolos() {
			return galat.isEmpty() && alasan.isEmpty();
		}
	}

	/** Checks everything and stores nothing. */
	public Pemeriksaan periksa(FormulirUnggahan f, byte[] isi) {
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		metadata(f, p);
		Lembar lembar = null;
		List<Alasan> alasan = List.of();
		if (isi == null || isi.length == 0) {
			p.tolak("berkas", "satudata-portal.unggah.tanpa-berkas");
		}
		else {
			lembar = p.periksa("berkas", () -> Lembar.baca(isi, properti.barisMaks()));
			if (lembar != null && lembar.baris().isEmpty()) {
				p.tolak("berkas", "satudata-portal.unggah.kosong");
			}
			else if (lembar != null) {
				alasan = GerbangDataPribadi.periksa(lembar.tabel());
			}
		}
		List<IsianDitolakException.Galat> galat;
		try {
			p.lempar();
			galat = List.of();
		}
		catch (IsianDitolakException ex) {
			galat = ex.galat();
		}
		return new Pemeriksaan(lembar, galat, alasan);
	}

	/**
	 * Stores the upload and submits it to walidata, when nothing is refused.
	 *
	 * @throws UnggahanDitolakException 400 with the dry run's findings, nothing stored
	 */
	public Unggahan ajukan(FormulirUnggahan f, byte[] isi, String namaBerkas, Staf staf) {
		long opdId = opdProdusen(staf);
		Pemeriksaan p = periksa(f, isi);
		if (!p.lolos()) {
			throw new UnggahanDitolakException(p);
		}
		Unggahan.Metadata m = metadata(f, new IsianDitolakException.Pemeriksa());
		var kini = clock.instant();
		// the sheet was read whole by the reader above: stored as it came, like files a module already checked
		BerkasBaru tersimpan = berkas.pindahkan(BERKAS, jenisIsi(isi), isi, null, null, null, kini);
		Lembar l = p.lembar();
		List<Unggahan.Kolom> kolom = IntStream.range(0, l.kolom().size()).mapToObj(i -> new Unggahan.Kolom(l.kolom().get(i), l.jenis().get(i)))
			.toList();
		Unggahan baru = new Unggahan(0, kode(m.judul()), opdId, m, tersimpan.berkas().id(), namaBerkas(namaBerkas), kolom, l.baris().size(),
				Unggahan.Status.DIAJUKAN, null, null, staf.username(), null, 0, kini, kini);
		return tx.execute(s -> {
			berkas.catat(tersimpan);
			Unggahan u = repo.tambah(baru);
			audit.catat("satudata.unggahan-diajukan", "unggahan", Long.toString(u.id()), null,
					Map.of("kode", u.kode(), "judul", m.judul(), "baris", u.jumlahBaris(), "opd", opdId));
			return u;
		});
	}

	/** Walidata publishes the upload from the given day (today when empty). */
	public Unggahan terbitkan(long id, int versi, String tanggal, Staf staf) {
		periksaWalidata(staf);
		LocalDate hari;
		try {
			hari = tanggal == null || tanggal.isBlank() ? LocalDate.now(clock.withZone(Waktu.WITA)) : LocalDate.parse(tanggal.strip());
		}
		catch (DateTimeParseException ex) {
			throw new IsianDitolakException(List.of(new IsianDitolakException.Galat("tanggalRilis", "satudata-portal.unggah.tanggal-salah")));
		}
		return simpan(id, versi, u -> {
			Unggahan terbit = u.terbitkan(hari, versi, staf.username(), clock.instant());
			keKatalog(terbit);
			return terbit;
		}, "satudata.unggahan-diterbitkan");
	}

	/** The published upload in the catalogue (CKAN API, DCAT), its files served by the portal's download addresses. */
	private void keKatalog(Unggahan u) {
		Unggahan.Metadata m = u.metadata();
		katalogData.simpan(new DatasetBaru(u.kode(), m.judul(), m.konsep() + " " + m.definisi(), u.opdId(), List.of(m.tema()), m.kataKunci(),
				m.lisensi(), new MetadataSatuData(m.konsep(), m.definisi(), m.klasifikasi(), m.satuan(), m.kodeBps(), m.kodeBappenas(),
						m.tingkatWilayah(), kota.kode(), m.frekuensi(), m.jadwalRilis()),
				null, SumberDataset.UNGGAHAN, null, null));
		UUID datasetId = katalogData.cari(u.kode()).orElseThrow().id();
		long ukuran = berkas.cari(u.berkasId()).map(id.kotacerdas.berkas.Berkas::ukuran).orElse(0L);
		for (String format : List.of("csv", "xlsx", "json")) {
			katalogData.simpanSumberDaya(datasetId, m.judul(), format, ukuran, u.berkasId());
		}
		katalogData.ajukan(u.kode());
		katalogData.terbitkan(u.kode());
	}

	/** Walidata returns the upload to its producer with the reason. */
	public Unggahan kembalikan(long id, int versi, String alasan, Staf staf) {
		periksaWalidata(staf);
		if (alasan == null || alasan.isBlank()) {
			throw new IsianDitolakException(List.of(new IsianDitolakException.Galat("alasan", "satudata-portal.unggah.alasan-wajib")));
		}
		String a = alasan.strip();
		if (a.length() > TEKS_MAKS) {
			throw new IsianDitolakException(List.of(new IsianDitolakException.Galat("alasan", "satudata-portal.isian.terlalu-panjang", TEKS_MAKS)));
		}
		return simpan(id, versi, u -> u.kembalikan(a, versi, staf.username(), clock.instant()), "satudata.unggahan-dikembalikan");
	}

	private Unggahan simpan(long id, int versi, java.util.function.UnaryOperator<Unggahan> ubah, String aksi) {
		return tx.execute(s -> {
			Unggahan lama = unggahan(id);
			Unggahan baru = ubah.apply(lama);
			if (!repo.simpanPeriksa(baru, versi)) {
				throw new PermintaanDitolakException(HttpStatus.CONFLICT, "satudata-portal.unggah.kedaluwarsa");
			}
			audit.catat(aksi, "unggahan", Long.toString(id), Map.of("status", lama.status().name(), "versi", lama.versi()),
					tanpaNull(baru));
			return baru;
		});
	}

	private static Map<String, Object> tanpaNull(Unggahan u) {
		return u.status() == Unggahan.Status.TERBIT ? Map.of("status", u.status().name(), "tanggalRilis", u.tanggalRilis().toString())
				: Map.of("status", u.status().name(), "alasan", u.alasan());
	}

	public Unggahan unggahan(long id) {
		return repo.cari(id).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("satudata-portal.unggah.tidak-ditemukan"));
	}

	/** What this person may read: walidata and leadership all, producers their agency's. */
	public Unggahan untukDibaca(long id, Staf staf) {
		Unggahan u = unggahan(id);
		if (!walidata(staf) && !staf.bolehMelihat(u.opdId())) {
			throw PermintaanDitolakException.tidakDitemukan("satudata-portal.unggah.tidak-ditemukan");
		}
		return u;
	}

	/** Uploads this person may read, newest first. */
	public List<Unggahan> daftar(Staf staf, int batas) {
		return repo.daftar(walidata(staf) ? null : staf.lingkupOpd(), batas);
	}

	/** Published uploads whose release day has come, for the portal. */
	public List<Unggahan> terbit() {
		return repo.terbit(LocalDate.now(clock.withZone(Waktu.WITA)));
	}

	public Optional<Unggahan> terbit(String kode) {
		return repo.cariKode(kode).filter(u -> u.tampilPublik(LocalDate.now(clock.withZone(Waktu.WITA))));
	}

	/** The sheet of a stored upload. */
	public Lembar lembar(Unggahan u) {
		return Lembar.baca(berkas.baca(u.berkasId()).isi(), properti.barisMaks());
	}

	/** Walidata: the data custodian's agency (Dinas Kominfo, {@code kc.data-terbuka.walidata}) and Kominfo administrators. */
	public boolean walidata(Staf staf) {
		return staf.adminKota() || opdWalidata().map(o -> staf.berwenangAtas(o.id())).orElse(false);
	}

	/** Producers: staff who may act for their agency. */
	public boolean produsen(Staf staf) {
		return staf.bolehMengubah() && (staf.opdId() != null ? staf.berwenangAtas(staf.opdId()) : staf.adminKota());
	}

	public Optional<Opd> opdWalidata() {
		return daftarOpd.cariSingkatan(katalog.walidata());
	}

	private long opdProdusen(Staf staf) {
		if (!produsen(staf)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "satudata-portal.unggah.bukan-produsen");
		}
		if (staf.opdId() != null) {
			return staf.opdId();
		}
		return opdWalidata().map(Opd::id).orElseThrow(() -> new PermintaanDitolakException(HttpStatus.FORBIDDEN, "satudata-portal.unggah.bukan-produsen"));
	}

	private void periksaWalidata(Staf staf) {
		if (!walidata(staf)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "satudata-portal.unggah.bukan-walidata");
		}
	}

	/** The metadata, every refused field named in {@code p}; the value is complete only when nothing was refused. */
	private static Unggahan.Metadata metadata(FormulirUnggahan f, IsianDitolakException.Pemeriksa p) {
		Map<String, String> nilai = f.nilai();
		for (Map.Entry<String, String> e : nilai.entrySet()) {
			String v = e.getValue();
			if (WAJIB.contains(e.getKey()) && (v == null || v.isBlank())) {
				p.tolak(e.getKey(), "satudata-portal.isian.wajib");
			}
			else if (v != null && v.strip().length() > TEKS_MAKS) {
				p.tolak(e.getKey(), "satudata-portal.isian.terlalu-panjang", TEKS_MAKS);
			}
		}
		TingkatWilayah tingkat = pilihan(p, "tingkatWilayah", f.getTingkatWilayah(), TingkatWilayah.class);
		Frekuensi frekuensi = pilihan(p, "frekuensi", f.getFrekuensi(), Frekuensi.class);
		if (frekuensi != null && !PERIODE.contains(frekuensi)) {
			p.tolak("frekuensi", "satudata-portal.isian.pilih");
		}
		ElemenKotaCerdas tema = pilihan(p, "tema", f.getTema(), ElemenKotaCerdas.class);
		List<String> kunci = f.getKataKunci() == null ? List.of()
				: Arrays.stream(f.getKataKunci().split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).distinct().toList();
		return new Unggahan.Metadata(teks(f.getJudul()), teks(f.getKonsep()), teks(f.getDefinisi()), teks(f.getKlasifikasi()),
				teks(f.getSatuan()), teks(f.getKodeBps()), teks(f.getKodeBappenas()), tingkat, frekuensi, teks(f.getJadwalRilis()),
				teks(f.getLisensi()), tema, kunci, f.isHitunganOrang());
	}

	private static <E extends Enum<E>> E pilihan(IsianDitolakException.Pemeriksa p, String isian, String nilai, Class<E> jenis) {
		try {
			return Enum.valueOf(jenis, nilai == null ? "" : nilai.strip());
		}
		catch (IllegalArgumentException ex) {
			p.tolak(isian, "satudata-portal.isian.pilih");
			return null;
		}
	}

	private static String teks(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/** The dataset's name in URLs: the title in lower-case ASCII words joined by dashes. */
	static String kode(String judul) {
		String ascii = Normalizer.normalize(judul, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
		String kode = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		kode = kode.length() > 80 ? kode.substring(0, 80).replaceAll("-$", "") : kode;
		return kode.length() < 2 ? "dataset" : kode;
	}

	private static String namaBerkas(String nama) {
		String n = nama == null || nama.isBlank() ? "data" : nama.strip();
		return n.length() > 200 ? n.substring(0, 200) : n;
	}

	/** An XLSX is a zip; anything else the reader took is CSV. */
	private static String jenisIsi(byte[] isi) {
		return isi.length > 1 && isi[0] == 'P' && isi[1] == 'K' ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
				: "text/csv";
	}
}
