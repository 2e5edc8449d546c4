package id.kotacerdas.pengaduan.internal;

import java.util.Arrays;
import java.util.List;

import id.kotacerdas.akun.Peran;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.pengaduan.internal.PencarianPengaduan.SaringanKerja;

/**
 * Whose reports a staff member's worklist and dashboard hold: an officer their team's, an agency
 * administrator their agency's, Kominfo and leadership the whole city's (null = no restriction).
 *
 * @param kodeJudul message key of the worklist's heading
 */
record CakupanKerja(Long opdId, Long timId, String kodeJudul, List<SaringanKerja> saringan) {

	static CakupanKerja untuk(Staf s) {
		if (s.peran() == Peran.PETUGAS_TRC) {
			return new CakupanKerja(s.opdId(), s.timId(), "staf.tim-saya", tanpaDispatcher());
		}
		if (s.peran() == Peran.ADMIN_OPD) {
			return new CakupanKerja(s.opdId(), null, "staf.instansi-saya", tanpaDispatcher());
		}
		// the city-wide view also shows what waits for the dispatcher
		return new CakupanKerja(null, null, "staf.semua", List.of(SaringanKerja.values()));
	}

	private static List<SaringanKerja> tanpaDispatcher() {
		return Arrays.stream(SaringanKerja.values()).filter(s -> s != SaringanKerja.BUKAN_WEWENANG).toList();
	}
}
