package id.kotacerdas.whatsapp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

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
		// place and photos are there already: straight to anonymity
		assertThat(p.tahap()).isEqualTo(Percakapan.Tahap.ANONIM);
		assertThat(p.draf().tempat()).contains(kel.nama());
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
