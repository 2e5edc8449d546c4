package id.kotacerdas.akun;

import java.util.Set;

/**
 * A rapid-response team (Tim Reaksi Cepat) of an agency.
 *
 * @param wilayah kecamatan or kelurahan codes the team covers; empty for the agency's whole area
 * @param utama the agency's default team, which takes what no area team covers
 */
public record TimTrc(long id, long opdId, String nama, Set<String> wilayah, boolean utama) {
}
