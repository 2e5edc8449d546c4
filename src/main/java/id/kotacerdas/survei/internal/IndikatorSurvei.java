package id.kotacerdas.survei.internal;

import java.time.Clock;
import java.util.function.BiFunction;

import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.platform.Indikator;
import id.kotacerdas.platform.Periode;

/**
 * A figure of the city's public-service compliance (target IKM 80, "zona hijau"), city-wide and
 * for every agency (the completing unit's agency).
 *
 * @param nilai the value for a period and an agency (null: the whole city)
 */
record IndikatorSurvei(Definisi definisi, DaftarOpd daftarOpd, Clock clock, BiFunction<Periode, Long, Nilai> nilai) implements Indikator {

	@Override
	public Hasil hitung(Periode periode) {
		return new Hasil(definisi.kode(), periode, nilai.apply(periode, null),
				daftarOpd.semua().stream().map(o -> new NilaiOpd(o.id(), o.namaPendek(), nilai.apply(periode, o.id()))).toList(),
				clock.instant());
	}
}
