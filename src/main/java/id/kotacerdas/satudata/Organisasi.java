package id.kotacerdas.satudata;

/**
 * A producing agency as a CKAN organisation.
 *
 * @param nama CKAN name (URL-safe)
 * @param judul the agency's name
 */
public record Organisasi(long id, String nama, String judul, long opdId) {
}
