package id.kotacerdas.kepegawaian.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.opd.DaftarOpd;

/** The history's read API, and the migration that made the first history rows from the typed record. */
@IntegrationTest
class RiwayatRepositoryTests {

	@Autowired
	RiwayatRepository riwayat;

	@Autowired
	PegawaiRepository pegawai;

	@Autowired
	DaftarOpd daftarOpd;

	@Autowired
	JdbcClient jdbc;

	/** A record as it was before the history: stored directly, with no history rows. */
	private long pegawaiTanpaRiwayat() {
		FormulirPegawai f = ContohPegawai.pns(daftarOpd.cariSingkatan("PUPR").orElseThrow().id());
		return pegawai.tambah(f.jadi(null), Instant.parse("2025-01-15T01:00:00Z"));
	}

	/** The migration's statements that copy the typed values into the history, run again on a record stored without it. */
	private void migrasiNilaiLama(long id) throws IOException {
		String sql = new ClassPathResource("db/migration/kepegawaian/V2026_12_01_30__riwayat.sql").getContentAsString(StandardCharsets.UTF_8);
		List<String> salin = Arrays.stream(sql.split(";")).map(String::strip)
			.map(s -> s.replaceAll("(?m)^--.*\\n", "").strip())
			.filter(s -> s.startsWith("INSERT INTO kepegawaian.riwayat"))
			.toList();
		assertThat(salin).hasSize(3);
		for (String s : salin) {
			jdbc.sql(s + " WHERE id = ?").param(id).update();
		}
	}

	@Test
	void theMigrationKeepsEveryTypedValueAsTheFirstHistoryRows() throws IOException {
		long id = pegawaiTanpaRiwayat();
		assertThat(riwayat.semua(id)).isEmpty();
		migrasiNilaiLama(id);
		Pegawai p = pegawai.cari(id).orElseThrow();

		Riwayat golongan = riwayat.terakhir(id, JenisRiwayat.GOLONGAN).orElseThrow();
		assertThat(golongan.golongan()).isEqualTo(p.golongan()).isEqualTo("33");
		assertThat(golongan.tmt()).isEqualTo(p.tmtGolongan());
		assertThat(golongan.dicatat()).isEqualTo(Instant.parse("2025-01-15T01:00:00Z"));
		assertThat(golongan.dicatatOleh()).isEqualTo("migrasi");
		Riwayat jabatan = riwayat.terakhir(id, JenisRiwayat.JABATAN).orElseThrow();
		assertThat(List.of(jabatan.jenisJabatan(), jabatan.namaJabatan(), jabatan.eselon(), jabatan.unor()))
			.containsExactly(p.jenisJabatan(), p.namaJabatan(), p.eselon(), p.unor());
		assertThat(jabatan.tmt()).isEqualTo(p.tmtJabatan());
		assertThat(jabatan.opdId()).isEqualTo(p.opdId());
		Riwayat pendidikan = riwayat.terakhir(id, JenisRiwayat.PENDIDIKAN).orElseThrow();
		assertThat(pendidikan.pendidikan()).isEqualTo(p.pendidikan());
		assertThat(pendidikan.jurusan()).isEqualTo(p.jurusan());
		assertThat(riwayat.semua(id)).extracting(Riwayat::jenis)
			.containsExactly(JenisRiwayat.GOLONGAN, JenisRiwayat.JABATAN, JenisRiwayat.PENDIDIKAN);
	}

	@Test
	void theLatestByTmtIsTheCurrentOneAndTheCityStreamIsOrderedPerEmployee() throws IOException {
		long id = pegawaiTanpaRiwayat();
		migrasiNilaiLama(id);
		Riwayat awal = riwayat.terakhir(id, JenisRiwayat.JABATAN).orElseThrow();
		Riwayat baru = new Riwayat(null, id, JenisRiwayat.JABATAN, LocalDate.of(2025, 2, 1), "821.2/12/BKPPD/2025", LocalDate.of(2025, 1, 20),
				null, null, "1", "Kepala Seksi Jalan", "41", awal.opdId(), "Bidang Bina Marga", null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null);
		long idBaru = riwayat.tambah(baru, Instant.parse("2025-02-03T00:00:00Z"), "bkppd");
		// an older decree entered later does not become the current one
		riwayat.tambah(new Riwayat(null, id, JenisRiwayat.JABATAN, LocalDate.of(2018, 1, 1), "821/3/2018", null, null, null, "4",
				"Pengadministrasi Umum", "99", awal.opdId(), "Sekretariat", null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null), Instant.parse("2025-02-04T00:00:00Z"), "bkppd");

		assertThat(riwayat.terakhir(id, JenisRiwayat.JABATAN).orElseThrow().id()).isEqualTo(idBaru);
		assertThat(riwayat.daftar(id, JenisRiwayat.JABATAN)).extracting(Riwayat::tmt)
			.containsExactly(LocalDate.of(2025, 2, 1), LocalDate.of(2022, 6, 1), LocalDate.of(2018, 1, 1));

		List<Riwayat> kota = new ArrayList<>();
		riwayat.setiap(JenisRiwayat.JABATAN, kota::add);
		assertThat(kota.stream().filter(r -> r.pegawaiId() == id)).extracting(Riwayat::tmt)
			.containsExactly(LocalDate.of(2018, 1, 1), LocalDate.of(2022, 6, 1), LocalDate.of(2025, 2, 1));
		assertThat(kota).isSortedAccordingTo((a, b) -> Long.compare(a.pegawaiId(), b.pegawaiId()));
		List<Riwayat> terakhir = new ArrayList<>();
		riwayat.setiapTerakhir(JenisRiwayat.JABATAN, terakhir::add);
		assertThat(terakhir.stream().filter(r -> r.pegawaiId() == id)).extracting(Riwayat::id).containsExactly(idBaru);
	}
}
