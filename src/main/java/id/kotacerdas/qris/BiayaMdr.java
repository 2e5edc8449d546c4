package id.kotacerdas.qris;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The merchant discount rate a transaction costs the merchant (never the buyer: surcharging is
 * forbidden), from the rule in force on its date.
 *
 * @param persen the rate in percent, e.g. 0.3
 * @param biaya the fee in whole rupiah (rounded half up)
 * @param nominalSampai the rule's upper bound in rupiah, inclusive, or null when it has none
 * @param berlakuMulai the day the rule took effect
 * @param sumber where the rule was published
 */
public record BiayaMdr(KriteriaMerchant kriteria, long nominal, BigDecimal persen, long biaya, Long nominalSampai, LocalDate berlakuMulai,
		String sumber) {
}
