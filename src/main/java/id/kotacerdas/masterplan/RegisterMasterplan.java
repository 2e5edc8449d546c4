package id.kotacerdas.masterplan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import id.kotacerdas.platform.DimensiKotaCerdas;
import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.platform.Indikator;

/**
 * The masterplan as other modules read it (the evaluation bundles): for a year, every dimension → element → programme →
 * indicator with its unit, direction, baseline, target and actual value, and where that value comes from — the module
 * and how it is computed and when, or the proof an agency entered it with and who verified it. A value never comes
 * without one of the two.
 */
public interface RegisterMasterplan {

	/**
	 * The register for {@code tahun} with the values that count: verified entered values and stored live snapshots
	 * (a live figure not computed yet for that year has no actual value, not 0).
	 */
	Laporan untukTahun(int tahun);

	/** The codes of the register's programmes, by which an evaluation layout picks some of them. */
	Set<String> kodeProgram();

	record Laporan(int tahun, List<Dimensi> dimensi) {
	}

	/** Every dimension in the masterplan's order, each with its three elements, also those without programmes. */
	record Dimensi(DimensiKotaCerdas dimensi, List<Elemen> elemen) {
	}

	record Elemen(ElemenKotaCerdas elemen, List<Program> program) {
	}

	/**
	 * @param opd the responsible agency's name as staff say it
	 * @param rujukanRpjmd the RPJMD/SPM indicator it answers, in words (may be empty)
	 * @param kodeIso the ISO 37120/37122 indicator where one fits (may be empty)
	 */
	record Program(long id, String kode, String nama, String deskripsi, long opdId, String opd, boolean quickWin, String rujukanRpjmd,
			String kodeIso, List<Butir> indikator) {
	}

	/**
	 * One indicator for the year.
	 *
	 * @param baselineTahun null when no baseline is recorded (then {@code baselineNilai} is null too)
	 * @param target the year's target, null when none is set
	 * @param aktual the value that counts for the year, null when there is none
	 * @param capaian green, amber or red against the target by the rule in force, or no data
	 * @param sumber where a live value comes from; null for an entered indicator
	 * @param bukti the verified entered value's proof; null for a live indicator or when nothing is verified
	 */
	record Butir(long id, String kode, String nama, Indikator.Satuan satuan, Indikator.Arah arah, JenisNilai jenisNilai,
			Integer baselineTahun, BigDecimal baselineNilai, BigDecimal target, BigDecimal aktual, Capaian capaian, Sumber sumber,
			Bukti bukti) {
	}

	enum JenisNilai {
		/** Computed from a module's {@link Indikator} bean. */
		LANGSUNG,
		/** Entered by the responsible agency with a proof, counted once Kominfo verified it. */
		ISIAN
	}

	/** Against the year's target, by the rule stated on the dashboard. */
	enum Capaian {
		HIJAU, KUNING, MERAH, TANPA_DATA;

		public String kodePesan() {
			return "masterplan.capaian." + name();
		}
	}

	/**
	 * @param kodeIndikator the {@link Indikator} bean's code, {@code <module>.<figure>}
	 * @param modul the module that computes it
	 * @param kodeKeterangan message key: which records and how they are counted
	 * @param kodeRumus message key of the formula, {0} numerator and {1} denominator
	 * @param pembilang null for a figure that is not a ratio
	 * @param jumlahCatatan how many source records were read
	 * @param dihitungPada when it was computed; null when the year has no snapshot yet
	 */
	record Sumber(String kodeIndikator, String modul, String kodeKeterangan, String kodeRumus, Long pembilang, Long penyebut,
			long jumlahCatatan, Instant dihitungPada) {
	}

	/**
	 * @param berkas the proof files ({@code berkas} ids)
	 * @param tanggal the date of the proof
	 * @param diajukanOleh the username of the staff member who entered it
	 * @param diverifikasiOleh the staff account id of the Kominfo verifier
	 */
	record Bukti(List<UUID> berkas, LocalDate tanggal, String diajukanOleh, Long diverifikasiOleh, Instant diverifikasiPada,
			String kodePermohonan) {

		public Bukti {
			berkas = List.copyOf(berkas);
		}
	}
}
