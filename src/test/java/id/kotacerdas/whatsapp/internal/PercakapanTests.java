package id.kotacerdas.whatsapp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.pengaduan.DataUjiPengaduan;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/** The conversation's rules on the domain object, with the city's real categories and map. */
@IntegrationTest
class PercakapanTests {

	private static final Duration KEDALUWARSA = Duration.ofHours(2);

	private static final Instant MULAI = Instant.parse("2026-11-30T01:00:00Z");

	@Autowired
	KonteksKota konteks;

	@Autowired
	Wilayah wilayah;

	@Autowired
	PenyajiBalasan penyaji;

	@Autowired
	JdbcClient jdbc;

	private Percakapan.Hasil kirim(Percakapan p, Masukan m) {
		return p.terima(m, konteks, MULAI, KEDALUWARSA);
	}

	private static Masukan teks(String s) {
		return new Masukan.Teks(s);
	}

	@Test
	void aFirstTimeUserWhoTypesEverythingReachesTheSummaryAndFilesOnce() {
		Kelurahan kel = DataUjiPengaduan.kelurahan(wilayah, 3);
		Percakapan p = Percakapan.baru();
		Percakapan.Hasil h = kirim(p, teks("halo"));
		assertThat(h.sesiBaru()).isTrue();
		assertThat(h.balasan()).last().isInstanceOf(Balasan.Daftar.class);
		kirim(p, teks("3"));
		assertThat(p.draf().kategoriKode()).isEqualTo(konteks.kategori().get(2).kode());
		kirim(p, teks("Jalan berlubang di depan sekolah"));
		assertThat(p.tahap()).isEqualTo(Percakapan.Tahap.LOKASI);
		kirim(p, teks("tidak tahu"));
		assertThat(p.tahap()).as("a text naming no kelurahan is asked again").isEqualTo(Percakapan.Tahap.LOKASI);
		kirim(p, teks(kel.nama() + ", depan kantor lurah"));
		assertThat(p.draf().kelurahanKode()).isEqualTo(kel.kode());
		// "selesai" inside a draft answers the photo step; it is no command
		h = kirim(p, teks("selesai"));
		assertThat(h.perintah()).isNull();
		// the category's optional extra questions may be skipped
		while (p.tahap() == Percakapan.Tahap.ATRIBUT) {
			kirim(p, teks("lewati"));
		}
		kirim(p, teks("tidak"));
		kirim(p, teks("ya"));
		assertThat(p.tahap()).isEqualTo(Percakapan.Tahap.KONFIRMASI);
		assertThat(p.draf().anonim()).isFalse();
		assertThat(p.draf().rahasia()).isTrue();
		h = kirim(p, teks("kirim"));
		assertThat(h.ajukan()).isNotNull();
		assertThat(p.tahap()).isEqualTo(Percakapan.Tahap.MENGAJUKAN);
		// while it is being filed nothing files again
		assertThat(kirim(p, teks("kirim")).ajukan()).isNull();
		assertThat(kirim(p, new Masukan.Pilih("kirim", "Kirim")).ajukan()).isNull();
	}

	@Test
	void photosAndPinsSentEarlyAreKeptAndASixthPhotoIsNot() {
		Kelurahan kel = DataUjiPengaduan.kelurahan(wilayah, 4);
		Percakapan p = Percakapan.baru();
		kirim(p, new Masukan.Gambar("m1", null));
		kirim(p, new Masukan.Lokasi(kel.lat(), kel.lon(), null, null));
		assertThat(p.tahap()).isEqualTo(Percakapan.Tahap.KATEGORI);
		for (int i = 2; i <= 6; i++) {
			kirim(p, new Masukan.Gambar("m" + i, null));
		}
		assertThat(p.draf().foto()).hasSize(5);
		kirim(p, new Masukan.Pilih("kat:sampah", "Sampah"));
		kirim(p, teks("Sampah menumpuk"));
		// place and photos are there already: straight to the category's question, then anonymity
		assertThat(p.tahap()).isEqualTo(Percakapan.Tahap.ATRIBUT);
		kirim(p, new Masukan.Pilih("opsi:banyak", "Banyak (satu truk atau lebih)"));
		assertThat(p.draf().atribut()).containsEntry("volume", List.of("banyak"));
		assertThat(p.tahap()).isEqualTo(Percakapan.Tahap.ANONIM);
		assertThat(p.draf().tempat()).contains(kel.nama());
	}

