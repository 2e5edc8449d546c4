package id.kotacerdas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import id.kotacerdas.pengaduan.StatusPengaduan;

/**
 * {@code --demo} gives a first look: one account per role, and routed complaints in every status
 * with named, anonymous and confidential reporters. Same context as {@link CrawlTests}, which walks
 * every page of this data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class DemoTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoProfileSeedsAnAccountPerRoleAndOfficersOfTwoAgencies() {
		assertThat(jdbc.sql("select username from akun.pengguna order by username").query(String.class).list())
			.contains("admin", "kominfo", "dlhk", "trc.dlhk", "trc.oebobo", "trc.pupr", "walikota", "pegawai.dlhk");
		assertThat(jdbc.sql("select t.utama from akun.pengguna p join akun.tim t on t.id = p.tim_id where p.username = 'trc.dlhk'")
			.query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("select count(distinct opd_id) from akun.pengguna where peran = 'PETUGAS_TRC'").query(Integer.class).single())
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void theMarketAgencysDemoEnumeratorOwnsTheDemoPrices() {
		assertThat(jdbc.sql("select o.singkatan || ' ' || p.peran from akun.pengguna p join opd.opd o on o.id = p.opd_id where p.username = 'petugas.pasar'")
			.query(String.class).single()).isEqualTo("Perindag PETUGAS_TRC");
		assertThat(jdbc.sql("select count(*) from pasar.harga where petugas = 'petugas.pasar'").query(Integer.class).single()).isPositive();
	}

	@Test
	void demoComplaintsAreRoutedAndShowEveryStatusAndKindOfReporter() {
		assertThat(jdbc.sql("select count(*) from pengaduan.pengaduan where tim_id is null or opd_id is null").query(Integer.class).single())
			.isZero();
		assertThat(jdbc.sql("select distinct status from pengaduan.pengaduan").query(StatusPengaduan.class).list())
			.containsExactlyInAnyOrder(StatusPengaduan.values());
		assertThat(jdbc.sql("""
				select count(*) from pengaduan.pengaduan
				where not anonim and nama_pelapor is not null and telepon_pelapor is not null and email_pelapor is not null""")
			.query(Integer.class).single()).isPositive();
		assertThat(jdbc.sql("select count(*) from pengaduan.pengaduan where anonim").query(Integer.class).single()).isPositive();
		assertThat(jdbc.sql("select count(*) from pengaduan.pengaduan where rahasia").query(Integer.class).single()).isPositive();
	}

	@Test
	void demoComplaintsDescriptionsMatchTheirCategories() {
		record Laporan(String nomor, String deskripsi, String kataKunci) {
		}
		List<Laporan> laporan = jdbc.sql("""
				select p.nomor, p.deskripsi, k.kata_kunci from pengaduan.pengaduan p join pengaduan.kategori k on k.kode = p.kategori_kode""")
			.query(Laporan.class).list();
		assertThat(laporan).isNotEmpty().allSatisfy(l -> assertThat(Arrays.stream(l.kataKunci().split(","))
			.map(k -> k.strip().toLowerCase(Locale.ROOT))
			.anyMatch(l.deskripsi().toLowerCase(Locale.ROOT)::contains))
			.as("%s: '%s' mentions one of %s", l.nomor(), l.deskripsi(), l.kataKunci()).isTrue());
	}
}
