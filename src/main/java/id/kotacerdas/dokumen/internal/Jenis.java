package id.kotacerdas.dokumen.internal;

import java.time.Instant;

import id.kotacerdas.dokumen.JenisTandaTangan;

/** A kind of document as stored, with its current template. */
record Jenis(String kode, String nama, String konsumenModul, Long opdId, String polaNomor, JenisTandaTangan tandaTangan, String templat,
		Instant diubahPada, int versi) {
}
