package id.kotacerdas.layanan.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import id.kotacerdas.permohonan.AlurBaru;
import id.kotacerdas.permohonan.TahapBaru;
import id.kotacerdas.platform.IsianDitolakException;

/**
 * A service of the catalogue: its published standard, the owning agency and unit, the archive
 * classification its documents are numbered under, its application form and its ordered steps.
 * {@link #periksa} names every problem of a definition at once.
 *
 * @param klasifikasi the archive classification code (e.g. {@code 470} population letters, {@code 640} building)
 * @param alurKode the engine's flow new applications file into (null before the first publication)
 * @param alurVersi the flow's version: a changed flow that running applications use gets a new code
 * @param versi the row's version, for an edit made on an outdated page (409)
 */
record JenisLayanan(Long id, String kode, String nama, String ringkasan, Tingkat tingkat, long opdId, String unit, String klasifikasi,
		Standar standar, List<Isian> isian, List<DokumenSyarat> dokumen, List<Langkah> langkah, String alurKode, int alurVersi,
		boolean aktif, int versi) {

	static final Pattern POLA_KODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,59}");

	/** Archive classification codes: three digits, optionally refined ({@code 470}, {@code 474.4}, {@code 503.1}). */
	static final Pattern POLA_KLASIFIKASI = Pattern.compile("\\d{3}(\\.\\d{1,3}){0,3}");

	static final int PANJANG_NAMA = 200;

	static final int PANJANG_TEKS = 4000;

	/** The module's prefix of the engine's flow codes. */
	static final String AWALAN_ALUR = "layanan.";

	JenisLayanan {
		isian = isian == null ? List.of() : List.copyOf(isian);
		dokumen = dokumen == null ? List.of() : List.copyOf(dokumen);
		langkah = langkah == null ? List.of() : List.copyOf(langkah);
	}

	/** Every problem of the definition, each under its form field's name; agency ids are checked by the caller. */
	List<IsianDitolakException.Galat> periksa() {
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		if (kode == null || !POLA_KODE.matcher(kode).matches()) {
			p.tolak("kode", "layanan.galat.kode");
		}
		wajib(p, "nama", nama, PANJANG_NAMA);
		if (tingkat == null) {
			p.tolak("tingkat", "layanan.galat.wajib");
		}
		if (klasifikasi == null || !POLA_KLASIFIKASI.matcher(klasifikasi).matches()) {
			p.tolak("klasifikasi", "layanan.galat.klasifikasi");
		}
		if (ringkasan != null && ringkasan.length() > PANJANG_TEKS) {
			p.tolak("ringkasan", "layanan.galat.terlalu-panjang", PANJANG_TEKS);
		}
		periksaStandar(p);
		periksaIsian(p);
		periksaDokumen(p);
		periksaLangkah(p);
		return p.ada() ? galat(p) : List.of();
	}

	private void periksaStandar(IsianDitolakException.Pemeriksa p) {
		Standar s = standar;
		wajib(p, "produk", s.produk(), PANJANG_NAMA);
		wajib(p, "pengaduan", s.pengaduan(), PANJANG_TEKS);
		wajib(p, "dasarHukum", s.dasarHukum(), PANJANG_TEKS);
		wajib(p, "sarana", s.sarana(), PANJANG_TEKS);
		wajib(p, "kompetensi", s.kompetensi(), PANJANG_TEKS);
		wajib(p, "pengawasan", s.pengawasan(), PANJANG_TEKS);
		wajib(p, "jumlahPelaksana", s.jumlahPelaksana(), PANJANG_NAMA);
		wajib(p, "jaminanPelayanan", s.jaminanPelayanan(), PANJANG_TEKS);
		wajib(p, "jaminanKeamanan", s.jaminanKeamanan(), PANJANG_TEKS);
		wajib(p, "evaluasiKinerja", s.evaluasiKinerja(), PANJANG_TEKS);
		if (s.masaBerlakuBulan() != null && (s.masaBerlakuBulan() < 1 || s.masaBerlakuBulan() > Standar.MASA_BERLAKU_MAKS)) {
			p.tolak("masaBerlakuBulan", "layanan.galat.masa-berlaku", Standar.MASA_BERLAKU_MAKS);
		}
		panjang(p, "persyaratan", s.persyaratan());
		panjang(p, "prosedur", s.prosedur());
		// the requirements component: at least the documents, or words
		if (dokumen.isEmpty() && kosong(s.persyaratan())) {
			p.tolak("persyaratan", "layanan.galat.persyaratan-kosong");
		}
		if (s.biaya() < 0) {
			p.tolak("biaya", "layanan.galat.biaya");
		}
		if (s.batasHariKerja() < 1) {
			p.tolak("batasHariKerja", "layanan.galat.batas");
		}
	}

	private void periksaIsian(IsianDitolakException.Pemeriksa p) {
		Set<String> kodeIsian = new HashSet<>();
		for (int i = 0; i < isian.size(); i++) {
			Isian q = isian.get(i);
			String f = "isian[" + i + "]";
			if (q.kode() == null || !q.kode().matches(Isian.POLA_KODE) || !kodeIsian.add(q.kode())) {
				p.tolak(f, "layanan.galat.kode-isian", i + 1);
			}
			else if (kosong(q.label()) || q.jenis() == null) {
				p.tolak(f, "layanan.galat.isian-tidak-lengkap", i + 1);
			}
			else if (q.jenis() == Isian.Jenis.PILIHAN && q.pilihan().stream().filter(x -> !kosong(x)).distinct().count() < 2) {
				p.tolak(f, "layanan.galat.pilihan", i + 1);
			}
		}
	}

	private void periksaDokumen(IsianDitolakException.Pemeriksa p) {
		Set<String> kodeDokumen = new HashSet<>();
		for (int i = 0; i < dokumen.size(); i++) {
			DokumenSyarat d = dokumen.get(i);
			String f = "dokumen[" + i + "]";
			if (d.kode() == null || !d.kode().matches(Isian.POLA_KODE) || !kodeDokumen.add(d.kode())) {
				p.tolak(f, "layanan.galat.kode-dokumen", i + 1);
			}
			else if (kosong(d.nama()) || d.jenis() == null) {
				p.tolak(f, "layanan.galat.dokumen-tidak-lengkap", i + 1);
			}
		}
	}

	private void periksaLangkah(IsianDitolakException.Pemeriksa p) {
		if (langkah.isEmpty()) {
			p.tolak("langkah", "layanan.galat.langkah-kosong");
			return;
		}
		int jumlah = 0;
		for (int i = 0; i < langkah.size(); i++) {
			Langkah l = langkah.get(i);
			if (kosong(l.nama()) || l.batasHariKerja() < 0) {
				p.tolak("langkah[" + i + "]", "layanan.galat.langkah-tidak-lengkap", i + 1);
			}
			jumlah += Math.max(0, l.batasHariKerja());
		}
		// the published time limit cannot promise less than its steps may take
		if (standar.batasHariKerja() >= 1 && jumlah > standar.batasHariKerja()) {
			p.tolak("batasHariKerja", "layanan.galat.batas-kurang", jumlah, standar.batasHariKerja());
		}
	}

	private static List<IsianDitolakException.Galat> galat(IsianDitolakException.Pemeriksa p) {
		try {
			p.lempar();
			return List.of();
		}
		catch (IsianDitolakException ex) {
			return ex.galat();
		}
	}

	private static void wajib(IsianDitolakException.Pemeriksa p, String f, String teks, int maks) {
		if (kosong(teks)) {
			p.tolak(f, "layanan.galat.wajib");
		}
		else if (teks.length() > maks) {
			p.tolak(f, "layanan.galat.terlalu-panjang", maks);
		}
	}

	private static void panjang(IsianDitolakException.Pemeriksa p, String f, String teks) {
		if (teks != null && teks.length() > PANJANG_TEKS) {
			p.tolak(f, "layanan.galat.terlalu-panjang", PANJANG_TEKS);
		}
	}

	static boolean kosong(String teks) {
		return teks == null || teks.isBlank();
	}

	/** The engine's flow of this service under the given code: its steps, owners and limits. */
	AlurBaru alur(String kodeAlur) {
		List<TahapBaru> tahap = new ArrayList<>();
		for (Langkah l : langkah) {
			tahap.add(new TahapBaru(l.nama(), l.opdId(), l.unit(), l.peran(), l.batasHariKerja(), l.persyaratan()));
		}
		return new AlurBaru(kodeAlur, nama, "layanan", String.valueOf(id), standar.batasHariKerja(), tahap);
	}

	/** The flow code of a version: {@code layanan.<kode>}, then {@code layanan.<kode>.v2}, … */
	String kodeAlur(int versiAlur) {
		return AWALAN_ALUR + kode + (versiAlur <= 1 ? "" : ".v" + versiAlur);
	}

	/** The documents the applicant must upload. */
	List<DokumenSyarat> dokumenWajib() {
		return dokumen.stream().filter(DokumenSyarat::wajib).toList();
	}

	/** The agencies owning the steps, in order, without repeats. */
	List<Long> opdLangkah() {
		return langkah.stream().map(Langkah::opdId).distinct().toList();
	}
}
