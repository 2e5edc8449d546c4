package id.kotacerdas.berkas;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * The upload limit in force ({@code kc.berkas.maks-ukuran}), for the forms and messages that
 * name it: one source, read wherever the limit is shown or enforced.
 */
public record BatasBerkas(DataSize maksUkuran) {

	/** The limit in whole megabytes, as people read it. */
	public long maksMb() {
		return maksUkuran.toMegabytes();
	}

	/** 413 for a photo over the limit, in the words people read. */
	public PermintaanDitolakException fotoTerlaluBesar() {
		return new PermintaanDitolakException(HttpStatus.PAYLOAD_TOO_LARGE, "berkas.foto-terlalu-besar", maksMb());
	}

	/** 413 for a document over the limit. */
	public PermintaanDitolakException dokumenTerlaluBesar() {
		return new PermintaanDitolakException(HttpStatus.PAYLOAD_TOO_LARGE, "berkas.dokumen-terlalu-besar", maksMb());
	}
}