	/**
	 * Required questions of every kind, added to a seeded category for this test only: each must be
	 * answered, and a typed answer is refused in the words (and by the rules) of the web form.
	 */
	@Test
	void requiredExtraQuestionsMustBeAnsweredAndTypedAnswersAreCheckedAsOnTheWebForm() {
		jdbc.sql("""
				insert into pengaduan.pertanyaan (kategori_kode, kode, teks, jenis, wajib, urutan, pilihan) values
				('kebakaran', 'uji_korban', 'Ada korban jiwa atau luka?', 'PILIHAN_TUNGGAL', true, 1,
				 '[{"kunci":"ada","nama":"Ada korban"},{"kunci":"tidak","nama":"Tidak ada korban"}]'),
				('kebakaran', 'uji_tanggal', 'Tanggal kejadian', 'TANGGAL', true, 2, '[]'),
				('kebakaran', 'uji_rumah', 'Jumlah rumah terdampak', 'ANGKA', true, 3, '[]'),
				('kebakaran', 'uji_sumber', 'Dugaan sumber api', 'PILIHAN_GANDA', false, 4,
				 '[{"kunci":"listrik","nama":"Korsleting listrik"},{"kunci":"kompor","nama":"Kompor"},{"kunci":"sampah","nama":"Bakar sampah"}]')
				""").update();
		jdbc.sql("update pengaduan.versi_konfigurasi set versi = versi + 1").update();
		try {
			Kelurahan kel = DataUjiPengaduan.kelurahan(wilayah, 5);
			Percakapan p = Percakapan.baru();
			kirim(p, teks("halo"));
			kirim(p, new Masukan.Pilih("kat:kebakaran", "Kebakaran"));
			kirim(p, teks("Rumah warga terbakar tadi malam, api sudah padam"));
			kirim(p, new Masukan.Lokasi(kel.lat(), kel.lon(), null, null));
			Percakapan.Hasil h = kirim(p, teks("lewati"));
			assertThat(p.tahap()).isEqualTo(Percakapan.Tahap.ATRIBUT);
			assertThat(h.balasan()).last().isInstanceOf(Balasan.Daftar.class);
			assertThat(teksTerakhir(h)).contains("Ada korban jiwa atau luka?", "1. Ada korban", "2. Tidak ada korban", "wajib dijawab");

			assertThat(teksTerakhirDitolak(kirim(p, teks("lewati")))).isEqualTo("Pertanyaan \"Ada korban jiwa atau luka?\" wajib dijawab.");
			assertThat(teksTerakhirDitolak(kirim(p, teks("3")))).isEqualTo("Jawaban \"Ada korban jiwa atau luka?\" tidak ada dalam pilihan.");
			kirim(p, teks("2"));
			assertThat(p.draf().atribut()).containsEntry("uji_korban", List.of("tidak"));

			assertThat(teksTerakhirDitolak(kirim(p, teks("kemarin malam")))).isEqualTo("Jawaban \"Tanggal kejadian\" harus berupa tanggal.");
			assertThat(teksTerakhirDitolak(kirim(p, teks("31/02/2026")))).isEqualTo("Jawaban \"Tanggal kejadian\" harus berupa tanggal.");
			kirim(p, teks("29/11/2026"));
			assertThat(p.draf().atribut()).containsEntry("uji_tanggal", List.of("2026-11-29"));

			assertThat(teksTerakhirDitolak(kirim(p, teks("dua")))).isEqualTo("Jawaban \"Jumlah rumah terdampak\" harus berupa angka.");
			kirim(p, teks("2"));

			h = kirim(p, teks("1 dan kompor"));
			assertThat(p.draf().atribut()).containsEntry("uji_rumah", List.of("2")).containsEntry("uji_sumber", List.of("listrik", "kompor"));
			assertThat(p.tahap()).isEqualTo(Percakapan.Tahap.ANONIM);
			kirim(p, teks("tidak"));
			h = kirim(p, teks("tidak"));
			assertThat(teksTerakhir(h)).contains("Ada korban jiwa atau luka?: Tidak ada korban", "Tanggal kejadian: 29 November 2026",
					"Dugaan sumber api: Korsleting listrik, Kompor");
			assertThat(kirim(p, teks("kirim")).ajukan().atribut()).hasSize(4);
		}
		finally {
			jdbc.sql("delete from pengaduan.pertanyaan where kategori_kode = 'kebakaran' and kode like 'uji\\_%'").update();
			jdbc.sql("update pengaduan.versi_konfigurasi set versi = versi + 1").update();
		}
	}

