package id.kotacerdas.kepegawaian.internal;

/** A work unit (unit kerja) of an agency's organisation tree; {@code indukId} null for a top unit. */
record UnitKerja(long id, long opdId, Long indukId, String nama) {
}
