package id.kotacerdas.ekspor.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Service;

import id.kotacerdas.ekspor.Ekspor;
import id.kotacerdas.ekspor.FormatEkspor;
import id.kotacerdas.ekspor.Kolom;
import id.kotacerdas.ekspor.PenulisEkspor;
import id.kotacerdas.ekspor.Tabel;
import id.kotacerdas.platform.Waktu;
import jakarta.servlet.http.HttpServletResponse;

@Service
class LayananEkspor implements PenulisEkspor {

	private final MessageSource pesan;

	private final Clock clock;

	LayananEkspor(MessageSource pesan, Clock clock) {
		this.pesan = pesan;
		this.clock = clock;
	}

	@Override
	public void tulis(Ekspor ekspor, FormatEkspor format, Locale bahasa, OutputStream keluar) {
		tulis(dokumen(ekspor, Dokumen.bahasa(bahasa), clock.instant()), format, keluar);
	}

	@Override
	public void kirim(Ekspor ekspor, FormatEkspor format, HttpServletResponse jawaban) {
		Instant sekarang = clock.instant();
		Dokumen dokumen = dokumen(ekspor, Dokumen.bahasa(LocaleContextHolder.getLocale()), sekarang);
		jawaban.setContentType(format.jenisIsi());
		jawaban.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(namaBerkas(dokumen.judul(), sekarang, format)).build().toString());
		try {
			tulis(dokumen, format, jawaban.getOutputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void tulis(Dokumen dokumen, FormatEkspor format, OutputStream keluar) {
		try {
			switch (format) {
				case CSV -> TulisCsv.tulis(dokumen, keluar);
				case XLSX -> TulisXlsx.tulis(dokumen, keluar);
				case PDF -> TulisPdf.tulis(dokumen, keluar);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Dokumen dokumen(Ekspor ekspor, Locale bahasa, Instant sekarang) {
		Function<MessageSourceResolvable, String> teks = p -> pesan.getMessage(p, bahasa);
		List<Lembar> lembar = ekspor.tabel().stream().map(t -> lembar(t, teks)).toList();
		String dibuat = teks.apply(Kolom.pesan("ekspor.dibuat", Tampilan.tanggalJamDibaca(bahasa).format(sekarang)));
		return new Dokumen(teks.apply(ekspor.judul()), dibuat, bahasa, lembar, teks);
	}

	private static Lembar lembar(Tabel<?> tabel, Function<MessageSourceResolvable, String> teks) {
		List<Kolom<?>> kolom = List.copyOf(tabel.kolom());
		return new Lembar(teks.apply(tabel.judul()), kolom, kolom.stream().map(k -> teks.apply(k.judul())).toList(), tabel.baris(), teks);
	}

	/** {@code statistik-pengaduan-2026-11-30.csv}: the title in plain ASCII, and the day in WITA. */
	static String namaBerkas(String judul, Instant sekarang, FormatEkspor format) {
		String nama = Normalizer.normalize(judul, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-|-$", "");
		return (nama.isEmpty() ? "" : nama + "-") + LocalDate.ofInstant(sekarang, Waktu.WITA) + "." + format.akhiran();
	}
}
