package id.kotacerdas.pengaduan.internal;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PerluTindakan;

/** The complaint figures a staff dashboard opens with, for the signed-in person's worklist. */
@Component
class PerluTindakanPengaduan implements PerluTindakan {

	private final AkunStaf akun;

	private final PencarianPengaduan cari;

	PerluTindakanPengaduan(AkunStaf akun, PencarianPengaduan cari) {
		this.akun = akun;
		this.cari = cari;
	}

	@Override
	public String kodeJudul() {
		return "kerja.dasbor";
	}

	@Override
	public List<Angka> angka() {
		// an ordinary employee works no complaints
		return akun.stafSaatIni().filter(s -> Peran.staf().contains(s.peran())).map(CakupanKerja::untuk).map(c -> {
			Map<PencarianPengaduan.SaringanKerja, Long> jumlah = cari.hitungKerja(c.opdId(), c.timId());
			return c.saringan().stream()
				.map(s -> new Angka(s.kodePesan(), jumlah.get(s), "/staf/pengaduan?saring=" + s.kunci(), s.mendesak()))
				.toList();
		}).orElse(List.of());
	}
}
