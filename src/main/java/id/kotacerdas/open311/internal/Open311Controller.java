package id.kotacerdas.open311.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

import id.kotacerdas.akun.KunciApi;
import id.kotacerdas.berkas.LayananBerkas;
import id.kotacerdas.pengaduan.Kategori;
import id.kotacerdas.pengaduan.LayananPengaduan;
import id.kotacerdas.pengaduan.PengaduanPublik;
import id.kotacerdas.pengaduan.TandaTerima;
import id.kotacerdas.platform.BacaanPublik;
import id.kotacerdas.platform.PembatasLaju;
import id.kotacerdas.platform.UrlDasar;
import id.kotacerdas.wilayah.Kelurahan;
import jakarta.servlet.http.HttpServletRequest;

/**
 * GeoReport v2 at {@code /open311/v2}, format by suffix. Parameters are read by hand through
 * {@link Parameter} rather than bound, so that every malformed input is refused with a precise
 * Open311 error instead of a framework exception.
 */
@Controller
@RequestMapping("/open311/v2")
class Open311Controller {

	static final Duration RENTANG_MAKS = Duration.ofDays(90);

	private final LayananBerkas berkas;

	private final Open311Service layanan;

	private final Penyaji penyaji;

	private final Penjawab penjawab;

	private final KunciApi kunciApi;

	private final Open311Properties properti;

	private final PembatasLaju lajuIp;

	private final PembatasLaju lajuKunci;

	private final UrlDasar urlDasar;

	Open311Controller(Open311Service layanan, Penyaji penyaji, Penjawab penjawab, KunciApi kunciApi, Open311Properties properti,
			Open311Config.Pembatas pembatas, UrlDasar urlDasar, LayananBerkas berkas) {
		this.berkas = berkas;
		this.urlDasar = urlDasar;
		this.layanan = layanan;
		this.penyaji = penyaji;
		this.penjawab = penjawab;
		this.kunciApi = kunciApi;
		this.properti = properti;
		this.lajuIp = pembatas.ip();
		this.lajuKunci = pembatas.kunci();
	}

	@GetMapping("/discovery.{format}")
	ResponseEntity<byte[]> discovery(@PathVariable String format, HttpServletRequest request) {
		Format f = format(format);
		parameter(request);
		String changeset = Penyaji.waktu(layanan.changeset(layanan.kategori()));
		List<Penyaji.Titik> titik = new ArrayList<>(List.of(new Penyaji.Titik(urlDasar() + "/open311/v2", "production")));
		if (!properti.urlUji().isBlank()) {
			titik.add(new Penyaji.Titik(UrlDasar.tanpaGarisAkhir(properti.urlUji()) + "/open311/v2", "test"));
		}
		String kontak = properti.kontak() + " — " + penjawab.pesan("open311.kontak-dokumen", new Object[] { urlDasar() + "/open311" }, locale());
		return penjawab.ok(f, penyaji.discovery(changeset, kontak, properti.layananKunci(), titik));
	}

	@GetMapping("/services.{format}")
	ResponseEntity<byte[]> layanan(@PathVariable String format, HttpServletRequest request) {
		Format f = format(format);
		parameter(request);
		return penjawab.ok(f, penyaji.layanan(layanan.kategori()));
	}

	@GetMapping("/services/{kode}.{format}")
	ResponseEntity<byte[]> definisi(@PathVariable String kode, @PathVariable String format, HttpServletRequest request) {
		Format f = format(format);
		parameter(request);
		return penjawab.ok(f, penyaji.definisi(layanan.kategori(kode), locale()));
	}

