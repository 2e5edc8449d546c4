package id.kotacerdas.pelatihan.internal;

/** What a programme teaches; shown by its message key {@code pelatihan.topik.<NAME>}. */
enum Topik {

	PEMASARAN_DIGITAL, QRIS, PEMBUKUAN, SERTIFIKASI_HALAL, LAINNYA;

	String kodePesan() {
		return "pelatihan.topik." + name();
	}
}
