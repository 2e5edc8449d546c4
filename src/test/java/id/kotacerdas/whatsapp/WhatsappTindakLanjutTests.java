package id.kotacerdas.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import id.kotacerdas.ServerUji;
import id.kotacerdas.berkas.GambarUji;
import id.kotacerdas.notifikasi.Notifikasi;
import id.kotacerdas.notifikasi.StatusPesan;
import id.kotacerdas.pengaduan.DataUjiPengaduan;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/**
 * Follow-up on WhatsApp: the conversation's replies go through the outbox (recorded, retried after
 * an outage), a lost private link is re-sent in the chat, and a change the reporter makes in the
 * chat is answered by one message, not also by the status notification.
 */
class WhatsappTindakLanjutTests extends DenganWhatsappUji {

	private static final String ADMIN = "kominfo.wa.tl.uji";

	private static final Pattern TAUTAN = Pattern.compile("/pengaduan/tindak-lanjut/([A-Za-z0-9_-]{20,})");

	@Autowired
	Notifikasi notifikasi;

	@Autowired
	Wilayah wilayah;

	Kelurahan kel;

	@BeforeEach
	void siapkan() {
		kel = DataUjiPengaduan.kelurahan(wilayah, 6);
		DataUjiPengaduan.pengguna(jdbc, ADMIN, "ADMIN_KOMINFO", null, null);
	}

	@Test
	void conversationRepliesGoThroughTheOutboxAndAreRetriedAfterAnOutage() throws Exception {
		String dari = nomorBaru();
		teks(dari, "Selamat sore");
		List<StatusPesan> balasan = notifikasi.untuk(Notifikasi.WHATSAPP, "+" + dari);
		assertThat(balasan).hasSize(2).allSatisfy(s -> {
			assertThat(s.templat()).isEqualTo("whatsapp.balasan");
			assertThat(s.terkirim()).isTrue();
		});
		assertThat(PLATFORM.terkirimKe(dari)).hasSize(2);
		assertThat(PLATFORM.terkirimKe(dari).get(1).isi()).contains("\"type\":\"interactive\"", "\"type\":\"list\"");

		// the Cloud API is down: the reply waits in the outbox, its failure recorded
		PLATFORM.server().akanMenjawab(new ServerUji.Jawaban(503, "{\"error\":{\"message\":\"Service temporarily unavailable\",\"code\":2}}"));
		teks(dari, "1");
		List<StatusPesan> sesudah = notifikasi.untuk(Notifikasi.WHATSAPP, "+" + dari);
		StatusPesan gagal = sesudah.get(2);
		assertThat(gagal.terkirim()).isFalse();
		assertThat(gagal.riwayat()).singleElement().satisfies(p -> assertThat(p.galat()).contains("503"));
		assertThat(PLATFORM.terkirimKe(dari)).hasSize(2);
		assertThat(jdbc.sql("select count(*) from whatsapp.pesan_keluar where telepon = ? and gagal is not null").param(dari)
			.query(Long.class).single()).isOne();

		// its retry is due (after the outbox's pause): it goes out, as it was
		jdbc.sql("update notifikasi.kotak_keluar set berikutnya = now() where id = ?").param(gagal.id()).update();
		notifikasi.kirimTertunda();
		assertThat(notifikasi.status(gagal.id()).orElseThrow().terkirim()).isTrue();
		assertThat(PLATFORM.terkirimKe(dari)).hasSize(3);
		assertThat(PLATFORM.terkirimKe(dari).get(2).isi()).contains("Ceritakan masalahnya");
	}

