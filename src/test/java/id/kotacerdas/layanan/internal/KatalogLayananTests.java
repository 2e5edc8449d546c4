package id.kotacerdas.layanan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.permohonan.MesinPermohonan;
import id.kotacerdas.permohonan.Pemohon;
import id.kotacerdas.permohonan.PermohonanBaru;
import id.kotacerdas.platform.IsianDitolakException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The catalogue as the published standard: what a definition must hold, who may edit it, flow versions, the SIPPN export. */
@IntegrationTest
class KatalogLayananTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	KatalogLayanan katalog;

	@Autowired
	BenihKatalog benih;

	@Autowired
	MesinPermohonan mesin;

	@Autowired
	StafUji stafUji;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper json;

	@Test
	void everySeededServiceIsAValidStandardWithItsFlowInTheEngine() {
		List<BenihKatalog.Entri> entri = benih.baca().layanan();
		assertThat(entri).hasSizeBetween(8, 10);
		for (BenihKatalog.Entri e : entri) {
			JenisLayanan l = katalog.cari(e.kode()).orElseThrow();
			assertThat(l.periksa()).as(e.kode()).isEmpty();
			assertThat(l.alurKode()).as(e.kode()).startsWith("layanan." + e.kode());
			assertThat(l.klasifikasi()).matches("\\d{3}");
			assertThat(l.standar().produk()).isNotBlank();
		}
		assertThat(entri).extracting(BenihKatalog.Entri::tingkat).contains(Tingkat.KELURAHAN, Tingkat.KECAMATAN, Tingkat.PERANGKAT_DAERAH);
		JenisLayanan domisili = katalog.cari("domisili-naikoten-2").orElseThrow();
		assertThat(domisili.langkah()).hasSize(2);
		assertThat(domisili.unit()).isEqualTo("Kelurahan Naikoten II");
		assertThat(domisili.klasifikasi()).isEqualTo("470");
		JenisLayanan pbg = katalog.cari("pbg-si-pejuang").orElseThrow();
		assertThat(pbg.opdLangkah()).hasSize(3);
		assertThat(pbg.standar().batasHariKerja()).isEqualTo(28);
	}

	@Test
	void aStandardMissingComponentsIsRefusedWithEveryProblemAtOnce() {
		JenisLayanan l = benih.jenis(benih.baca().layanan().get(0));
		Standar s = l.standar();
		Standar bolong = new Standar("", "", 1, -5, "", "", "", "", "", "", "", "", "", "", "", 0);
		JenisLayanan salah = new JenisLayanan(null, "Domisili Baru!", "", "", null, l.opdId(), null, "47", bolong,
				List.of(new Isian("keperluan", "Keperluan", Isian.Jenis.PILIHAN, true, List.of("Hanya satu")),
						new Isian("keperluan", "Lagi", Isian.Jenis.TEKS, false, List.of())),
				List.of(), l.langkah(), null, 0, true, 0);
		List<String> kolom = salah.periksa().stream().map(IsianDitolakException.Galat::isian).toList();
		assertThat(kolom).contains("kode", "nama", "tingkat", "klasifikasi", "produk", "pengaduan", "dasarHukum", "sarana", "kompetensi",
				"pengawasan", "jumlahPelaksana", "jaminanPelayanan", "jaminanKeamanan", "evaluasiKinerja", "persyaratan", "biaya",
				"batasHariKerja", "masaBerlakuBulan", "isian[0]", "isian[1]");
		// the published limit cannot be shorter than the steps together
		JenisLayanan terlaluCepat = new JenisLayanan(null, "uji-cepat", l.nama(), "", l.tingkat(), l.opdId(), null, "470",
				new Standar(s.persyaratan(), s.prosedur(), 1, 0, "", s.produk(), s.pengaduan(), s.dasarHukum(), s.sarana(), s.kompetensi(),
						s.pengawasan(), s.jumlahPelaksana(), s.jaminanPelayanan(), s.jaminanKeamanan(), s.evaluasiKinerja(), null),
				l.isian(), l.dokumen(), l.langkah(), null, 0, true, 0);
		assertThat(terlaluCepat.periksa()).extracting(IsianDitolakException.Galat::kodePesan).containsExactly("layanan.galat.batas-kurang");
	}

	private static MockHttpServletRequestBuilder formulir(String url, JenisLayanan l, Map<String, String> ganti) {
		DrafLayanan d = DrafLayanan.dari(l);
		MockHttpServletRequestBuilder b = post(url).with(csrf());
		d.nilai().forEach((k, v) -> b.param(k, ganti.getOrDefault(k, v)));
		baris(b, "isian", d.isian(), ganti);
		baris(b, "dokumen", d.dokumen(), ganti);
		baris(b, "langkah", d.langkah(), ganti);
		return b;
	}

	private static void baris(MockHttpServletRequestBuilder b, String daftar, List<Map<String, String>> rows, Map<String, String> ganti) {
		for (int i = 0; i < rows.size(); i++) {
			for (var e : rows.get(i).entrySet()) {
				String nama = daftar + "[" + i + "]." + e.getKey();
				b.param(nama, ganti.getOrDefault(nama, e.getValue()));
			}
		}
	}

	@Test
	void theOwningAgencysAdministratorEditsAServiceAndAChangedFlowInUseGetsANewCode() throws Exception {
		// a service of the land-use kind, owned by DPMPTSP, published under a code of this test
		JenisLayanan asal = katalog.cari("kkpr-non-usaha").orElseThrow();
		String kode = "uji-kkpr-" + System.nanoTime();
		RequestPostProcessor adminDpmptsp = user(stafUji.adminOpd("DPMPTSP")).roles("ADMIN_OPD");
		RequestPostProcessor adminDlhk = user(stafUji.adminOpd("DLHK")).roles("ADMIN_OPD");
		mvc.perform(formulir("/staf/layanan/baru", asal, Map.of("kode", kode, "versi", "0")).with(adminDlhk)).andExpect(status().isForbidden());
		mvc.perform(formulir("/staf/layanan/baru", asal, Map.of("kode", kode, "versi", "0")).with(adminDpmptsp))
			.andExpect(status().is3xxRedirection());
		JenisLayanan l = katalog.cari(kode).orElseThrow();
		assertThat(l.alurKode()).isEqualTo("layanan." + kode);

		// every problem at once, nothing typed lost, nothing stored
		String html = mvc.perform(formulir("/staf/layanan/" + kode + "/ubah", l, Map.of("nama", "KKPR untuk rumah ibadah", "biaya", "gratis",
				"klasifikasi", "6a", "pengaduan", "", "langkah[1].batasHariKerja", "dua")).with(adminDpmptsp))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Biaya tidak boleh kurang", "Kode klasifikasi arsip", "Wajib diisi", "Tahap ke-2", "KKPR untuk rumah ibadah",
				"value=\"dua\"", "value=\"6a\"");
		assertThat(katalog.cari(kode).orElseThrow().nama()).isEqualTo(asal.nama());

		// a text-only edit keeps the flow; an application is filed; then a changed step gets version 2
		mvc.perform(formulir("/staf/layanan/" + kode + "/ubah", l, Map.of("ringkasan", "Untuk rumah tinggal dan rumah ibadah.")).with(adminDpmptsp))
			.andExpect(status().is3xxRedirection());
		l = katalog.cari(kode).orElseThrow();
		assertThat(l.alurKode()).isEqualTo("layanan." + kode);
		String berjalan = mesin.ajukan(new PermohonanBaru(l.alurKode(), "KKPR rumah tinggal di Oepura", null,
				new Pemohon("5371026006850004", "Ruth Selan", "ruth.selan@contoh.invalid", null))).kode();
		jdbc.sql("insert into layanan.pengajuan (layanan_id, kode_permohonan, alur_kode, isian, dokumen, opd_tahap) values (?, ?, ?, '[]', '[]', '{}')")
			.params(l.id(), berjalan, l.alurKode()).update();
		mvc.perform(formulir("/staf/layanan/" + kode + "/ubah", l, Map.of("langkah[1].batasHariKerja", "5")).with(adminDpmptsp))
			.andExpect(status().is3xxRedirection());
		assertThat(katalog.cari(kode).orElseThrow().alurKode()).isEqualTo("layanan." + kode + ".v2");
		assertThat(mesin.cari(berjalan).orElseThrow().alurKode()).isEqualTo("layanan." + kode);
		// an edit on an outdated page changes nothing
		mvc.perform(formulir("/staf/layanan/" + kode + "/ubah", l, Map.of("nama", "Basi")).with(adminDpmptsp)).andExpect(status().isConflict());
		assertThat(jdbc.sql("select count(*) from audit.catatan where jenis_objek = 'layanan' and id_objek = ?").param(kode).query(Long.class)
			.single()).isEqualTo(3);
		mvc.perform(get("/staf/layanan/" + kode + "/ubah").with(adminDlhk)).andExpect(status().isForbidden());
	}

	@Test
	void theSippnExportCarriesTheFourteenComponentsAsJsonAndSheet() throws Exception {
		JsonNode akar = json.readTree(mvc.perform(get("/layanan/sippn.json")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		assertThat(akar.get("pemerintah_daerah").asText()).isEqualTo("Pemerintah Kota Kupang");
		JsonNode domisili = null;
		for (JsonNode n : akar.get("jenis_layanan")) {
			if (n.get("kode_layanan").asText().equals("domisili-naikoten-2")) {
				domisili = n;
			}
		}
		assertThat(domisili).isNotNull();
		List<String> nama = new ArrayList<>();
		domisili.propertyNames().forEach(nama::add);
		assertThat(nama).contains("persyaratan", "sistem_mekanisme_prosedur", "jangka_waktu", "biaya_tarif", "produk_pelayanan",
				"penanganan_pengaduan_saran_masukan", "dasar_hukum", "sarana_prasarana_fasilitas", "kompetensi_pelaksana", "pengawasan_internal",
				"jumlah_pelaksana", "jaminan_pelayanan", "jaminan_keamanan_keselamatan", "evaluasi_kinerja_pelaksana", "klasifikasi_arsip");
		assertThat(domisili.get("persyaratan").get(0).asText()).isEqualTo("Foto KTP-el pemohon");
		assertThat(domisili.get("sistem_mekanisme_prosedur").get(1).asText()).startsWith("1. Verifikasi berkas di front office");
		assertThat(domisili.get("biaya_tarif").asText()).isEqualTo("Gratis");
		assertThat(domisili.get("jangka_waktu_hari_kerja").asInt()).isEqualTo(2);
		assertThat(domisili.get("penyelenggara").asText()).isEqualTo("Kecamatan Kota Raja");

		byte[] xlsx = mvc.perform(get("/layanan/sippn.xlsx")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook buku = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet lembar = buku.getSheetAt(0);
			int kepala = -1;
			for (Row r : lembar) {
				Cell c = r.getCell(0);
				if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals("Kode layanan")) {
					kepala = r.getRowNum();
				}
			}
			assertThat(kepala).isNotNegative();
			Row judul = lembar.getRow(kepala);
			assertThat(judul.getCell(9).getStringCellValue()).isEqualTo("Jangka waktu (hari kerja)");
			boolean ada = false;
			for (int i = kepala + 1; i <= lembar.getLastRowNum(); i++) {
				Row r = lembar.getRow(i);
				if (r.getCell(0).getStringCellValue().equals("pbg-si-pejuang")) {
					ada = true;
					assertThat(r.getCell(9).getNumericCellValue()).isEqualTo(28);
					assertThat(r.getCell(6).getStringCellValue()).isEqualTo("640");
				}
			}
			assertThat(ada).isTrue();
		}
		mvc.perform(get("/layanan/sippn.docx")).andExpect(status().isBadRequest());
	}

	@Test
	void aServiceOfAnInactiveOrUnknownKindIsNotFound() throws Exception {
		mvc.perform(get("/layanan/tidak-ada-layanan-ini")).andExpect(status().isNotFound());
		assertThatThrownBy(() -> katalog.muatAktif("tidak-ada")).hasMessageContaining("layanan.tidak-ditemukan");
	}
}
