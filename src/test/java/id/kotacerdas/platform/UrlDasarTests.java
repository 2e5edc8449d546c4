package id.kotacerdas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.notifikasi.KotakUji;
import id.kotacerdas.notifikasi.Notifikasi;
import id.kotacerdas.pengaduan.DataUjiPengaduan;
import id.kotacerdas.pengaduan.LaporanBaru;
import id.kotacerdas.pengaduan.LayananPengaduan;
import id.kotacerdas.pengaduan.TandaTerima;
import id.kotacerdas.wilayah.Wilayah;

/** Issue 8: without {@code KC_URL_DASAR} the links sent out point at the port the server really listens on. */
@IntegrationTest
class UrlDasarTests {

	@LocalServerPort
	int port;

	@Autowired
	UrlDasar urlDasar;

	@Autowired
	LayananPengaduan layanan;

	@Autowired
	Wilayah wilayah;

	@Autowired
	Notifikasi notifikasi;

	@Test
	void withoutConfigurationLinksUseTheListeningAddress() {
		assertThat(port).isNotEqualTo(8080);
		assertThat(urlDasar.nilai()).isEqualTo("http://localhost:" + port);
		TandaTerima t = layanan.ajukan(new LaporanBaru("sampah", "Sampah menumpuk", null, null, DataUjiPengaduan.kelurahan(wilayah, 6).kode(),
				null, "Ani", null, "ani.tautan@contoh.id", false, false, null, null, "web"));
		assertThat(KotakUji.menunggu(notifikasi, Notifikasi.EMAIL, "ani.tautan@contoh.id")).singleElement().extracting(m -> m.teks().isi())
			.asString()
			.contains("http://localhost:" + port + "/pengaduan/tindak-lanjut/" + t.tokenTindakLanjut());
	}
}
