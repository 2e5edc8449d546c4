package id.kotacerdas.sms.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import id.kotacerdas.notifikasi.Kata;
import id.kotacerdas.notifikasi.Notifikasi;
import id.kotacerdas.notifikasi.Pesan;
import id.kotacerdas.pengaduan.Kategori;
import id.kotacerdas.pengaduan.KontakPelapor;
import id.kotacerdas.pengaduan.LaporanPelapor;
import id.kotacerdas.pengaduan.LaporanBaru;
import id.kotacerdas.pengaduan.LayananPengaduan;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Sidik;
import id.kotacerdas.platform.UrlDasar;
import id.kotacerdas.platform.Waktu;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/**
 * What becomes of an inbound SMS: a report in the one-message format is filed through
 * {@link LayananPengaduan} and answered with its tracking number; a follow-up command ({@code STATUS
 * KPG-…}, …) is carried out on the sender's own report and answered; anything else is kept and
 * answered once with the format and the category codes. Every message is stored once (a retried
 * callback changes nothing), and replies go only to mobile numbers and at most
 * {@code kc.sms.bantuan-per-hari} help replies a day to one sender, so a gateway's or an
 * auto-responder's answer never starts a loop.
 */
@Service
class LayananSms {

	private static final Logger log = LoggerFactory.getLogger(LayananSms.class);

	/** The channel a report filed here carries, and the outbox channel of its replies. */
	static final String SALURAN = Notifikasi.SMS;

	/** What became of a message. */
	enum Hasil {
		LAPORAN, BANTUAN, TANPA_BALASAN, TINDAK_LANJUT, DUPLIKAT
	}

	/** Indonesian mobile numbers (08…, 628…, +628…): replies go to people, never to a gateway's or a service's number. */
	private static final Pattern NOMOR_SELULER = Pattern.compile("(\\+?62|0)8[1-9][0-9]{6,11}");

	private static final Pattern PEMISAH_TELEPON = Pattern.compile("[\\s\\-.()]");

	private static final Locale INDONESIA = Locale.forLanguageTag("id");

	private final LayananPengaduan pengaduan;

	private final Notifikasi notifikasi;

	private final Wilayah wilayah;

	private final SmsRepository repo;

	private final SmsProperties properti;

	private final UrlDasar urlDasar;

	private final MessageSource pesan;

	private final TransactionTemplate tx;

	private final Clock clock;

	LayananSms(LayananPengaduan pengaduan, Notifikasi notifikasi, Wilayah wilayah, SmsRepository repo, SmsProperties properti,
			UrlDasar urlDasar, MessageSource pesan, TransactionTemplate tx, Clock clock) {
		this.pengaduan = pengaduan;
		this.notifikasi = notifikasi;
		this.wilayah = wilayah;
		this.repo = repo;
		this.properti = properti;
		this.urlDasar = urlDasar;
		this.pesan = pesan;
		this.tx = tx;
		this.clock = clock;
	}

	Hasil terima(PesanMasuk m) {
		String kunci = kunci(m);
		if (repo.ada(kunci)) {
			return Hasil.DUPLIKAT;
		}
		FormatSms.Hasil urai = format().urai(m.teks());
		if (urai instanceof FormatSms.Perintah p) {
			return tindakLanjut(m, p, kunci);
		}
		FormatSms.Alasan alasan = urai instanceof FormatSms.Salah salah ? salah.alasan() : null;
		if (urai instanceof FormatSms.Sah sah) {
			try {
				return ajukan(m, sah, kunci);
			}
			catch (PermintaanDitolakException ex) {
				// the format was right but pengaduan refused the report (a category closed meanwhile, a text too long)
				log.info("SMS report refused by pengaduan: {}", ex.kodePesan());
				alasan = FormatSms.Alasan.BUKAN_FORMAT;
			}
		}
		FormatSms.Alasan sebab = alasan;
		return tx.execute(status -> bantu(m, kunci, sebab));
	}

