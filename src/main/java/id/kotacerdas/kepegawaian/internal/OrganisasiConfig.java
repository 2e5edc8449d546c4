package id.kotacerdas.kepegawaian.internal;

import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.platform.MenuStaf;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PerluTindakan;

@Configuration(proxyBeanMethods = false)
class OrganisasiConfig {

	/** Every employee files daily reports, whatever their role; one tap from any page. */
	@Bean
	MenuStaf menuLaporanHarian() {
		return new MenuStaf("laporan-harian.menu", "/staf/laporan-harian", 52, Set.of(Peran.values()), MenuStaf.Kelompok.KEPEGAWAIAN);
	}

	@Bean
	MenuStaf menuOrganisasi() {
		return new MenuStaf("organisasi.menu", "/staf/organisasi", 53, Set.of(Peran.ADMIN_KOMINFO, Peran.ADMIN_OPD), MenuStaf.Kelompok.KEPEGAWAIAN);
	}

	/** The dashboard's call to act: reports waiting for the signed-in superior, and the person's own returned reports. */
	@Component
	static class PerluTindakanLaporanHarian implements PerluTindakan {

		private final AkunStaf akun;

		private final LaporanHarianService layanan;

		private final LaporanHarianRepository repo;

		PerluTindakanLaporanHarian(AkunStaf akun, LaporanHarianService layanan, LaporanHarianRepository repo) {
			this.akun = akun;
			this.layanan = layanan;
			this.repo = repo;
		}

		@Override
		public String kodeJudul() {
			return "laporan-harian.menu";
		}

		@Override
		public List<Angka> angka() {
			return akun.stafSaatIni().flatMap(s -> layanan.pegawaiSaya(s).map(p -> {
				long menunggu = layanan.menungguPersetujuan(s).size();
				long dikembalikan = repo.jumlahDikembalikan(p.id());
				return List.of(new Angka("laporan-harian.dasbor.menunggu", menunggu, "/staf/laporan-harian/persetujuan", false),
						new Angka("laporan-harian.dasbor.dikembalikan", dikembalikan, "/staf/laporan-harian", dikembalikan > 0));
			})).orElse(List.of());
		}
	}
}