	private String teksTerakhir(Percakapan.Hasil h) {
		Balasan b = h.balasan().get(h.balasan().size() - 1);
		return penyaji.sajikan(b).teks();
	}

	/** The refusal, the first reply (the question is asked again after it), in the report's own words. */
	private String teksTerakhirDitolak(Percakapan.Hasil h) {
		assertThat(h.balasan().get(0).kunci()).isEqualTo("whatsapp.jawaban-ditolak");
		assertThat(h.balasan()).hasSize(2);
		return penyaji.sajikan(h.balasan().get(0)).teks().replace("Jawaban belum dapat kami terima: ", "");
	}

	@Test
	void aPinOutsideTheCityIsRefused() {
		Percakapan p = Percakapan.baru();
		kirim(p, teks("halo"));
		kirim(p, teks("1"));
		kirim(p, teks("Lampu mati"));
		kirim(p, new Masukan.Lokasi(-9.6567, 120.2641, "Waingapu", null));
		assertThat(p.draf().adaLokasi()).isFalse();
		assertThat(p.tahap()).isEqualTo(Percakapan.Tahap.LOKASI);
	}

	@Test
	void anAbandonedDraftExpiresAndBatalAndUlangWorkAnywhere() {
		Percakapan p = Percakapan.baru();
		kirim(p, teks("halo"));
		kirim(p, teks("2"));
		Percakapan.Hasil h = p.terima(teks("Lampu mati"), konteks, MULAI.plus(KEDALUWARSA).plusSeconds(1), KEDALUWARSA);
		assertThat(h.balasan().get(0).kunci()).isEqualTo("whatsapp.kedaluwarsa");
		assertThat(p.draf().kategoriKode()).isNull();
		assertThat(p.tahap()).isEqualTo(Percakapan.Tahap.KATEGORI);
		kirim(p, teks("2"));
		kirim(p, teks("ulang"));
		assertThat(p.tahap()).isEqualTo(Percakapan.Tahap.KATEGORI);
		assertThat(p.draf().kategoriKode()).isNull();
		kirim(p, teks("2"));
		kirim(p, teks("Batal"));
		assertThat(p.tahap()).isEqualTo(Percakapan.Tahap.MULAI);
	}

	@Test
	void followUpCommandsNeedANumberInsideADraft() {
		Percakapan p = Percakapan.dari(Percakapan.Tahap.FOTO, Percakapan.Draf.KOSONG, MULAI, "KPG-2026-000007");
		assertThat(kirim(p, teks("status KPG-2026-000123")).perintah())
			.isEqualTo(new Percakapan.Perintah(Percakapan.JenisPerintah.STATUS, "KPG-2026-000123", null, null));
		Percakapan idle = Percakapan.dari(Percakapan.Tahap.MULAI, null, MULAI, "KPG-2026-000007");
		assertThat(kirim(idle, teks("nilai 4")).perintah())
			.isEqualTo(new Percakapan.Perintah(Percakapan.JenisPerintah.NILAI, "KPG-2026-000007", "4", 4));
		assertThat(kirim(idle, teks("buka kpg-2026-000007 masih gelap")).perintah().teks()).isEqualTo("masih gelap");
	}
}
