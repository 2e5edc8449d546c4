/**
 * Notifications for every module: a message is queued in the caller's transaction (a channel, a
 * recipient, a template key with parameters and the recipient's language), rendered from the
 * message bundles at send time, delivered with retries and growing pauses, and every attempt is
 * recorded. Channels: e-mail (SMTP), HTTP gateways for WhatsApp/SMS, and the log for development.
 * The API is {@link id.kotacerdas.notifikasi.Notifikasi}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform" })
package id.kotacerdas.notifikasi;
