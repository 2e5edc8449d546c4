package id.kotacerdas.permohonan.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.platform.PerluTindakan;

/** The applications waiting in the signed-in person's steps, and how many of them are overdue. */
@Component
class PerluTindakanPermohonan implements PerluTindakan {

	private final AkunStaf akun;

	private final PermohonanRepository repo;

	private final Clock clock;

	PerluTindakanPermohonan(AkunStaf akun, PermohonanRepository repo, Clock clock) {
		this.akun = akun;
		this.repo = repo;
		this.clock = clock;
	}

	@Override
	public String kodeJudul() {
		return "permohonan.dasbor";
	}

	@Override
	public List<Angka> angka() {
		return akun.stafSaatIni().map(s -> {
			Lingkup l = Lingkup.untuk(s, null);
			PermohonanRepository.JumlahKerja j = repo.hitungKerja(l.opdId(), l.peran(), clock.instant());
			return List.of(new Angka("permohonan.dasbor.menunggu", j.menunggu(), "/staf/permohonan", false),
					new Angka("permohonan.dasbor.terlambat", j.terlambat(), "/staf/permohonan", true));
		}).orElse(List.of());
	}
}
