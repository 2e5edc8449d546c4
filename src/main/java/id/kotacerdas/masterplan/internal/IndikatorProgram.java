package id.kotacerdas.masterplan.internal;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

import id.kotacerdas.masterplan.RegisterMasterplan.JenisNilai;
import id.kotacerdas.platform.Indikator.Arah;
import id.kotacerdas.platform.Indikator.Satuan;

/**
 * An indicator of a programme: unit, direction, baseline and yearly targets, and where its values come from — the
 * {@link id.kotacerdas.platform.Indikator} bean {@code kodeSumber} (live) or the agency's entries with proof.
 *
 * @param target the yearly targets, 2019–2028, by year; a year without one is absent
 */
record IndikatorProgram(long id, long programId, String kode, String nama, Satuan satuan, Arah arah, JenisNilai jenis, String kodeSumber,
		Integer baselineTahun, BigDecimal baselineNilai, int urutan, SortedMap<Integer, BigDecimal> target) {

	IndikatorProgram {
		target = Collections.unmodifiableSortedMap(new TreeMap<>(target));
	}

	public boolean langsung() {
		return jenis == JenisNilai.LANGSUNG;
	}

	public BigDecimal targetTahun(int tahun) {
		return target.get(tahun);
	}
}
