/**
 * SiHebat: the register of government vehicles, their tracker positions (OsmAnd/Traccar
 * protocol on its own port), fuel purchases gated against the distance driven, and the
 * monthly fuel reports.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "opd", "akun", "audit", "wilayah" })
package id.kotacerdas.armada;
