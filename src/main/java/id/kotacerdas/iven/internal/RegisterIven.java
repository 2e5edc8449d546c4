package id.kotacerdas.iven.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.berkas.BerkasBaru;
import id.kotacerdas.berkas.LayananBerkas;
import id.kotacerdas.berkas.Pemilik;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.permohonan.MesinPermohonan;
import id.kotacerdas.permohonan.Pemohon;
import id.kotacerdas.permohonan.PermohonanBaru;
import id.kotacerdas.permohonan.TandaTerimaPermohonan;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/**
 * The events' rules beyond one event: what a submission must hold, filing it on the staged-application engine (by a
 * community or by kelurahan staff), who may change a published event, and storing each change with its history.
 */
@Service
class RegisterIven {

	static final String ALUR = "iven.pengajuan";

	static final Pemilik POSTER = new Pemilik("iven", "poster");

	static final int JUDUL_MAKS = 120;

	static final int TEKS_MAKS = 200;

	static final int DESKRIPSI_MAKS = 2000;

	/** A ticket price beyond this is a slip of the thumb. */
	static final long HARGA_MAKS = 100_000_000L;

	/** Events longer than this are not events but seasons. */
	static final int HARI_MAKS = 31;

	private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

	private final AcaraRepository repo;

	private final Wilayah wilayah;

	private final MesinPermohonan mesin;

	private final LayananBerkas berkas;

	private final DaftarOpd daftarOpd;

	private final IvenProperties properti;

	private final AuditLog audit;

	private final TransactionTemplate tx;

	private final Clock clock;

	RegisterIven(AcaraRepository repo, Wilayah wilayah, MesinPermohonan mesin, LayananBerkas berkas, DaftarOpd daftarOpd,
			IvenProperties properti, AuditLog audit, TransactionTemplate tx, Clock clock) {
		this.repo = repo;
		this.wilayah = wilayah;
		this.mesin = mesin;
		this.berkas = berkas;
		this.daftarOpd = daftarOpd;
		this.properti = properti;
		this.audit = audit;
		this.tx = tx;
		this.clock = clock;
	}

	/** The agency that approves submissions and keeps the calendar (Dinas Pariwisata). */
	Optional<Opd> opdPariwisata() {
		return daftarOpd.cariSingkatan(properti.opd());
	}

	/** Changing a published event: the tourism agency's staff who may act, Kominfo, and the staff member who submitted it. */
	boolean bolehMengubah(Staf staf, Acara a) {
		Long opd = opdPariwisata().map(Opd::id).orElse(null);
		return (opd != null && staf.berwenangAtas(opd)) || (staf.bolehMengubah() && staf.username().equals(a.diajukanOleh()));
	}

	/** Every submission: the tourism agency, Kominfo and leadership; others see what they submitted. */
	boolean bolehMembacaSemua(Staf staf) {
		return staf.lingkupOpd() == null || staf.bolehMelihat(opdPariwisata().map(Opd::id).orElse(null));
	}