	@Test
	void aLostLinkOfAWhatsappReportIsResentInTheChat() throws Exception {
		String dari = nomorBaru();
		laporLengkap(kel, dari, "media-" + dari, false);
		String nomor = nomorLaporan(dari);
		String tokenLama = token(terakhirKe(dari));

		mvc.perform(post("/pengaduan/tautan").param("nomor", nomor).param("kontak", "0" + dari.substring(2)).with(csrf()).with(r -> {
			r.setRemoteAddr("10.61.0.7");
			return r;
		})).andExpect(status().isFound());
		notifikasi.kirimTertunda();
		String pesan = terakhirKe(dari);
		assertThat(pesan).contains("\"type\":\"text\"", "Tautan baru pengaduan " + nomor);
		String tokenBaru = token(pesan);
		assertThat(tokenBaru).isNotEqualTo(tokenLama);
		mvc.perform(get("/pengaduan/tindak-lanjut/" + tokenBaru)).andExpect(status().isOk());
		mvc.perform(get("/pengaduan/tindak-lanjut/" + tokenLama)).andExpect(status().isNotFound());
		assertThat(notifikasi.untuk(Notifikasi.SMS, "+" + dari)).as("not by SMS").isEmpty();
	}

	@Test
	void confirmingReopeningAndRatingInTheChatSendOneMessageEach() throws Exception {
		String dari = nomorBaru();
		laporLengkap(kel, dari, "media-" + dari, false);
		String nomor = nomorLaporan(dari);
		staf(nomor, "VERIFIKASI");
		staf(nomor, "PROSES");
		selesai(nomor);

		int sebelum = kirimSemua(dari);
		teks(dari, "buka " + nomor + " Lubangnya masih ada, hanya ditimbun tanah");
		assertThat(baruSejak(dari, sebelum)).singleElement().satisfies(t -> assertThat(t).contains("dibuka kembali"));
		assertThat(statusLaporan(nomor)).isEqualTo("DIBUKA_KEMBALI");

		staf(nomor, "PROSES");
		selesai(nomor);
		sebelum = kirimSemua(dari);
		teks(dari, "selesai " + nomor);
		assertThat(baruSejak(dari, sebelum)).singleElement().satisfies(t -> assertThat(t).contains("kami tutup sebagai selesai"));
		assertThat(statusLaporan(nomor)).isEqualTo("DITUTUP");

		sebelum = kirimSemua(dari);
		teks(dari, "nilai " + nomor + " 4");
		assertThat(baruSejak(dari, sebelum)).singleElement().satisfies(t -> assertThat(t).contains("penilaian 4"));
		assertThat(jdbc.sql("select penilaian from pengaduan.pengaduan where nomor = ?").param(nomor).query(Integer.class).single())
			.isEqualTo(4);
	}

	/** Sends whatever is due and answers how many messages the number has had. */
	private int kirimSemua(String dari) {
		notifikasi.kirimTertunda();
		return PLATFORM.terkirimKe(dari).size();
	}

	/** What reached the number since, once everything due was sent (a second message would show here). */
	private List<String> baruSejak(String dari, int sebelum) {
		notifikasi.kirimTertunda();
		notifikasi.kirimTertunda();
		List<PlatformUji.Terkirim> semua = PLATFORM.terkirimKe(dari);
		return semua.subList(sebelum, semua.size()).stream().map(PlatformUji.Terkirim::isi).toList();
	}

	private void staf(String nomor, String aksi) throws Exception {
		mvc.perform(post("/staf/pengaduan/" + nomor + "/tindakan").param("aksi", aksi).param("teks", "")
			.with(user(ADMIN).roles("ADMIN_KOMINFO")).with(csrf())).andExpect(status().is3xxRedirection());
	}

	private void selesai(String nomor) throws Exception {
		mvc.perform(multipart("/staf/pengaduan/" + nomor + "/tindakan")
			.file(new MockMultipartFile("foto", "bukti.png", "image/png", GambarUji.png(40, 30))).param("aksi", "SELESAI")
			.param("teks", "Lubang sudah ditambal aspal oleh tim PUPR.").with(user(ADMIN).roles("ADMIN_KOMINFO")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(statusLaporan(nomor)).isEqualTo("SELESAI");
	}

	private String statusLaporan(String nomor) {
		return jdbc.sql("select status from pengaduan.pengaduan where nomor = ?").param(nomor).query(String.class).single();
	}

	private static String token(String pesan) {
		Matcher m = TAUTAN.matcher(pesan);
		assertThat(m.find()).as(pesan).isTrue();
		return m.group(1);
	}
}
