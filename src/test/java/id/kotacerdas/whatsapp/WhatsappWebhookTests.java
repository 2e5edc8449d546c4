package id.kotacerdas.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import id.kotacerdas.berkas.GambarUji;
import id.kotacerdas.notifikasi.Notifikasi;
import id.kotacerdas.pengaduan.DataUjiPengaduan;
import id.kotacerdas.pengaduan.LayananPengaduan;
import id.kotacerdas.pengaduan.PengaduanPublik;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/**
 * The webhook with the Cloud API's recorded payloads against a local server playing the
 * platform: challenge, signature, a whole conversation to a routed report with photo and place,
 * retries, follow-up in the chat, notifications and delivery statuses.
 */
class WhatsappWebhookTests extends DenganWhatsappUji {

	private static final String ADMIN = "kominfo.wa.uji";

	@Autowired
	LayananPengaduan pengaduan;

	@Autowired
	Notifikasi notifikasi;

	@Autowired
	Wilayah wilayah;

	Kelurahan kel;

	@BeforeEach
	void siapkan() {
		kel = DataUjiPengaduan.kelurahan(wilayah, 2);
		DataUjiPengaduan.pengguna(jdbc, ADMIN, "ADMIN_KOMINFO", null, null);
	}

	@Test
	void subscriptionChallengeAnswersOnlyTheRightToken() throws Exception {
		mvc.perform(get("/whatsapp/webhook").param("hub.mode", "subscribe").param("hub.verify_token", VERIFY_TOKEN)
			.param("hub.challenge", "1158201444")).andExpect(status().isOk()).andExpect(content().string("1158201444"));
		mvc.perform(get("/whatsapp/webhook").param("hub.mode", "subscribe").param("hub.verify_token", "tebakan")
			.param("hub.challenge", "1158201444")).andExpect(status().isForbidden());
	}

	@Test
	void wrongSignatureIs401AndStoresNothing() throws Exception {
		String dari = nomorBaru();
		String id = wamid();
		byte[] isi = payload("pesan-teks.json", Map.of("dari", dari, "wamid", id, "teks", "Halo")).getBytes(StandardCharsets.UTF_8);
		mvc.perform(post("/whatsapp/webhook").contentType(MediaType.APPLICATION_JSON).content(isi)
			.header("X-Hub-Signature-256", tanda(isi, "rahasia-lain"))).andExpect(status().isUnauthorized());
		mvc.perform(post("/whatsapp/webhook").contentType(MediaType.APPLICATION_JSON).content(isi)).andExpect(status().isUnauthorized());
		// signed, then one byte changed: the signature no longer matches
		String sah = tanda(isi, APP_SECRET);
		byte[] diubah = new String(isi, StandardCharsets.UTF_8).replace("Halo", "Hola").getBytes(StandardCharsets.UTF_8);
		mvc.perform(post("/whatsapp/webhook").contentType(MediaType.APPLICATION_JSON).content(diubah).header("X-Hub-Signature-256", sah))
			.andExpect(status().isUnauthorized());
		assertThat(jdbc.sql("select count(*) from whatsapp.pesan_masuk where wamid = ?").param(id).query(Long.class).single()).isZero();
		assertThat(PLATFORM.terkirimKe(dari)).isEmpty();
	}

	@Test
	void signedBodyThatIsNoNotificationIs400() throws Exception {
		byte[] isi = "{\"halo\": 1}".getBytes(StandardCharsets.UTF_8);
		mvc.perform(post("/whatsapp/webhook").contentType(MediaType.APPLICATION_JSON).content(isi).header("X-Hub-Signature-256",
				tanda(isi, APP_SECRET))).andExpect(status().isBadRequest());
	}

