package id.kotacerdas.survei.internal;

import java.time.Clock;
import java.util.function.Function;

import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.platform.Indikator;
import id.kotacerdas.platform.Periode;

/**
 * A figure of the city's public-service compliance (target IKM 80, "zona hijau"), city-wide and
 * for every agency (the completing unit's agency).
 *
 * @param nilai for a period, the value by agency (null: the whole city): the period is read once, then grouped in memory
 *        (one query per figure, not one per agency)
 */
record IndikatorSurvei(Definisi definisi, DaftarOpd daftarOpd, Clock clock, Function<Periode, Function<Long, Nilai>> nilai)
		implements Indikator {

	@Override
	public Hasil hitung(Periode periode) {
		Function<Long, Nilai> perOpd = nilai.apply(periode);
		return new Hasil(definisi.kode(), periode, perOpd.apply(null),
				daftarOpd.semua().stream().map(o -> new NilaiOpd(o.id(), o.namaPendek(), perOpd.apply(o.id()))).toList(), clock.instant());
	}
}
