/**
 * Street lights (penerangan jalan umum, PJU): the pole registry of the two owning agencies, its XLSX import and
 * export, a QR sticker per pole that opens the complaint form with the pole filled in, the pole's status following
 * "lampu jalan mati" complaints ({@link id.kotacerdas.pengaduan.JenisAset}), night patrols that work offline, and
 * the outage figures. See docs/pju.md.
 * <p>
 * No other module depends on it; everything is in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "pengaduan", "wilayah", "opd", "akun", "audit",
		"ekspor", "jalan" })
package id.kotacerdas.pju;
