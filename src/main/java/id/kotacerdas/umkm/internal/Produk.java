package id.kotacerdas.umkm.internal;

import java.util.UUID;

/** A product with its price range in whole rupiah and an optional photo (a berkas). */
record Produk(long id, String nama, long hargaMin, long hargaMaks, UUID fotoId) {
}
