package id.kotacerdas.permohonan;

import java.time.Instant;

/** An application as a consumer module reads it. {@code versi} is what staff actions must name (optimistic concurrency). */
public record RingkasanPermohonan(String kode, String alurKode, String konsumenRef, StatusPermohonan status, int tahapKe,
		int jumlahTahap, Instant tenggatTahap, int versi) {
}
