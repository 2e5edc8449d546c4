package id.kotacerdas.pengaduan.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mail through SMTP when {@code spring.mail.host} is configured. Without SMTP the channel is not
 * {@link #siap() ready}: messages stay in the outbox untouched and go out once SMTP is configured.
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
	public boolean siap() {
		return smtp.getIfAvailable() != null;
	}

	/** Said once at start, not as a failure per message every minute. */
	@EventListener(ApplicationReadyEvent.class)
	void periksaSmtp() {
		if (!siap()) {
			log.warn("No SMTP server configured (spring.mail.host): e-mail notifications wait in the outbox until one is");
		}
	}

	@Override
	public void kirim(String tujuan, String subjek, String isi) {
		JavaMailSender pengirim = smtp.getObject();
		SimpleMailMessage pesan = new SimpleMailMessage();
		pesan.setFrom(properti.emailPengirim());
		pesan.setTo(tujuan);
		pesan.setSubject(subjek);
		pesan.setText(isi);
		pengirim.send(pesan);
	}
}
