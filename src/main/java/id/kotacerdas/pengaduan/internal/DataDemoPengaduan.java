package id.kotacerdas.pengaduan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import id.kotacerdas.pengaduan.Kategori;
import id.kotacerdas.pengaduan.LaporanBaru;
import id.kotacerdas.pengaduan.LayananPengaduan;
import id.kotacerdas.pengaduan.Pertanyaan;
import id.kotacerdas.pengaduan.SaringanPengaduan;
import id.kotacerdas.platform.Waktu;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/**
 * A handful of reports for a first look ({@code --demo}), filed through the same intake as a
 * citizen's, so they are routed, given deadlines and shown on the map and in the worklists.
 */
@Component
@Profile("demo")
class DataDemoPengaduan {

	private static final Logger log = LoggerFactory.getLogger(DataDemoPengaduan.class);

	private static final List<String> CERITA = List.of(
			"Sampah menumpuk di pinggir jalan sejak minggu lalu dan mulai berbau.",
			"Lampu jalan di depan gang mati, jalan gelap pada malam hari.",
			"Jalan berlubang cukup dalam, berbahaya bagi pengendara motor.",
			"Saluran drainase tersumbat, air meluap ke jalan saat hujan.",
			"Air PDAM tidak mengalir selama tiga hari.",
			"Pedagang berjualan di trotoar sehingga pejalan kaki turun ke jalan.");

	private final LayananPengaduan pengaduan;

	private final Wilayah wilayah;

	private final Clock clock;

	DataDemoPengaduan(LayananPengaduan pengaduan, Wilayah wilayah, Clock clock) {
		this.pengaduan = pengaduan;
		this.wilayah = wilayah;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(200)
	public void isi() {
		if (pengaduan.cari(SaringanPengaduan.semua(0, 1)).total() > 0) {
			return;
		}
		List<Kategori> kategori = pengaduan.kategori();
		List<Kelurahan> kelurahan = wilayah.kelurahan();
		int jumlah = 12;
		for (int i = 0; i < jumlah; i++) {
			Kategori k = kategori.get(i % kategori.size());
			Kelurahan tempat = kelurahan.get((i * 7) % kelurahan.size());
			pengaduan.ajukan(new LaporanBaru(k.kode(), CERITA.get(i % CERITA.size()), tempat.lat(), tempat.lon(), null,
					"Dekat kantor Kelurahan " + tempat.nama(), "Warga Demo", null, null, i % 4 == 0, false, jawaban(k), List.of(),
					"web"));
		}
		log.warn("Demo: {} complaints filed", jumlah);
	}

	/** A plausible answer to every required question, so the demo passes the same checks as a citizen. */
	private Map<String, List<String>> jawaban(Kategori k) {
		Map<String, List<String>> jawaban = new HashMap<>();
		for (Pertanyaan p : k.pertanyaan()) {
			if (p.wajib()) {
				jawaban.put(p.kode(), List.of(switch (p.jenis()) {
					case ANGKA -> "1";
					case TANGGAL -> LocalDate.now(clock.withZone(Waktu.WITA)).toString();
					case PILIHAN_TUNGGAL, PILIHAN_GANDA -> p.pilihan().get(0).kunci();
					case TEKS -> "-";
				}));
			}
		}
		return jawaban;
	}
}
