package id.kotacerdas.iven.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.UrlDasar;
import id.kotacerdas.platform.Waktu;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/iven")
@Tag(name = "Acara", description = "Kalender acara kelurahan dan kota: acara publik (terjadwal, ditunda, dibatalkan), tanpa data pribadi")
class IvenApiController {

	/** The longest window one request may expand: a year of a weekly night market is 53 occurrences. */
	static final int HARI_MAKS = 366;

	private final KalenderIven kalender;

	private final AcaraRepository repo;

	private final PenyajiIven penyaji;

	private final UrlDasar urlDasar;

	IvenApiController(KalenderIven kalender, AcaraRepository repo, PenyajiIven penyaji, UrlDasar urlDasar) {
		this.kalender = kalender;
		this.repo = repo;
		this.penyaji = penyaji;
		this.urlDasar = urlDasar;
	}

	@Schema(description = "Satu acara publik")
	record AcaraJson(String uid, long id, String judul, String deskripsi, @Schema(description = "kode jenis, mis. kuliner") String jenis,
			String jenisNama, String kelurahanKode, String kelurahan, String kecamatan, String tempat, double lat, double lon,
			OffsetDateTime mulai, OffsetDateTime selesai, @Schema(description = "aturan ulang RFC 5545 tanpa awalan RRULE:") String rrule,
			@Schema(description = "DIJADWALKAN, DITUNDA atau DIBATALKAN") String status, OffsetDateTime mulaiSebelumnya,
			@Schema(description = "SEQUENCE iCalendar: naik setiap perubahan") int urutan, String penyelenggara, boolean gratis, Long harga,
			String url, String ics) {
	}

	@Schema(description = "Satu kemunculan acara (acara berulang muncul sekali per tanggal)")
	record KemunculanJson(OffsetDateTime mulai, OffsetDateTime selesai, AcaraJson acara,
			@Schema(description = "kemunculan ini saja dibatalkan (EXDATE); seri tetap berjalan") boolean dibatalkan) {
	}

	@GetMapping("/kemunculan")
	@Operation(summary = "Kemunculan acara dalam rentang tanggal (WITA), acara berulang sudah diuraikan, dengan saringan wilayah dan jenis")
	List<KemunculanJson> kemunculan(@Parameter(description = "tanggal awal, yyyy-MM-dd (WITA)") @RequestParam String dari,
			@Parameter(description = "tanggal akhir inklusif, yyyy-MM-dd (WITA), paling jauh 366 hari") @RequestParam String sampai,
			@Parameter(description = "kode kelurahan") @RequestParam(required = false) String kelurahan,
			@Parameter(description = "kode kecamatan") @RequestParam(required = false) String kecamatan,
			@Parameter(description = "kode jenis, mis. kuliner, festival") @RequestParam(required = false) String jenis, Locale bahasa) {
		LocalDate d = tanggal(dari);
		LocalDate s = tanggal(sampai);
		if (s.isBefore(d) || s.isAfter(d.plusDays(HARI_MAKS))) {
			throw new PermintaanDitolakException("iven.api.rentang", HARI_MAKS);
		}
		KalenderIven.Pilihan p = kalender.pilihan(kelurahan, kecamatan, jenis, bahasa);
		Instant awal = d.atStartOfDay(Waktu.WITA).toInstant();
		Instant akhir = s.plusDays(1).atStartOfDay(Waktu.WITA).toInstant();
		return kalender.kemunculan(p.saringan(), awal, akhir, bahasa).stream()
			.map(k -> new KemunculanJson(k.mulai().toOffsetDateTime(), k.mulai().plus(k.acara().lama()).toOffsetDateTime(), json(k.acara(), bahasa),
					k.dibatalkan()))
			.toList();
	}

	@GetMapping("/acara/{id}")
	@Operation(summary = "Satu acara publik menurut nomornya")
	AcaraJson acara(@PathVariable long id, Locale bahasa) {
		return repo.cari(id).filter(a -> a.status().publik()).map(a -> json(a, bahasa))
			.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("iven.tidak-ditemukan"));
	}

	private static LocalDate tanggal(String s) {
		try {
			return LocalDate.parse(s.strip());
		}
		catch (DateTimeParseException ex) {
			throw new PermintaanDitolakException("iven.isian.tanggal");
		}
	}

	private AcaraJson json(Acara a, Locale bahasa) {
		PenyajiIven.Tampilan t = penyaji.tampilan(a, bahasa);
		String url = urlDasar.dariPermintaan() + "/iven/acara/" + a.id();
		return new AcaraJson(a.uid().toString(), a.id(), a.judul(), a.deskripsi(), a.jenis().slug(), t.jenis(), a.kelurahanKode(), t.kelurahan(),
				t.kecamatan(), a.tempat(), a.lat(), a.lon(), Waktu.wita(a.mulai()).toOffsetDateTime(), Waktu.wita(a.selesai()).toOffsetDateTime(),
				a.rrule(), a.status().name(), a.mulaiSebelumnya() == null ? null : Waktu.wita(a.mulaiSebelumnya()).toOffsetDateTime(), a.urutan(),
				a.penyelenggara(), !a.berbayar(), a.harga(), url, url + ".ics");
	}
}
