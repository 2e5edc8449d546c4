/**
 * Training of UMKM (digital marketing, QRIS, bookkeeping, halal certification): programmes and sessions of an
 * organising agency, sign-up by the business owner or by staff (tied to the UMKM registry by NIK or phone), QR check-in
 * by the trainer that works offline and syncs once, certificates through {@code dokumen}, the follow-up three months
 * later through {@code notifikasi}, and the figures (trained businesses against the city's 6,000). See docs/pelatihan.md.
 * <p>
 * No other module depends on it; everything is in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "opd", "akun", "audit", "wilayah", "notifikasi",
		"dokumen", "umkm", "ekspor" })
package id.kotacerdas.pelatihan;
