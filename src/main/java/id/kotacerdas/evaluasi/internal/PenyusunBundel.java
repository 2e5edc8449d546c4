package id.kotacerdas.evaluasi.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import id.kotacerdas.evaluasi.internal.TataLetak.Kolom;

/** Fills a form's layout for a year from its row sources. */
@Service
class PenyusunBundel {

	/** Where a layout's sheet heading takes the year. */
	static final String TEMPAT_TAHUN = "{tahun}";

	private final KoleksiTataLetak koleksi;

	private final Map<String, SumberBaris> sumber;

	private final Clock clock;

	PenyusunBundel(KoleksiTataLetak koleksi, List<SumberBaris> sumber, Clock clock) {
		this.koleksi = koleksi;
		this.sumber = sumber.stream().collect(Collectors.toMap(SumberBaris::nama, Function.identity()));
		this.clock = clock;
	}

	Bundel susun(String kode, int tahun, Locale bahasa) {
		KoleksiTataLetak.Berlaku berlaku = koleksi.untuk(kode, tahun);
		TataLetak t = berlaku.tataLetak();
		List<Bundel.Lembar> lembar = new ArrayList<>();
		for (TataLetak.Lembar l : t.lembar()) {
			List<SumberBaris.Baris> baris = sumber.get(l.sumber()).baris(tahun, l.parameter(), bahasa);
			Map<String, List<Bundel.Baris>> perBagian = new LinkedHashMap<>();
			for (SumberBaris.Baris b : baris) {
				String bagian = l.bagian() == null ? "" : Objects.toString(b.isi().get(l.bagian()), "");
				perBagian.computeIfAbsent(bagian, k -> new ArrayList<>()).add(new Bundel.Baris(b.label(), sel(l.kolom(), b), b.bukti()));
			}
			List<Bundel.Bagian> bagian = perBagian.entrySet().stream()
				.map(e -> new Bundel.Bagian(l.bagian() == null ? null : e.getKey(), e.getValue()))
				.toList();
			String judul = l.judul() == null ? l.nama() : l.judul().replace(TEMPAT_TAHUN, String.valueOf(tahun));
			lembar.add(new Bundel.Lembar(l.nama(), judul, l.kolom().stream().map(Kolom::judul).toList(), bagian));
		}
		return new Bundel(kode, tahun, berlaku.tahun(), t.judul().replace(TEMPAT_TAHUN, String.valueOf(tahun)), lembar, clock.instant());
	}

	private static List<Object> sel(List<Kolom> kolom, SumberBaris.Baris b) {
		List<Object> sel = new ArrayList<>();
		for (Kolom k : kolom) {
			sel.add(SumberBaris.BUKTI.equals(k.isi()) ? b.bukti().stream().map(SumberBaris.Bukti::nama).collect(Collectors.joining("; "))
					: b.isi().get(k.isi()));
		}
		return sel;
	}
}
