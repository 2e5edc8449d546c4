package id.kotacerdas.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import id.kotacerdas.berkas.GambarUji;
import id.kotacerdas.pengaduan.DataUjiPengaduan;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Property-style: seeded random interleavings of what citizens really send — the expected answer
 * most of the time, otherwise "batal", "ulang", a retried (duplicate) webhook, a photo or a pin out
 * of turn, a pin outside the city, a confirmation out of turn, nonsense — through the signed
 * webhook. Whatever the order: the summary to confirm is never reached, and no report is ever
 * filed, without a category and a place; a retried webhook never files again; every report filed
 * is announced once, and there are never more reports than confirmations.
 */
class PercakapanAcakTests extends DenganWhatsappUji {

	private static final int LANGKAH = 30;

	@Autowired
	Wilayah wilayah;

	@Autowired
	ObjectMapper json;

	@ParameterizedTest
	@ValueSource(longs = { 17L, 2026L, 53_71L, 8_0001L, 424_242L })
	void randomInterleavingsNeverFileWithoutCategoryAndPlaceNorTwicePerConfirmation(long benih) throws Exception {
		Random acak = new Random(benih);
		Kelurahan kel = DataUjiPengaduan.kelurahan(wilayah, 1 + acak.nextInt(5));
		String dari = "62852" + (10_000_000 + (benih * 7_919 + System.nanoTime()) % 89_999_999);
		String media = "acak-" + dari;
		PLATFORM.media(media, GambarUji.fotoPonselDenganGps(kel.lat(), kel.lon(), 320, 240, benih));
		List<String> terkirim = new ArrayList<>();
		Set<String> konfirmasi = new HashSet<>();
		for (int i = 0; i < LANGKAH; i++) {
			String tahap = tahap(dari);
			String payload;
			if (!terkirim.isEmpty() && acak.nextInt(8) == 0) {
				// the platform retries an earlier webhook, byte for byte
				payload = terkirim.get(acak.nextInt(terkirim.size()));
				long sebelum = laporan(dari);
				kirimWebhook(payload);
				assertThat(laporan(dari)).as("a retried webhook files nothing").isEqualTo(sebelum);
				continue;
			}
			payload = acak.nextInt(100) < 60 ? wajar(tahap, dari, kel, media, acak) : gangguan(dari, kel, media, acak);
			if (payload.contains("\"id\": \"kirim\"") || payload.contains("\"body\": \"kirim\"") || payload.contains("\"body\": \"ya\"")) {
				konfirmasi.add(json.readTree(payload).path("entry").path(0).path("changes").path(0).path("value").path("messages").path(0)
					.path("id").asString());
			}
			terkirim.add(payload);
			assertThat(kirimWebhook(payload)).isEqualTo(200);
			periksaDraf(dari);
		}
		List<Map<String, Object>> laporan = jdbc.sql("""
				select kategori_kode, lat, kelurahan_kode from pengaduan.pengaduan where telepon_pelapor = ? and saluran = 'whatsapp'
				""").param("+" + dari).query().listOfRows();
		for (Map<String, Object> r : laporan) {
			assertThat(r.get("kategori_kode")).isNotNull();
			assertThat(r.get("lat") != null || r.get("kelurahan_kode") != null).as("a report has a place").isTrue();
		}
		long diumumkan = PLATFORM.terkirimKe(dari).stream().filter(t -> t.isi().contains("laporan Anda diterima dengan nomor")).count();
		assertThat(laporan).hasSize((int) diumumkan);
		assertThat(laporan.size()).isLessThanOrEqualTo(konfirmasi.size());
	}

	/** Whenever the conversation shows the summary, its draft has a category and a place. */
	private void periksaDraf(String dari) {
		jdbc.sql("select tahap, draf::text from whatsapp.percakapan where telepon = ?").param(dari).query((rs, n) -> {
			if ("KONFIRMASI".equals(rs.getString(1))) {
				JsonNode d = json.readTree(rs.getString(2));
				assertThat(d.path("kategoriKode").isString()).isTrue();
				assertThat(d.path("lat").isNumber() || d.path("kelurahanKode").isString()).isTrue();
			}
			return null;
		}).list();
	}

	private String tahap(String dari) {
		return jdbc.sql("select tahap from whatsapp.percakapan where telepon = ?").param(dari).query(String.class).optional()
			.orElse("MULAI");
	}

	private long laporan(String dari) {
		return jdbc.sql("select count(*) from pengaduan.pengaduan where telepon_pelapor = ?").param("+" + dari).query(Long.class).single();
	}

	/** What a citizen following the prompts would send now. */
	private String wajar(String tahap, String dari, Kelurahan kel, String media, Random acak) {
		return switch (tahap) {
			case "KATEGORI" -> acak.nextBoolean() ? payloadPilih("pesan-daftar.json", dari, "kat:sampah", "Sampah")
					: payloadTeks(dari, String.valueOf(1 + acak.nextInt(12)));
			case "DESKRIPSI" -> payloadTeks(dari, "Sampah menumpuk di pinggir jalan dekat pasar sejak Senin.");
			case "LOKASI" -> acak.nextBoolean() ? payloadLokasi(dari, kel.lat(), kel.lon()) : payloadTeks(dari, kel.nama() + ", depan kantor lurah");
			case "FOTO" -> acak.nextBoolean() ? payloadGambar(dari, media) : payloadTeks(dari, "lewati");
			case "ANONIM", "RAHASIA" -> payloadPilih("pesan-tombol.json", dari, acak.nextBoolean() ? "ya" : "tidak", "Ya");
			case "KONFIRMASI" -> acak.nextBoolean() ? payloadPilih("pesan-tombol.json", dari, "kirim", "Kirim") : payloadTeks(dari, "kirim");
			default -> payloadTeks(dari, "Halo, saya mau lapor");
		};
	}

	/** Anything else, at any time. */
	private String gangguan(String dari, Kelurahan kel, String media, Random acak) {
		List<Supplier<String>> pilihan = List.of(() -> payloadTeks(dari, "batal"), () -> payloadTeks(dari, "ulang"), () -> payloadGambar(dari, media),
				() -> payloadLokasi(dari, kel.lat(), kel.lon()),
				// Waingapu, Sumba: outside the city
				() -> payloadLokasi(dari, -9.6567, 120.2641), () -> payloadPilih("pesan-tombol.json", dari, "kirim", "Kirim"), () -> payloadTeks(dari, "ya"),
				() -> payloadPilih("pesan-daftar.json", dari, "kat:tidak-ada", "Tidak ada"), () -> payloadTeks(dari, "asdf qwerty"),
				() -> payloadTeks(dari, "status KPG-2026-000001"), () -> payloadPilih("pesan-tombol.json", dari, "tidak", "Tidak"));
		return pilihan.get(acak.nextInt(pilihan.size())).get();
	}
}
