package id.kotacerdas.dokumen.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.kotacerdas.dokumen.JenisTandaTangan;

/**
 * A document as stored: its number is taken ({@code DISIAPKAN}) before its PDF exists, and it is
 * {@code TERBIT} once the signed PDF is stored with its SHA-256.
 */
record Dokumen(UUID id, String jenisKode, String klasifikasi, String unit, int tahun, int urut, String nomor, Status status, Data data,
		String nik, String nama, String perihal, LocalDate berlakuSampai, Long opdId, String konsumenModul, String konsumenRef,
		Instant diterbitkanPada, JenisTandaTangan tandaTangan, UUID berkasId, String sha256, Instant dicabutPada, String alasanCabut) {

	enum Status {
		DISIAPKAN, TERBIT
	}

	/**
	 * What the template needs beyond the columns, stored as JSON so a document interrupted after its
	 * number was taken is rendered again the same. The body's fields are a list of pairs: JSON objects
	 * do not keep their order in PostgreSQL's jsonb.
	 */
	record Data(String namaUnit, List<List<String>> isian, String penandaTanganNama, String penandaTanganNip,
			String penandaTanganJabatan, String penandaTanganNik) {
	}

	boolean dicabut() {
		return dicabutPada != null;
	}
}
