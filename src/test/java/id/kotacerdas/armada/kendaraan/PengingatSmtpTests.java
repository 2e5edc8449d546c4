package id.kotacerdas.armada.kendaraan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.armada.pelacakan.PosisiOsmAndTests;
import id.kotacerdas.notifikasi.DenganSaluranUji;
import id.kotacerdas.notifikasi.Notifikasi;
import id.kotacerdas.notifikasi.Percobaan;
import id.kotacerdas.notifikasi.StatusPesan;
import id.kotacerdas.platform.Waktu;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 10: a reminder whose mail server is down is not lost. The attempt fails and is recorded,
 * the next one is scheduled later; once SMTP works the reminder arrives, and the delivery record
 * shows both attempts.
 */
class PengingatSmtpTests extends DenganSaluranUji {

	@Autowired
	PengingatJatuhTempo pengingat;

	@Autowired
	Notifikasi notifikasi;

	@Autowired
	StafUji staf;

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aReminderWithSmtpDownIsRetriedAndDeliveredLater() throws Exception {
		String admin = staf.adminOpd("Dishub");
		String plat = "DH " + (int) (System.nanoTime() % 9000 + 1000) + " SM";
		long kendaraan = PosisiOsmAndTests.daftarkan(mvc, json, staf.opdId("Dishub"), plat, "sm-" + System.nanoTime());
		LocalDate tempo = LocalDate.now(Waktu.WITA).plusDays(7);
		jdbc.sql("UPDATE armada.kendaraan SET jatuh_tempo_pajak = ? WHERE id = ?").params(tempo, kendaraan).update();

		assertThat(pengingat.kirim()).isPositive();
		String alamat = admin + "@uji.invalid";
		StatusPesan antre = notifikasi.untuk(Notifikasi.EMAIL, alamat).stream().filter(s -> !s.terkirim()).findFirst().orElseThrow();
		assertThat(antre.riwayat()).isEmpty();

		// SMTP is configured but nothing answers on its port: the attempt fails, is recorded, and the next one waits
		Instant sebelum = Instant.now();
		notifikasi.kirimTertunda();
		StatusPesan gagal = notifikasi.status(antre.id()).orElseThrow();
		assertThat(gagal.terkirim()).isFalse();
		assertThat(gagal.riwayat()).singleElement().satisfies(p -> {
			assertThat(p.saluran()).as("the real channel, never the development log").isEqualTo(Notifikasi.EMAIL);
			assertThat(p.berhasil()).isFalse();
			assertThat(p.galat()).isNotBlank().hasSizeLessThanOrEqualTo(500);
		});
		assertThat(gagal.berikutnya()).isAfter(sebelum.plus(Duration.ofSeconds(50)));

		GreenMail smtp = new GreenMail(new ServerSetup(PORT_SMTP, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		try {
			// working again, but the pause is not over: nothing goes out yet
			notifikasi.kirimTertunda();
			assertThat(smtp.getReceivedMessages()).isEmpty();
			assertThat(notifikasi.status(antre.id()).orElseThrow().riwayat()).hasSize(1);

			// the pause is over
			jdbc.sql("update notifikasi.kotak_keluar set berikutnya = now() where id = ?").param(antre.id()).update();
			notifikasi.kirimTertunda();

			MimeMessage[] surel = smtp.getReceivedMessages();
			assertThat(surel).hasSize(1);
			assertThat(surel[0].getAllRecipients()[0].toString()).isEqualTo(alamat);
			assertThat(surel[0].getSubject())
				.isEqualTo("SiHebat: pajak kendaraan " + plat + " jatuh tempo " + Waktu.formatTanggal(tempo, Locale.forLanguageTag("id")));
			assertThat(GreenMailUtil.getBody(surel[0])).contains("dalam 7 hari");
			StatusPesan terkirim = notifikasi.status(antre.id()).orElseThrow();
			assertThat(terkirim.terkirim()).isTrue();
			assertThat(terkirim.riwayat()).extracting(Percobaan::berhasil).containsExactly(false, true);
			assertThat(terkirim.riwayat()).extracting(Percobaan::saluran).containsOnly(Notifikasi.EMAIL);
			assertThat(terkirim.riwayat().get(1).waktu()).isAfter(terkirim.riwayat().get(0).waktu());
		}
		finally {
			smtp.stop();
		}
	}
}
