package id.kotacerdas.satudata.internal.gerbang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import id.kotacerdas.satudata.internal.gerbang.GerbangDataPribadi.JenisData;
import id.kotacerdas.satudata.internal.gerbang.GerbangDataPribadi.Tabel;

class GerbangDataPribadiTests {

	private static final List<String> KECAMATAN = List.of("Alak", "Maulafa", "Oebobo", "Kelapa Lima", "Kota Raja", "Kota Lama");

	@Test
	void kolomNikDitolakDenganNamaKolomDalamKataKata() {
		Tabel t = new Tabel(List.of("NIK", "kecamatan", "jumlah"), List.of(List.of("", "Oebobo", "12")));
		List<Alasan> alasan = GerbangDataPribadi.periksa(t);
		assertThat(alasan).extracting(Alasan::kolom).containsExactly("NIK");
		ResourceBundleMessageSource pesan = new ResourceBundleMessageSource();
		pesan.setBasename("i18n/satudata-portal");
		pesan.setDefaultEncoding("UTF-8");
		pesan.setFallbackToSystemLocale(false);
		assertThat(pesan.getMessage(alasan.get(0), Locale.forLanguageTag("id")))
			.isEqualTo("Kolom \"NIK\" berisi NIK (nomor induk kependudukan): data pribadi tidak boleh diterbitkan sebagai data terbuka.");
	}

	@ParameterizedTest
	@CsvSource({ "NIK, NIK", "no_nik, NIK", "Nomor Induk Kependudukan, NIK", "noKTP, NIK", "NIP, NIP", "nip_pegawai, NIP",
			"Nama, NAMA", "nama lengkap, NAMA", "NAMA_PEMOHON, NAMA", "Full Name, NAMA", "namaLengkap, NAMA", "telepon, TELEPON",
			"No. HP, TELEPON", "no_hp, TELEPON", "nohp, TELEPON", "WhatsApp, TELEPON", "Phone Number, TELEPON", "email, EMAIL",
			"E-mail, EMAIL", "surel, EMAIL", "Alamat Rumah, ALAMAT", "address, ALAMAT", "Tanggal Lahir, TANGGAL_LAHIR",
			"tgl_lahir, TANGGAL_LAHIR", "TempatLahir, TANGGAL_LAHIR", "date of birth, TANGGAL_LAHIR", "No KK, NOMOR_KK",
			"nomor_kartu_keluarga, NOMOR_KK" })
	void namaKolomPribadiDikenaliDalamSegalaTulisan(String nama, JenisData jenis) {
		assertThat(GerbangDataPribadi.jenisNama(nama)).contains(jenis);
		Tabel t = new Tabel(List.of("kecamatan", nama, "jumlah"), List.of(List.of("Alak", "", "3")));
		assertThat(GerbangDataPribadi.periksa(t)).singleElement()
			.satisfies(a -> assertThat(a.kolom()).isEqualTo(nama))
			.satisfies(a -> assertThat(a.kodeJenis()).contains(jenis.kodePesan()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "nama_kecamatan", "Nama OPD", "kecamatan", "teknik", "bulan", "jumlah_kk", "kelurahan", "kategori", "unik",
			"jenis_usaha", "tahun" })
	void namaKolomBiasaLolos(String nama) {
		assertThat(GerbangDataPribadi.jenisNama(nama)).isEmpty();
	}

	@Test
	void hitunganBernamaDataPribadiAdalahAgregat() {
		Tabel t = new Tabel(List.of("kanal", "jumlah_email", "jumlah_whatsapp"), List.of(List.of("Pengaduan", "14", "230")));
		assertThat(GerbangDataPribadi.periksa(t)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "5371054107950003, NIK", "5371 0541 0795 0003, NIK", "197608172003121004, NIP", "0812-3456-7890, TELEPON",
			"+62 812 3456 7890, TELEPON", "(0380) 821234, TELEPON", "yuliana.mbura@contoh.id, EMAIL" })
	void nilaiPribadiDitolakDiBawahNamaKolomYangTidakBerbahaya(String nilai, JenisData jenis) {
		Tabel t = new Tabel(List.of("kecamatan", "kode", "jumlah"),
				List.of(List.of("Alak", "A1", "4"), List.of("Oebobo", nilai, "7"), List.of("Maulafa", "B2", "9")));
		assertThat(GerbangDataPribadi.periksa(t)).containsExactly(Alasan.nilai("kode", 3, jenis));
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 7, 42, 2026, 53710 })
	void tabelAgregatAcakSelaluLolosDanNikYangDisisipkanSelaluDitemukan(long benih) {
		Random acak = new Random(benih);
		List<String> kolom = List.of("bulan", "kecamatan", "kategori", "jumlah", "persen_tepat_waktu", "rata_rata_hari");
		List<List<String>> baris = new ArrayList<>();
		int n = 5 + acak.nextInt(60);
		for (int i = 0; i < n; i++) {
			baris.add(new ArrayList<>(List.of("2026-%02d".formatted(1 + acak.nextInt(12)), KECAMATAN.get(acak.nextInt(KECAMATAN.size())),
					List.of("Jalan rusak", "Sampah", "Lampu jalan mati", "Air bersih").get(acak.nextInt(4)),
					Integer.toString(acak.nextInt(100_000)), "%d,%d".formatted(acak.nextInt(100), acak.nextInt(10)),
					Integer.toString(acak.nextInt(30)))));
		}
		assertThat(GerbangDataPribadi.periksa(new Tabel(kolom, baris))).isEmpty();

		int b = acak.nextInt(n);
		int k = acak.nextInt(kolom.size());
		baris.get(b).set(k, nik(acak));
		assertThat(GerbangDataPribadi.periksa(new Tabel(kolom, baris))).containsExactly(Alasan.nilai(kolom.get(k), b + 2, JenisData.NIK));
	}

