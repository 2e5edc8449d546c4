package id.kotacerdas.notifikasi.internal;

import id.kotacerdas.notifikasi.Saluran;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Development only: writes a message to the log instead of sending it, for a channel listed in
 * {@code kc.notifikasi.saluran-log} that has no real channel here. A real channel, once
 * configured, always wins, and the delivery record names {@code log} as the channel that took it.
 */
final class SaluranLog implements Saluran {

	static final String NAMA = "log";

	private static final Logger log = LoggerFactory.getLogger(SaluranLog.class);

	private final String untuk;

	SaluranLog(String untuk) {
		this.untuk = untuk;
	}

	@Override
	public String nama() {
		return NAMA;
	}

	@Override
	public void kirim(String tujuan, String subjek, String isi) {
		log.info("Not sent, logged instead ({} to {}): {} | {}", untuk, tujuan, subjek, isi);
	}
}
