package id.kotacerdas.evaluasi.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Indikator;
import id.kotacerdas.platform.Periode;
import id.kotacerdas.platform.Waktu;

/**
 * The modules' live figures ({@link Indikator} beans) for the year, each with its source: which module, which
 * records and how counted, how many, when computed. A layout lists the codes it wants ({@code parameter: {kode: [...]}})
 * in its order; without a list, every figure by dimension and element.
 */
@Component
class SumberIndikator implements SumberBaris {

	static final String PARAMETER_KODE = "kode";

	private final Map<String, Indikator> indikator;

	private final MessageSource pesan;

	SumberIndikator(List<Indikator> indikator, MessageSource pesan) {
		this.indikator = indikator.stream().collect(Collectors.toMap(i -> i.definisi().kode(), Function.identity(), (a, b) -> a, LinkedHashMap::new));
		this.pesan = pesan;
	}

	@Override
	public String nama() {
		return "indikator";
	}

	@Override
	public Set<String> isian() {
		return Set.of("kode", "dimensi", "elemen", "indikator", "satuan", "nilai", "rumus", "jumlah-catatan", BUKTI, SUMBER);
	}

	@Override
	public List<Baris> baris(int tahun, Map<String, Object> parameter, Locale bahasa) {
		Periode periode = Periode.tahun(tahun);
		List<Baris> hasil = new ArrayList<>();
		for (Indikator i : pilih(parameter)) {
			Indikator.Definisi d = i.definisi();
			Indikator.Hasil h = i.hitung(periode);
			Indikator.Nilai n = h.kota();
			Map<String, Object> isi = new LinkedHashMap<>();
			isi.put("kode", d.kode());
			isi.put("dimensi", teks(d.dimensi().kodePesan(), bahasa));
			isi.put("elemen", teks(d.elemen().kodePesan(), bahasa));
			isi.put("indikator", teks(d.kodeNama(), bahasa));
			isi.put("satuan", teks(d.satuan().kodePesan(), bahasa));
			isi.put("nilai", n.angka());
			isi.put("rumus", n.rasio() == null ? null
					: pesan.getMessage(d.kodeRumus(), new Object[] { n.rasio().pembilang(), n.rasio().penyebut() }, bahasa));
			isi.put("jumlah-catatan", n.jumlahCatatan());
			isi.put(SUMBER, pesan.getMessage("evaluasi.indikator.sumber", new Object[] { d.sumber().modul(), teks(d.sumber().kodeKeterangan(), bahasa),
					Waktu.formatTanggalJam(h.dihitungPada()), n.jumlahCatatan() }, bahasa));
			hasil.add(new Baris(d.kode(), isi, List.of()));
		}
		return hasil;
	}

	@Override
	public List<IsianDitolakException.Galat> periksa(Map<String, Object> parameter) {
		Object kode = parameter.get(PARAMETER_KODE);
		if (kode == null) {
			return List.of();
		}
		List<String> tidakAda = kode instanceof List<?> daftar ? daftar.stream().map(String::valueOf).filter(k -> !indikator.containsKey(k)).toList()
				: List.of(String.valueOf(kode));
		return tidakAda.isEmpty() ? List.of()
				: List.of(new IsianDitolakException.Galat("berkas", "evaluasi.indikator.tidak-ada", String.join(", ", tidakAda)));
	}

	/** The codes a layout lists, in its order, skipping one no module offers any more (an old layout still renders). */
	private List<Indikator> pilih(Map<String, Object> parameter) {
		if (parameter.get(PARAMETER_KODE) instanceof List<?> kode) {
			return kode.stream().map(k -> indikator.get(String.valueOf(k))).filter(java.util.Objects::nonNull).toList();
		}
		return indikator.values().stream()
			.sorted(Comparator.comparing((Indikator i) -> i.definisi().elemen()).thenComparing(i -> i.definisi().kode()))
			.toList();
	}

	private String teks(String kode, Locale bahasa) {
		return pesan.getMessage(kode, null, kode, bahasa);
	}
}
