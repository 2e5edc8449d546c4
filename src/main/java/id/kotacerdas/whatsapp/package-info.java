/**
 * Complaints by WhatsApp (the WhatsApp Business Platform Cloud API): the signed webhook, a short
 * conversation per phone number that files one report through
 * {@link id.kotacerdas.pengaduan.LayananPengaduan} (channel {@code whatsapp}), follow-up in the same
 * chat, and the outbound {@code whatsapp} channel of {@link id.kotacerdas.notifikasi.Notifikasi}
 * with delivery statuses. Off (webhook 404, no channel) until its settings are given.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "pengaduan", "notifikasi", "wilayah" })
package id.kotacerdas.whatsapp;
