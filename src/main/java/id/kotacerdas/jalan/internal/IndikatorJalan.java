package id.kotacerdas.jalan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.platform.Indikator;
import id.kotacerdas.platform.Periode;
import id.kotacerdas.platform.Waktu;

/**
 * Smart Living's roads: the share of surveyed road length in good or fair condition ("kemantapan jalan",
 * by length as Bina Marga counts it) by each segment's latest survey on the period's last day.
 */
record IndikatorJalan(Definisi definisi, RuasRepository repo, Clock clock) implements Indikator {

	IndikatorJalan(RuasRepository repo, Clock clock) {
		this(new Definisi("jalan.kondisi-mantap", "jalan.indikator.nama", ElemenKotaCerdas.TRANSPORTASI, Satuan.PERSEN, Arah.NAIK_LEBIH_BAIK,
				"jalan.indikator.rumus", new Sumber("jalan", "jalan.indikator.sumber")), repo, clock);
	}

	@Override
	public Hasil hitung(Periode periode) {
		LocalDate hari = periode.akhir().atEndOfMonth();
		LocalDate hariIni = LocalDate.now(clock.withZone(Waktu.WITA));
		RuasRepository.Mantap m = repo.mantapPada(hari.isAfter(hariIni) ? hariIni : hari);
		return new Hasil(definisi.kode(), periode, Nilai.persen(m.mantapM(), m.disurveiM(), m.ruas()), List.of(), clock.instant());
	}
}
