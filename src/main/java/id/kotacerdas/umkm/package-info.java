/**
 * The city's micro, small and medium businesses (UMKM): the registry (owner, business, KBLI sector, size class by
 * PP 7/2021 and Bank Indonesia's QRIS merchant criterion, certifications, payment channels, products), registration
 * through the staged-application engine ({@code permohonan}: registration, verification by the cooperatives and SME
 * agency, active) or by staff for the owner, duplicate detection, the public directory with its map and payment
 * points, and the figures the city reports. See docs/umkm.md.
 * <p>
 * No other module depends on it; everything is in {@code internal}. It names the trader's business on a market stall's
 * page through {@code pasar}'s extension point {@code UsahaPedagang}, linked by the owner's NIK.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "opd", "akun", "audit", "wilayah", "berkas", "ekspor",
		"permohonan", "qris", "pasar", "notifikasi" })
package id.kotacerdas.umkm;
