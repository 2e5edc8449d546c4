package id.kotacerdas.pengaduan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import id.kotacerdas.notifikasi.DenganSaluranUji;
import id.kotacerdas.ServerUji;
import id.kotacerdas.notifikasi.Notifikasi;
import id.kotacerdas.pengaduan.DataUjiPengaduan;
import id.kotacerdas.pengaduan.LaporanBaru;
import id.kotacerdas.pengaduan.TandaTerima;
import id.kotacerdas.wilayah.Wilayah;

/** With an SMS gateway configured, a lost link asked for by phone goes out through it, and the form no longer says SMS is unavailable. */
class TautanLewatGatewayTests extends DenganSaluranUji {

	private static final Pattern TAUTAN = Pattern.compile("/pengaduan/tindak-lanjut/([A-Za-z0-9_-]{20,})");

	@Autowired
	MockMvc mvc;

	@Autowired
	PengaduanService layanan;

	@Autowired
	Notifikasi notifikasi;

	@Autowired
	Wilayah wilayah;

	@Test
	void aLostLinkForAPhoneGoesThroughTheSmsGateway() throws Exception {
		String telepon = "0812-5555-" + (int) (System.nanoTime() % 9000 + 1000);
		TandaTerima t = layanan.ajukan(new LaporanBaru("sampah", "Sampah di selokan", null, null, DataUjiPengaduan.kelurahan(wilayah, 4).kode(),
				null, "Ani", telepon, null, false, false, Map.of(), List.of(), "web"));
		assertThat(mvc.perform(get("/pengaduan/tautan")).andReturn().getResponse().getContentAsString())
			.doesNotContain("Pengiriman lewat SMS belum tersedia");

		mvc.perform(post("/pengaduan/tautan").param("nomor", t.nomor()).param("kontak", telepon).with(csrf()))
			.andExpect(status().isFound());
		notifikasi.kirimTertunda();

		String nohp = telepon.replace("-", "");
		List<ServerUji.Permintaan> sms = GATEWAY.diterima().stream().filter(p -> p.isi().startsWith("nohp=" + nohp + "&")).toList();
		assertThat(sms).hasSize(1);
		String pesan = URLDecoder.decode(sms.get(0).isi().substring(sms.get(0).isi().indexOf("pesan=") + "pesan=".length()), StandardCharsets.UTF_8);
		assertThat(pesan).contains(t.nomor());
		Matcher baru = TAUTAN.matcher(pesan);
		assertThat(baru.find()).isTrue();
		assertThat(baru.group(1)).isNotEqualTo(t.tokenTindakLanjut());
		mvc.perform(get("/pengaduan/tindak-lanjut/" + baru.group(1))).andExpect(status().isOk());
		assertThat(notifikasi.untuk(Notifikasi.SMS, telepon)).singleElement().satisfies(s -> assertThat(s.terkirim()).isTrue());
	}
}
