package id.kotacerdas.kepegawaian.internal;

/**
 * A position in an agency's organisation tree.
 *
 * @param jenisJabatan position type code (kepegawaian.referensi "jenis-jabatan")
 * @param eselon echelon code, "99" for none
 * @param atasanId the position it reports to, null at the top of the agency
 */
record Jabatan(long id, long opdId, long unitId, String nama, String jenisJabatan, String eselon, Long atasanId) {
}
