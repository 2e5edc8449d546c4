package id.kotacerdas.iven.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import id.kotacerdas.platform.KotaProperties;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;
import id.kotacerdas.wilayah.Kecamatan;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/** The public calendar's reading: which events a filter covers and their occurrences in a window, in WITA. */
@Service
class KalenderIven {

	private final AcaraRepository repo;

	private final Wilayah wilayah;

	private final PenyajiIven penyaji;

	private final MessageSource pesan;

	private final KotaProperties kota;

	KalenderIven(AcaraRepository repo, Wilayah wilayah, PenyajiIven penyaji, MessageSource pesan, KotaProperties kota) {
		this.repo = repo;
		this.wilayah = wilayah;
		this.penyaji = penyaji;
		this.pesan = pesan;
		this.kota = kota;
	}

	/** A filter as the URL gives it, with its name for titles; unknown codes are 404. */
	record Pilihan(String kelurahan, String kecamatan, JenisAcara jenis, AcaraRepository.Saringan saringan, String nama) {
	}

	Pilihan pilihan(String kelurahan, String kecamatan, String jenis, Locale bahasa) {
		String kel = RegisterIven.teks(kelurahan);
		String kec = RegisterIven.teks(kecamatan);
		JenisAcara j = null;
		if (RegisterIven.teks(jenis) != null) {
			j = JenisAcara.dariSlug(jenis).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("iven.jenis-tidak-dikenal"));
		}
		List<String> daftar = null;
		String nama = pesan.getMessage("iven.kalender.kota", new Object[] { kota.nama() }, bahasa);
		if (kel != null) {
			Kelurahan k = wilayah.kelurahan(kel).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("iven.wilayah-tidak-dikenal"));
			daftar = List.of(k.kode());
			nama = pesan.getMessage("iven.kalender.kelurahan", new Object[] { k.nama() }, bahasa);
			kec = null;
		}
		else if (kec != null) {
			Kecamatan c = wilayah.kecamatan(kec).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("iven.wilayah-tidak-dikenal"));
			daftar = wilayah.kelurahan().stream().filter(k -> k.kecamatan().kode().equals(c.kode())).map(Kelurahan::kode).toList();
			nama = pesan.getMessage("iven.kalender.kecamatan", new Object[] { c.nama() }, bahasa);
		}
		if (j != null) {
			nama += " · " + pesan.getMessage(j.kodePesan(), null, bahasa);
		}
		return new Pilihan(kel, kec, j, new AcaraRepository.Saringan(daftar, j), nama);
	}

	/** Every occurrence in [dari, sampai), earliest first. */
	List<PenyajiIven.Kemunculan> kemunculan(AcaraRepository.Saringan s, Instant dari, Instant sampai, Locale bahasa) {
		List<PenyajiIven.Kemunculan> semua = new ArrayList<>();
		for (Acara a : repo.publik(s, dari, sampai)) {
			a.kemunculan(dari, sampai).forEach(z -> semua.add(penyaji.kemunculan(a, z, bahasa)));
		}
		semua.sort(Comparator.comparing(PenyajiIven.Kemunculan::mulai).thenComparing(k -> k.acara().judul()));
		return semua;
	}

	/** One day of the agenda: its date in words and what is on. */
	record Hari(LocalDate tanggal, String label, List<PenyajiIven.Kemunculan> acara) {

		public String jangkar() {
			return "h-" + tanggal;
		}
	}

	/** The occurrences grouped by day, in order. */
	static List<Hari> agenda(Map<LocalDate, List<PenyajiIven.Kemunculan>> perHari, Locale bahasa) {
		java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy",
				bahasa.getLanguage().equals("en") ? Locale.ENGLISH : Locale.forLanguageTag("id-ID"));
		return new TreeMap<>(perHari).entrySet().stream().map(e -> new Hari(e.getKey(), f.format(e.getKey()), e.getValue())).toList();
	}

	static Map<LocalDate, List<PenyajiIven.Kemunculan>> perHari(List<PenyajiIven.Kemunculan> semua) {
		Map<LocalDate, List<PenyajiIven.Kemunculan>> m = new TreeMap<>();
		semua.forEach(k -> m.computeIfAbsent(k.tanggal(), h -> new ArrayList<>()).add(k));
		return m;
	}

	/** A day cell of the month grid: its date and what is on (empty for a quiet day). */
	record Sel(LocalDate tanggal, List<PenyajiIven.Kemunculan> acara) {

		public int hari() {
			return tanggal.getDayOfMonth();
		}

		public String jangkar() {
			return "#h-" + tanggal;
		}
	}

	/** A month laid out for the grid: weeks from Monday, days outside the month null; and the occurrences per day. */
	record Bulan(YearMonth bulan, List<List<Sel>> minggu, Map<LocalDate, List<PenyajiIven.Kemunculan>> perHari) {
	}

	Bulan bulan(AcaraRepository.Saringan s, YearMonth bulan, Locale bahasa) {
		Instant dari = bulan.atDay(1).atStartOfDay(Waktu.WITA).toInstant();
		Instant sampai = bulan.plusMonths(1).atDay(1).atStartOfDay(Waktu.WITA).toInstant();
		Map<LocalDate, List<PenyajiIven.Kemunculan>> perHari = new TreeMap<>();
		for (PenyajiIven.Kemunculan k : kemunculan(s, dari, sampai, bahasa)) {
			// an occurrence that began on the last evening of the month before is shown on the month's first day
			LocalDate hari = k.tanggal().isBefore(bulan.atDay(1)) ? bulan.atDay(1) : k.tanggal();
			perHari.computeIfAbsent(hari, h -> new ArrayList<>()).add(k);
		}
		List<List<Sel>> minggu = new ArrayList<>();
		LocalDate hari = bulan.atDay(1).with(DayOfWeek.MONDAY);
		while (!hari.isAfter(bulan.atEndOfMonth())) {
			List<Sel> pekan = new ArrayList<>();
			for (int i = 0; i < 7; i++) {
				pekan.add(YearMonth.from(hari).equals(bulan) ? new Sel(hari, perHari.getOrDefault(hari, List.of())) : null);
				hari = hari.plusDays(1);
			}
			minggu.add(pekan);
		}
		return new Bulan(bulan, minggu, perHari);
	}
}
