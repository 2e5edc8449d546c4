package id.kotacerdas.pju.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.berkas.GambarUji;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.pengaduan.DataUjiPengaduan;
import id.kotacerdas.pengaduan.LaporanBaru;
import id.kotacerdas.pengaduan.LayananPengaduan;
import id.kotacerdas.pengaduan.PengaduanAset;
import id.kotacerdas.pengaduan.StatusPengaduan;
import id.kotacerdas.pengaduan.TandaTerima;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/**
 * The complaint ↔ city asset link on the real database, with the street-light pole as the asset:
 * filing names a pole (typed, picked or from its sticker), an unknown id is refused and nothing
 * stored, staff see the pole, the pole's page lists its complaints, and its status follows the
 * complaint until it is resolved with evidence.
 */
@IntegrationTest
class AsetPengaduanTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	LayananPengaduan pengaduan;

	@Autowired
	RegisterTiang register;

	@Autowired
	TiangRepository repo;

	@Autowired
	Wilayah wilayah;

	@Autowired
	DaftarOpd opd;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	/** A lit Dishub pole of its own at a kelurahan's centre. */
	private Tiang tiang(String kode, Kelurahan kel) {
		register.simpan(new Tiang(kode, kel.lat(), kel.lon(), null, "ELTARI-1", 9, JenisLampu.LED, 90, opd.cariSingkatan("Dishub").orElseThrow().id(),
				Sambungan.METER, LocalDate.of(2023, 8, 14), "027/PJU-LED/Dishub/2023", null, StatusTiang.NYALA, Instant.now(),
				SumberStatus.PENDATAAN, null, null));
		return repo.cari(kode).orElseThrow();
	}

	private long jumlahLaporan() {
		return jdbc.sql("select count(*) from pengaduan.pengaduan").query(Long.class).single();
	}

	private StatusTiang statusTiang(String kode) {
		return repo.cari(kode).orElseThrow().status();
	}

	@Test
	void aNamedReporterTypesThePolesIdAndTheReportStandsWhereThePoleStandsAndIsListedOnThePole() throws Exception {
		Kelurahan kel = DataUjiPengaduan.kelurahan(wilayah, 31);
		Tiang t = tiang("UJI-ASET-001", kel);
		// typed in lower case with spaces, no pin, no kelurahan: the pole's place routes the report
		TandaTerima tanda = pengaduan.ajukan(new LaporanBaru("lampu-jalan", "Lampu mati sejak Senin malam", null, null, null, "", "Yanti Bessie",
				"081339001122", null, false, false, Map.of(), List.of(), "web", "  uji-aset-001 "));
		Map<String, Object> baris = jdbc.sql("select aset_jenis, aset_id, lat, lon, kelurahan_kode, nama_pelapor from pengaduan.pengaduan where nomor = ?")
			.param(tanda.nomor()).query().singleRow();
		assertThat(baris).containsEntry("aset_jenis", "pju").containsEntry("aset_id", "UJI-ASET-001").containsEntry("lat", t.lat())
			.containsEntry("lon", t.lon()).containsEntry("kelurahan_kode", kel.kode()).containsEntry("nama_pelapor", "Yanti Bessie");
		assertThat(pengaduan.pengaduanAset("pju", "UJI-ASET-001", 10)).extracting(PengaduanAset::nomor).containsExactly(tanda.nomor());

		// the officer sees the pole on the report, with a link to its page, and the pole's page lists the report
		RequestPostProcessor petugas = user(staf.petugasTrc("Dishub")).roles("PETUGAS_TRC");
		String rinci = mvc.perform(get("/staf/pengaduan/" + tanda.nomor()).with(petugas)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(rinci).contains("Tiang lampu jalan", "UJI-ASET-001 · " + kel.nama(), "href=\"/staf/pju/UJI-ASET-001\"");
		String halamanTiang = mvc.perform(get("/staf/pju/UJI-ASET-001").with(petugas)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(halamanTiang).contains(tanda.nomor());
	}

	@Test
	void anUnknownIdIsRefusedWithAClearFourHundredAndNothingIsStored() throws Exception {
		Kelurahan kel = DataUjiPengaduan.kelurahan(wilayah, 32);
		tiang("UJI-ASET-002", kel);
		long sebelum = jumlahLaporan();
		assertThatThrownBy(() -> pengaduan.ajukan(new LaporanBaru("lampu-jalan", "Lampu mati", kel.lat(), kel.lon(), null, "", null, null, null,
				true, false, Map.of(), List.of(), "web", "PJU-TIDAK-ADA")))
			.isInstanceOf(PermintaanDitolakException.class).extracting(e -> ((PermintaanDitolakException) e).status().value()).isEqualTo(400);
		// the web form: 400, the message beside the field, what was typed kept
		String html = mvc.perform(multipart("/pengaduan").with(csrf()).param("kategori", "lampu-jalan").param("deskripsi", "Lampu mati total")
				.param("lat", String.valueOf(kel.lat())).param("lon", String.valueOf(kel.lon())).param("aset", "PJU-TIDAK-ADA").param("nama", "Yanti"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Nomor &quot;PJU-TIDAK-ADA&quot; tidak ditemukan", "href=\"#aset\"", "value=\"PJU-TIDAK-ADA\"", "Lampu mati total");
		// the JSON API: 400 problem
		mvc.perform(post("/api/pengaduan").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
				{"kategori":"lampu-jalan","deskripsi":"Lampu mati","lat":%s,"lon":%s,"anonim":true,"aset":"PJU-TIDAK-ADA"}"""
			.formatted(kel.lat(), kel.lon()))).andExpect(status().isBadRequest());
		assertThat(jumlahLaporan()).isEqualTo(sebelum);
		// a category that asks for no asset ignores an id
		TandaTerima sampah = pengaduan.ajukan(new LaporanBaru("sampah", "Sampah di bawah tiang", kel.lat(), kel.lon(), null, "", null, null, null,
				true, false, Map.of(), List.of(), "web", "UJI-ASET-002"));
		assertThat(jdbc.sql("select aset_id from pengaduan.pengaduan where nomor = ?").param(sampah.nomor()).query(String.class).optional())
			.isEmpty();
	}

	@Test
	void theStickersLinkOpensTheFormWithThePoleItsCategoryAndItsPlace() throws Exception {
		Kelurahan kel = DataUjiPengaduan.kelurahan(wilayah, 33);
		tiang("UJI-ASET-003", kel);
		String html = mvc.perform(get("/pengaduan/baru").param("jenisAset", "pju").param("aset", "UJI-ASET-003")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("value=\"lampu-jalan\" selected=\"selected\"", "value=\"UJI-ASET-003\"",
				"Terpilih: UJI-ASET-003 · " + kel.nama(), "id=\"lat\" value=\"" + kel.lat() + "\"");
		// the asset field shows for every category that asks for an asset (street lights and roads among them)
		assertThat(html).containsPattern("data-kategori=\"[^\"]*\\blampu-jalan\\b[^\"]*\"").containsPattern("data-kategori=\"[^\"]*\\bjalan-rusak\\b[^\"]*\"");
		String salah = mvc.perform(get("/pengaduan/baru").param("jenisAset", "pju").param("aset", "UJI-ASET-999")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(salah).contains("Nomor &quot;UJI-ASET-999&quot; tidak ditemukan").doesNotContain("Terpilih:");
		// the picker under the pin offers the nearest poles
		String dekat = mvc.perform(get("/pengaduan/aset-sekitar").param("kategori", "lampu-jalan").param("lat", String.valueOf(kel.lat()))
				.param("lon", String.valueOf(kel.lon()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(dekat).contains("data-aset-id=\"UJI-ASET-003\"");
	}

	@Test
	void thePoleGoesDarkWhenTheComplaintIsAcceptedAndLitOnlyWhenItIsResolvedWithEvidence() throws Exception {
		Kelurahan kel = DataUjiPengaduan.kelurahan(wilayah, 34);
		tiang("UJI-ASET-004", kel);
		String nomor = pengaduan.ajukan(new LaporanBaru("lampu-jalan", "Gelap total di tikungan", null, null, null, "", "Markus Ndolu", null,
				"markus@contoh.id", false, false, Map.of(), List.of(), "web", "UJI-ASET-004")).nomor();
		assertThat(statusTiang("UJI-ASET-004")).isEqualTo(StatusTiang.NYALA);
		RequestPostProcessor petugas = user(staf.petugasTrc("Dishub")).roles("PETUGAS_TRC");
		tindak(nomor, "VERIFIKASI", "", petugas);
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> statusTiang("UJI-ASET-004") == StatusTiang.MATI);
		assertThat(repo.cari("UJI-ASET-004").orElseThrow().pengaduanNomor()).isEqualTo(nomor);
		tindak(nomor, "PROSES", "Tim menuju lokasi", petugas);
		// resolving without a photo is refused (pengaduan's rule): the pole stays dark
		mvc.perform(multipart("/staf/pengaduan/" + nomor + "/tindakan").with(petugas).with(csrf()).param("aksi", "SELESAI")
			.param("teks", "Lampu diganti")).andExpect(status().isBadRequest());
		// a patrol's "lit" does not overrule the open complaint
		Tiang t = repo.cari("UJI-ASET-004").orElseThrow();
		assertThat(t.dariPatroli(StatusTiang.NYALA).berubah()).isFalse();
		mvc.perform(multipart("/staf/pengaduan/" + nomor + "/tindakan").file(new MockMultipartFile("foto", "bukti.png", "image/png",
				GambarUji.png(64, 48))).with(petugas).with(csrf()).param("aksi", "SELESAI").param("teks", "Lampu LED 90 W diganti"))
			.andExpect(status().is3xxRedirection());
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> statusTiang("UJI-ASET-004") == StatusTiang.NYALA);
		assertThat(repo.cari("UJI-ASET-004").orElseThrow().pengaduanNomor()).isNull();
		assertThat(repo.riwayat("UJI-ASET-004", 10)).filteredOn(TiangRepository.Peristiwa::berubah)
			.extracting(TiangRepository.Peristiwa::status, TiangRepository.Peristiwa::sumber)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(StatusTiang.NYALA, SumberStatus.PENGADUAN),
					org.assertj.core.groups.Tuple.tuple(StatusTiang.MATI, SumberStatus.PENGADUAN));
		assertThat(pengaduan.pengaduanAset("pju", "UJI-ASET-004", 5)).extracting(PengaduanAset::status).containsExactly(StatusPengaduan.SELESAI);
	}

	private void tindak(String nomor, String aksi, String teks, RequestPostProcessor siapa) throws Exception {
		mvc.perform(post("/staf/pengaduan/" + nomor + "/tindakan").with(siapa).with(csrf()).param("aksi", aksi).param("teks", teks))
			.andExpect(status().is3xxRedirection());
	}
}
