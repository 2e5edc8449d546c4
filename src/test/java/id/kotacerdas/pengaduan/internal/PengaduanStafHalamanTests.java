package id.kotacerdas.pengaduan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.TimTrc;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.pengaduan.DataUjiPengaduan;
import id.kotacerdas.pengaduan.LaporanBaru;
import id.kotacerdas.pengaduan.TandaTerima;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/** The staff pages as each role gets them: what is offered, what is refused and how, who sees the reporter. */
@IntegrationTest
class PengaduanStafHalamanTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PengaduanService layanan;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Wilayah wilayah;

	Kelurahan kel;

	TimTrc tim;

	RequestPostProcessor petugas;

	/** Each test works in a kelurahan of its own with a team of its own, so its counts are its alone. */
	private void di(int kelurahanKe) {
		kel = DataUjiPengaduan.kelurahan(wilayah, kelurahanKe);
		tim = staf.tim("DLHK", Set.of(kel.kode()));
		petugas = user(staf.pengguna(Peran.PETUGAS_TRC, "DLHK", tim.id())).roles("PETUGAS_TRC");
	}

	private TandaTerima ajukan(boolean anonim) {
		return layanan.ajukan(new LaporanBaru("sampah", "Sampah di selokan", kel.lat(), kel.lon(), null, "Gang Mawar", "Yohana Lete",
				"0812 3456 789", "yohana@contoh.id", anonim, false, Map.of("volume", List.of("banyak")), List.of(), "web"));
	}

	private String halaman(String nomor, RequestPostProcessor siapa) throws Exception {
		return mvc.perform(get("/staf/pengaduan/" + nomor).with(siapa)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private void tindak(String nomor, String aksi, String teks) throws Exception {
		mvc.perform(post("/staf/pengaduan/" + nomor + "/tindakan").with(petugas).with(csrf()).param("aksi", aksi).param("teks", teks))
			.andExpect(status().is3xxRedirection());
	}

	private long kontakDilihat(String nomor) {
		return jdbc.sql("SELECT count(*) FROM audit.catatan WHERE aksi = 'pengaduan.kontak-dilihat' AND id_objek = ?").param(nomor)
			.query(Long.class).single();
	}

	/** The values of the action list, and the one selected. */
	private static List<String> opsi(String html) {
		String select = html.substring(html.indexOf("<select id=\"aksi\""), html.indexOf("</select>", html.indexOf("<select id=\"aksi\"")));
		Matcher m = Pattern.compile("<option value=\"([A-Z_]+)\"( selected=\"selected\")?").matcher(select);
		List<String> hasil = new java.util.ArrayList<>();
		while (m.find()) {
			hasil.add(m.group(1) + (m.group(2) == null ? "" : "*"));
		}
		return hasil;
	}

	@Test
	void theHandlingOfficerSeesTheNamedReportersContactLeadershipAndAnonymousReportsDoNot() throws Exception {
		di(10);
		String nomor = ajukan(false).nomor();
		String html = halaman(nomor, petugas);
		assertThat(html).contains("Yohana Lete", "href=\"tel:08123456789\"", "href=\"mailto:yohana@contoh.id\"")
			// the category's answers in words, not as JSON codes
			.contains(">Perkiraan banyaknya sampah<", ">Banyak (satu truk atau lebih)<").doesNotContain("{&quot;volume&quot;")
			.contains("href=\"https://www.google.com/maps/dir/?api=1&amp;destination=" + String.format(java.util.Locale.ROOT, "%.6f", kel.lat()));

		// who was shown the reporter's contact is on record; those not shown it leave no such entry
		assertThat(kontakDilihat(nomor)).isEqualTo(1);
		String pimpinan = halaman(nomor, user(staf.pengguna(Peran.PIMPINAN, null, null)).roles("PIMPINAN"));
		assertThat(pimpinan).doesNotContain("Yohana Lete").doesNotContain("0812 3456 789").contains("hanya ditampilkan kepada petugas");
		assertThat(kontakDilihat(nomor)).isEqualTo(1);

		String nomorAnonim = ajukan(true).nomor();
		String anonim = halaman(nomorAnonim, petugas);
		assertThat(anonim).doesNotContain("Yohana Lete").doesNotContain("yohana@contoh.id").contains("Anonim");
		assertThat(kontakDilihat(nomorAnonim)).isZero();
	}

	@Test
	void onlyTheActionsValidNowAreOfferedTheNaturalNextStepFirst() throws Exception {
		di(11);
		String nomor = ajukan(false).nomor();
		assertThat(opsi(halaman(nomor, petugas))).containsExactly("VERIFIKASI*", "TOLAK", "BUKAN_WEWENANG", "BALAS", "CATATAN");
		tindak(nomor, "VERIFIKASI", "");
		assertThat(opsi(halaman(nomor, petugas))).containsExactly("PROSES*", "TOLAK", "BUKAN_WEWENANG", "BALAS", "CATATAN");
		tindak(nomor, "PROSES", "Tim menuju lokasi");
		assertThat(opsi(halaman(nomor, petugas))).containsExactly("SELESAI*", "BUKAN_WEWENANG", "BALAS", "CATATAN");
		// an action no longer offered is refused (the page comes back), and nothing changes
		mvc.perform(post("/staf/pengaduan/" + nomor + "/tindakan").with(petugas).with(csrf()).param("aksi", "TOLAK").param("teks", "spam"))
			.andExpect(status().isConflict());
		assertThat(jdbc.sql("select status from pengaduan.pengaduan where nomor = ?").param(nomor).query(String.class).single())
			.isEqualTo("DIPROSES");
	}

	@Test
	void aRefusedActionComesBackWithEveryReasonInWordsAndWhatWasTyped() throws Exception {
		di(12);
		String nomor = ajukan(false).nomor();
		tindak(nomor, "VERIFIKASI", "");
		tindak(nomor, "PROSES", "");

		// closing with neither a response nor a photo: both reasons at once
		String keduanya = mvc.perform(multipart("/staf/pengaduan/" + nomor + "/tindakan").with(petugas).with(csrf())
			.param("aksi", "SELESAI").param("teks", ""))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(keduanya).contains("id=\"galat-tindakan\"", "tulis tanggapan kepada pelapor", "sedikitnya satu foto bukti");

		// the response was typed: it stays, with the action chosen
		String diketik = mvc.perform(multipart("/staf/pengaduan/" + nomor + "/tindakan").with(petugas).with(csrf())
			.param("aksi", "SELESAI").param("teks", "Sampah sudah diangkut <truk> DLHK"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(diketik).contains("sedikitnya satu foto bukti").doesNotContain("tulis tanggapan kepada pelapor")
			.contains("Sampah sudah diangkut &lt;truk&gt; DLHK</textarea>");
		assertThat(opsi(diketik)).contains("SELESAI*");
		assertThat(jdbc.sql("select status from pengaduan.pengaduan where nomor = ?").param(nomor).query(String.class).single())
			.isEqualTo("DIPROSES");

		// a page left open while someone else moved the report on: the reason names statuses in words
		String basi = mvc.perform(post("/staf/pengaduan/" + nomor + "/tindakan").with(petugas).with(csrf()).param("aksi", "VERIFIKASI"))
			.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
		assertThat(basi).contains("berstatus Diproses").doesNotContain("DIPROSES ke").doesNotContain("pengaduan.status");
		String galat = basi.substring(basi.indexOf("id=\"galat-tindakan\""), basi.indexOf("</div>", basi.indexOf("id=\"galat-tindakan\"")));
		assertThat(galat).doesNotContainPattern("[A-Z]{4,}_?[A-Z]*");
	}

	@Test
	void theDispatchersFormsKeepWhatWasTypedWhenRefused() throws Exception {
		di(14);
		String nomor = ajukan(false).nomor();
		var kominfo = user(staf.adminKominfo()).roles("ADMIN_KOMINFO");
		String salahKetik = mvc.perform(post("/staf/pengaduan/" + nomor + "/gabung").with(kominfo).with(csrf()).param("induk", "KPG-1999-000077"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(salahKetik).contains("id=\"galat-gabung\"", "Tidak ada pengaduan bernomor KPG-1999-000077")
			.contains("value=\"KPG-1999-000077\"");
		String diriSendiri = mvc.perform(post("/staf/pengaduan/" + nomor + "/gabung").with(kominfo).with(csrf()).param("induk", nomor))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(diriSendiri).contains("tidak dapat digabung dengan dirinya sendiri");
		String tanpaInstansi = mvc.perform(post("/staf/pengaduan/" + nomor + "/rute").with(kominfo).with(csrf())
			.param("opdId", "999999").param("keterangan", "Ini urusan saluran air"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(tanpaInstansi).contains("id=\"galat-rute\"", "value=\"Ini urusan saluran air\"");
		assertThat(jdbc.sql("select status from pengaduan.pengaduan where nomor = ?").param(nomor).query(String.class).single())
			.isEqualTo("BARU");
	}

	@Test
	void dashboardAndWorklistOpenWithCountsThatLinkToTheFilteredList() throws Exception {
		di(13);
		String baru = ajukan(false).nomor();
		String diam = ajukan(false).nomor();
		jdbc.sql("update pengaduan.pengaduan set tenggat_respons = now() - interval '1 hour' where nomor = ?").param(diam).update();
		String lewat = ajukan(false).nomor();
		layanan.tindakStaf(staf(), lewat, AksiStaf.VERIFIKASI, "", null);
		jdbc.sql("update pengaduan.pengaduan set tenggat_selesai = now() - interval '1 hour' where nomor = ?").param(lewat).update();

		String dasbor = mvc.perform(get("/staf").with(petugas)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(angka(dasbor, "baru")).isEqualTo(2);
		assertThat(angka(dasbor, "respons-terlambat")).isEqualTo(1);
		assertThat(angka(dasbor, "terlambat")).isEqualTo(1);
		assertThat(angka(dasbor, "dibuka-kembali")).isZero();
		assertThat(angka(dasbor, "menunggu-konfirmasi")).isZero();
		// the dispatcher's queue is not the officer's business
		assertThat(dasbor).doesNotContain("saring=bukan-wewenang");

		String terlambat = mvc.perform(get("/staf/pengaduan").param("saring", "terlambat").with(petugas)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(terlambat).contains(lewat).doesNotContain(baru).doesNotContain(diam);
		String belum = mvc.perform(get("/staf/pengaduan").param("saring", "respons-terlambat").with(petugas))
			.andReturn().getResponse().getContentAsString();
		assertThat(belum).contains(diam).doesNotContain(baru).doesNotContain(lewat);
		mvc.perform(get("/staf/pengaduan").param("saring", "semua-yang-aneh").with(petugas)).andExpect(status().isBadRequest());

		String kominfo = mvc.perform(get("/staf").with(user(staf.adminKominfo()).roles("ADMIN_KOMINFO")))
			.andReturn().getResponse().getContentAsString();
		assertThat(kominfo).contains("saring=bukan-wewenang");
	}

	private id.kotacerdas.akun.Staf staf() {
		return new id.kotacerdas.akun.Staf(0, "uji", "Uji", null, Peran.PETUGAS_TRC, tim.opdId(), tim.id(), null, true);
	}

	/** The figure the dashboard shows for a worklist filter. */
	private static long angka(String html, String saring) {
		Matcher m = Pattern.compile("href=\"/staf/pengaduan\\?saring=" + saring + "\"[^>]*>\\s*<span class=\"angka\">(\\d+)</span>")
			.matcher(html);
		assertThat(m.find()).as("a figure for " + saring).isTrue();
		return Long.parseLong(m.group(1));
	}
}
