/**
 * Staff accounts, roles, TRC teams and machine API keys; login and the access rules of the
 * whole web application.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "audit", "opd", "wilayah", "notifikasi" })
package id.kotacerdas.akun;
