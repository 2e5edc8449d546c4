package id.kotacerdas.layanan.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.util.MultiValueMap;

import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Peran;

/**
 * The service's edit form as typed: scalar fields by name and the rows of the three lists (fields,
 * documents, steps) as text, so a refused form comes back exactly as typed. Rows left empty are
 * dropped; the page adds empty rows to type new ones (no script needed).
 */
record DrafLayanan(Map<String, String> nilai, List<Map<String, String>> isian, List<Map<String, String>> dokumen,
		List<Map<String, String>> langkah) {

	/** Empty rows offered under each list for new entries. */
	static final int BARIS_KOSONG = 2;

	static final List<String> SKALAR = List.of("kode", "nama", "ringkasan", "tingkat", "opdId", "unit", "klasifikasi", "persyaratan",
			"prosedur", "batasHariKerja", "biaya", "keteranganBiaya", "produk", "pengaduan", "dasarHukum", "sarana", "kompetensi",
			"pengawasan", "jumlahPelaksana", "jaminanPelayanan", "jaminanKeamanan", "evaluasiKinerja", "masaBerlakuBulan", "aktif", "versi");

	static DrafLayanan dari(MultiValueMap<String, String> form) {
		Map<String, String> nilai = new LinkedHashMap<>();
		SKALAR.forEach(k -> nilai.put(k, form.getFirst(k) == null ? "" : form.getFirst(k)));
		return new DrafLayanan(nilai, baris(form, "isian", List.of("kode", "label", "jenis", "wajib", "pilihan"), "label"),
				baris(form, "dokumen", List.of("kode", "nama", "jenis", "wajib"), "nama"),
				baris(form, "langkah", List.of("nama", "opdId", "unit", "peran", "batasHariKerja", "persyaratan"), "nama"));
	}

	/** Rows {@code daftar[i].kolom} in order of i; a row whose main column is empty is dropped. */
	private static List<Map<String, String>> baris(MultiValueMap<String, String> form, String daftar, List<String> kolom, String utama) {
		List<Map<String, String>> hasil = new ArrayList<>();
		int maks = form.keySet().stream().filter(k -> k.startsWith(daftar + "["))
			.mapToInt(k -> Integer.parseInt(k.substring(daftar.length() + 1, k.indexOf(']')))).max().orElse(-1);
		for (int i = 0; i <= maks; i++) {
			Map<String, String> b = new LinkedHashMap<>();
			for (String k : kolom) {
				String v = form.getFirst(daftar + "[" + i + "]." + k);
				b.put(k, v == null ? "" : v);
			}
			if (!b.get(utama).isBlank()) {
				hasil.add(b);
			}
		}
		return hasil;
	}

	static DrafLayanan dari(JenisLayanan l) {
		Map<String, String> n = new LinkedHashMap<>();
		Standar s = l.standar();
		n.put("kode", l.kode());
		n.put("nama", l.nama());
		n.put("ringkasan", l.ringkasan());
		n.put("tingkat", l.tingkat().name());
		n.put("opdId", String.valueOf(l.opdId()));
		n.put("unit", l.unit() == null ? "" : l.unit());
		n.put("klasifikasi", l.klasifikasi());
		n.put("persyaratan", s.persyaratan());
		n.put("prosedur", s.prosedur());
		n.put("batasHariKerja", String.valueOf(s.batasHariKerja()));
		n.put("biaya", String.valueOf(s.biaya()));
		n.put("keteranganBiaya", s.keteranganBiaya());
		n.put("produk", s.produk());
		n.put("pengaduan", s.pengaduan());
		n.put("dasarHukum", s.dasarHukum());
		n.put("sarana", s.sarana());
		n.put("kompetensi", s.kompetensi());
		n.put("pengawasan", s.pengawasan());
		n.put("jumlahPelaksana", s.jumlahPelaksana());
		n.put("jaminanPelayanan", s.jaminanPelayanan());
		n.put("jaminanKeamanan", s.jaminanKeamanan());
		n.put("evaluasiKinerja", s.evaluasiKinerja());
		n.put("masaBerlakuBulan", s.masaBerlakuBulan() == null ? "" : String.valueOf(s.masaBerlakuBulan()));
		n.put("aktif", String.valueOf(l.aktif()));
		n.put("versi", String.valueOf(l.versi()));
		List<Map<String, String>> isian = l.isian().stream().map(q -> Map.of("kode", q.kode(), "label", q.label(), "jenis", q.jenis().name(),
				"wajib", String.valueOf(q.wajib()), "pilihan", String.join("\n", q.pilihan()))).toList();
		List<Map<String, String>> dokumen = l.dokumen().stream()
			.map(d -> Map.of("kode", d.kode(), "nama", d.nama(), "jenis", d.jenis().name(), "wajib", String.valueOf(d.wajib())))
			.toList();
		List<Map<String, String>> langkah = l.langkah().stream().map(t -> Map.of("nama", t.nama(), "opdId", String.valueOf(t.opdId()),
				"unit", t.unit() == null ? "" : t.unit(), "peran", t.peran() == null ? "" : t.peran().name(), "batasHariKerja",
				String.valueOf(t.batasHariKerja()), "persyaratan", String.join("\n", t.persyaratan()))).toList();
		return new DrafLayanan(n, isian, dokumen, langkah);
	}

	/** A new service's empty form: one step, free, active. */
	static DrafLayanan kosong() {
		Map<String, String> n = new LinkedHashMap<>();
		SKALAR.forEach(k -> n.put(k, ""));
		n.put("biaya", "0");
		n.put("aktif", "true");
		n.put("versi", "0");
		return new DrafLayanan(n, List.of(), List.of(), List.of());
	}

	/** The rows with the empty ones to type into appended. */
	public List<Map<String, String>> denganKosong(List<Map<String, String>> daftar) {
		List<Map<String, String>> hasil = new ArrayList<>(daftar);
		for (int i = 0; i < BARIS_KOSONG; i++) {
			hasil.add(Map.of());
		}
		return hasil;
	}

	/** The definition typed; numbers and choices that cannot be read are refused under their field, with everything else. */
	JenisLayanan jenis(IsianDitolakException.Pemeriksa p) {
		Map<String, String> n = nilai;
		Tingkat tingkat = pilih(p, "tingkat", n.get("tingkat"), Tingkat.class);
		Long opdId = angka(p, "opdId", n.get("opdId"), "layanan.galat.opd");
		Long batas = angka(p, "batasHariKerja", n.get("batasHariKerja"), "layanan.galat.batas");
		Long biaya = angka(p, "biaya", n.get("biaya").replace(".", ""), "layanan.galat.biaya");
		// empty: the product has no end of validity
		Long masaBerlaku = n.get("masaBerlakuBulan").isBlank() ? null
				: angka(p, "masaBerlakuBulan", n.get("masaBerlakuBulan"), "layanan.galat.masa-berlaku", Standar.MASA_BERLAKU_MAKS);
		int versi = n.get("versi").isBlank() ? 0 : Integer.parseInt(n.get("versi"));
		List<Isian> daftarIsian = new ArrayList<>();
		for (int i = 0; i < isian.size(); i++) {
			Map<String, String> b = isian.get(i);
			Isian.Jenis jenis = pilih(p, "isian[" + i + "]", b.get("jenis"), Isian.Jenis.class);
			daftarIsian.add(new Isian(b.get("kode").strip(), b.get("label").strip(), jenis, "true".equals(b.get("wajib")),
					b.get("pilihan").lines().map(String::strip).filter(x -> !x.isEmpty()).toList()));
		}
		List<DokumenSyarat> daftarDokumen = new ArrayList<>();
		for (int i = 0; i < dokumen.size(); i++) {
			Map<String, String> b = dokumen.get(i);
			DokumenSyarat.Jenis jenis = pilih(p, "dokumen[" + i + "]", b.get("jenis"), DokumenSyarat.Jenis.class);
			daftarDokumen.add(new DokumenSyarat(b.get("kode").strip(), b.get("nama").strip(), jenis, "true".equals(b.get("wajib"))));
		}
		List<Langkah> daftarLangkah = new ArrayList<>();
		for (int i = 0; i < langkah.size(); i++) {
			Map<String, String> b = langkah.get(i);
			String f = "langkah[" + i + "]";
			Long opd = angka(p, f, b.get("opdId"), "layanan.galat.opd-langkah", i + 1);
			Long hari = angka(p, f, b.get("batasHariKerja"), "layanan.galat.langkah-tidak-lengkap", i + 1);
			Peran peran = b.get("peran").isBlank() ? null : pilih(p, f, b.get("peran"), Peran.class);
			daftarLangkah.add(new Langkah(b.get("nama").strip(), opd == null ? 0 : opd, kosongJadiNull(b.get("unit")), peran,
					hari == null ? 0 : hari.intValue(), b.get("persyaratan").lines().map(String::strip).filter(x -> !x.isEmpty()).toList()));
		}
		Standar s = new Standar(n.get("persyaratan").strip(), n.get("prosedur").strip(), batas == null ? 0 : batas.intValue(),
				biaya == null ? 0 : biaya, n.get("keteranganBiaya").strip(), n.get("produk").strip(), n.get("pengaduan").strip(),
				n.get("dasarHukum").strip(), n.get("sarana").strip(), n.get("kompetensi").strip(), n.get("pengawasan").strip(),
				n.get("jumlahPelaksana").strip(), n.get("jaminanPelayanan").strip(), n.get("jaminanKeamanan").strip(),
				n.get("evaluasiKinerja").strip(), masaBerlaku == null ? null : Math.toIntExact(Math.min(masaBerlaku, Integer.MAX_VALUE)));
		return new JenisLayanan(null, n.get("kode").strip().toLowerCase(Locale.ROOT), n.get("nama").strip(), n.get("ringkasan").strip(),
				tingkat, opdId == null ? 0 : opdId, kosongJadiNull(n.get("unit")), n.get("klasifikasi").strip(), s, daftarIsian, daftarDokumen,
				daftarLangkah, null, 0, "true".equals(n.get("aktif")), versi);
	}

	private static Long angka(IsianDitolakException.Pemeriksa p, String f, String teks, String kodePesan, Object... argumen) {
		try {
			return Long.parseLong(teks.strip());
		}
		catch (NumberFormatException ex) {
			p.tolak(f, kodePesan, argumen);
			return null;
		}
	}

	private static <E extends Enum<E>> E pilih(IsianDitolakException.Pemeriksa p, String f, String teks, Class<E> jenis) {
		try {
			return Enum.valueOf(jenis, teks);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			p.tolak(f, "layanan.galat.pilih");
			return null;
		}
	}

	private static String kosongJadiNull(String teks) {
		return teks == null || teks.isBlank() ? null : teks.strip();
	}
}
