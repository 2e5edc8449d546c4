package id.kotacerdas.permohonan;

import java.util.List;

/**
 * A flow as its owning module defines it (see {@link MesinPermohonan#tetapkanAlur}).
 *
 * @param kode the flow's stable code, by convention {@code <module>.<what>} (e.g. {@code layanan.domisili-naikoten-2})
 * @param nama the name an applicant reads (e.g. "Surat Keterangan Domisili")
 * @param konsumenModul the module that owns the flow and reacts to its events (e.g. {@code layanan})
 * @param konsumenRef that module's own id of the thing the flow belongs to (a service id), or null
 * @param batasHariKerja the overall limit published to applicants, in working days
 * @param tahap the ordered steps, at least one
 */
public record AlurBaru(String kode, String nama, String konsumenModul, String konsumenRef, int batasHariKerja, List<TahapBaru> tahap) {

	public AlurBaru {
		tahap = tahap == null ? List.of() : List.copyOf(tahap);
	}

	/**
	 * A flow of one step that one agency decides (a registration verified, a submission approved), its limit that of the
	 * step: the shape module registrations share.
	 */
	public static AlurBaru satuTahap(String kode, String nama, String konsumenModul, String namaTahap, long opdId, int batasHariKerja,
			List<String> persyaratan) {
		return new AlurBaru(kode, nama, konsumenModul, null, batasHariKerja,
				List.of(new TahapBaru(namaTahap, opdId, null, null, batasHariKerja, persyaratan)));
	}
}
