/**
 * SiHebat: the register of government vehicles, their tracker positions (OsmAnd/Traccar
 * protocol on its own port), fuel purchases gated against the distance driven, and the
 * monthly fuel reports.
 * <p>
 * The API is {@link id.kotacerdas.armada.Armada} with its records; inside, one subpackage per
 * concern, each depending only on those before it: {@code kendaraan} (register) ←
 * {@code geofence} (places) ← {@code pelacakan} (positions) ← {@code bbm} (fuel) and
 * {@code laporan} (reports), with {@code demo} (the {@code --demo} fleet) on top of all.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "opd", "akun", "audit", "wilayah", "notifikasi", "berkas", "ekspor", "kepegawaian" })
package id.kotacerdas.armada;
