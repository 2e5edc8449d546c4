package id.kotacerdas.qris.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.Resource;

import id.kotacerdas.platform.DataCsv;
import id.kotacerdas.qris.BiayaMdr;
import id.kotacerdas.qris.KriteriaMerchant;

/**
 * Bank Indonesia's QRIS MDR table as data ({@code kc.qris.tarif-mdr}, a CSV): for a criterion, the
 * newest set of rules in force on a date; within it the first rule whose upper bound the amount
 * does not exceed. A new BI decision is a new dated set of rows, not a code change.
 */
final class TarifMdr {

	private static final BigDecimal SERATUS = BigDecimal.valueOf(100);

	record Aturan(LocalDate berlakuMulai, KriteriaMerchant kriteria, Long nominalSampai, BigDecimal persen, String sumber) {
	}

	private final List<Aturan> aturan;

	TarifMdr(List<Aturan> aturan) {
		this.aturan = List.copyOf(aturan);
	}

	static TarifMdr dari(Resource csv) {
		return new TarifMdr(DataCsv.baca(csv).stream().map(TarifMdr::baris).toList());
	}

	private static Aturan baris(CSVRecord r) {
		KriteriaMerchant k = KriteriaMerchant.dari(r.get("kriteria"));
		if (k == null) {
			throw new IllegalStateException("unknown merchant criterion in the MDR table: " + r.get("kriteria"));
		}
		String sampai = r.get("nominal_sampai").strip();
		return new Aturan(LocalDate.parse(r.get("berlaku_mulai")), k, sampai.isEmpty() ? null : Long.valueOf(sampai), new BigDecimal(r.get("persen")),
				r.get("sumber"));
	}

	/** The fee, or empty when no rule for the criterion was in force on that date. */
	Optional<BiayaMdr> biaya(KriteriaMerchant kriteria, long nominal, LocalDate tanggal) {
		if (nominal < 0) {
			throw new IllegalArgumentException("an amount is never negative");
		}
		Optional<LocalDate> berlaku = aturan.stream().filter(a -> a.kriteria() == kriteria && !a.berlakuMulai().isAfter(tanggal))
				.map(Aturan::berlakuMulai).max(Comparator.naturalOrder());
		return berlaku.flatMap(mulai -> aturan.stream().filter(a -> a.kriteria() == kriteria && a.berlakuMulai().equals(mulai))
				.sorted(Comparator.comparing(Aturan::nominalSampai, Comparator.nullsLast(Comparator.naturalOrder())))
				.filter(a -> a.nominalSampai() == null || nominal <= a.nominalSampai()).findFirst())
				.map(a -> new BiayaMdr(kriteria, nominal, a.persen(),
						BigDecimal.valueOf(nominal).multiply(a.persen()).divide(SERATUS, 0, RoundingMode.HALF_UP).longValueExact(), a.nominalSampai(),
						a.berlakuMulai(), a.sumber()));
	}

	/** The rules in force on a date, for the explanation to traders. */
	List<Aturan> berlakuPada(LocalDate tanggal) {
		return aturan.stream().filter(a -> !a.berlakuMulai().isAfter(tanggal))
				.filter(a -> aturan.stream().noneMatch(b -> b.kriteria() == a.kriteria() && b.berlakuMulai().isAfter(a.berlakuMulai())
						&& !b.berlakuMulai().isAfter(tanggal)))
				.toList();
	}
}
