package id.kotacerdas.satudata.internal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;


import id.kotacerdas.IntegrationTest;
import id.kotacerdas.platform.DataTerbuka;
import id.kotacerdas.platform.DataTerbuka.JenisKolom;

/**
 * A day is a column type ({@link JenisKolom#TANGGAL}, values {@code LocalDate}), not a text of a certain shape: every
 * module's rows hold their columns' types and no text column holds ISO dates; the market prices' day is such a column.
 * (The portal's page and files for a day column: {@code PortalDataTests}.)
 */
@IntegrationTest
class KolomTanggalTests {

	private static final Pattern TANGGAL_ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

	@Autowired
	List<DataTerbuka> modul;

	@Test
	void setiapKolomModulBerisiJenisnyaDanTeksTidakBerisiTanggal() {
		assertThat(modul).isNotEmpty();
		for (DataTerbuka d : modul) {
			List<DataTerbuka.Kolom> kolom = d.metadata().kolom();
			List<List<Object>> baris = new ArrayList<>();
			d.baris(0, 200, baris::add);
			for (List<Object> r : baris) {
				assertThat(r).as(d.metadata().kode()).hasSize(kolom.size());
				for (int i = 0; i < kolom.size(); i++) {
					Object v = r.get(i);
					String nama = d.metadata().kode() + "." + kolom.get(i).nama();
					if (v != null) {
						assertThat(v).as(nama).isInstanceOf(kolom.get(i).jenis().jenisJava());
					}
					if (kolom.get(i).jenis() == JenisKolom.TEKS && v != null) {
						assertThat((String) v).as(nama + " is a day: give it the date type").doesNotMatch(TANGGAL_ISO);
					}
				}
			}
		}
	}

	@Test
	void hargaPasarHarianMemberiTanggalSebagaiHari() {
		DataTerbuka pasar = modul.stream().filter(d -> d.metadata().kode().equals("harga-pasar-harian")).findFirst().orElseThrow();
		assertThat(pasar.metadata().kolom().get(0).nama()).isEqualTo("tanggal");
		assertThat(pasar.metadata().kolom().get(0).jenis()).isEqualTo(JenisKolom.TANGGAL);
		assertThat(JenisKolom.TANGGAL.jenisCkan()).isEqualTo("date");
	}
}
