package id.kotacerdas.kepegawaian.internal.siasn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.kepegawaian.internal.siasn.ImporSiasn.HasilBaris;
import id.kotacerdas.kepegawaian.internal.siasn.ImporSiasn.Laporan;
import id.kotacerdas.kepegawaian.internal.siasn.ImporSiasn.Status;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * The bulk import on a realistic 500-row SIASN sheet: 20 rows spoilt in 20 different ways are each
 * named with their reason and nothing is applied; the clean sheet applies all; a re-import shows
 * field: old → new and applies only that; only BKPPD and Kominfo may import.
 */
@IntegrationTest
class ImporSiasnTests {

	@Autowired
	ImporSiasn impor;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DaftarOpd daftarOpd;

	@Autowired
	MessageSource pesan;

	private Staf staf(Peran peran, String opd) {
		return new Staf(1, "uji.siasn", "Uji", "uji@uji.invalid", peran, opd == null ? null : daftarOpd.cariSingkatan(opd).orElseThrow().id(), null,
				null, true);
	}

	private long jumlah(List<Map<String, String>> baris) {
		List<String> nip = baris.stream().map(b -> b.get("NIP_BARU")).filter(n -> n != null && n.length() == 18).toList();
		return jdbc.sql("SELECT count(*) FROM kepegawaian.pegawai WHERE nip IN (:nip)").param("nip", nip).query(Long.class).single();
	}

	/** Row index (0-based in the data) → the spoilt cell and a word of the expected reason. */
	private record Rusak(int indeks, String kolom, String nilai, String alasan) {
	}

	private static List<Rusak> rusak(List<Map<String, String>> b) {
		String nip0 = b.get(0).get("NIP_BARU");
		String nik1 = b.get(1).get("NIK");
		String lahir = b.get(30).get("TANGGAL_LAHIR");
		return List.of(
				new Rusak(20, "NIP_BARU", nip0.substring(0, 17), "18 angka"),
				new Rusak(40, "TANGGAL_LAHIR", "01-01-1990", "berisi tanggal lahir"),
				new Rusak(60, "JENIS_KELAMIN", "M".equals(b.get(60).get("JENIS_KELAMIN")) ? "F" : "M", "JENIS_KELAMIN"),
				new Rusak(80, "NIP_BARU", b.get(80).get("NIP_BARU").substring(0, 14) + "3" + b.get(80).get("NIP_BARU").substring(15), "jenis kelamin"),
				new Rusak(100, "GOL_AKHIR_ID", "35", "GOL_AKHIR_ID"),
				new Rusak(120, "AGAMA_ID", "9", "AGAMA_ID"),
				new Rusak(140, "TMT_GOLONGAN", "31-02-2020", "bukan tanggal"),
				new Rusak(160, "NAMA", null, "NAMA kosong"),
				new Rusak(180, "NIK", "537104120685123", "NIK tidak sah"),
				new Rusak(200, "NIK", nik1, "baris 3"),
				new Rusak(220, "NIP_BARU", nip0, "sudah ada di baris 2"),
				new Rusak(240, "UNOR_INDUK_NAMA", "Dinas Antah Berantah", "UNOR_INDUK_NAMA"),
				new Rusak(260, "JENIS_PEGAWAI_NAMA", "PPPK", "bukan golongan PPPK"),
				new Rusak(280, "ESELON_ID", "41", "Hanya jabatan struktural"),
				new Rusak(300, "TMT_PNS", "01-01-1980", "TMT_PNS tidak boleh sebelum"),
				new Rusak(320, "TMT_CPNS", "01-01-2024", "bulan pengangkatan"),
				new Rusak(340, "TMT_JABATAN", lahir, "harus sesudah tanggal lahir"),
				new Rusak(360, "JENIS_JABATAN_ID", "7", "JENIS_JABATAN_ID"),
				new Rusak(380, "TANGGAL_LAHIR", null, "TANGGAL_LAHIR kosong"),
				new Rusak(400, "KEDUDUKAN_HUKUM_ID", "55", "KEDUDUKAN_HUKUM_ID"));
	}

