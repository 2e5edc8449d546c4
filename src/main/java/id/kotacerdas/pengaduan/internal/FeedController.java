package id.kotacerdas.pengaduan.internal;

import java.time.format.DateTimeFormatter;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;

import id.kotacerdas.pengaduan.PengaduanPublik;
import id.kotacerdas.pengaduan.SaringanPengaduan;
import id.kotacerdas.platform.BacaanPublik;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.UrlDasar;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/** An Atom feed (RFC 4287) of the latest public reports of one kelurahan. */
@Controller
class FeedController {

	private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final PengaduanService layanan;

	private final Wilayah wilayah;

	private final UrlDasar urlDasar;

	private final MessageSource pesan;

	FeedController(PengaduanService layanan, Wilayah wilayah, UrlDasar urlDasar, MessageSource pesan) {
		this.layanan = layanan;
		this.wilayah = wilayah;
		this.urlDasar = urlDasar;
		this.pesan = pesan;
	}

	@BacaanPublik
	@GetMapping("/pengaduan/kelurahan/{kode}/feed.atom")
	ResponseEntity<String> feed(@PathVariable String kode, java.util.Locale locale) {
		Kelurahan kel = wilayah.kelurahan(kode)
			.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pengaduan.kelurahan-tidak-dikenal"));
		var hasil = layanan.cari(new SaringanPengaduan(null, null, null, kode, null, null, null, null, null, null, 0, 50));
		String dasar = urlDasar.dariPermintaan();
		StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
		x.append("<title>").append(e(pesan.getMessage("daftar.judul", null, locale) + " — " + kel.nama())).append("</title>\n");
		x.append("<id>").append(e(dasar + "/pengaduan?kelurahan=" + kode)).append("</id>\n");
		x.append("<link rel=\"self\" href=\"").append(e(dasar + "/pengaduan/kelurahan/" + kode + "/feed.atom")).append("\"/>\n");
		x.append("<updated>").append(hasil.isi().isEmpty() ? "1970-01-01T00:00:00Z"
				: DateTimeFormatter.ISO_INSTANT.format(hasil.isi().stream().map(PengaduanPublik::diperbarui).max(java.util.Comparator.naturalOrder()).orElseThrow()))
			.append("</updated>\n");
		for (PengaduanPublik p : hasil.isi()) {
			String url = dasar + "/pengaduan/" + p.nomor();
			x.append("<entry><title>").append(e(p.nomor() + " · " + p.kategoriNama() + " · "
					+ pesan.getMessage(p.status().kodePesan(), null, locale))).append("</title>");
			x.append("<id>").append(e(url)).append("</id><link href=\"").append(e(url)).append("\"/>");
			x.append("<updated>").append(DateTimeFormatter.ISO_INSTANT.format(p.diperbarui())).append("</updated>");
			x.append("<author><name>").append(e(p.opdNama().isEmpty() ? "-" : p.opdNama())).append("</name></author>");
			x.append("<summary>").append(e(p.deskripsi())).append("</summary></entry>\n");
		}
		x.append("</feed>\n");
		return ResponseEntity.ok().contentType(ATOM).body(x.toString());
	}

	private static String e(String teks) {
		return HtmlUtils.htmlEscape(teks == null ? "" : teks, "UTF-8");
	}
}
