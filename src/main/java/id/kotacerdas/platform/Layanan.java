package id.kotacerdas.platform;

/**
 * An entry of the landing page's list of city services. Each module that offers something to
 * the public declares a bean of this type, so the landing page grows as modules arrive.
 *
 * @param kodeJudul message key of the title
 * @param kodeKeterangan message key of the one-line description
 * @param url where the service starts
 * @param urutan position in the list, smaller first
 */
public record Layanan(String kodeJudul, String kodeKeterangan, String url, int urutan) {
}
