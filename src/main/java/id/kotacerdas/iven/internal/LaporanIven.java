package id.kotacerdas.iven.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.berkas.BerkasBaru;
import id.kotacerdas.berkas.LayananBerkas;
import id.kotacerdas.berkas.Pemilik;
import id.kotacerdas.pengaduan.LayananPengaduan;
import id.kotacerdas.pengaduan.PengaduanSekitar;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;
import id.kotacerdas.umkm.UsahaSekitar;

/**
 * The report card of an event's occurrence: the organiser's visitor count (with how it was counted) and photos, and
 * what other modules know of the venue on those dates, read live: complaints filed near it ({@code pengaduan}) and
 * the directory's businesses around it ({@code umkm}).
 */
@Service
class LaporanIven {

	static final Pemilik FOTO = new Pemilik("iven", "laporan");

	static final int FOTO_MAKS = 6;

	/** Ten times the city's population in one occurrence is a slip of the thumb, not a crowd. */
	static final int PENGUNJUNG_MAKS = 5_000_000;

	/** Businesses named on a card; the count covers all of them. */
	static final int UMKM_TAMPIL = 12;

	/** Ended occurrences offered in the form, newest first. */
	static final int PILIHAN_MAKS = 12;

	private final RegisterIven register;

	private final LaporanRepository repo;

	private final LayananBerkas berkas;

	private final LayananPengaduan pengaduan;

	private final UsahaSekitar umkm;

	private final IvenProperties properti;

	private final AuditLog audit;

	private final TransactionTemplate tx;

	private final Clock clock;

	LaporanIven(RegisterIven register, LaporanRepository repo, LayananBerkas berkas, LayananPengaduan pengaduan, UsahaSekitar umkm,
			IvenProperties properti, AuditLog audit, TransactionTemplate tx, Clock clock) {
		this.register = register;
		this.repo = repo;
		this.berkas = berkas;
		this.pengaduan = pengaduan;
		this.umkm = umkm;
		this.properti = properti;
		this.audit = audit;
		this.tx = tx;
		this.clock = clock;
	}

	/** Who may file a card: whoever may change the event (the tourism office, the submitting staff member). */
	boolean bolehMelapor(Staf staf, Acara a) {
		return a.status().berlangsung() && register.bolehMengubah(staf, a);
	}

	/** The occurrences that have ended and have no card yet, newest first: what the form offers. */
	List<LocalDate> belumDilaporkan(Acara a) {
		Instant sekarang = clock.instant();
		if (!a.mulai().isBefore(sekarang)) {
			return List.of();
		}
		Set<LocalDate> ada = repo.untukAcara(List.of(a.id())).stream().map(LaporanAcara::tanggal).collect(Collectors.toSet());
		return a.kemunculan(a.mulai(), sekarang).stream()
			.filter(z -> !z.toInstant().plus(a.lama()).isAfter(sekarang))
			.map(ZonedDateTime::toLocalDate).filter(t -> !ada.contains(t) && !a.dibatalkanPada(t))
			.sorted(Comparator.reverseOrder()).limit(PILIHAN_MAKS).toList();
	}

	/** Whether the event had an occurrence starting on that date (WITA) that has ended by now. */
	private boolean berakhirPada(Acara a, LocalDate t) {
		Instant sekarang = clock.instant();
		LocalDate hari = t;
		return !a.dibatalkanPada(t) && a.kemunculan(t.atStartOfDay(Waktu.WITA).toInstant(), t.plusDays(1).atStartOfDay(Waktu.WITA).toInstant()).stream()
			.anyMatch(z -> z.toLocalDate().equals(hari) && !z.toInstant().plus(a.lama()).isAfter(sekarang));
	}

