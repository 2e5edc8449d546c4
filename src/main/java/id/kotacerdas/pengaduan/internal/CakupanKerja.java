package id.kotacerdas.pengaduan.internal;

import java.util.Arrays;
import java.util.List;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.pengaduan.internal.PencarianPengaduan.SaringanKerja;
import id.kotacerdas.platform.Peran;

/**
 * Whose reports a staff member's worklist and dashboard hold: within what they may see
 * ({@link Staf#lingkupOpd()}: the whole city, or their agency), an officer their team's
 * (null = no restriction).
 *
 * @param kodeJudul message key of the worklist's heading
 */
record CakupanKerja(Long opdId, Long timId, String kodeJudul, List<SaringanKerja> saringan) {

	static CakupanKerja untuk(Staf s) {
		Long opdId = s.lingkupOpd();
		if (opdId == null) {
			// the city-wide view also shows what waits for the dispatcher
			return new CakupanKerja(null, null, "staf.semua", List.of(SaringanKerja.values()));
		}
		if (s.peran() == Peran.PETUGAS_TRC) {
			return new CakupanKerja(opdId, s.timId(), "staf.tim-saya", tanpaDispatcher());
		}
		return new CakupanKerja(opdId, null, "staf.instansi-saya", tanpaDispatcher());
	}

	private static List<SaringanKerja> tanpaDispatcher() {
		return Arrays.stream(SaringanKerja.values()).filter(s -> s != SaringanKerja.BUKAN_WEWENANG).toList();
	}
}
