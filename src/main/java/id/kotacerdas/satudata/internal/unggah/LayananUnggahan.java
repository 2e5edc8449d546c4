package id.kotacerdas.satudata.internal.unggah;

import java.text.Normalizer;
import java.time.Clock;
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
import id.kotacerdas.ekspor.ImporBertahap;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.DataTerbuka.Frekuensi;
import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.KatalogDataTerbuka;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.KotaProperties;
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

	/** Addresses under /staf/data that are pages, not datasets. */
	private static final List<String> ALAMAT_STAF = List.of("unggah", "permintaan");

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
	 * Stores the upload as the catalogue's dataset (metadata, three files, the sheet) and submits it to walidata, when
	 * nothing is refused. With {@link FormulirUnggahan#getPerbaikan()} it replaces the sheet and metadata of the
	 * agency's returned (or draft) dataset and submits it again.
	 *
	 * @throws UnggahanDitolakException 400 with the dry run's findings, nothing stored
	 */
	public Unggahan ajukan(FormulirUnggahan f, byte[] isi, String namaBerkas, Staf staf) {
		long opdId = opdProdusen(staf);
		Unggahan lama = f.getPerbaikan() == null || f.getPerbaikan().isBlank() ? null : untukDiperbaiki(f.getPerbaikan().strip(), staf);
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
		return tx.execute(s -> {
			berkas.catat(tersimpan);
			String kode = lama != null ? lama.kode() : kodeBebas(kode(m.judul()));
			katalogData.simpan(new DatasetBaru(kode, m.judul(), m.konsep() + " " + m.definisi(), lama != null ? lama.opdId() : opdId,
					List.of(m.tema()), m.kataKunci(), m.lisensi(), new MetadataSatuData(m.konsep(), m.definisi(), m.klasifikasi(), m.satuan(),
							m.kodeBps(), m.kodeBappenas(), m.tingkatWilayah(), kota.kode(), m.frekuensi(), m.jadwalRilis()),
					null, SumberDataset.UNGGAHAN, null, null));
			UUID datasetId = katalogData.cari(kode).orElseThrow().id();
			for (String format : List.of("csv", "xlsx", "json")) {
				// named by the stable dataset name, so a corrected upload replaces its files whatever its new title
				katalogData.simpanSumberDaya(datasetId, kode + "." + format, format, isi.length, tersimpan.berkas().id());
			}
			repo.simpan(datasetId, m.hitunganOrang(), tersimpan.berkas().id(), ImporBertahap.namaBerkas(namaBerkas, "data"), kolom,
					l.baris().size(), staf.username(), kini);
			katalogData.ajukan(kode);
			Unggahan u = repo.cariKode(kode).orElseThrow();
			audit.catat(lama == null ? "satudata.unggahan-diajukan" : "satudata.unggahan-diajukan-ulang", "dataset", kode,
					lama == null ? null : Map.of("status", lama.status().name(), "berkas", lama.berkasId().toString()),
					Map.of("judul", m.judul(), "baris", u.jumlahBaris(), "opd", u.opdId(), "berkas", u.berkasId().toString()));
			return u;
		});
	}

	/** The agency's own returned or draft upload; 409 in any other state. */
	private Unggahan untukDiperbaiki(String kode, Staf staf) {
		Unggahan u = untukDibaca(kode, staf);
		if (!staf.berwenangAtas(u.opdId())) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "satudata-portal.unggah.bukan-produsen");
		}
		if (!u.bolehDiperbaiki()) {
			throw new PermintaanDitolakException(HttpStatus.CONFLICT, "satudata-portal.unggah.tidak-bisa-diperbaiki");
		}
		return u;
	}

	/** The title's name, or with -2, -3 … where another dataset (or a staff page's address) has it. */
	private String kodeBebas(String kode) {
		String k = kode;
		for (int n = 2; repo.namaDipakai(k) || ALAMAT_STAF.contains(k); n++) {
			k = kode + "-" + n;
		}
		return k;
	}

	/** Walidata publishes the upload in the catalogue: public from now, the release date today. */
	public Unggahan terbitkan(String kode, long versi, Staf staf) {
		periksaWalidata(staf);
		return putuskan(kode, versi, () -> katalogData.terbitkan(kode), "satudata.unggahan-diterbitkan", null);
	}

	/** Walidata returns the upload to its producer with the reason. */
	public Unggahan kembalikan(String kode, long versi, String alasan, Staf staf) {
		periksaWalidata(staf);
		if (alasan == null || alasan.isBlank()) {
			throw new IsianDitolakException(List.of(new IsianDitolakException.Galat("alasan", "satudata-portal.unggah.alasan-wajib")));
		}
		String a = alasan.strip();
		if (a.length() > TEKS_MAKS) {
			throw new IsianDitolakException(List.of(new IsianDitolakException.Galat("alasan", "satudata-portal.isian.terlalu-panjang", TEKS_MAKS)));
		}
		return putuskan(kode, versi, () -> katalogData.kembalikan(kode, a), "satudata.unggahan-dikembalikan", a);
	}

	/** The catalogue changes the state; the page's version guards against a decision on what the walidata did not see. */
	private Unggahan putuskan(String kode, long versi, Runnable ubah, String aksi, String alasan) {
		return tx.execute(s -> {
			long kini = repo.kunciVersi(kode)
				.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("satudata-portal.unggah.tidak-ditemukan"));
			Unggahan lama = repo.cariKode(kode).orElseThrow();
			if (kini != versi || !lama.menungguWalidata()) {
				throw new PermintaanDitolakException(HttpStatus.CONFLICT, "satudata-portal.unggah.kedaluwarsa");
			}
			ubah.run();
			Unggahan baru = repo.cariKode(kode).orElseThrow();
			audit.catat(aksi, "dataset", kode, Map.of("status", lama.status().name(), "berkas", lama.berkasId().toString()),
					alasan == null ? Map.of("status", baru.status().name(), "tanggalRilis", baru.tanggalRilis().toString())
							: Map.of("status", baru.status().name(), "alasan", alasan));
			return baru;
		});
	}

	/** What this person may read: walidata and leadership all, producers their agency's. */
	public Unggahan untukDibaca(String kode, Staf staf) {
		Unggahan u = repo.cariKode(kode).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("satudata-portal.unggah.tidak-ditemukan"));
		if (!walidata(staf) && !staf.bolehMelihat(u.opdId())) {
			throw PermintaanDitolakException.tidakDitemukan("satudata-portal.unggah.tidak-ditemukan");
		}
		return u;
	}

	/** The form to correct a returned or draft upload. */
	public FormulirUnggahan formulirPerbaikan(String kode, Staf staf) {
		return FormulirUnggahan.perbaikan(untukDiperbaiki(kode, staf));
	}

	/** Uploads this person may read, newest first. */
	public List<Unggahan> daftar(Staf staf, int batas) {
		return repo.daftar(walidata(staf) ? null : staf.lingkupOpd(), batas);
	}

	/** A published upload, for the portal: the catalogue says whether it is. */
	public Optional<Unggahan> terbit(String kode) {
		return repo.cariKode(kode).filter(u -> u.status().publik());
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

	/** An XLSX is a zip; anything else the reader took is CSV. */
	private static String jenisIsi(byte[] isi) {
		return isi.length > 1 && isi[0] == 'P' && isi[1] == 'K' ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
				: "text/csv";
	}
}
