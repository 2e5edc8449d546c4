package id.kotacerdas.permohonan;

import java.util.List;

import id.kotacerdas.platform.Peran;

/**
 * One step of a flow as its owning module defines it.
 *
 * @param nama the step's name as applicants and staff read it (e.g. "Verifikasi berkas di front office")
 * @param opdId the agency that owns the step
 * @param unit the unit within the agency that does the work (e.g. "Kelurahan Naikoten II"), or null for the whole agency
 * @param peran the role within that agency that acts on the step, or null for any of its staff
 * @param batasHariKerja the step's own limit in working days
 * @param persyaratan what the applicant must have provided for this step, each in words; the office names missing ones on a return
 */
public record TahapBaru(String nama, long opdId, String unit, Peran peran, int batasHariKerja, List<String> persyaratan) {

	public TahapBaru {
		persyaratan = persyaratan == null ? List.of() : List.copyOf(persyaratan);
	}
}
