package id.kotacerdas.layanan.internal;

import java.util.List;

import id.kotacerdas.platform.Peran;

/**
 * One ordered step of a service (the standard's "prosedur"), turned into a step of the engine's flow.
 *
 * @param unit the unit within the agency that does the work, or null
 * @param peran the role that acts on it, or null for any of the agency's staff
 * @param persyaratan what must be present for this step; the office names the missing ones on a return
 */
record Langkah(String nama, long opdId, String unit, Peran peran, int batasHariKerja, List<String> persyaratan) {

	Langkah {
		persyaratan = persyaratan == null ? List.of() : List.copyOf(persyaratan);
	}
}