	@Test
	void aWholeConversationFilesOneRoutedReportWithPhotoAndPlaceAndARetryFilesNothingTwice() throws Exception {
		String dari = nomorBaru();
		String konfirmasi = laporLengkap(kel, dari, "media-" + dari, false);
		String nomor = nomorLaporan(dari);
		assertThat(terakhirKe(dari)).contains(nomor).contains("/pengaduan/tindak-lanjut/");
		Map<String, Object> r = jdbc.sql("""
				select p.kategori_kode, p.lat, p.lon, p.kelurahan_kode, p.anonim, p.rahasia, o.singkatan, p.atribut::text as atribut,
				  (select count(*) from pengaduan.foto f where f.pengaduan_id = p.id) as foto
				from pengaduan.pengaduan p join opd.opd o on o.id = p.opd_id where p.nomor = ?""").param(nomor).query().singleRow();
		assertThat(r.get("kategori_kode")).isEqualTo("jalan-rusak");
		assertThat(r.get("singkatan")).isEqualTo("PUPR");
		assertThat(r.get("kelurahan_kode")).isEqualTo(kel.kode());
		assertThat((Double) r.get("lat")).isEqualTo(kel.lat());
		assertThat(r.get("foto")).isEqualTo(1L);
		assertThat(r.get("anonim")).isEqualTo(false);
		assertThat(r.get("atribut")).isEqualTo("{\"bahaya\": [\"motor\", \"macet\"], \"ukuran\": 12.5}");
		// the photo went through berkas: re-encoded, its GPS position gone
		PengaduanPublik publik = pengaduan.publik(nomor).orElseThrow();
		byte[] foto = mvc.perform(get(publik.foto().get(0))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(GambarUji.mengandung(foto, "Exif")).isFalse();
		// the transcript is the report's
		assertThat(jdbc.sql("select count(*) from whatsapp.transkrip where nomor = ? and masuk").param(nomor).query(Long.class).single())
			.isGreaterThanOrEqualTo(9);
		// staff who handle it read the chat beside the reporter's number
		String halaman = mvc.perform(get("/staf/pengaduan/" + nomor).with(user(ADMIN).roles("ADMIN_KOMINFO"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(halaman).contains("id=\"transkrip-whatsapp\"").contains("Selamat pagi").contains("+" + dari);

		// the platform retries the confirmation: stored once, filed once, answered once
		int terkirim = PLATFORM.terkirimKe(dari).size();
		assertThat(kirimWebhook(konfirmasi)).isEqualTo(200);
		assertThat(jdbc.sql("select count(*) from pengaduan.pengaduan where telepon_pelapor = ?").param("+" + dari).query(Long.class)
			.single()).isEqualTo(1);
		assertThat(PLATFORM.terkirimKe(dari)).hasSize(terkirim);
	}

	@Test
	void aStatusChangeSendsOneMessageToTheReporterAndDeliveryStatusesAreRecorded() throws Exception {
		String dari = nomorBaru();
		laporLengkap(kel, dari, "media-" + dari, true);
		String nomor = nomorLaporan(dari);
		notifikasi.kirimTertunda();
		int sebelum = PLATFORM.terkirimKe(dari).size();
		mvc.perform(post("/staf/pengaduan/" + nomor + "/tindakan").param("aksi", "VERIFIKASI")
			.with(user(ADMIN).roles("ADMIN_KOMINFO")).with(csrf())).andExpect(status().is3xxRedirection());
		notifikasi.kirimTertunda();
		notifikasi.kirimTertunda();
		List<PlatformUji.Terkirim> baru = PLATFORM.terkirimKe(dari).subList(sebelum, PLATFORM.terkirimKe(dari).size());
		assertThat(baru).hasSize(1);
		// inside the 24-hour window: a free-form text
		assertThat(baru.get(0).isi()).contains("\"type\":\"text\"").contains(nomor).contains("Diverifikasi");
		// an anonymous report's number stays hidden from staff, the message still reached it
		String halaman = mvc.perform(get("/staf/pengaduan/" + nomor).with(user(ADMIN).roles("ADMIN_KOMINFO"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(halaman).doesNotContain(dari.substring(2)).doesNotContain("transkrip-whatsapp").doesNotContain("Selamat pagi");

		String wamid = baru.get(0).wamid();
		kirimWebhook(payload("status.json", Map.of("dari", dari, "wamid", wamid, "status", "sent")));
		kirimWebhook(payload("status.json", Map.of("dari", dari, "wamid", wamid, "status", "read")));
		kirimWebhook(payload("status.json", Map.of("dari", dari, "wamid", wamid, "status", "delivered")));
		Map<String, Object> s = jdbc.sql("select terkirim, sampai, dibaca, gagal from whatsapp.pesan_keluar where wamid = ?").param(wamid)
			.query().singleRow();
		assertThat(s.get("terkirim")).isNotNull();
		assertThat(s.get("sampai")).isNotNull();
		assertThat(s.get("dibaca")).isNotNull();
		assertThat(s.get("gagal")).isNull();
	}

	@Test
	void outsideTheCustomerServiceWindowTheApprovedTemplateIsUsed() throws Exception {
		String dari = nomorBaru();
		laporLengkap(kel, dari, "media-" + dari, false);
		String nomor = nomorLaporan(dari);
		notifikasi.kirimTertunda();
		jdbc.sql("update whatsapp.pesan_masuk set waktu = waktu - interval '25 hours' where telepon = ?").param(dari).update();
		int sebelum = PLATFORM.terkirimKe(dari).size();
		mvc.perform(post("/staf/pengaduan/" + nomor + "/tindakan").param("aksi", "BALAS").param("teks", "Tim PUPR meninjau besok pagi.")
			.with(user(ADMIN).roles("ADMIN_KOMINFO")).with(csrf())).andExpect(status().is3xxRedirection());
		notifikasi.kirimTertunda();
		List<PlatformUji.Terkirim> semua = PLATFORM.terkirimKe(dari);
		assertThat(semua).hasSize(sebelum + 1);
		assertThat(semua.get(sebelum).isi()).contains("\"type\":\"template\"").contains("\"name\":\"kota_cerdas_pemberitahuan\"")
			.contains("\"code\":\"id\"").contains(nomor);
		String wamid = semua.get(sebelum).wamid();
		kirimWebhook(payload("status-gagal.json", Map.of("dari", dari, "wamid", wamid)));
		assertThat(jdbc.sql("select galat from whatsapp.pesan_keluar where wamid = ? and gagal is not null").param(wamid).query(String.class)
			.single()).isEqualTo("Re-engagement message");
	}

	@Test
	void statusFromAnotherNumberRevealsNothing() throws Exception {
		String pelapor = nomorBaru();
		laporLengkap(kel, pelapor, "media-" + pelapor, false);
		String nomor = nomorLaporan(pelapor);
		teks(pelapor, "status " + nomor);
		assertThat(terakhirKe(pelapor)).contains(nomor).contains("Jalan rusak").contains("Baru");

		String lain = nomorBaru();
		teks(lain, "status " + nomor);
		String jawaban = terakhirKe(lain);
		String tidakAda = "KPG-2019-000001";
		teks(lain, "status " + tidakAda);
		// word for word the answer for a number that does not exist
		assertThat(jawaban.replace(nomor, "#")).isEqualTo(terakhirKe(lain).replace(tidakAda, "#"));
		assertThat(jawaban).doesNotContain("Jalan rusak").doesNotContain("Baru").doesNotContain("Target");
		// nor may it act on the report
		teks(lain, "info " + nomor + " Ini tambahan dari orang lain");
		assertThat(jdbc.sql("select count(*) from pengaduan.riwayat r join pengaduan.pengaduan p on p.id = r.pengaduan_id "
				+ "where p.nomor = ? and r.jenis = 'INFORMASI_WARGA'").param(nomor).query(Long.class).single()).isZero();
		// its reporter may
		teks(pelapor, "info " + nomor + " Lubangnya makin lebar setelah hujan semalam");
		assertThat(terakhirKe(pelapor)).contains("sudah kami teruskan");
	}
}
