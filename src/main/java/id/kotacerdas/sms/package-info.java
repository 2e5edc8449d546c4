/**
 * Complaints by SMS: the inbound endpoint of a city's HTTP SMS gateway (signed by a shared secret,
 * idempotent), the LAPOR!-style one-message format {@code KUPANG <kategori> <kelurahan> <keluhan>}
 * filed through {@link id.kotacerdas.pengaduan.LayananPengaduan} on the channel {@code sms}, and the
 * replies (tracking number, or one explanation of the format) through the outbox. Status changes
 * and staff replies reach the sender through {@code pengaduan}'s own notifications on that channel.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "pengaduan", "notifikasi", "wilayah" })
package id.kotacerdas.sms;
