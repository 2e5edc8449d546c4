/**
 * Market prices (pasar): the commodities, markets and ceiling prices as editable reference data,
 * the enumerators' daily price collection from a phone with its plausibility check, the
 * supervisor's view of markets not yet reported, and the public price board.
 * <p>
 * No other module depends on it yet; everything is in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "opd", "akun", "audit", "wilayah", "ekspor", "notifikasi" })
package id.kotacerdas.pasar;
