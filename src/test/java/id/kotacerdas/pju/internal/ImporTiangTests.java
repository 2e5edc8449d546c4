package id.kotacerdas.pju.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.pengaduan.DataUjiPengaduan;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/** The registry sheet: every problem named with its row in the dry run, nothing stored until all is right, then all at once. */
@IntegrationTest
class ImporTiangTests {

	@Autowired
	RegisterTiang register;

	@Autowired
	TiangRepository repo;

	@Autowired
	Wilayah wilayah;

	@Autowired
	DaftarOpd opd;

	private static final String KEPALA = "Kode tiang;Lintang;Bujur;Ruas jalan;Tinggi (m);Lampu;Daya (W);Pemilik;Sambungan;Tanggal pasang;Kontrak;Usulan Musrenbang\n";

	private Staf admin(String singkatan) {
		return new Staf(990_001, "uji.impor", "Uji Impor", "uji@uji.invalid", Peran.ADMIN_OPD, opd.cariSingkatan(singkatan).orElseThrow().id(), null,
				null, true);
	}

	private static byte[] csv(String baris) {
		return (KEPALA + baris).getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void aSheetWithOneBadRowStoresNothingAndNamesEveryProblemThenTheCorrectedSheetStoresAll() {
		Kelurahan kel = DataUjiPengaduan.kelurahan(wilayah, 38);
		String titik = kel.lat() + ";" + kel.lon();
		byte[] salah = csv("UJI-IMP-001;" + titik + ";;9;LED;90;Dishub;meter;2023-08-14;027/PJU-LED/Dishub/2023;\n"
				+ "UJI-IMP-002;" + titik + ";;6;Neon;90;Dishub;listrik;14/08/2023;;\n"
				+ "UJI-IMP-001;" + titik + ";;7;SON-T;150;Dishub;abonemen;;;\n"
				+ "UJI-IMP-003;" + titik + ";;7;LED;60;PUPR;meter;;;\n");
		RegisterTiang.Hasil h = register.periksa(salah, admin("Dishub"));
		assertThat(h.galat()).extracting(RegisterTiang.GalatBaris::baris, RegisterTiang.GalatBaris::kodePesan).containsExactly(
				org.assertj.core.groups.Tuple.tuple(3, "pju.impor.tinggi-salah"), org.assertj.core.groups.Tuple.tuple(3, "pju.impor.lampu-salah"),
				org.assertj.core.groups.Tuple.tuple(3, "pju.impor.sambungan-salah"), org.assertj.core.groups.Tuple.tuple(3, "pju.impor.tanggal-salah"),
				org.assertj.core.groups.Tuple.tuple(4, "pju.impor.kode-ganda"), org.assertj.core.groups.Tuple.tuple(5, "pju.impor.pemilik-bukan-anda"));
		assertThatThrownBy(() -> register.impor(salah, admin("Dishub"))).isInstanceOf(PermintaanDitolakException.class);
		assertThat(repo.cari("UJI-IMP-001")).isEmpty();

		byte[] benar = csv("UJI-IMP-001;" + titik + ";;9;LED;90;Dishub;meter;2023-08-14;027/PJU-LED/Dishub/2023;\n"
				+ "UJI-IMP-002;" + titik + ";;7;sodium;150;Dishub;abonemen;;;Musrenbang Kel. 2022\n");
		RegisterTiang.Hasil ok = register.impor(benar, admin("Dishub"));
		assertThat(ok.tiang()).hasSize(2);
		Tiang t = repo.cari("UJI-IMP-002").orElseThrow();
		assertThat(t.jenisLampu()).isEqualTo(JenisLampu.SON_T);
		assertThat(t.sambungan()).isEqualTo(Sambungan.ABONEMEN);
		assertThat(t.kelurahanKode()).isEqualTo(kel.kode());
		assertThat(t.usulanMusrenbang()).isEqualTo("Musrenbang Kel. 2022");
		assertThat(repo.cari("UJI-IMP-001").orElseThrow().kontrak()).isEqualTo("027/PJU-LED/Dishub/2023");
	}
}
