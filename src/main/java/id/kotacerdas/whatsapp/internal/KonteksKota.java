package id.kotacerdas.whatsapp.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import id.kotacerdas.pengaduan.Kategori;
import id.kotacerdas.pengaduan.LayananPengaduan;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/**
 * The conversation's view of the city: the complaint categories and the check of their extra
 * questions' answers, and the kelurahan of a point (as the web form maps its pin) or of a text
 * naming it ("Oebobo, depan Gereja Kristus Raja").
 */
@Component
class KonteksKota implements Percakapan.Konteks {

	private final LayananPengaduan pengaduan;

	private final Wilayah wilayah;

	KonteksKota(LayananPengaduan pengaduan, Wilayah wilayah) {
		this.pengaduan = pengaduan;
		this.wilayah = wilayah;
	}

	@Override
	public List<Kategori> kategori() {
		return pengaduan.kategori();
	}

	@Override
	public Optional<Percakapan.Tempat> tempat(double lat, double lon) {
		return wilayah.temukan(lat, lon).map(KonteksKota::tempat);
	}

	/** The longest kelurahan name the text contains as whole words ("Oesapa Barat" before "Oesapa"). */
	@Override
	public Optional<Percakapan.Tempat> tempat(String teks) {
		String t = " " + teks.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
		return wilayah.kelurahan().stream()
			.filter(k -> t.contains(" " + k.nama().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " "))
			.max(Comparator.comparingInt(k -> k.nama().length()))
			.map(KonteksKota::tempat);
	}

	/** The report's own check of one answer, so the chat refuses exactly what the web form refuses. */
	@Override
	public Optional<MessageSourceResolvable> tolakJawaban(String kategoriKode, String pertanyaanKode, List<String> jawaban) {
		try {
			pengaduan.periksaJawaban(kategoriKode, pertanyaanKode, jawaban);
			return Optional.empty();
		}
		catch (PermintaanDitolakException ex) {
			return Optional.of(new DefaultMessageSourceResolvable(new String[] { ex.kodePesan() }, ex.argumen()));
		}
	}

	private static Percakapan.Tempat tempat(Kelurahan k) {
		return new Percakapan.Tempat(k.kode(), k.nama() + ", " + k.kecamatan().nama());
	}

}
