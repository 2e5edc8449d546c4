package id.kotacerdas.mutu.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PerluTindakan;

/**
 * Late corrective actions on the dashboard of whoever must chase them: an agency's administrator for the agency,
 * Kominfo for the whole city. Nothing when there are none, so the dashboard stays quiet.
 */
@Component
class PerluTindakanMutu implements PerluTindakan {

	private final AkunStaf akun;

	private final MutuRepository repo;

	private final RegisterMutu register;

	PerluTindakanMutu(AkunStaf akun, MutuRepository repo, RegisterMutu register) {
		this.akun = akun;
		this.repo = repo;
		this.register = register;
	}

	@Override
	public String kodeJudul() {
		return "mutu.dasbor";
	}

	@Override
	public List<Angka> angka() {
		return akun.stafSaatIni().filter(s -> s.peran() == Peran.ADMIN_OPD || s.peran() == Peran.ADMIN_KOMINFO).map(s -> {
			Long opdId = s.peran() == Peran.ADMIN_KOMINFO ? null : s.opdId();
			long terlambat = repo.jumlahTerlambat(opdId, register.hariIni());
			String url = opdId == null ? MutuController.JALUR : MutuController.JALUR + "/" + opdId + "#temuan";
			return terlambat == 0 ? List.<Angka>of() : List.of(new Angka("mutu.dasbor.terlambat", terlambat, url, true));
		}).orElse(List.of());
	}
}
