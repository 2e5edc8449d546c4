package id.kotacerdas.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import id.kotacerdas.audit.internal.PerubahanAudit.Perubahan;
import tools.jackson.databind.json.JsonMapper;

class PerubahanAuditTests {

	private static final Locale ID = Locale.forLanguageTag("id");

	private final StaticMessageSource pesan = new StaticMessageSource();

	private final PerubahanAudit baca = new PerubahanAudit(JsonMapper.builder().build(), pesan, null);

	PerubahanAuditTests() {
		pesan.addMessage("umum.ya", ID, "ya");
		pesan.addMessage("umum.tidak", ID, "tidak");
		pesan.addMessage("audit.jenis.kendaraan", ID, "Kendaraan");
		pesan.addMessage("audit.aksi.diubah", ID, "diubah");
		pesan.addMessage("audit.nilai.SPBU", ID, "SPBU");
	}

	@Test
	void aChangeShowsOnlyTheFieldsThatChangedInWords() {
		String sebelum = """
				{"id":3,"nomorPolisi":"DH 1023 KP","jenisBbm":"PERTAMAX_TURBO","kondisi":"BAIK","normaKmPerLiter":34.5,
				 "tahunPembuatan":2021,"aktif":true,"jatuhTempoPajak":"2026-12-20","diubah":"2026-11-29T06:05:00Z"}""";
		String sesudah = """
				{"id":3,"nomorPolisi":"DH 1023 KP","jenisBbm":"SOLAR","kondisi":"RUSAK_RINGAN","normaKmPerLiter":12,
				 "tahunPembuatan":2021,"aktif":false,"jatuhTempoPajak":"2027-01-05","diubah":"2026-11-30T06:05:00+08:00"}""";
		assertThat(baca.baca(sebelum, sesudah, ID)).containsExactly(
				new Perubahan("Jenis bbm", "Pertamax Turbo", "Solar"),
				new Perubahan("Kondisi", "Baik", "Rusak Ringan"),
				new Perubahan("Norma km per liter", "34,5", "12"),
				new Perubahan("Aktif", "ya", "tidak"),
				new Perubahan("Jatuh tempo pajak", "20 Desember 2026", "5 Januari 2027"),
				new Perubahan("Diubah", "29 November 2026, 14.05 WITA", "30 November 2026, 06.05 WITA"));
	}

	@Test
	void aCreatedObjectShowsItsFieldsAndADeletedOneWhatItWas() {
		assertThat(baca.baca(null, """
				{"nama":"SPBU Oebobo","jenis":"SPBU","tahun":2021,"wilayah":["a","b"],"alasan":[{"kode":"x"}],"kosong":null}""", ID))
			.containsExactly(new Perubahan("Nama", null, "SPBU Oebobo"), new Perubahan("Jenis", null, "SPBU"),
					new Perubahan("Tahun", null, "2021"), new Perubahan("Wilayah", null, "a, b"),
					new Perubahan("Alasan 1 kode", null, "x"));
		assertThat(baca.baca("{\"tanggal\":\"2026-12-25\"}", null, ID)).containsExactly(new Perubahan("Tanggal", "25 Desember 2026", null));
	}

	@Test
	void aRecordedReasonReadsAsItsMessage() {
		pesan.addMessage("armada.gerbang.jenis-bbm", ID, "Jenis BBM {0} tidak sesuai; {1} liter");
		pesan.addMessage("armada.jenis-bbm.SOLAR", ID, "Solar");
		assertThat(baca.baca("""
				{"alasan":[{"kode":"armada.gerbang.jenis-bbm","argumen":["armada.jenis-bbm.SOLAR",12.5]}]}""", null, ID))
			.containsExactly(new Perubahan("Alasan 1", "Jenis BBM Solar tidak sesuai; 12,5 liter", null));
	}

	@Test
	void actionsAndObjectTypesReadAsWords() {
		assertThat(baca.namaAksi("kendaraan.diubah", ID)).isEqualTo("Kendaraan: diubah");
		assertThat(baca.namaAksi("pengaduan.bukan_wewenang", ID)).isEqualTo("Pengaduan: bukan wewenang");
		assertThat(baca.namaJenis("kunci-api", ID)).isEqualTo("Kunci api");
	}
}
