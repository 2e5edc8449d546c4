package id.kotacerdas.pju.internal;

import java.time.Clock;
import java.util.List;

import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.platform.Indikator;
import id.kotacerdas.platform.Periode;

/**
 * Smart Living's street lighting: the poles lit at the end of the period (each pole's last status
 * change by then: complaints, patrols, the registry), out of all the registry held then.
 */
record IndikatorPju(Definisi definisi, AngkaPju angka, Clock clock) implements Indikator {

	IndikatorPju(AngkaPju angka, Clock clock) {
		this(new Definisi("pju.menyala", "pju.indikator.nama", ElemenKotaCerdas.TRANSPORTASI, Satuan.PERSEN, Arah.NAIK_LEBIH_BAIK,
				"pju.indikator.rumus", new Sumber("pju", "pju.indikator.sumber")), angka, clock);
	}

	@Override
	public Hasil hitung(Periode periode) {
		AngkaPju.Menyala m = angka.menyalaPada(periode.selesai());
		return new Hasil(definisi.kode(), periode, Nilai.persen(m.menyala(), m.semua(), m.semua()), List.of(), clock.instant());
	}
}