	@Test
	void pengenalBerbedaDiSetiapBarisTanpaKolomJumlahAdalahDataPerOrang() {
		Random acak = new Random(16);
		List<List<String>> baris = IntStream.range(0, 8)
			.mapToObj(i -> List.of("REG-2026-" + (100_000 + i * 37 + acak.nextInt(30)), KECAMATAN.get(i % KECAMATAN.size()), "Sampah"))
			.toList();
		Tabel perOrang = new Tabel(List.of("nomor_registrasi", "kecamatan", "kategori"), baris);
		assertThat(GerbangDataPribadi.periksa(perOrang)).containsExactly(new Alasan("satudata-portal.gerbang.pengenal-per-baris", "nomor_registrasi"));

		Tabel denganJumlah = new Tabel(List.of("nomor_registrasi", "kecamatan", "kategori", "jumlah"),
				baris.stream().map(r -> { List<String> x = new ArrayList<>(r); x.add("1"); return x; }).toList());
		assertThat(GerbangDataPribadi.periksa(denganJumlah)).isEmpty();
	}

	@Test
	void kodeWilayahBerbedaDiSetiapBarisBukanPengenalOrang() {
		List<List<String>> baris = IntStream.range(0, 6).mapToObj(i -> List.of("53.71.0" + (i + 1), KECAMATAN.get(i), "Kupang")).toList();
		assertThat(GerbangDataPribadi.periksa(new Tabel(List.of("kode_kecamatan", "kecamatan", "kota"), baris))).isEmpty();
	}

	@Test
	void ciriOrangTanpaKolomJumlahDitolakDenganKolomJumlahDiterima() {
		Tabel perOrang = new Tabel(List.of("kelurahan", "jenis_kelamin", "umur"),
				List.of(List.of("Naikoten I", "Perempuan", "34"), List.of("Oebobo", "Laki-laki", "51")));
		assertThat(GerbangDataPribadi.periksa(perOrang)).extracting(Alasan::kolom).containsExactly("jenis_kelamin", "umur");

		Tabel agregat = new Tabel(List.of("kelurahan", "jenis_kelamin", "kelompok_umur", "jumlah_penduduk"),
				List.of(List.of("Naikoten I", "Perempuan", "30-34", "412"), List.of("Oebobo", "Laki-laki", "50-54", "388")));
		assertThat(GerbangDataPribadi.periksa(agregat)).isEmpty();
	}

	/** A plausible Kupang NIK: province 53, city 71, kecamatan 01-06, birth date (women +40), sequence from 0001. */
	static String nik(Random acak) {
		int hari = 1 + acak.nextInt(28) + (acak.nextBoolean() ? 40 : 0);
		return "53710%d%02d%02d%02d%04d".formatted(1 + acak.nextInt(6), hari, 1 + acak.nextInt(12), acak.nextInt(100), 1 + acak.nextInt(9999));
	}
}
