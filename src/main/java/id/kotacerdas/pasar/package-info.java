/**
 * Market prices (pasar): the commodities, markets and ceiling prices as editable reference data,
 * the enumerators' daily price collection from a phone with its plausibility check, historical
 * import, the supervisor's view, the public price board, trends and weekly price index with alerts to
 * the inflation-control team, and the stall register with QR cards and daily retribution collection.
 * <p>
 * No other module depends on it yet; everything is in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "opd", "akun", "audit", "wilayah", "ekspor", "notifikasi", "qris" })
package id.kotacerdas.pasar;
