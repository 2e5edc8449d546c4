package id.kotacerdas.notifikasi.internal;

import id.kotacerdas.notifikasi.Saluran;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import id.kotacerdas.notifikasi.Notifikasi;

/**
 * E-mail through SMTP when {@code spring.mail.host} is configured. Without SMTP the channel is not
 * {@link #siap() ready}: messages stay in the outbox untouched and go out once SMTP is configured.
 */
@Component
class SaluranEmail implements Saluran {

	private final ObjectProvider<JavaMailSender> smtp;

	private final NotifikasiProperties properti;

	SaluranEmail(ObjectProvider<JavaMailSender> smtp, NotifikasiProperties properti) {
		this.smtp = smtp;
		this.properti = properti;
	}

	@Override
	public String nama() {
		return Notifikasi.EMAIL;
	}

	@Override
	public boolean siap() {
		return smtp.getIfAvailable() != null;
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