	/**
	 * Filing. The two real addresses are literal so that Spring MVC finds this method by a map lookup instead of
	 * matching the request against every pattern of the application (about a quarter of a filing's CPU in the
	 * intake profile, docs/benchmarks.md); any other suffix still reaches it through the pattern and gets a 404.
	 */
	@PostMapping({ "/requests.json", "/requests.xml", "/requests.{format}" })
	ResponseEntity<byte[]> ajukan(@PathVariable(required = false) String format, HttpServletRequest request) {
		Format f = format == null ? Format.dariPath(request.getRequestURI()) : format(format);
		lajuIp.ambil(request.getRemoteAddr());
		Parameter p = parameter(request);
		long kunci = kunci(p);
		String kode = p.teks("service_code");
		if (kode == null) {
			throw Open311Exception.tidakValid("open311.parameter-wajib", "service_code");
		}
		Kategori kategori = layanan.kategoriUntukPengajuan(kode);
		Double lat = p.desimal("lat");
		Double lon = p.desimal("long");
		if ((lat == null) != (lon == null)) {
			throw Open311Exception.tidakValid("open311.lat-long-berpasangan");
		}
		String alamat = p.teks("address_string", 300);
		String kelurahan = p.teks("address_id", 50);
		if (lat == null && kelurahan == null) {
			if (alamat == null) {
				throw Open311Exception.tidakValid("open311.lokasi-wajib");
			}
			kelurahan = layanan.kelurahanDariAlamat(alamat).map(Kelurahan::kode)
				.orElseThrow(() -> Open311Exception.tidakValid("open311.alamat-tanpa-kelurahan"));
		}
		String deskripsi = p.teks("description");
		if (deskripsi != null && deskripsi.length() > LayananPengaduan.PANJANG_TEKS_MAKS) {
			throw Open311Exception.tidakValid("open311.deskripsi-terlalu-panjang", LayananPengaduan.PANJANG_TEKS_MAKS);
		}
		String nama = String.join(" ", Stream.of(p.teks("first_name", 60), p.teks("last_name", 60)).filter(s -> s != null).toList());
		TandaTerima t = layanan.ajukan(new Open311Service.Pengajuan(kategori.kode(),
				// the spec makes description optional; the complaint module needs a text, so the service name stands in
				deskripsi == null ? kategori.nama() : deskripsi, lat, lon, alamat, kelurahan, nama, p.teks("phone", 40),
				p.teks("email", 200), p.atribut(), media(request), mediaUrl(p.teks("media_url"))), kunci,
				request.getHeader("Idempotency-Key"));
		return penjawab.ok(f, penyaji.diajukan(t.nomor(), penyaji.pemberitahuan(kategori, locale()), p.teks("account_id", 100)));
	}

	@BacaanPublik
	@GetMapping("/requests.{format}")
	ResponseEntity<byte[]> daftar(@PathVariable String format, HttpServletRequest request) {
		Format f = format(format);
		Parameter p = parameter(request);
		List<String> nomor = p.daftar("service_request_id");
		if (nomor.size() > Open311Service.BARIS_MAKS) {
			throw Open311Exception.tidakValid("open311.terlalu-banyak-id", Open311Service.BARIS_MAKS);
		}
		Boolean terbuka = terbuka(p.daftar("status"));
		Instant dari = p.waktu("start_date");
		Instant sampai = p.waktu("end_date");
		Instant setelah = p.waktu("updated_after");
		Instant sebelum = p.waktu("updated_before");
		if (dari == null && sampai == null && setelah == null && sebelum == null) {
			sampai = layanan.sekarang();
			dari = sampai.minus(RENTANG_MAKS);
		}
		else if (dari == null && sampai != null) {
			dari = sampai.minus(RENTANG_MAKS);
		}
		else if (dari != null && sampai == null) {
			sampai = dari.plus(RENTANG_MAKS);
		}
		if (dari != null && sampai.isBefore(dari)) {
			throw Open311Exception.tidakValid("open311.rentang-terbalik");
		}
		if (dari != null && Duration.between(dari, sampai).compareTo(RENTANG_MAKS) > 0) {
			throw Open311Exception.tidakValid("open311.rentang-terlalu-lebar", RENTANG_MAKS.toDays());
		}
		int halaman = p.bulat("page", 1, 1, 1_000_000);
		int ukuran = p.bulat("page_size", Open311Service.BARIS_MAKS, 1, Open311Service.BARIS_MAKS);
		boolean ekstensi = p.benar("extensions");
		// end_date is inclusive; the complaint module's upper bound is exclusive
		List<PengaduanPublik> hasil = layanan.cari(new Open311Service.Pencarian(nomor, p.daftar("service_code"), terbuka, dari,
				sampai == null ? null : sampai.plusNanos(1000), setelah, sebelum, halaman, ukuran));
		return penjawab.ok(f, permintaan(hasil, ekstensi));
	}

	@GetMapping("/requests/{nomor}.{format}")
	ResponseEntity<byte[]> satu(@PathVariable String nomor, @PathVariable String format, HttpServletRequest request) {
		Format f = format(format);
		Parameter p = parameter(request);
		PengaduanPublik pengaduan = layanan.publik(nomor)
			.orElseThrow(() -> Open311Exception.tidakDitemukan("open311.permintaan-tidak-dikenal"));
		return penjawab.ok(f, permintaan(List.of(pengaduan), p.benar("extensions")));
	}

	/** Every service is realtime, so no token is ever issued and every token is unknown. */
	@GetMapping("/tokens/{token}.{format}")
	ResponseEntity<byte[]> token(@PathVariable String token, @PathVariable String format, HttpServletRequest request) {
		format(format);
		parameter(request);
		throw Open311Exception.tidakDitemukan("open311.token-tidak-dikenal");
	}

