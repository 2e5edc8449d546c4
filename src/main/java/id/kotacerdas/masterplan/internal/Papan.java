package id.kotacerdas.masterplan.internal;

import java.math.BigDecimal;
import java.util.List;

import id.kotacerdas.masterplan.RegisterMasterplan.Capaian;
import id.kotacerdas.platform.DimensiKotaCerdas;
import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.platform.Indikator;

/**
 * The masterplan over the roadmap's years as the dashboards read it: dimension → element → programme → indicator, each
 * indicator with its target and the value that counts for every year.
 *
 * @param denganTertunda whether entered values still waiting for Kominfo are carried (the leadership view) — they never
 * count as the actual value
 */
record Papan(boolean denganTertunda, List<Dimensi> dimensi) {

	record Dimensi(DimensiKotaCerdas dimensi, List<Elemen> elemen) {
	}

	record Elemen(ElemenKotaCerdas elemen, List<Program> program) {
	}

	record Program(ProgramKerja program, String opd, List<Baris> indikator) {
	}

	/**
	 * @param definisi the live source's definition; null for an entered indicator (or a live one whose module is gone)
	 * @param tahunan one per roadmap year, oldest first
	 */
	record Baris(ProgramKerja program, String opd, IndikatorProgram indikator, Indikator.Definisi definisi, List<Tahunan> tahunan) {

		public Tahunan tahun(int tahun) {
			return tahunan.stream().filter(t -> t.tahun() == tahun).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("outside the roadmap: " + tahun));
		}
	}

	/**
	 * @param aktual the value that counts: the live snapshot's, or the verified entered one's; null for none
	 * @param cuplikan the live snapshot, or null
	 * @param terverifikasi the verified entered value that counts, or null
	 * @param tertunda the newest entered value still waiting (only in the leadership view), or null
	 */
	record Tahunan(int tahun, BigDecimal target, BigDecimal aktual, Capaian capaian, Cuplikan cuplikan, NilaiIsian terverifikasi,
			NilaiIsian tertunda) {
	}

	List<Baris> semuaBaris() {
		return dimensi.stream().flatMap(d -> d.elemen().stream()).flatMap(e -> e.program().stream()).flatMap(p -> p.indikator().stream())
			.toList();
	}
}
