package id.kotacerdas.pasar;

/**
 * A market stall as other modules see it.
 *
 * @param nmid the trader's QRIS merchant id, or null
 * @param qrisDiperiksa the NMID was read from a correct QRIS code, not only typed
 */
public record LapakPedagang(long id, String pasar, String nomor, String dagangan, boolean terisi, boolean qris, String nmid,
		boolean qrisDiperiksa) {
}
