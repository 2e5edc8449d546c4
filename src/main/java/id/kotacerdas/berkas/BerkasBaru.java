package id.kotacerdas.berkas;

/**
 * A file stored durably but not yet registered: it becomes permanent when
 * {@link LayananBerkas#catat} commits with the caller's own row, and is swept away otherwise.
 *
 * @param thumbnail the photo's thumbnail, stored with it; null for a document
 */
public record BerkasBaru(Berkas berkas, Berkas thumbnail) {
}
