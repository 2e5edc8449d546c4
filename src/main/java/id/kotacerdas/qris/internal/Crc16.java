package id.kotacerdas.qris.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF, no reflection, no final XOR), the
 * checksum of object 63. No library on the class path offers this variant, and it is eight lines.
 */
final class Crc16 {

	private Crc16() {
	}

	static int hitung(byte[] data) {
		int crc = 0xFFFF;
		for (byte b : data) {
			crc ^= (b & 0xFF) << 8;
			for (int i = 0; i < 8; i++) {
				crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x1021) & 0xFFFF : (crc << 1) & 0xFFFF;
			}
		}
		return crc;
	}

	/** The four upper-case hex digits of the CRC of a payload's text up to and including "6304" (its UTF-8 bytes). */
	static String untuk(String sampai6304) {
		return String.format(Locale.ROOT, "%04X", hitung(sampai6304.getBytes(StandardCharsets.UTF_8)));
	}
}
