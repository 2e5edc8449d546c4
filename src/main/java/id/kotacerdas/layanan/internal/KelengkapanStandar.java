package id.kotacerdas.layanan.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import id.kotacerdas.layanan.StandarPelayanan;

/** Which of the 14 components each active service's published standard has; a blank text counts as missing. */
@Component
class KelengkapanStandar implements StandarPelayanan {

	private final LayananRepository repo;

	KelengkapanStandar(LayananRepository repo) {
		this.repo = repo;
	}

	@Override
	public List<Kelengkapan> semua() {
		return repo.semua().stream()
			.filter(JenisLayanan::aktif)
			.sorted(Comparator.comparingLong(JenisLayanan::opdId).thenComparing(JenisLayanan::nama))
			.map(KelengkapanStandar::kelengkapan)
			.toList();
	}

	/** The components in the regulation's order; requirements and procedure are also met by the documents and steps kept on the service. */
	static Kelengkapan kelengkapan(JenisLayanan l) {
		Standar s = l.standar();
		List<String> kurang = new ArrayList<>();
		periksa(kurang, ada(s.persyaratan()) || !l.dokumen().isEmpty(), "persyaratan");
		periksa(kurang, ada(s.prosedur()) || !l.langkah().isEmpty(), "prosedur");
		periksa(kurang, s.batasHariKerja() > 0, "waktu");
		// the fee is always published: 0 means free of charge
		periksa(kurang, s.biaya() >= 0, "biaya");
		periksa(kurang, ada(s.produk()), "produk");
		periksa(kurang, ada(s.pengaduan()), "pengaduan");
		periksa(kurang, ada(s.dasarHukum()), "dasar-hukum");
		periksa(kurang, ada(s.sarana()), "sarana");
		periksa(kurang, ada(s.kompetensi()), "kompetensi");
		periksa(kurang, ada(s.pengawasan()), "pengawasan");
		periksa(kurang, ada(s.jumlahPelaksana()), "jumlah-pelaksana");
		periksa(kurang, ada(s.jaminanPelayanan()), "jaminan-pelayanan");
		periksa(kurang, ada(s.jaminanKeamanan()), "jaminan-keamanan");
		periksa(kurang, ada(s.evaluasiKinerja()), "evaluasi-kinerja");
		return new Kelengkapan(l.kode(), l.nama(), l.opdId(), l.unit(), JUMLAH_KOMPONEN - kurang.size(), kurang);
	}

	private static void periksa(List<String> kurang, boolean ada, String komponen) {
		if (!ada) {
			kurang.add(komponen);
		}
	}

	private static boolean ada(String teks) {
		return teks != null && !teks.isBlank();
	}
}
