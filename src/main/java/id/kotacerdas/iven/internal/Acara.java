package id.kotacerdas.iven.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;
import net.fortuna.ical4j.model.Recur;

/**
 * An event and the rules of its changes. Every change subscribers must see returns a copy with {@code urutan}
 * (the iCalendar SEQUENCE) one higher; the UID never changes.
 *
 * @param rrule an RFC 5545 RRULE value without the "RRULE:" prefix, or null for a one-off event
 * @param mulaiSebelumnya the start before the last postponement, or null
 * @param kontak the organiser's public contact for visitors, or null
 * @param dikecualikan the start dates (WITA) of single occurrences of a series that were cancelled (EXDATE)
 */
record Acara(long id, UUID uid, String judul, String deskripsi, JenisAcara jenis, String kelurahanKode, String tempat, double lat,
		double lon, Instant mulai, Instant selesai, String rrule, PenyelenggaraJenis penyelenggaraJenis, String penyelenggara,
		String kontak, UUID poster, boolean berbayar, Long harga, boolean eventKelurahan, StatusAcara status, Instant mulaiSebelumnya,
		int urutan, String permohonanKode, String diajukanOleh, Instant diubah, List<LocalDate> dikecualikan) {

	/** More occurrences than this in one view means a rule no calendar needs (every minute, for years). */
	static final int KEMUNCULAN_MAKS = 400;

	/** The submitted event is approved and published. */
	Acara dijadwalkan(Instant waktu) {
		harus(status == StatusAcara.DIAJUKAN, "iven.tidak-bisa.jadwalkan");
		return ubah(StatusAcara.DIJADWALKAN, mulai, selesai, mulaiSebelumnya, urutan, waktu);
	}

	/** The submission ends without publication (refused or withdrawn on the engine). */
	Acara berakhir(StatusAcara akhir, Instant waktu) {
		harus(status == StatusAcara.DIAJUKAN, "iven.tidak-bisa.jadwalkan");
		return ubah(akhir, mulai, selesai, mulaiSebelumnya, urutan, waktu);
	}

	/**
	 * Postponed to a new start and end: the start it had is kept as the earlier date, the sequence rises. A
	 * recurring series moves as a whole (its rule counts from the new start).
	 */
	Acara ditunda(Instant mulaiBaru, Instant selesaiBaru, Instant waktu) {
		harus(status.berlangsung(), "iven.tidak-bisa.ubah");
		if (!selesaiBaru.isAfter(mulaiBaru)) {
			throw new PermintaanDitolakException("iven.isian.selesai-sebelum-mulai");
		}
		if (mulaiBaru.equals(mulai) && selesaiBaru.equals(selesai)) {
			throw new PermintaanDitolakException("iven.isian.tanggal-sama");
		}
		return ubah(StatusAcara.DITUNDA, mulaiBaru, selesaiBaru, mulai, urutan + 1, waktu);
	}

	Acara dibatalkan(Instant waktu) {
		harus(status.berlangsung(), "iven.tidak-bisa.ubah");
		return ubah(StatusAcara.DIBATALKAN, mulai, selesai, mulaiSebelumnya, urutan + 1, waktu);
	}

	private Acara ubah(StatusAcara s, Instant m, Instant sl, Instant sebelumnya, int u, Instant waktu) {
		return new Acara(id, uid, judul, deskripsi, jenis, kelurahanKode, tempat, lat, lon, m, sl, rrule, penyelenggaraJenis, penyelenggara,
				kontak, poster, berbayar, harga, eventKelurahan, s, sebelumnya, u, permohonanKode, diajukanOleh, waktu, dikecualikan);
	}

	/**
	 * The public text changed (title, description, venue, contact, ticket): a new version, the sequence one higher.
	 * Dates change by postponement, which keeps the earlier date.
	 */
	Acara diubahIsi(String judulBaru, String deskripsiBaru, String tempatBaru, String kontakBaru, boolean berbayarBaru, Long hargaBaru,
			Instant waktu) {
		harus(status.berlangsung(), "iven.tidak-bisa.ubah");
		Acara baru = new Acara(id, uid, judulBaru, deskripsiBaru, jenis, kelurahanKode, tempatBaru, lat, lon, mulai, selesai, rrule,
				penyelenggaraJenis, penyelenggara, kontakBaru, poster, berbayarBaru, hargaBaru, eventKelurahan, status, mulaiSebelumnya,
				urutan + 1, permohonanKode, diajukanOleh, waktu, dikecualikan);
		if (bedaIsi(baru).isEmpty()) {
			throw new PermintaanDitolakException("iven.ubah.sama");
		}
		return baru;
	}

	/** The public fields in which another version of this event differs: judul, deskripsi, tempat, kontak, harga. */
	List<String> bedaIsi(Acara lain) {
		List<String> beda = new java.util.ArrayList<>();
		if (!judul.equals(lain.judul)) {
			beda.add("judul");
		}
		if (!deskripsi.equals(lain.deskripsi)) {
			beda.add("deskripsi");
		}
		if (!tempat.equals(lain.tempat)) {
			beda.add("tempat");
		}
		if (!java.util.Objects.equals(kontak, lain.kontak)) {
			beda.add("kontak");
		}
		if (berbayar != lain.berbayar || !java.util.Objects.equals(harga, lain.harga)) {
			beda.add("harga");
		}
		return beda;
	}

	/**
	 * One occurrence of a series cancelled, the series going on: its date joins the exceptions (EXDATE) and the
	 * sequence rises, so subscribed calendars drop that date.
	 */
	Acara tanpaKemunculan(LocalDate tanggal, Instant waktu) {
		harus(status.berlangsung(), "iven.tidak-bisa.ubah");
		if (rrule == null) {
			throw new PermintaanDitolakException(org.springframework.http.HttpStatus.CONFLICT, "iven.batal-satu.bukan-seri");
		}
		if (dikecualikan.contains(tanggal) || kemunculanPada(tanggal).isEmpty()) {
			throw new PermintaanDitolakException("iven.batal-satu.tanggal");
		}
		List<LocalDate> baru = new java.util.ArrayList<>(dikecualikan);
		baru.add(tanggal);
		baru.sort(null);
		return new Acara(id, uid, judul, deskripsi, jenis, kelurahanKode, tempat, lat, lon, mulai, selesai, rrule, penyelenggaraJenis,
				penyelenggara, kontak, poster, berbayar, harga, eventKelurahan, status, mulaiSebelumnya, urutan + 1, permohonanKode, diajukanOleh,
				waktu, List.copyOf(baru));
	}

	/** The occurrence starting on that date (WITA), cancelled or not; empty when the event has none that day. */
	java.util.Optional<ZonedDateTime> kemunculanPada(LocalDate tanggal) {
		return kemunculan(tanggal.atStartOfDay(Waktu.WITA).toInstant(), tanggal.plusDays(1).atStartOfDay(Waktu.WITA).toInstant()).stream()
			.filter(z -> z.toLocalDate().equals(tanggal)).findFirst();
	}

	/** Whether the occurrence starting on that date was cancelled on its own. */
	boolean dibatalkanPada(LocalDate tanggal) {
		return dikecualikan.contains(tanggal);
	}

	private void harus(boolean syarat, String kodePesan) {
		if (!syarat) {
			throw new PermintaanDitolakException(org.springframework.http.HttpStatus.CONFLICT, kodePesan);
		}
	}

	java.time.Duration lama() {
		return java.time.Duration.between(mulai, selesai);
	}

	/**
	 * The starts of the occurrences that overlap [{@code dari}, {@code sampai}), in WITA: the rule is expanded by
	 * ical4j from the first start in Asia/Makassar, so "every Saturday 18.00" stays 18.00 WITA across month ends.
	 * Occurrences cancelled on their own are included (the calendar shows them as cancelled; see {@link #dibatalkanPada}).
	 */
	List<ZonedDateTime> kemunculan(Instant dari, Instant sampai) {
		ZonedDateTime awal = Waktu.wita(mulai);
		if (rrule == null) {
			return mulai.isBefore(sampai) && selesai.isAfter(dari) ? List.of(awal) : List.of();
		}
		// an occurrence that began before the window but still runs in it counts
		ZonedDateTime cariDari = Waktu.wita(dari).minus(lama());
		return new Recur<ZonedDateTime>(rrule).getDates(awal, cariDari, Waktu.wita(sampai), KEMUNCULAN_MAKS).stream()
			.filter(z -> z.toInstant().isBefore(sampai) && z.toInstant().plus(lama()).isAfter(dari))
			.toList();
	}
}
