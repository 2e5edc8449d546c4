package id.kotacerdas.satudata.internal.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.DataTerbuka;
import id.kotacerdas.platform.DataTerbuka.JenisKolom;
import id.kotacerdas.platform.Halaman;
import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.platform.Waktu;
import id.kotacerdas.satudata.GrupData;
import id.kotacerdas.satudata.HasilPencarian;
import id.kotacerdas.satudata.KatalogData;
import id.kotacerdas.satudata.Organisasi;
import id.kotacerdas.satudata.Pencarian;
import id.kotacerdas.satudata.internal.gerbang.PenekanSelKecil;
import id.kotacerdas.satudata.internal.unggah.LayananUnggahan;
import id.kotacerdas.satudata.internal.unggah.Lembar;
import id.kotacerdas.satudata.internal.unggah.PortalDataProperties;
import id.kotacerdas.satudata.internal.unggah.Unggahan;

/**
 * What the portal publishes: the modules' live datasets ({@link DataTerbuka}) and the agencies' uploads walidata
 * released, searched through the catalogue (one search for the portal and the CKAN API), their rows read with small
 * cells suppressed where they count people or reports.
 */
@Component
class KatalogPortal {

	/** The formats every dataset is offered in. */
	static final List<String> FORMAT = List.of("csv", "xlsx", "json");

	/** The names of a total row or column in an uploaded table of counts. */
	private static final java.util.regex.Pattern TOTAL = java.util.regex.Pattern.compile("(?i)^(jumlah|total)\\b.*");

	private final List<DataTerbuka> modul;

	private final LayananUnggahan unggahan;

	private final DaftarOpd daftarOpd;

	private final MessageSource pesan;

	private final PortalDataProperties properti;

	private final Clock clock;

	private final KatalogData katalogData;

	KatalogPortal(List<DataTerbuka> modul, LayananUnggahan unggahan, DaftarOpd daftarOpd, MessageSource pesan, PortalDataProperties properti,
			Clock clock, KatalogData katalogData) {
		this.katalogData = katalogData;
		this.modul = modul;
		this.unggahan = unggahan;
		this.daftarOpd = daftarOpd;
		this.pesan = pesan;
		this.properti = properti;
		this.clock = clock;
	}

	/** One value of the producer facet: the CKAN organisation name filtered by, the agency's name shown. */
	record Pilihan(String nilai, String label, long jumlah) {
	}

	/** A search's answer: one page, and per facet the values with how many of the matches have them. */
	record Hasil(Halaman<DatasetPortal> halaman, List<Pilihan> opd, Map<String, Long> tema, Map<String, Long> tag) {
	}

	/**
	 * Searches through the catalogue ({@link KatalogData#cari(Pencarian)}, the same query as CKAN package_search): every
	 * filter may be null; q's words must all occur in name, title, description, keywords or producer.
	 */
	Hasil cari(String q, String opd, String tema, String tag, String format, int halaman, Locale bahasa) {
		List<Pencarian.Saringan> saring = new ArrayList<>();
		if (!kosong(opd)) {
			saring.add(new Pencarian.Saringan(Pencarian.Bidang.ORGANISASI, opd, false));
		}
		if (!kosong(tema)) {
			String grup = Arrays.stream(ElemenKotaCerdas.values()).filter(e -> e.name().equals(tema)).findFirst().map(GrupData::nama).orElse(tema);
			saring.add(new Pencarian.Saringan(Pencarian.Bidang.GRUP, grup, false));
		}
		if (!kosong(tag)) {
			saring.add(new Pencarian.Saringan(Pencarian.Bidang.TAG, tag, false));
		}
		if (!kosong(format)) {
			saring.add(new Pencarian.Saringan(Pencarian.Bidang.FORMAT, format, false));
		}
		int ukuran = properti.perHalaman();
		int h = Math.max(0, halaman);
		HasilPencarian hasil = katalogData.cari(new Pencarian(q == null ? "" : q.strip(), saring,
				List.of(new Pencarian.Urutan(Pencarian.KunciUrutan.JUDUL, false)), ukuran, h * ukuran,
				List.of(Pencarian.Bidang.ORGANISASI, Pencarian.Bidang.GRUP, Pencarian.Bidang.TAG), -1));
		List<DatasetPortal> isi = hasil.dataset().stream().map(d -> dataset(d.nama(), bahasa)).flatMap(Optional::stream).toList();
		Map<String, String> namaOrganisasi = katalogData.organisasi().stream()
			.collect(Collectors.toMap(Organisasi::nama, Organisasi::judul, (a, b) -> a));
		List<Pilihan> organisasi = faset(hasil, Pencarian.Bidang.ORGANISASI).stream()
			.map(f -> new Pilihan(f.nilai(), namaOrganisasi.getOrDefault(f.nilai(), f.nilai()), f.jumlah()))
			.sorted(Comparator.comparing(Pilihan::label, String.CASE_INSENSITIVE_ORDER))
			.toList();
		Map<String, Long> perTema = new TreeMap<>();
		faset(hasil, Pencarian.Bidang.GRUP).forEach(f -> GrupData.elemen(f.nilai()).ifPresent(e -> perTema.put(e.name(), f.jumlah())));
		Map<String, Long> perTag = new TreeMap<>();
		faset(hasil, Pencarian.Bidang.TAG).forEach(f -> perTag.put(f.nilai(), f.jumlah()));
		return new Hasil(new Halaman<>(isi, h, ukuran, hasil.jumlah(), false), organisasi, perTema, perTag);
	}

	private static List<HasilPencarian.Faset> faset(HasilPencarian hasil, Pencarian.Bidang bidang) {
		return hasil.faset().getOrDefault(bidang, List.of());
	}

