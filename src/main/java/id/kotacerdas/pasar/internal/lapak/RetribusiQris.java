package id.kotacerdas.pasar.internal.lapak;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.qris.PembayaranDiterima;

/**
 * Retribution paid by QRIS and confirmed by the acquirer: the payment's reference names the bill — a stall's
 * retribution of a day, {@code RTB-<stall id>-<yyyyMMdd>}, the bill number a city counter's dynamic code carries —
 * and a matching payment is stored as that day's retribution. Every notification is kept with its outcome, so one
 * that cannot be matched (unknown reference, a stall that owes nothing, a wrong amount, a day already paid) waits
 * for staff instead of being lost, and the same notification delivered again changes nothing.
 */
@Service
class RetribusiQris {

	/** The bill number: short enough for QRIS's 25-character bill field. */
	static final Pattern REFERENSI = Pattern.compile("RTB-(\\d{1,12})-(\\d{8})");

	private static final DateTimeFormatter HARI = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

	/** Who "collected" a payment the acquirer confirmed: the provider, never a person. */
	static final String PETUGAS = "qris:";

	enum Hasil {
		DIBAYAR, BUKAN_TAGIHAN, LAPAK_TIDAK_ADA, TIDAK_WAJIB, JUMLAH_TIDAK_SAH, SUDAH_DIBAYAR
	}

	private final LapakRepository repo;

	private final Clock clock;

	RetribusiQris(LapakRepository repo, Clock clock) {
		this.repo = repo;
		this.clock = clock;
	}

	/** The bill number of a stall's retribution of a day. */
	static String referensi(long lapakId, LocalDate tanggal) {
		return "RTB-" + lapakId + "-" + HARI.format(tanggal);
	}

	/** After qris stored the notification; in its own transaction, retried by the event registry when it fails. */
	@ApplicationModuleListener
	void terima(PembayaranDiterima p) {
		catat(p);
	}

	Hasil catat(PembayaranDiterima p) {
		Optional<Hasil> lama = repo.hasilPembayaranQris(p);
		if (lama.isPresent()) {
			return lama.get();
		}
		Matcher m = REFERENSI.matcher(p.referensi() == null ? "" : p.referensi());
		LocalDate tanggal = m.matches() ? tanggal(m.group(2)) : null;
		if (tanggal == null) {
			return simpan(p, Hasil.BUKAN_TAGIHAN, null, null, null);
		}
		long lapakId = Long.parseLong(m.group(1));
		Optional<Lapak> lapak = repo.lapakUntukDiubah(lapakId);
		if (lapak.isEmpty()) {
			return simpan(p, Hasil.LAPAK_TIDAK_ADA, null, tanggal, null);
		}
		Lapak l = lapak.get();
		IsianDitolakException.Pemeriksa periksa = new IsianDitolakException.Pemeriksa();
		l.periksaJumlah(p.nominal(), periksa);
		if (periksa.ada()) {
			return simpan(p, l.wajibBayar() ? Hasil.JUMLAH_TIDAK_SAH : Hasil.TIDAK_WAJIB, lapakId, tanggal, null);
		}
		if (repo.retribusi(lapakId, tanggal).isPresent()) {
			// paid already (in cash, or by an earlier QRIS payment): a refund is staff's decision, not an overwrite
			return simpan(p, Hasil.SUDAH_DIBAYAR, lapakId, tanggal, null);
		}
		long retribusi = repo.simpanRetribusi(lapakId, tanggal, p.nominal(), l.tarif(), CaraBayar.QRIS, PETUGAS + p.penyedia(), p.waktu());
		return simpan(p, Hasil.DIBAYAR, lapakId, tanggal, retribusi);
	}

	private Hasil simpan(PembayaranDiterima p, Hasil hasil, Long lapakId, LocalDate tanggal, Long retribusiId) {
		repo.simpanPembayaranQris(p, hasil.name(), lapakId, tanggal, retribusiId, clock.instant());
		return hasil;
	}

	private static LocalDate tanggal(String teks) {
		try {
			return LocalDate.parse(teks, HARI);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** Payments that could not be matched, newest first, for staff to settle. */
	List<LapakRepository.PembayaranQris> belumCocok(int batas) {
		return repo.pembayaranQrisBelumCocok(batas);
	}
}