	/**
	 * The report, this message's row and the reply in the complaint module's one transaction; the key
	 * makes a concurrent twin of the callback answer with the first filing and store nothing.
	 */
	private Hasil ajukan(PesanMasuk m, FormatSms.Sah sah, String kunci) {
		String namaKelurahan = wilayah.kelurahan(sah.kelurahanKode()).map(Kelurahan::nama).orElse(sah.kelurahanKode());
		LaporanBaru laporan = new LaporanBaru(sah.kategoriKode(), sah.keluhan(), null, null, sah.kelurahanKode(),
				pesan.getMessage("sms.alamat", new Object[] { namaKelurahan }, INDONESIA), null, m.pengirim(), null, false, false,
				Map.of(), List.of(), SALURAN);
		boolean[] baru = { false };
		pengaduan.ajukan(laporan, kunci, tanda -> {
			baru[0] = true;
			repo.catat(kunci, m, Hasil.LAPORAN.name(), null, tanda.nomor(), clock.instant());
			if (bolehDibalas(m.pengirim())) {
				notifikasi.antre(new Pesan(SALURAN, m.pengirim(), "sms.diterima",
						List.of(tanda.nomor(), urlDasar.nilai() + "/pengaduan/" + tanda.nomor()), null));
			}
		});
		return baru[0] ? Hasil.LAPORAN : Hasil.DUPLIKAT;
	}

	/**
	 * A follow-up by reply, through the report's own reporter methods: only a report filed by SMS
	 * from this very number answers, and "not found" reads the same for an unknown number and for
	 * someone else's report. The command, this message's row and the reply commit together; a
	 * refusal is stored and answered in words in a transaction of its own.
	 */
	private Hasil tindakLanjut(PesanMasuk m, FormatSms.Perintah p, String kunci) {
		KontakPelapor kontak = new KontakPelapor(SALURAN, m.pengirim());
		try {
			Boolean baru = tx.execute(status -> {
				if (!repo.catat(kunci, m, Hasil.TINDAK_LANJUT.name(), null, p.nomor(), clock.instant())) {
					return false;
				}
				balas(m, laksanakan(p, kontak));
				return true;
			});
			return Boolean.TRUE.equals(baru) ? Hasil.TINDAK_LANJUT : Hasil.DUPLIKAT;
		}
		catch (PermintaanDitolakException ex) {
			boolean milik = ex.status() != HttpStatus.NOT_FOUND;
			Pesan jawaban = milik
					? new Pesan(SALURAN, m.pengirim(), "sms.ditolak", List.of(p.nomor(), pesan.getMessage(ex.kodePesan(), ex.argumen(), INDONESIA)), null)
					: new Pesan(SALURAN, m.pengirim(), "sms.tidak-ditemukan", List.of(p.nomor()), null);
			Boolean baru = tx.execute(status -> {
				if (!repo.catat(kunci, m, Hasil.TINDAK_LANJUT.name(), ex.kodePesan(), milik ? p.nomor() : null, clock.instant())) {
					return false;
				}
				balas(m, jawaban);
				return true;
			});
			return Boolean.TRUE.equals(baru) ? Hasil.TINDAK_LANJUT : Hasil.DUPLIKAT;
		}
	}

	/** Carries out a command; answers the reply. pengaduan sends the phone no status message of a change made here. */
	private Pesan laksanakan(FormatSms.Perintah p, KontakPelapor kontak) {
		String ke = kontak.telepon();
		return switch (p.jenis()) {
			case STATUS -> {
				LaporanPelapor l = pengaduan.milikPelapor(p.nomor(), kontak)
					.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pengaduan.tidak-ditemukan", p.nomor()));
				LocalDate tenggat = Waktu.wita(l.tenggat()).toLocalDate();
				yield l.catatanStatus().isEmpty()
						? new Pesan(SALURAN, ke, "sms.status", List.of(l.nomor(), new Kata(l.status().kodePesan()), tenggat), null)
						: new Pesan(SALURAN, ke, "sms.status-dengan-balasan",
								List.of(l.nomor(), new Kata(l.status().kodePesan()), tenggat, l.catatanStatus()), null);
			}
			case INFO -> {
				pengaduan.tambahInformasi(p.nomor(), kontak, p.teks());
				yield new Pesan(SALURAN, ke, "sms.informasi-ditambah", List.of(p.nomor()), null);
			}
			case SELESAI -> {
				pengaduan.konfirmasiSelesai(p.nomor(), kontak);
				yield new Pesan(SALURAN, ke, "sms.dikonfirmasi", List.of(p.nomor()), null);
			}
			case BUKA -> {
				pengaduan.bukaKembali(p.nomor(), kontak, p.teks());
				yield new Pesan(SALURAN, ke, "sms.dibuka-kembali", List.of(p.nomor()), null);
			}
			case NILAI -> {
				pengaduan.nilai(p.nomor(), kontak, p.bintang());
				yield new Pesan(SALURAN, ke, "sms.dinilai", List.of(p.nomor(), p.bintang()), null);
			}
		};
	}