	Optional<DatasetPortal> dataset(String kode, Locale bahasa) {
		Optional<DatasetPortal> m = modul.stream().filter(d -> d.metadata().kode().equals(kode)).findFirst().map(d -> dariModul(d, bahasa));
		return m.isPresent() ? m : unggahan.terbit(kode).map(u -> dariUnggahan(u, bahasa));
	}

	/** The smallest count published in a dataset of people or reports. */
	int ambang() {
		return properti.ambangSelKecil();
	}

	/** A dataset's rows as published (suppressed cells null) and how many cells were suppressed. */
	record Isi(List<List<Object>> baris, int ditekan) {
	}

	/** Every row, suppressed where the dataset counts people or reports. */
	Isi isi(DatasetPortal d) {
		List<List<Object>> baris = new ArrayList<>();
		Optional<DataTerbuka> m = modul.stream().filter(x -> x.metadata().kode().equals(d.kode())).findFirst();
		if (m.isPresent()) {
			m.get().baris(0, Long.MAX_VALUE, baris::add);
		}
		else {
			Unggahan u = unggahan.terbit(d.kode()).orElseThrow();
			Lembar l = unggahan.lembar(u);
			IntStream.range(0, l.baris().size()).forEach(i -> baris.add(l.nilai(i)));
		}
		if (!d.tekan()) {
			return new Isi(baris, 0);
		}
		PenekanSelKecil.Hasil h = new PenekanSelKecil(properti.ambangSelKecil()).tekan(baris, susunan(d, baris));
		return new Isi(h.baris(), h.ditekan().size());
	}

	/**
	 * Whole-number columns are counts and decimals derived from them; a first text column reading "Jumlah"/"Total"
	 * marks the total row, and a count column so named (with others beside it) the total column.
	 */
	static PenekanSelKecil.Susunan susunan(DatasetPortal d, List<List<Object>> baris) {
		Set<Integer> hitungan = new HashSet<>();
		Set<Integer> turunan = new HashSet<>();
		Integer kolomTotal = null;
		int teksPertama = -1;
		for (int i = 0; i < d.kolom().size(); i++) {
			DatasetPortal.KolomPortal k = d.kolom().get(i);
			if (k.jenis() == JenisKolom.BILANGAN_BULAT) {
				hitungan.add(i);
			}
			else if (k.jenis() == JenisKolom.DESIMAL) {
				turunan.add(i);
			}
			else if (teksPertama < 0 && k.jenis() == JenisKolom.TEKS) {
				teksPertama = i;
			}
		}
		for (int i : List.copyOf(hitungan)) {
			if (hitungan.size() > 1 && TOTAL.matcher(d.kolom().get(i).nama()).matches()) {
				kolomTotal = i;
				hitungan.remove(i);
				break;
			}
		}
		int t = teksPertama;
		Optional<Integer> barisTotal = t < 0 ? Optional.empty()
				: IntStream.range(0, baris.size()).filter(b -> baris.get(b).get(t) instanceof String s && TOTAL.matcher(s).matches()).boxed()
					.findFirst();
		return new PenekanSelKecil.Susunan(hitungan, Optional.ofNullable(kolomTotal), barisTotal, turunan);
	}

	private DatasetPortal dariModul(DataTerbuka d, Locale bahasa) {
		DataTerbuka.Metadata m = d.metadata();
		LocalDate hariIni = LocalDate.now(clock.withZone(Waktu.WITA));
		LocalDate diperbarui = d.cakupanWaktu().map(DataTerbuka.CakupanWaktu::selesai).map(s -> s.isAfter(hariIni) ? hariIni : s).orElse(null);
		List<DatasetPortal.KolomPortal> kolom = m.kolom().stream()
			.map(k -> new DatasetPortal.KolomPortal(k.nama(), k.jenis(), pesan.getMessage(k.kodeKeterangan(), null, null, bahasa)))
			.toList();
		return new DatasetPortal(m.kode(), pesan.getMessage(m.kodeJudul(), null, m.kode(), bahasa),
				pesan.getMessage(m.kodeKeterangan(), null, "", bahasa), namaOpd(m.penerbit()), m.tema(), m.kataKunci(), m.frekuensi(), m.lisensi(),
				kolom, diperbarui, null, properti.datasetHitunganOrang().contains(m.kode()));
	}

	private DatasetPortal dariUnggahan(Unggahan u, Locale bahasa) {
		Unggahan.Metadata m = u.metadata();
		List<DatasetPortal.KolomPortal> kolom = u.kolom().stream().map(k -> new DatasetPortal.KolomPortal(k.nama(), k.jenis(), null)).toList();
		String penerbit = daftarOpd.cari(u.opdId()).map(Opd::nama).orElse("");
		return new DatasetPortal(u.kode(), m.judul(), m.konsep() + " " + m.definisi(), penerbit, m.tema(), m.kataKunci(), m.frekuensi(),
				m.lisensi(), kolom, u.tanggalRilis(), new DatasetPortal.SatuData(m.konsep(), m.definisi(), m.klasifikasi(), m.satuan(), m.kodeBps(),
						m.kodeBappenas(), m.tingkatWilayah().kodePesan(), m.jadwalRilis()),
				m.hitunganOrang());
	}

	/** The module metadata names its publisher by short name; people read the agency's name. */
	private String namaOpd(String singkatan) {
		return daftarOpd.cariSingkatan(singkatan).map(Opd::nama).orElse(singkatan);
	}

	private static boolean kosong(String s) {
		return s == null || s.isBlank();
	}
}
