package id.kotacerdas.pengaduan.internal;

import java.util.List;

import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * Several rules refused one request at once, so a person can fix everything in one go. It is
 * itself the first reason (status and message), so any handler that knows only
 * {@link PermintaanDitolakException} still answers sensibly.
 */
class TindakanDitolakException extends PermintaanDitolakException {

	private final transient List<PermintaanDitolakException> alasan;

	private TindakanDitolakException(List<PermintaanDitolakException> alasan) {
		super(alasan.get(0).status(), alasan.get(0).kodePesan(), alasan.get(0).argumen());
		this.alasan = List.copyOf(alasan);
	}

	/** Throws when there is any reason; the order is the order a person reads them. */
	static void jikaAda(List<PermintaanDitolakException> alasan) {
		if (!alasan.isEmpty()) {
			throw new TindakanDitolakException(alasan);
		}
	}

	/** Every reason of a refusal, whether it came alone or together with others. */
	static List<PermintaanDitolakException> semua(PermintaanDitolakException ex) {
		return ex instanceof TindakanDitolakException t ? t.alasan : List.of(ex);
	}
}
