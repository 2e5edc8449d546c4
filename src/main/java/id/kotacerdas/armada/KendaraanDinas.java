package id.kotacerdas.armada;

/**
 * A vehicle of the register as other modules see it.
 *
 * @param aktif whether it is in service (not lent out, retired or written off)
 */
public record KendaraanDinas(long id, String nomorPolisi, long opdId, String merek, String tipe, Integer tahunPembuatan,
		boolean aktif) {
}