	/**
	 * Files the card of one ended occurrence: every problem named at once (400, nothing stored), the photos
	 * re-encoded by {@code berkas} outside the transaction, then the card, its photos and the audit line together.
	 *
	 * @param foto the photos as uploaded (already read by {@link LayananBerkas#terimaFoto})
	 */
	LaporanAcara tambah(long acaraId, String tanggal, String pengunjung, String caraHitung, String catatan, List<byte[]> foto, Staf staf) {
		Acara a = register.acara(acaraId);
		if (!register.bolehMengubah(staf, a)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "iven.bukan-petugas");
		}
		if (!a.status().berlangsung()) {
			throw new PermintaanDitolakException(HttpStatus.CONFLICT, "iven.laporan.tidak-bisa");
		}
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		LocalDate t = null;
		try {
			t = LocalDate.parse(tanggal == null ? "" : tanggal.strip());
			if (!berakhirPada(a, t)) {
				p.tolak("tanggal", "iven.laporan.tanggal-bukan-kemunculan");
			}
		}
		catch (DateTimeParseException ex) {
			p.tolak("tanggal", "iven.isian.tanggal");
		}
		Integer jumlah = null;
		String angka = pengunjung == null ? "" : pengunjung.strip().replace(".", "");
		if (!angka.matches("\\d{1,9}") || Long.parseLong(angka) > PENGUNJUNG_MAKS) {
			p.tolak("pengunjung", "iven.laporan.pengunjung-tidak-sah", PENGUNJUNG_MAKS);
		}
		else {
			jumlah = Integer.parseInt(angka);
		}
		CaraHitung cara = null;
		try {
			cara = CaraHitung.valueOf(caraHitung == null ? "" : caraHitung);
		}
		catch (IllegalArgumentException ex) {
			p.tolak("caraHitung", "iven.isian.pilihan");
		}
		String c = RegisterIven.teks(catatan);
		if (c != null && c.length() > RegisterIven.TEKS_MAKS) {
			p.tolak("catatan", "iven.isian.terlalu-panjang", RegisterIven.TEKS_MAKS);
		}
		if (foto.size() > FOTO_MAKS) {
			p.tolak("foto", "iven.laporan.foto-terlalu-banyak", FOTO_MAKS);
		}
		p.lempar();
		List<BerkasBaru> tersimpan = foto.isEmpty() ? List.of() : berkas.simpanFoto(FOTO, foto);
		LaporanAcara l = new LaporanAcara(0, a.id(), t, jumlah, cara, c, staf.username(), clock.instant(),
				tersimpan.stream().map(b -> b.berkas().id()).toList());
		return tx.execute(s -> {
			tersimpan.forEach(berkas::catat);
			if (!repo.tambah(l)) {
				throw new PermintaanDitolakException(HttpStatus.CONFLICT, "iven.laporan.sudah-ada");
			}
			audit.catat("iven.laporan", "acara", Long.toString(a.id()), null,
					Map.of("tanggal", l.tanggal().toString(), "pengunjung", l.pengunjung(), "caraHitung", l.caraHitung().name(), "foto",
							l.foto().size()));
			return l;
		});
	}

	/**
	 * A card as pages and the dossier show it: the organiser's figures, and what the other modules know of the
	 * venue from the start of the occurrence's first day to the end of its last day (WITA).
	 *
	 * @param umkm the directory's businesses nearby, nearest first, at most {@link #UMKM_TAMPIL}
	 */
	record Kartu(LaporanAcara laporan, String tanggal, PengaduanSekitar pengaduan, long jumlahUmkm, List<UsahaSekitar.Usaha> umkm,
			int radiusMeter) {
	}

	List<Kartu> kartu(Acara a, Locale bahasa) {
		return kartu(List.of(a), bahasa);
	}

	List<Kartu> kartu(List<Acara> acara, Locale bahasa) {
		Map<Long, Acara> perId = acara.stream().collect(Collectors.toMap(Acara::id, x -> x));
		return repo.untukAcara(List.copyOf(perId.keySet())).stream().map(l -> kartu(perId.get(l.acaraId()), l, bahasa)).toList();
	}

	private Kartu kartu(Acara a, LaporanAcara l, Locale bahasa) {
		ZonedDateTime mulai = l.tanggal().atTime(Waktu.wita(a.mulai()).toLocalTime()).atZone(Waktu.WITA);
		LocalDate akhir = mulai.plus(a.lama()).toLocalDate();
		Instant dari = l.tanggal().atStartOfDay(Waktu.WITA).toInstant();
		Instant sampai = akhir.plusDays(1).atStartOfDay(Waktu.WITA).toInstant();
		int r = properti.radiusLaporanMeter();
		String kata = akhir.equals(l.tanggal()) ? Waktu.formatTanggal(l.tanggal(), bahasa)
				: Waktu.formatTanggal(l.tanggal(), bahasa) + " – " + Waktu.formatTanggal(akhir, bahasa);
		return new Kartu(l, kata, pengaduan.pengaduanSekitar(a.lat(), a.lon(), r, dari, sampai), umkm.jumlahSekitar(a.lat(), a.lon(), r, sampai),
				umkm.sekitar(a.lat(), a.lon(), r, sampai, UMKM_TAMPIL), r);
	}

	/** A card's photo may be shown to everyone while its event is public. */
	boolean fotoPublik(UUID id) {
		return repo.fotoPublik(id);
	}
}
