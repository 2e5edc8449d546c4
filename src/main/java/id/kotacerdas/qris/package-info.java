/**
 * QRIS: reading, checking and making Indonesian merchant-presented QR codes (EMVCo MPM, Bank
 * Indonesia's profile): the payload's data objects and CRC with every problem explained in words,
 * decoding a code from a photo, payloads and printable images for the city's own merchant
 * accounts, the MDR fee rules as data, and the {@link id.kotacerdas.qris.PenyediaPembayaran}
 * port through which an acquirer confirms a payment. See docs/qris.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "akun", "audit", "berkas", "opd" })
package id.kotacerdas.qris;