	@Test
	void aSheetWithTwentyFaultyRowsNamesEachAndAppliesNothing() {
		List<Map<String, String>> baris = LembarSiasnUji.baris(500, 11, 100);
		// row 200 repeats the NIK of row 1 (data index 1, sheet row 3); row 220 the NIP of sheet row 2
		List<Rusak> rusak = rusak(baris);
		List<Map<String, String>> lembar = new ArrayList<>();
		for (Map<String, String> b : baris) {
			lembar.add(new LinkedHashMap<>(b));
		}
		// the echelon fault needs a functional position to be one
		lembar.get(280).put("JENIS_JABATAN_ID", "2");
		lembar.get(280).put("ESELON_ID", "99");
		rusak.forEach(r -> lembar.get(r.indeks()).put(r.kolom(), r.nilai()));
		Staf bkppd = staf(Peran.ADMIN_KOMINFO, null);

		Laporan l = impor.periksa(bkppd, "siasn-kupang.xlsx", LembarSiasnUji.xlsx(lembar));

		assertThat(l.jumlah()).isEqualTo(500);
		assertThat(l.hitung(Status.DITOLAK)).isEqualTo(20);
		assertThat(l.hitung(Status.BARU)).isEqualTo(480);
		for (Rusak r : rusak) {
			// sheet row = data index + 2 (the header is row 1)
			HasilBaris h = l.ditolak().stream().filter(x -> x.baris() == r.indeks() + 2).findFirst().orElseThrow(() -> new AssertionError(r.toString()));
			List<String> alasan = h.alasan().stream().map(a -> pesan.getMessage(a, Locale.forLanguageTag("id"))).toList();
			assertThat(alasan).as(r.toString()).anyMatch(a -> a.contains(r.alasan()));
		}
		assertThat(jumlah(lembar)).isZero();

		assertThatThrownBy(() -> impor.terapkan(bkppd, l.unggahan())).isInstanceOf(ImporSiasn.ImporDitolakException.class)
			.satisfies(ex -> assertThat(((ImporSiasn.ImporDitolakException) ex).laporan().hitung(Status.DITOLAK)).isEqualTo(20));
		assertThat(jumlah(lembar)).isZero();
	}

	@Test
	void aCleanSheetAppliesAllAndAReimportChangesOnlyWhatDiffers() {
		List<Map<String, String>> baris = LembarSiasnUji.baris(500, 12, 600);
		Staf bkppd = staf(Peran.ADMIN_KOMINFO, null);
		Laporan l = impor.periksa(bkppd, "siasn-bersih.xlsx", LembarSiasnUji.xlsx(baris));
		assertThat(l.hitung(Status.DITOLAK)).as(String.valueOf(l.ditolak())).isZero();
		assertThat(l.hitung(Status.BARU)).isEqualTo(500);
		assertThat(jumlah(baris)).isZero();

		Laporan diterapkan = impor.terapkan(bkppd, l.unggahan());
		assertThat(diterapkan.diterapkan()).isTrue();
		assertThat(jumlah(baris)).isEqualTo(500);
		assertThatThrownBy(() -> impor.terapkan(bkppd, l.unggahan())).isInstanceOf(PermintaanDitolakException.class);

		String nip = baris.get(5).get("NIP_BARU");
		baris.get(5).put("GOL_AKHIR_ID", "IV/b");
		baris.get(5).put("GELAR_BELAKANG", "S.T., M.T.");
		Laporan ulang = impor.periksa(bkppd, "siasn-ulang.xlsx", LembarSiasnUji.xlsx(baris));
		assertThat(ulang.hitung(Status.DIUBAH)).isEqualTo(1);
		assertThat(ulang.hitung(Status.SAMA)).isEqualTo(499);
		HasilBaris h = ulang.berubah().get(0);
		assertThat(h.nip()).isEqualTo(nip);
		assertThat(h.perubahan()).extracting(ImporSiasn.Perubahan::isian).containsExactly("gelarBelakang", "golongan");
		assertThat(h.perubahan()).anyMatch(p -> p.isian().equals("golongan") && "42".equals(p.baru()));

		// a new record starts its history with its rank, position and education
		assertThat(jdbc.sql("SELECT count(*) FROM kepegawaian.riwayat r JOIN kepegawaian.pegawai p ON p.id = r.pegawai_id WHERE p.nip = ?")
			.param(nip).query(Long.class).single()).isEqualTo(3);

		impor.terapkan(bkppd, ulang.unggahan());
		assertThat(jdbc.sql("SELECT golongan FROM kepegawaian.pegawai WHERE nip = ?").param(nip).query(String.class).single()).isEqualTo("42");
		// the rank change went in as a history row, from which the record's rank is derived
		assertThat(jdbc.sql("SELECT r.golongan FROM kepegawaian.riwayat r JOIN kepegawaian.pegawai p ON p.id = r.pegawai_id "
				+ "WHERE p.nip = ? AND r.jenis = 'golongan' ORDER BY r.id").param(nip).query(String.class).list()).hasSize(2).last().isEqualTo("42");
		assertThat(jdbc.sql("SELECT count(*) FROM audit.catatan WHERE aksi = 'pegawai.impor-siasn' AND id_objek = ?")
			.param(ulang.unggahan().toString()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void onlyThePersonnelAgencyAndKominfoImport() {
		byte[] lembar = LembarSiasnUji.xlsx(LembarSiasnUji.baris(3, 13, 900));
		for (Staf s : List.of(staf(Peran.ADMIN_OPD, "DLHK"), staf(Peran.PIMPINAN, null), staf(Peran.PETUGAS_TRC, "DLHK"))) {
			assertThatThrownBy(() -> impor.periksa(s, "x.xlsx", lembar)).as(s.peran().name()).isInstanceOf(PermintaanDitolakException.class)
				.satisfies(ex -> assertThat(((PermintaanDitolakException) ex).status().value()).isEqualTo(403));
		}
		assertThat(impor.periksa(staf(Peran.ADMIN_OPD, "BKPPD"), "x.xlsx", lembar).hitung(Status.BARU)).isEqualTo(3);
	}

}
