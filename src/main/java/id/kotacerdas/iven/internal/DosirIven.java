package id.kotacerdas.iven.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.context.MessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import id.kotacerdas.berkas.IsiBerkas;
import id.kotacerdas.berkas.LayananBerkas;
import id.kotacerdas.platform.PdfDariHtml;
import id.kotacerdas.platform.Waktu;

/**
 * The dossier of an annual event for the national curated calendar (Karisma Event Nusantara, Kemenparekraf), which
 * asks for an event held regularly for at least three years. An event's <b>series</b> is every public event of the
 * same organiser in the same kelurahan whose title is the same once years are taken out ("Koepan Festival 2024",
 * "Koepan Festival 2025", …), a yearly recurring event's own occurrences included. An <b>edition</b> is a calendar
 * year (WITA) in which the series has at least one report card. The series is <b>consistent</b> when its latest
 * {@value #EDISI_MINIMAL} editions fall in consecutive years; only then is the dossier made.
 */
@Service
class DosirIven {

	static final int EDISI_MINIMAL = 3;

	/** A year in a title: "2026", not a ticket price or "51 kelurahan". */
	private static final Pattern TAHUN = Pattern.compile("\\b(19|20)\\d{2}\\b");

	private final AcaraRepository acara;

	private final LaporanIven laporan;

	private final PenyajiIven penyaji;

	private final LayananBerkas berkas;

	/** Its own engine: the PDF's page CSS lives in the template, which the site's templates may not hold (CSP). */
	private final SpringTemplateEngine templat = new SpringTemplateEngine();

	private final PdfDariHtml pdfDariHtml;

	private final Clock clock;

	DosirIven(AcaraRepository acara, LaporanIven laporan, PenyajiIven penyaji, LayananBerkas berkas, MessageSource pesan,
			PdfDariHtml pdfDariHtml, Clock clock) {
		ClassLoaderTemplateResolver r = new ClassLoaderTemplateResolver();
		r.setPrefix("iven/");
		r.setSuffix(".html");
		r.setTemplateMode(TemplateMode.HTML);
		r.setCharacterEncoding("UTF-8");
		templat.setTemplateResolver(r);
		templat.setTemplateEngineMessageSource(pesan);
		this.acara = acara;
		this.laporan = laporan;
		this.penyaji = penyaji;
		this.berkas = berkas;
		this.pdfDariHtml = pdfDariHtml;
		this.clock = clock;
	}

	/** The series' name: the title without years, spaces tidied; compared without case. */
	static String namaSeri(String judul) {
		return TAHUN.matcher(judul).replaceAll("").replaceAll("\\s+", " ").strip();
	}

	/** One year of the series: its cards (an annual event has one), the visitors and complaints summed. */
	record Edisi(int tahun, List<LaporanIven.Kartu> kartu, Acara acara, long pengunjung, long pengaduan, long umkm) {
	}

	/**
	 * @param berturut editions in consecutive years up to the latest
	 * @param kurang editions still missing before the dossier can be made (0: it can)
	 */
	record Seri(String nama, List<Edisi> edisi, int berturut, int kurang) {

		public boolean lengkap() {
			return kurang == 0;
		}

		/** The editions of the consecutive run, latest first: what the dossier shows. */
		public List<Edisi> beruntun() {
			return edisi.subList(0, berturut);
		}
	}

	Seri seri(Acara a, Locale bahasa) {
		String nama = namaSeri(a.judul());
		List<Acara> anggota = acara.sePenyelenggara(a.penyelenggara(), a.kelurahanKode()).stream()
			.filter(x -> namaSeri(x.judul()).equalsIgnoreCase(nama)).toList();
		Map<Long, Acara> perId = new LinkedHashMap<>();
		anggota.forEach(x -> perId.put(x.id(), x));
		Map<Integer, List<LaporanIven.Kartu>> perTahun = new TreeMap<>(Comparator.reverseOrder());
		laporan.kartu(anggota, bahasa).forEach(k -> perTahun.computeIfAbsent(k.laporan().tanggal().getYear(), t -> new ArrayList<>()).add(k));
		List<Edisi> edisi = perTahun.entrySet().stream().map(e -> {
			List<LaporanIven.Kartu> k = e.getValue();
			return new Edisi(e.getKey(), k, perId.get(k.get(0).laporan().acaraId()),
					k.stream().mapToLong(x -> x.laporan().pengunjung()).sum(), k.stream().mapToLong(x -> x.pengaduan().jumlah()).sum(),
					k.stream().mapToLong(LaporanIven.Kartu::jumlahUmkm).max().orElse(0));
		}).toList();
		int berturut = 0;
		for (Edisi e : edisi) {
			if (e.tahun() != edisi.get(0).tahun() - berturut) {
				break;
			}
			berturut++;
		}
		return new Seri(nama, edisi, berturut, Math.max(0, EDISI_MINIMAL - berturut));
	}

	/**
	 * The dossier as PDF from the Thymeleaf template {@code iven/dosir.html} on the class path, rendered by the platform's one
	 * renderer on the bounded heavy-work pool: layout, fonts and photos cost CPU and memory.
	 */
	byte[] pdf(Acara a, Seri s, Locale bahasa) {
		Map<Integer, String> foto = new LinkedHashMap<>();
		for (Edisi e : s.beruntun()) {
			e.kartu().stream().flatMap(k -> k.laporan().foto().stream()).findFirst().ifPresent(id -> {
				IsiBerkas isi = berkas.bacaThumbnail(id);
				foto.put(e.tahun(),
						"data:" + isi.berkas().tipeIsi() + ";base64," + Base64.getEncoder().encodeToString(isi.isi()));
			});
		}
		Context c = new Context(bahasa);
		c.setVariable("s", s);
		c.setVariable("t", penyaji.tampilan(a, bahasa));
		c.setVariable("foto", foto);
		c.setVariable("dibuat", Waktu.formatTanggalJam(clock.instant()));
		String html = templat.process("dosir", c);
		return pdfDariHtml.pdf(html);
	}
}