	/** FixMyStreet-style: public changes (status, staff replies) between two times, oldest first. */
	@BacaanPublik
	@GetMapping("/servicerequestupdates.{format}")
	ResponseEntity<byte[]> pembaruan(@PathVariable String format, HttpServletRequest request) {
		Format f = format(format);
		Parameter p = parameter(request);
		Instant sampai = p.waktu("end_date");
		Instant dari = p.waktu("start_date");
		if (dari == null) {
			dari = (sampai == null ? layanan.sekarang() : sampai).minus(Duration.ofDays(1));
		}
		if (sampai != null && sampai.isBefore(dari)) {
			throw Open311Exception.tidakValid("open311.rentang-terbalik");
		}
		int batas = p.bulat("page_size", Open311Service.BARIS_MAKS, 1, Open311Service.BARIS_MAKS);
		Instant akhir = sampai;
		return penjawab.ok(f, penyaji.pembaruan(layanan.pembaruanSetelah(dari, batas).stream()
			.filter(u -> akhir == null || !u.waktu().isAfter(akhir)).toList()));
	}

	/** FixMyStreet-style: a citizen's comment on a report, filed by a client holding an API key. */
	@PostMapping("/servicerequestupdates.{format}")
	ResponseEntity<byte[]> tambahPembaruan(@PathVariable String format, HttpServletRequest request) {
		Format f = format(format);
		lajuIp.ambil(request.getRemoteAddr());
		Parameter p = parameter(request);
		long kunci = kunci(p);
		String nomor = p.teks("service_request_id", 40);
		if (nomor == null) {
			throw Open311Exception.tidakValid("open311.parameter-wajib", "service_request_id");
		}
		String teks = p.teks("description");
		if (teks == null) {
			throw Open311Exception.tidakValid("open311.parameter-wajib", "description");
		}
		if (teks.length() > LayananPengaduan.PANJANG_TEKS_MAKS) {
			throw Open311Exception.tidakValid("open311.deskripsi-terlalu-panjang", LayananPengaduan.PANJANG_TEKS_MAKS);
		}
		p.waktu("updated_datetime");
		if (layanan.publik(nomor).isEmpty()) {
			throw Open311Exception.tidakDitemukan("open311.permintaan-tidak-dikenal");
		}
		return penjawab.ok(f, penyaji.pembaruanDiterima(layanan.tambahPembaruan(kunci, nomor, teks, p.teks("update_id", 100))));
	}

	private Dokumen permintaan(List<PengaduanPublik> hasil, boolean ekstensi) {
		return penyaji.permintaan(hasil, layanan.mediaKlien(hasil), layanan.kategoriMenurutKode(), urlDasar(), ekstensi, locale());
	}

	private static Format format(String format) {
		return Format.dari(format).orElseThrow(() -> Open311Exception.tidakDitemukan("open311.format-tidak-dikenal"));
	}

	/** Reads the parameters and refuses a request for another jurisdiction (404). */
	private Parameter parameter(HttpServletRequest request) {
		Parameter p = new Parameter(request.getParameterMap());
		String yurisdiksi = p.teks("jurisdiction_id");
		if (yurisdiksi != null && !yurisdiksi.equalsIgnoreCase(properti.jurisdictionId())) {
			throw Open311Exception.tidakDitemukan("open311.yurisdiksi-tidak-dikenal");
		}
		return p;
	}

	/** The API key's holder id (403 when missing, unknown or revoked), after that key's own rate limit. */
	private long kunci(Parameter p) {
		String teks = p.teks("api_key", 200);
		long id = (teks == null ? Optional.<KunciApi.PemegangKunci>empty() : kunciApi.periksa(teks, "open311"))
			.orElseThrow(() -> new Open311Exception(HttpStatus.FORBIDDEN, "open311.kunci-ditolak"))
			.id();
		lajuKunci.ambil("kunci-" + id);
		return id;
	}

	private static Boolean terbuka(List<String> status) {
		for (String s : status) {
			if (!s.equals("open") && !s.equals("closed")) {
				throw Open311Exception.tidakValid("open311.status-tidak-dikenal");
			}
		}
		return status.size() == 1 ? status.get(0).equals("open") : null;
	}

	/** The photos sent as {@code media} or {@code media[]}, read within the upload limit. */
	private List<byte[]> media(HttpServletRequest request) {
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		return multipart == null ? List.of()
				: berkas.terimaFoto(Stream.concat(multipart.getFiles("media").stream(), multipart.getFiles("media[]").stream()).toList());
	}

	private static String mediaUrl(String url) {
		if (url == null) {
			return null;
		}
		try {
			URI uri = new URI(url);
			if (url.length() > 2000 || uri.getHost() == null
					|| !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
				throw Open311Exception.tidakValid("open311.media-url-tidak-valid");
			}
			return url;
		}
		catch (URISyntaxException ex) {
			throw Open311Exception.tidakValid("open311.media-url-tidak-valid");
		}
	}

	private String urlDasar() {
		return urlDasar.dariPermintaan();
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
