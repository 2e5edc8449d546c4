package id.kotacerdas.kepegawaian.internal.kalender;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.notifikasi.Notifikasi;
import id.kotacerdas.notifikasi.Pesan;
import id.kotacerdas.platform.UrlDasar;
import id.kotacerdas.platform.Waktu;

/**
 * The monthly e-mail digest of the calendars to each agency's administrators: once per month per
 * agency, on the first run of the month (the job runs daily, so a day it did not run is caught up).
 * The row of {@code kepegawaian.ringkasan_kalender} keyed by agency and month is written in the same
 * transaction as the e-mails are queued, so a digest goes once however often the job runs, and a
 * transaction-scoped advisory lock keeps a second instance out of the same run. An agency with
 * nothing on its calendars gets its row but no e-mail.
 */
@Component
class RingkasanBulanan {

	private static final Logger log = LoggerFactory.getLogger(RingkasanBulanan.class);

	/** Subject and body in i18n/kepegawaian-kalender.properties. */
	static final String TEMPLAT = "kepegawaian.ringkasan.surel";

	/** Staff accounts keep no language: digests are in Indonesian, as the dates in their lines. */
	private static final DateTimeFormatter TANGGAL = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));

	private final KalenderRepository repo;

	private final KalenderPegawai kalender;

	private final AkunStaf akun;

	private final Notifikasi notifikasi;

	private final LabelReferensi label;

	private final UrlDasar urlDasar;

	private final TransactionTemplate tx;

	private final Clock clock;

	RingkasanBulanan(KalenderRepository repo, KalenderPegawai kalender, AkunStaf akun, Notifikasi notifikasi, LabelReferensi label,
			UrlDasar urlDasar, TransactionTemplate tx, Clock clock) {
		this.repo = repo;
		this.kalender = kalender;
		this.akun = akun;
		this.notifikasi = notifikasi;
		this.label = label;
		this.urlDasar = urlDasar;
		this.tx = tx;
		this.clock = clock;
	}

	@Scheduled(cron = "${kc.kepegawaian.kalender.jadwal-ringkasan:0 30 7 * * *}", zone = "Asia/Makassar")
	void terjadwal() {
		int n = kirim(LocalDate.now(clock.withZone(Waktu.WITA)));
		if (n > 0) {
			log.info("{} monthly personnel calendar digests recorded", n);
		}
	}

	/**
	 * Records and queues the digests of {@code hari}'s month not sent yet, in one transaction;
	 * answers how many agencies got theirs recorded now (0 when another instance holds the run).
	 */
	int kirim(LocalDate hari) {
		Integer n = tx.execute(s -> kirimDalamTransaksi(hari));
		return n == null ? 0 : n;
	}

	private int kirimDalamTransaksi(LocalDate hari) {
		if (!repo.kunciJalan()) {
			return 0;
		}
		LocalDate bulan = hari.withDayOfMonth(1);
		Map<Long, String> namaOpd = label.opd();
		Map<String, String> golongan = label.golongan(Locale.forLanguageTag("id"));
		AturanKalender aturan = kalender.aturan();
		int n = 0;
		for (long opdId : repo.opdBerpegawai()) {
			List<PegawaiRingkas> pegawai = repo.masihBekerja(opdId);
			RingkasanKalender r = new RingkasanKalender(kalender.butir(KalenderPegawai.Jenis.PANGKAT, pegawai, aturan, hari),
					kalender.butir(KalenderPegawai.Jenis.GAJI_BERKALA, pegawai, aturan, hari),
					kalender.butir(KalenderPegawai.Jenis.PENSIUN, pegawai, aturan, hari));
			List<String> penerima = r.kosong() ? List.of()
					: akun.adminOpd(opdId).stream().map(Staf::email).filter(Objects::nonNull).filter(e -> !e.isBlank()).toList();
			if (!repo.catatRingkasan(opdId, bulan, penerima, r, clock.instant())) {
				continue;
			}
			n++;
			String opd = namaOpd.getOrDefault(opdId, "");
			for (String tujuan : penerima) {
				notifikasi.antre(Pesan.email(tujuan, null, TEMPLAT, opd, bulan, (long) r.pangkat().size(), baris(r.pangkat(), golongan),
						(long) r.kgb().size(), baris(r.kgb(), golongan), (long) r.pensiun().size(), baris(r.pensiun(), golongan),
						urlDasar.nilai() + "/staf/kepegawaian/kalender"));
			}
		}
		return n;
	}

	/** "- 1 Juni 2026: Maria Bere (NIP …), III/c Penata", one line each. */
	private static String baris(List<KalenderPegawai.Butir> butir, Map<String, String> golongan) {
		return butir.stream()
			.map(b -> "- " + TANGGAL.format(b.tanggal()) + ": " + b.pegawai().namaLengkap() + " (NIP " + b.pegawai().nip() + "), "
					+ golongan.getOrDefault(b.pegawai().golongan(), ""))
			.collect(Collectors.joining("\n"));
	}
}
