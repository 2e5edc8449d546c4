package id.kotacerdas.masterplan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.pengaduan.DataUjiPengaduan;
import id.kotacerdas.pengaduan.LaporanBaru;
import id.kotacerdas.pengaduan.LayananPengaduan;
import id.kotacerdas.platform.Indikator;
import id.kotacerdas.platform.Periode;
import id.kotacerdas.platform.Waktu;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/**
 * The drill-down by kelurahan: the complaints' "resolved in time" per kelurahan of the report, counted by hand from reports of
 * 2019 (a year no other test or demo record uses), stored with the year's snapshot and shown from it on the public indicator page.
 */
@IntegrationTest
class PerKelurahanTests {

	static final Instant DITERIMA = LocalDateTime.parse("2019-06-03T10:00").atZone(Waktu.WITA).toInstant();

	@Autowired
	LayananPengaduan pengaduan;

	@Autowired
	LayananMasterplan layanan;

	@Autowired
	Wilayah wilayah;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	NilaiLangsung nilaiLangsung;

	@Autowired
	MasterplanRepository repo;

	/** A report pinned in the kelurahan, received at {@link #DITERIMA}, resolution due in 48 h, resolved after the hours given. */
	private void laporan(Kelurahan kel, Integer selesaiJam) {
		String nomor = pengaduan.ajukan(new LaporanBaru("sampah", "Sampah menumpuk di pinggir jalan dekat pasar", kel.lat(), kel.lon(), null, "", "Yakobus Lay",
				"081338001122", "yakobus@contoh.id", false, false, Map.of(), List.of(), "web")).nomor();
		jdbc.sql("""
				update pengaduan.pengaduan set diterima_pada = :d, tenggat_respons = :tr, tenggat_selesai = :ts, direspons_pada = :d,
				  selesai_pada = :s, status = :status where nomor = :nomor""")
			.param("d", Timestamp.from(DITERIMA))
			.param("tr", Timestamp.from(DITERIMA.plus(Duration.ofHours(24))))
			.param("ts", Timestamp.from(DITERIMA.plus(Duration.ofHours(48))))
			.param("s", selesaiJam == null ? null : Timestamp.from(DITERIMA.plus(Duration.ofHours(selesaiJam))))
			.param("status", selesaiJam == null ? "DIPROSES" : "SELESAI")
			.param("nomor", nomor)
			.update();
	}

	private static Indikator.NilaiWilayah dari(List<Indikator.NilaiWilayah> semua, Kelurahan kel) {
		return semua.stream().filter(w -> w.kelurahan().equals(kel.nama()) && w.kecamatan().equals(kel.kecamatan().nama())).findFirst().orElseThrow();
	}

	@Test
	void resolvedInTimePerKelurahanIsTheHandCountAndTheIndicatorPageShowsIt() throws Exception {
		Kelurahan a = DataUjiPengaduan.kelurahan(wilayah, 35);
		Kelurahan b = DataUjiPengaduan.kelurahan(wilayah, 11);
		Kelurahan kosong = DataUjiPengaduan.kelurahan(wilayah, 14);
		// a: resolved after 10 and 47 hours (in time), after 60 (late), one open long past its deadline: 2 of 4
		laporan(a, 10);
		laporan(a, 47);
		laporan(a, 60);
		laporan(a, null);
		// b: resolved after 30 hours: 1 of 1
		laporan(b, 30);

		List<Indikator.NilaiWilayah> semua = layanan.sumber("pengaduan.selesai-tepat-waktu").orElseThrow().perKelurahan(Periode.tahun(2019));
		assertThat(semua).hasSize(wilayah.kelurahan().size());
		assertThat(dari(semua, a).nilai().rasio()).isEqualTo(new Indikator.Rasio(2, 4));
		assertThat(dari(semua, a).nilai().angka()).isEqualByComparingTo(new BigDecimal("50.0"));
		assertThat(dari(semua, b).nilai().rasio()).isEqualTo(new Indikator.Rasio(1, 1));
		assertThat(dari(semua, kosong).nilai().adaData()).isFalse();
		// an indicator whose module has no places keeps the default
		assertThat(layanan.sumber("wifi.cakupan-wilayah-kota").orElseThrow().perKelurahan(Periode.tahun(2019))).isEmpty();

		IndikatorProgram trc = repo.indikator().stream().filter(i -> i.kode().equals("trc-selesai")).findFirst().orElseThrow();
		// (the scheduled refresh may have stored a 2019 snapshot before these reports: computing now replaces it)
		nilaiLangsung.hitung(trc, 2019);
		Cuplikan.PerKelurahan tersimpan = repo.cuplikanKelurahan(trc.id(), 2019).stream()
			.filter(w -> w.kelurahan().equals(a.nama()) && w.kecamatan().equals(a.kecamatan().nama())).findFirst().orElseThrow();
		assertThat(tersimpan.pembilang()).isEqualTo(2);
		assertThat(tersimpan.penyebut()).isEqualTo(4);
		assertThat(repo.cuplikanKelurahan(trc.id(), 2019)).hasSize(wilayah.kelurahan().size());

		// a report late after the snapshot: the page still shows what was stored, with the snapshot's time and source
		laporan(a, 70);
		String html = halaman();
		String dihitung = Waktu.formatTanggalJam(repo.cuplikan(trc.id(), 2019).orElseThrow().dihitungPada());
		assertThat(html).contains("Per kelurahan tempat laporan, tahun 2019", a.nama(), "2 dari 4", "1 dari 1",
				"Rincian ini disimpan bersama angka tahunnya", dihitung);
		assertThat(html).doesNotContain("2 dari 5");
		assertThat(html).doesNotContain(a.kode());
	}

	private String halaman() throws Exception {
		return mvc.perform(get("/masterplan/indikator/trc-selesai").param("tahun", "2019").param("lang", "id")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}
}
