package id.kotacerdas.layanan.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.kotacerdas.ekspor.Kolom;
import id.kotacerdas.opd.DaftarOpd;

/**
 * The catalogue in the shape of the national public-service information system (SIPPN, the
 * "jenis layanan" of sipp.menpan.go.id): one record per service, the 14 components of PermenPANRB
 * 15/2014 under their own names, the organiser and unit, the level and the service's address.
 * The same fields serve the JSON and, through {@code ekspor}, the XLSX/CSV sheet. What was
 * followed and what was not is in docs/layanan.md.
 */
@Component
class Sippn {

	/** One service in SIPPN's terms; field names are the JSON's. */
	record JenisLayananSippn(String kode_layanan, String nama_layanan, String deskripsi, String tingkat, String penyelenggara,
			String unit_pelaksana, String klasifikasi_arsip, List<String> persyaratan, List<String> sistem_mekanisme_prosedur,
			int jangka_waktu_hari_kerja, String jangka_waktu, long biaya_tarif_rupiah, String biaya_tarif, String produk_pelayanan,
			String penanganan_pengaduan_saran_masukan, List<String> dasar_hukum, String sarana_prasarana_fasilitas, String kompetensi_pelaksana,
			String pengawasan_internal, String jumlah_pelaksana, String jaminan_pelayanan, String jaminan_keamanan_keselamatan,
			String evaluasi_kinerja_pelaksana, String tautan) {
	}

	private final DaftarOpd opd;

	Sippn(DaftarOpd opd) {
		this.opd = opd;
	}

	/** @param urlDasar the site's public address, for each service's page */
	List<JenisLayananSippn> baris(List<JenisLayanan> layanan, String urlDasar, MessageSource sumber, Locale locale) {
		Function<String, String> pesan = k -> sumber.getMessage(k, null, k, locale);
		IntFunction<String> hari = n -> sumber.getMessage("layanan.hari-kerja", new Object[] { n }, locale);
		Map<Long, String> nama = new java.util.HashMap<>();
		opd.semua().forEach(o -> nama.put(o.id(), o.nama()));
		List<JenisLayananSippn> hasil = new ArrayList<>();
		for (JenisLayanan l : layanan) {
			Standar s = l.standar();
			List<String> persyaratan = new ArrayList<>();
			l.dokumen().forEach(d -> persyaratan.add(d.nama() + (d.wajib() ? "" : " (" + pesan.apply("layanan.tidak-wajib") + ")")));
			if (!JenisLayanan.kosong(s.persyaratan())) {
				persyaratan.add(s.persyaratan());
			}
			List<String> prosedur = new ArrayList<>();
			if (!JenisLayanan.kosong(s.prosedur())) {
				prosedur.add(s.prosedur());
			}
			for (int i = 0; i < l.langkah().size(); i++) {
				Langkah t = l.langkah().get(i);
				prosedur.add((i + 1) + ". " + t.nama() + " — " + (t.unit() == null ? "" : t.unit() + ", ") + nama.get(t.opdId()) + " ("
						+ hari.apply(t.batasHariKerja()) + ")");
			}
			String biaya = !JenisLayanan.kosong(s.keteranganBiaya()) ? s.keteranganBiaya()
					: s.biaya() == 0 ? pesan.apply("layanan.gratis") : "Rp" + String.format(Locale.ROOT, "%,d", s.biaya()).replace(',', '.');
			hasil.add(new JenisLayananSippn(l.kode(), l.nama(), l.ringkasan(), pesan.apply(l.tingkat().kodePesan()), nama.get(l.opdId()),
					l.unit(), l.klasifikasi(), persyaratan, prosedur, s.batasHariKerja(), hari.apply(s.batasHariKerja()),
					s.biaya(), biaya, s.produk(), s.pengaduan(), s.dasarHukum().lines().filter(x -> !x.isBlank()).toList(), s.sarana(),
					s.kompetensi(), s.pengawasan(), s.jumlahPelaksana(), s.jaminanPelayanan(), s.jaminanKeamanan(), s.evaluasiKinerja(),
					urlDasar + "/layanan/" + l.kode()));
		}
		return hasil;
	}

	/** The sheet's columns: the JSON's fields, lists joined one item per line. */
	static List<Kolom<JenisLayananSippn>> kolom() {
		return List.of(Kolom.teks("layanan.sippn.kolom.kode", JenisLayananSippn::kode_layanan),
				Kolom.teks("layanan.sippn.kolom.nama", JenisLayananSippn::nama_layanan),
				Kolom.teks("layanan.sippn.kolom.deskripsi", JenisLayananSippn::deskripsi),
				Kolom.teks("layanan.tingkat", JenisLayananSippn::tingkat),
				Kolom.teks("layanan.penyelenggara", JenisLayananSippn::penyelenggara),
				Kolom.teks("layanan.sippn.kolom.unit", JenisLayananSippn::unit_pelaksana),
				Kolom.teks("layanan.sippn.kolom.klasifikasi", JenisLayananSippn::klasifikasi_arsip),
				Kolom.teks("layanan.persyaratan", b -> String.join("\n", b.persyaratan())),
				Kolom.teks("layanan.prosedur", b -> String.join("\n", b.sistem_mekanisme_prosedur())),
				Kolom.bilangan("layanan.sippn.kolom.hari", JenisLayananSippn::jangka_waktu_hari_kerja),
				Kolom.rupiah("layanan.sippn.kolom.biaya-rupiah", JenisLayananSippn::biaya_tarif_rupiah),
				Kolom.teks("layanan.biaya", JenisLayananSippn::biaya_tarif),
				Kolom.teks("layanan.produk", JenisLayananSippn::produk_pelayanan),
				Kolom.teks("layanan.pengaduan", JenisLayananSippn::penanganan_pengaduan_saran_masukan),
				Kolom.teks("layanan.dasar-hukum", b -> String.join("\n", b.dasar_hukum())),
				Kolom.teks("layanan.sarana", JenisLayananSippn::sarana_prasarana_fasilitas),
				Kolom.teks("layanan.kompetensi", JenisLayananSippn::kompetensi_pelaksana),
				Kolom.teks("layanan.pengawasan", JenisLayananSippn::pengawasan_internal),
				Kolom.teks("layanan.jumlah-pelaksana", JenisLayananSippn::jumlah_pelaksana),
				Kolom.teks("layanan.jaminan-pelayanan", JenisLayananSippn::jaminan_pelayanan),
				Kolom.teks("layanan.jaminan-keamanan", JenisLayananSippn::jaminan_keamanan_keselamatan),
				Kolom.teks("layanan.evaluasi-kinerja", JenisLayananSippn::evaluasi_kinerja_pelaksana),
				Kolom.teks("layanan.sippn.kolom.tautan", JenisLayananSippn::tautan));
	}
}