	Acara acara(long id) {
		return repo.cari(id).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("iven.tidak-ditemukan"));
	}

	/** The receipt of a submission: the event's id and the engine's tracking code and private link. */
	record Pengajuan(long id, TandaTerimaPermohonan tandaTerima) {
	}

	/**
	 * Files a submission: every problem named at once, the poster stored outside the transaction, then the event,
	 * its poster and the application on the engine in one transaction.
	 *
	 * @param poster the poster image as uploaded, or null
	 * @param staf the kelurahan (or agency) staff member filing it, or null when a community files it
	 */
	Pengajuan ajukan(FormulirAcara f, byte[] poster, Staf staf) {
		if (staf != null && !staf.bolehMengubah()) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "iven.bukan-petugas");
		}
		Acara a = periksa(f, staf == null ? null : staf.username());
		List<BerkasBaru> tersimpan = poster == null ? List.of() : berkas.simpanFoto(POSTER, List.of(poster));
		UUID posterId = tersimpan.isEmpty() ? null : tersimpan.get(0).berkas().id();
		Acara denganPoster = new Acara(0, a.uid(), a.judul(), a.deskripsi(), a.jenis(), a.kelurahanKode(), a.tempat(), a.lat(), a.lon(),
				a.mulai(), a.selesai(), a.rrule(), a.penyelenggaraJenis(), a.penyelenggara(), a.kontak(), posterId, a.berbayar(), a.harga(),
				a.eventKelurahan(), StatusAcara.DIAJUKAN, null, 0, null, a.diajukanOleh(), clock.instant(), List.of());
		return tx.execute(s -> {
			tersimpan.forEach(berkas::catat);
			long id = repo.tambah(denganPoster);
			PermohonanBaru baru = new PermohonanBaru(ALUR, a.judul(), Long.toString(id),
					new Pemohon(teks(f.getNik()), teks(f.getNama()), teks(f.getEmail()), teks(f.getTelepon())));
			TandaTerimaPermohonan t = staf == null ? mesin.ajukan(baru) : mesin.ajukanDiLoket(baru, staf);
			repo.tandaiPermohonan(id, t.kode());
			return new Pengajuan(id, t);
		});
	}

	/** Postpones a published event to a new date; {@code urutan} is the sequence the person saw (409 when outdated). */
	Acara tunda(long id, int urutan, String tanggal, String jamMulai, String tanggalSelesai, String jamSelesai, String alasan, Staf staf) {
		Acara a = untukDiubah(id, urutan, staf);
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		Instant[] waktu = waktu(p, tanggal, jamMulai, tanggalSelesai, jamSelesai);
		p.lempar();
		return simpan(a, a.ditunda(waktu[0], waktu[1], clock.instant()), "tunda", alasan, staf);
	}

	Acara batalkan(long id, int urutan, String alasan, Staf staf) {
		Acara a = untukDiubah(id, urutan, staf);
		return simpan(a, a.dibatalkan(clock.instant()), "batal", alasan, staf);
	}

	/** Dinas Pariwisata's staff who may act: they approve submissions, and their edits apply at once. */
	boolean bolehMenyetujui(Staf staf) {
		Long opd = opdPariwisata().map(Opd::id).orElse(null);
		return opd != null && staf.berwenangAtas(opd);
	}

	/**
	 * Dinas Pariwisata edits an approved event's public text: checked like a submission, applied at once as a new
	 * version (the earlier kept, SEQUENCE one higher, audited). An organiser's own edit would go through approval
	 * again and is not offered yet (docs/iven.md).
	 */
	Acara ubah(long id, int urutan, String judul, String deskripsi, String tempat, String kontak, boolean berbayar, String harga, Staf staf) {
		Acara a = untukDiubah(id, urutan, staf);
		if (!bolehMenyetujui(staf)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "iven.ubah.hanya-pariwisata");
		}
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		String j = wajib(p, "judul", judul, JUDUL_MAKS);
		String d = wajib(p, "deskripsi", deskripsi, DESKRIPSI_MAKS);
		String t = wajib(p, "tempat", tempat, TEKS_MAKS);
		String k = teks(kontak);
		if (k != null && k.length() > TEKS_MAKS) {
			p.tolak("kontak", "iven.isian.terlalu-panjang", TEKS_MAKS);
		}
		Long h = berbayar ? p.periksa("harga", () -> rupiah(harga)) : null;
		p.lempar();
		Acara baru = a.diubahIsi(j, d, t, k, berbayar, h, clock.instant());
		List<String> beda = a.bedaIsi(baru);
		return tx.execute(s -> {
			if (!repo.simpanIsi(a, baru, beda, staf.username())) {
				throw new PermintaanDitolakException(HttpStatus.CONFLICT, "iven.kedaluwarsa");
			}
			Map<String, Object> sebelum = new LinkedHashMap<>();
			Map<String, Object> sesudah = new LinkedHashMap<>();
			sebelum.put("urutan", a.urutan());
			sesudah.put("urutan", baru.urutan());
			sesudah.put("diubah", beda);
			sebelum.put("judul", a.judul());
			sesudah.put("judul", baru.judul());
			audit.catat("iven.ubah", "acara", Long.toString(a.id()), sebelum, sesudah);
			return baru;
		});
	}

	/** Occurrences offered for cancelling one: the coming ones still on, earliest first. */
	static final int KEMUNCULAN_BERIKUT = 16;

	List<LocalDate> kemunculanBerikut(Acara a) {
		Instant sekarang = clock.instant();
		return a.kemunculan(sekarang, sekarang.plus(java.time.Duration.ofDays(366))).stream()
			.filter(z -> z.toInstant().isAfter(sekarang)).map(ZonedDateTime::toLocalDate)
			.filter(t -> !a.dibatalkanPada(t)).limit(KEMUNCULAN_BERIKUT).toList();
	}

	/** Cancels one occurrence of a series (the date of its start, WITA); the series goes on. */
	Acara batalkanSatu(long id, int urutan, String tanggal, String alasan, Staf staf) {
		Acara a = untukDiubah(id, urutan, staf);
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		LocalDate t = tanggal(p, "tanggalBatal", tanggal);
		p.lempar();
		Acara baru = a.tanpaKemunculan(t, clock.instant());
		ZonedDateTime kemunculan = a.kemunculanPada(t).orElseThrow();
		String catatan = catatan(alasan);
		return tx.execute(s -> {
			if (!repo.simpanPengecualian(a, baru, kemunculan, catatan, staf.username())) {
				throw new PermintaanDitolakException(HttpStatus.CONFLICT, "iven.kedaluwarsa");
			}
			audit.catat("iven.batal-satu", "acara", Long.toString(a.id()), Map.of("urutan", a.urutan()),
					Map.of("tanggal", t.toString(), "urutan", baru.urutan()));
			return baru;
		});
	}

	private static String catatan(String alasan) {
		String catatan = alasan == null || alasan.isBlank() ? null : alasan.strip();
		if (catatan != null && catatan.length() > TEKS_MAKS) {
			new IsianDitolakException.Pemeriksa().tolak("alasan", "iven.isian.terlalu-panjang", TEKS_MAKS).lempar();
		}
		return catatan;
	}

	private Acara untukDiubah(long id, int urutan, Staf staf) {
		Acara a = acara(id);
		if (!bolehMengubah(staf, a)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "iven.bukan-petugas");
		}
		if (a.urutan() != urutan) {
			throw new PermintaanDitolakException(HttpStatus.CONFLICT, "iven.kedaluwarsa");
		}
		return a;
	}

	private Acara simpan(Acara lama, Acara baru, String tindakan, String alasan, Staf staf) {
		String catatan = catatan(alasan);
		return tx.execute(s -> {
			if (!repo.simpanPerubahan(lama, baru, tindakan, catatan, staf.username())) {
				throw new PermintaanDitolakException(HttpStatus.CONFLICT, "iven.kedaluwarsa");
			}
			Map<String, Object> jejak = new LinkedHashMap<>();
			jejak.put("status", baru.status().name());
			jejak.put("mulai", baru.mulai().toString());
			jejak.put("urutan", baru.urutan());
			audit.catat("iven." + tindakan, "acara", Long.toString(lama.id()), Map.of("status", lama.status().name(), "mulai",
					lama.mulai().toString(), "urutan", lama.urutan()), jejak);
			return baru;
		});
	}

	/** Follows the engine: approval publishes, a refusal or withdrawal closes the submission. */
	void ikutiPermohonan(String kode, StatusAcara akhir) {
		tx.executeWithoutResult(s -> repo.cariPermohonan(kode).filter(a -> a.status() == StatusAcara.DIAJUKAN).ifPresent(a -> {
			Instant sekarang = clock.instant();
			Acara baru = akhir == StatusAcara.DIJADWALKAN ? a.dijadwalkan(sekarang) : a.berakhir(akhir, sekarang);
			repo.simpanPerubahan(a, baru, akhir == StatusAcara.DIJADWALKAN ? "terbit" : akhir.name().toLowerCase(Locale.ROOT), null, null);
		}));
	}

	/** The event a form describes, or every problem at once (the applicant's data is the engine's to check). */
	Acara periksa(FormulirAcara f, String oleh) {
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		String judul = wajib(p, "judul", f.getJudul(), JUDUL_MAKS);
		String deskripsi = wajib(p, "deskripsi", f.getDeskripsi(), DESKRIPSI_MAKS);
		String tempat = wajib(p, "tempat", f.getTempat(), TEKS_MAKS);
		String penyelenggara = wajib(p, "penyelenggara", f.getPenyelenggara(), TEKS_MAKS);
		String kontak = teks(f.getKontak());
		if (kontak != null && kontak.length() > TEKS_MAKS) {
			p.tolak("kontak", "iven.isian.terlalu-panjang", TEKS_MAKS);
		}
		JenisAcara jenis = pilihan(p, "jenis", f.getJenis(), JenisAcara.class);
		PenyelenggaraJenis pj = pilihan(p, "penyelenggaraJenis", f.getPenyelenggaraJenis(), PenyelenggaraJenis.class);
		Kelurahan kel = teks(f.getKelurahan()) == null ? null : wilayah.kelurahan(f.getKelurahan()).orElse(null);
		if (kel == null) {
			p.tolak("kelurahan", "iven.isian.kelurahan");
		}
		// the pin on the map; without one (no script, no tiles) the kelurahan's centre places the venue
		double[] titik = titik(p, f, kel);
		Instant[] waktu = waktu(p, f.getTanggal(), f.getJamMulai(), f.getTanggalSelesai(), f.getJamSelesai());
		String rrule = waktu == null ? null : aturan(p, f, waktu[0]);
		Long harga = null;
		if (f.isBerbayar()) {
			harga = p.periksa("harga", () -> rupiah(f.getHarga()));
		}
		p.lempar();
		return new Acara(0, UUID.randomUUID(), judul, deskripsi, jenis, kel.kode(), tempat, titik[0], titik[1], waktu[0], waktu[1], rrule, pj,
				penyelenggara, kontak, null, f.isBerbayar(), harga, f.isEventKelurahan(), StatusAcara.DIAJUKAN, null, 0, null, oleh,
				clock.instant(), List.of());
	}

	private double[] titik(IsianDitolakException.Pemeriksa p, FormulirAcara f, Kelurahan kel) {
		if (teks(f.getLat()) == null || teks(f.getLon()) == null) {
			return kel == null ? null : new double[] { kel.lat(), kel.lon() };
		}
		try {
			double lat = Double.parseDouble(f.getLat().strip());
			double lon = Double.parseDouble(f.getLon().strip());
			if (wilayah.temukan(lat, lon).isEmpty()) {
				p.tolak("kelurahan", "iven.isian.titik-luar-kota");
				return null;
			}
			return new double[] { lat, lon };
		}
		catch (NumberFormatException ex) {
			p.tolak("kelurahan", "iven.isian.titik-luar-kota");
			return null;
		}
	}

	/** Start and end in WITA from the form's dates and times; null (with the refusals) when they do not make an event. */
	private Instant[] waktu(IsianDitolakException.Pemeriksa p, String tanggal, String jamMulai, String tanggalSelesai, String jamSelesai) {
		LocalDate tMulai = tanggal(p, "tanggal", tanggal);
		LocalTime jMulai = jam(p, "jamMulai", jamMulai);
		LocalDate tSelesai = teks(tanggalSelesai) == null ? tMulai : tanggal(p, "tanggalSelesai", tanggalSelesai);
		LocalTime jSelesai = jam(p, "jamSelesai", jamSelesai);
		if (tMulai == null || jMulai == null || tSelesai == null || jSelesai == null) {
			return null;
		}
		Instant mulai = tMulai.atTime(jMulai).atZone(Waktu.WITA).toInstant();
		Instant selesai = tSelesai.atTime(jSelesai).atZone(Waktu.WITA).toInstant();
		if (!selesai.isAfter(mulai)) {
			p.tolak("jamSelesai", "iven.isian.selesai-sebelum-mulai");
			return null;
		}
		if (tSelesai.isAfter(tMulai.plusDays(HARI_MAKS))) {
			p.tolak("tanggalSelesai", "iven.isian.terlalu-lama", HARI_MAKS);
			return null;
		}
		return new Instant[] { mulai, selesai };
	}

	/** The RRULE of the repetition chosen: weekly on the start's weekday, monthly on its day; UNTIL in UTC as RFC 5545 asks. */
	private String aturan(IsianDitolakException.Pemeriksa p, FormulirAcara f, Instant mulai) {
		String ulang = teks(f.getUlang());
		if (ulang == null) {
			return null;
		}
		LocalDate awal = Waktu.wita(mulai).toLocalDate();
		String dasar = switch (ulang) {
			case "MINGGUAN" -> "FREQ=WEEKLY;BYDAY=" + hari(awal.getDayOfWeek());
			case "BULANAN" -> "FREQ=MONTHLY;BYMONTHDAY=" + awal.getDayOfMonth();
			default -> null;
		};
		if (dasar == null) {
			p.tolak("ulang", "iven.isian.pilihan");
			return null;
		}
		if (teks(f.getUlangSampai()) == null) {
			return dasar;
		}
		LocalDate sampai = tanggal(p, "ulangSampai", f.getUlangSampai());
		if (sampai == null) {
			return null;
		}
		if (sampai.isBefore(awal)) {
			p.tolak("ulangSampai", "iven.isian.sampai-sebelum-mulai");
			return null;
		}
		Instant akhir = sampai.atTime(LocalTime.MAX).atZone(Waktu.WITA).toInstant();
		return dasar + ";UNTIL=" + UNTIL.format(akhir.atOffset(ZoneOffset.UTC).withNano(0));
	}

	private static String hari(DayOfWeek h) {
		return h.name().substring(0, 2);
	}

	private static LocalDate tanggal(IsianDitolakException.Pemeriksa p, String isian, String nilai) {
		if (teks(nilai) == null) {
			p.tolak(isian, "iven.isian.wajib");
			return null;
		}
		try {
			return LocalDate.parse(nilai.strip());
		}
		catch (DateTimeParseException ex) {
			p.tolak(isian, "iven.isian.tanggal");
			return null;
		}
	}

	private static LocalTime jam(IsianDitolakException.Pemeriksa p, String isian, String nilai) {
		if (teks(nilai) == null) {
			p.tolak(isian, "iven.isian.wajib");
			return null;
		}
		try {
			return LocalTime.parse(nilai.strip().replace('.', ':'));
		}
		catch (DateTimeParseException ex) {
			p.tolak(isian, "iven.isian.jam");
			return null;
		}
	}

	private static Long rupiah(String nilai) {
		String angka = nilai == null ? "" : nilai.replaceAll("[\\s.]", "").replaceFirst("(?i)^rp", "");
		if (!angka.matches("\\d{1,12}") || Long.parseLong(angka) > HARGA_MAKS) {
			throw new PermintaanDitolakException("iven.isian.harga");
		}
		return Long.parseLong(angka);
	}

	private static <E extends Enum<E>> E pilihan(IsianDitolakException.Pemeriksa p, String isian, String nilai, Class<E> jenis) {
		try {
			return Enum.valueOf(jenis, nilai == null ? "" : nilai);
		}
		catch (IllegalArgumentException ex) {
			p.tolak(isian, "iven.isian.pilihan");
			return null;
		}
	}

	private static String wajib(IsianDitolakException.Pemeriksa p, String isian, String nilai, int maks) {
		String t = teks(nilai);
		if (t == null) {
			p.tolak(isian, "iven.isian.wajib");
		}
		else if (t.length() > maks) {
			p.tolak(isian, "iven.isian.terlalu-panjang", maks);
		}
		return t;
	}

	static String teks(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
