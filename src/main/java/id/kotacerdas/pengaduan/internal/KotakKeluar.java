package id.kotacerdas.pengaduan.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notification outbox. Messages are written in the transaction of the change they report,
 * so none is lost, and delivered later, retried with growing pauses (at most six hours) until a
 * channel takes them; {@code skip locked} lets two instances
 * share the queue without sending anything twice. Messages for a channel this instance does not
 * have (an SMS gateway not yet configured) wait untouched until an instance that has it takes them.
 * A message's text is erased once sent, and a
 * message still undelivered after {@code kc.pengaduan.umur-pesan-maks} is deleted: the reporter's
 * copy carries the private follow-up link, which must not lie in the database in plain text for
 * longer than it is useful.
 */
@Component
class KotakKeluar {

	private static final Logger log = LoggerFactory.getLogger(KotakKeluar.class);

	private static final Duration TUNDA_MAKS = Duration.ofHours(6);

	private record Pesan(long id, String saluran, String tujuan, String subjek, String isi, int percobaan) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate tx;

	private final Map<String, SaluranNotifikasi> saluran;

	private final Duration umurMaks;

	KotakKeluar(JdbcClient jdbc, Clock clock, TransactionTemplate tx, List<SaluranNotifikasi> saluran, PengaduanProperties properti) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.tx = tx;
		this.umurMaks = properti.umurPesanMaks();
		this.saluran = saluran.stream().collect(Collectors.toMap(SaluranNotifikasi::nama, Function.identity()));
	}

	void antre(String namaSaluran, String tujuan, String subjek, String isi) {
		if (tujuan == null || tujuan.isBlank()) {
			return;
		}
		Instant sekarang = clock.instant();
		jdbc.sql("""
				insert into pengaduan.kotak_keluar (saluran, tujuan, subjek, isi, dibuat, berikutnya)
				values (:saluran, :tujuan, :subjek, :isi, :sekarang, :sekarang)""")
			.param("saluran", namaSaluran).param("tujuan", tujuan).param("subjek", subjek).param("isi", isi)
			.param("sekarang", PengaduanRepository.ts(sekarang))
			.update();
	}

	@Scheduled(fixedDelayString = "${kc.pengaduan.interval-kirim:30s}", initialDelayString = "10s")
	void kirimTertunda() {
		hapusKedaluwarsa();
		Integer terkirim;
		do {
			terkirim = tx.execute(s -> kirimSatuKelompok(20));
		}
		while (terkirim != null && terkirim == 20);
	}

	/** Deletes messages that could not be delivered in time; returns how many. */
	int hapusKedaluwarsa() {
		int dihapus = jdbc.sql("delete from pengaduan.kotak_keluar where terkirim is null and dibuat < :batas")
			.param("batas", PengaduanRepository.ts(clock.instant().minus(umurMaks))).update();
		if (dihapus > 0) {
			log.warn("{} notifications not delivered within {} deleted from the outbox", dihapus, umurMaks);
		}
		return dihapus;
	}

	/** Sends one batch; returns how many messages it took. Messages of channels not configured are left alone. */
	int kirimSatuKelompok(int maks) {
		List<String> siap = saluran.values().stream().filter(SaluranNotifikasi::siap).map(SaluranNotifikasi::nama).toList();
		if (siap.isEmpty()) {
			return 0;
		}
		Instant sekarang = clock.instant();
		List<Pesan> antrean = jdbc.sql("""
				select id, saluran, tujuan, subjek, isi, percobaan from pengaduan.kotak_keluar
				where terkirim is null and berikutnya <= :sekarang and saluran in (:siap)
				order by id limit :batas for update skip locked""")
			.param("sekarang", PengaduanRepository.ts(sekarang)).param("batas", maks).param("siap", siap)
			.query(Pesan.class).list();
		for (Pesan p : antrean) {
			try {
				saluran.get(p.saluran()).kirim(p.tujuan(), p.subjek(), p.isi());
				// the text may carry a private follow-up link: not kept once delivered
				jdbc.sql("update pengaduan.kotak_keluar set terkirim = :t, percobaan = percobaan + 1, isi = '' where id = :id")
					.param("t", PengaduanRepository.ts(sekarang)).param("id", p.id()).update();
			}
			catch (Exception ex) {
				log.warn("Notification {} via {} failed (attempt {}): {}", p.id(), p.saluran(), p.percobaan() + 1, ex.toString());
				Duration tunda = Duration.ofMinutes(1L << Math.min(p.percobaan(), 9));
				tunda = tunda.compareTo(TUNDA_MAKS) > 0 ? TUNDA_MAKS : tunda;
				jdbc.sql("""
						update pengaduan.kotak_keluar set percobaan = percobaan + 1, berikutnya = :b, galat_terakhir = :g
						where id = :id""")
					.param("b", PengaduanRepository.ts(sekarang.plus(tunda)))
					.param("g", ex.toString().substring(0, Math.min(500, ex.toString().length())))
					.param("id", p.id()).update();
			}
		}
		return antrean.size();
	}
}
