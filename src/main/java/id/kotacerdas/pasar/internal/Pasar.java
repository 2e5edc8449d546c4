package id.kotacerdas.pasar.internal;

import java.util.List;

/**
 * A market where prices are collected.
 *
 * @param hariBuka ISO days of the week it opens (1 = Monday)
 */
record Pasar(long id, String kode, String nama, String kelurahanKode, Double lat, Double lon, JenisPasar jenis, List<Integer> hariBuka) {
}
