package id.kotacerdas.satudata.internal.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.DataTerbuka;
import id.kotacerdas.platform.DataTerbuka.JenisKolom;
import id.kotacerdas.platform.Halaman;
import id.kotacerdas.platform.Waktu;
import id.kotacerdas.satudata.internal.gerbang.PenekanSelKecil;
import id.kotacerdas.satudata.internal.unggah.LayananUnggahan;
import id.kotacerdas.satudata.internal.unggah.Lembar;
import id.kotacerdas.satudata.internal.unggah.PortalDataProperties;
import id.kotacerdas.satudata.internal.unggah.Unggahan;

/**
 * What the portal publishes: the modules' live datasets ({@link DataTerbuka}) and the agencies' uploads walidata
 * released, searched in memory (a city has tens of datasets, not thousands), their rows read with small cells
 * suppressed where they count people or reports.
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

	KatalogPortal(List<DataTerbuka> modul, LayananUnggahan unggahan, DaftarOpd daftarOpd, MessageSource pesan, PortalDataProperties properti,
			Clock clock) {
		this.modul = modul;
		this.unggahan = unggahan;
		this.daftarOpd = daftarOpd;
		this.pesan = pesan;
		this.properti = properti;
		this.clock = clock;
	}

	/** A search's answer: one page, and per facet the values with how many of the matches have them. */
	record Hasil(Halaman<DatasetPortal> halaman, Map<String, Long> opd, Map<String, Long> tema, Map<String, Long> tag) {
	}

	/** Every filter may be null; q matches title, description and keywords, case-insensitively. */
	Hasil cari(String q, String opd, String tema, String tag, String format, int halaman, Locale bahasa) {
		String kata = q == null ? "" : q.strip().toLowerCase(bahasa);
		List<DatasetPortal> cocok = semua(bahasa).stream()
			.filter(d -> kata.isEmpty() || (d.judul() + " " + d.keterangan() + " " + String.join(" ", d.kataKunci())).toLowerCase(bahasa).contains(kata))
			.filter(d -> kosong(opd) || d.penerbit().equals(opd))
			.filter(d -> kosong(tema) || d.tema().name().equals(tema))
			.filter(d -> kosong(tag) || d.kataKunci().contains(tag))
			.filter(d -> kosong(format) || FORMAT.contains(format))
			.toList();
		int ukuran = properti.perHalaman();
		int h = Math.max(0, halaman);
		List<DatasetPortal> isi = cocok.stream().skip((long) h * ukuran).limit(ukuran).toList();
		return new Hasil(new Halaman<>(isi, h, ukuran, cocok.size(), false), faset(cocok, d -> List.of(d.penerbit())),
				faset(cocok, d -> List.of(d.tema().name())), faset(cocok, DatasetPortal::kataKunci));
	}

	private static Map<String, Long> faset(List<DatasetPortal> daftar, Function<DatasetPortal, List<String>> nilai) {
		return daftar.stream().flatMap(d -> nilai.apply(d).stream()).collect(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting()));
	}

	List<DatasetPortal> semua(Locale bahasa) {
		List<DatasetPortal> semua = new ArrayList<>();
		modul.forEach(m -> semua.add(dariModul(m, bahasa)));
		unggahan.terbit().forEach(u -> semua.add(dariUnggahan(u, bahasa)));
		semua.sort(Comparator.comparing(DatasetPortal::judul, String.CASE_INSENSITIVE_ORDER));
		return semua;
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