	/** Replies go to mobile numbers only (never a loop with a gateway's or a service's number). */
	private void balas(PesanMasuk m, Pesan jawaban) {
		if (bolehDibalas(m.pengirim())) {
			notifikasi.antre(jawaban);
		}
	}

	private Hasil bantu(PesanMasuk m, String kunci, FormatSms.Alasan alasan) {
		Instant sekarang = clock.instant();
		boolean balas = bolehDibalas(m.pengirim())
				&& repo.bantuanSejak(m.pengirim(), sekarang.minus(Duration.ofDays(1))) < properti.bantuanPerHari();
		Hasil hasil = balas ? Hasil.BANTUAN : Hasil.TANPA_BALASAN;
		if (!repo.catat(kunci, m, hasil.name(), alasan.name(), null, sekarang)) {
			return Hasil.DUPLIKAT;
		}
		if (balas) {
			List<SmsRepository.KodeKategori> kode = kodeAktif();
			String daftar = kode.stream().map(k -> k.kode() + "=" + k.label()).collect(Collectors.joining(", "));
			notifikasi.antre(new Pesan(SALURAN, m.pengirim(), "sms.bantuan",
					List.of(new Kata(alasan.kodePesan()), properti.kataKunci().toUpperCase(Locale.ROOT), daftar,
							kode.isEmpty() ? "" : kode.get(0).kode(), contohKelurahan()),
					null));
		}
		return hasil;
	}

	/** A real kelurahan of the city for the example in the help reply. */
	private String contohKelurahan() {
		return wilayah.kelurahan().stream().map(Kelurahan::nama).filter(n -> !n.contains(" ")).findFirst().orElse("");
	}

	/**
	 * The parser over today's lists: active categories by their SMS code (or their own code when they
	 * have none), every kelurahan of the city and the known other names.
	 */
	FormatSms format() {
		Map<String, String> kategori = new HashMap<>();
		kodeAktif().forEach(k -> kategori.put(k.kode(), k.kategoriKode()));
		pengaduan.kategori().stream().filter(Kategori::aktif).forEach(k -> kategori.putIfAbsent(k.kode(), k.kode()));
		return new FormatSms(properti.kataKunci(), kategori,
				wilayah.kelurahan().stream().map(k -> new FormatSms.Tempat(k.kode(), k.nama())).toList(), repo.aliasKelurahan(),
				repo.kataPerintah());
	}

	/**
	 * The codes the help reply lists: of active categories, in the categories' order; a category
	 * without an SMS code is listed by its own code and name.
	 */
	private List<SmsRepository.KodeKategori> kodeAktif() {
		Map<String, SmsRepository.KodeKategori> perKategori = repo.kodeKategori().stream()
			.collect(Collectors.toMap(SmsRepository.KodeKategori::kategoriKode, k -> k));
		return pengaduan.kategori().stream().filter(Kategori::aktif)
			.map(k -> perKategori.getOrDefault(k.kode(), new SmsRepository.KodeKategori(k.kode(), k.kode(), k.nama())))
			.toList();
	}

	/** The gateway's message id when it sends one, else sender, its time stamp and the text. */
	static String kunci(PesanMasuk m) {
		return Sidik.sha256(m.id() != null && !m.id().isBlank() ? "id\n" + m.id().strip()
				: "isi\n" + m.pengirim() + "\n" + (m.waktu() == null ? "" : m.waktu()) + "\n" + m.teks());
	}

	static boolean bolehDibalas(String pengirim) {
		return NOMOR_SELULER.matcher(PEMISAH_TELEPON.matcher(pengirim).replaceAll("")).matches();
	}
}
