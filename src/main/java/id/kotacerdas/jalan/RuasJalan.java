package id.kotacerdas.jalan;

/**
 * A road segment as other modules see it.
 *
 * @param kode the register's code, e.g. {@code ELTARI-1}
 * @param nama the road's name, e.g. "Jl. El Tari"
 */
public record RuasJalan(String kode, String nama) {
}
