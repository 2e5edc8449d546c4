package id.kotacerdas.pengaduan.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mail through SMTP when {@code spring.mail.host} is configured. Without SMTP the message stays
 * in the outbox (it may hold a reporter's private link, so its text is not written to the log)
 * and goes out once SMTP is configured.
 */
@Component
class SaluranEmail implements SaluranNotifikasi {

	private static final Logger log = LoggerFactory.getLogger(SaluranEmail.class);

	private final ObjectProvider<JavaMailSender> smtp;

	private final PengaduanProperties properti;

	SaluranEmail(ObjectProvider<JavaMailSender> smtp, PengaduanProperties properti) {
		this.smtp = smtp;
		this.properti = properti;
	}

	@Override
	public String nama() {
		return "email";
	}

	@Override
	public void kirim(String tujuan, String subjek, String isi) {
		JavaMailSender pengirim = smtp.getIfAvailable();
		if (pengirim == null) {
			log.info("E-mail '{}' kept in the outbox: no SMTP configured (spring.mail.host)", subjek);
			throw new IllegalStateException("no SMTP configured");
		}
		SimpleMailMessage pesan = new SimpleMailMessage();
		pesan.setFrom(properti.emailPengirim());
		pesan.setTo(tujuan);
		pesan.setSubject(subjek);
		pesan.setText(isi);
		pengirim.send(pesan);
	}
}
