package id.kotacerdas.pengaduan.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.notifikasi.Kata;
import id.kotacerdas.notifikasi.Kontak;
import id.kotacerdas.notifikasi.Notifikasi;
import id.kotacerdas.notifikasi.Pesan;
import id.kotacerdas.platform.TampunganTransaksi;
import id.kotacerdas.platform.UrlDasar;

/**
 * Decides who hears about a change, and in which language, and queues the messages through
 * {@link Notifikasi}. Messages to the reporter are queued in the transaction of the change, in the
 * language the report was filed in; messages to staff (in Indonesian: accounts keep no language)
 * need the akun module to find the recipients, so they go through an event handled after commit,
 * which the event publication registry retries if it fails: a report is never refused because a
 * lookup failed.
 */
@Component
class Pemberitahu {

	/** Staff should hear about report {@code nomor}; {@code tingkat} is the escalation level or 0. */
	record UntukStaf(String nomor, String kode, String tujuan, int tingkat) {
	}

	/**
	 * A transaction's staff notifications as one event: a group commit of many filings stores one event
	 * publication (one round trip) and its listener queues all their messages in one transaction after it.
	 */
	record UntukStafKelompok(List<UntukStaf> isi) {
	}

	private final TampunganTransaksi<UntukStaf> untukStaf;

	/** A reply in a phone message: about two SMS parts, the whole text being on the report's page. */
	static final int BALASAN_TELEPON_MAKS = 280;

	private final Notifikasi notifikasi;

	private final AkunStaf akun;

	private final UrlDasar urlDasar;

	private final PengaduanRepository repo;

	private final ApplicationEventPublisher events;

	Pemberitahu(Notifikasi notifikasi, AkunStaf akun, UrlDasar urlDasar, PengaduanRepository repo, ApplicationEventPublisher events) {
		this.notifikasi = notifikasi;
		this.akun = akun;
		this.urlDasar = urlDasar;
		this.repo = repo;
		this.events = events;
		this.untukStaf = new TampunganTransaksi<>(isi -> events.publishEvent(new UntukStafKelompok(List.copyOf(isi))));
	}

	/** Filed: the receipt with the private link, in the language of the request that filed it (kept for later messages). */
	void diterima(Pengaduan p, String token) {
		Locale bahasa = bahasaPermintaan();
		if (bahasa != null) {
			repo.catatBahasaPelapor(p.id(), bahasa);
		}
		notifikasi.antre(Pesan.email(p.isi().email(), bahasa, "notif.diterima", p.nomor(), urlDasar.nilai() + Token.jalur(token)));
		kePetugas(p, "notif.ditugaskan");
	}

	/**
	 * A new follow-up link, asked for by its reporter, to the contact that matched, in the language of that request
	 * (by phone in the short text, as an SMS part holds 160 characters).
	 */
	void tautanBaru(Pengaduan p, Kontak tujuan, String token) {
		String templat = Notifikasi.EMAIL.equals(tujuan.saluran()) ? "notif.tautan-baru" : "notif.telepon.tautan-baru";
		notifikasi.antre(new Pesan(tujuan.saluran(), tujuan.alamat(), templat,
				List.of(p.nomor(), urlDasar.nilai() + Token.jalur(token)), bahasaPermintaan()));
	}

	/**
	 * A status change: by e-mail when the reporter gave one, and on the phone channel the report came
	 * by — unless the reporter made it from that phone ({@code keTelepon} false), where the chat answers.
	 */
	void kePelapor(Pengaduan p, String kode, boolean keTelepon) {
		kePelapor(p, kode, "", keTelepon);
	}

	/** A staff member's public reply: by e-mail a pointer to the private page, by phone the reply itself (shortened). */
	void balasanKePelapor(Pengaduan p, String teks) {
		kePelapor(p, "notif.balasan", teks, true);
	}

	private void kePelapor(Pengaduan p, String kode, String teks, boolean keTelepon) {
		Locale bahasa = repo.bahasaPelapor(p.id()).orElse(null);
		if (p.isi().email() != null && !p.isi().email().isBlank()) {
			notifikasi.antre(Pesan.email(p.isi().email(), bahasa, kode, p.nomor(), new Kata(p.status().kodePesan())));
		}
		Saluran saluran = Saluran.dariKode(p.isi().saluran()).orElse(Saluran.WEB);
		if (keTelepon && saluran.telepon() && p.isi().telepon() != null) {
			// a confidential report has no public page to point to
			String tautan = p.isi().rahasia() ? "" : urlDasar.nilai() + "/pengaduan/" + p.nomor();
			notifikasi.antre(new Pesan(saluran.kode(), p.isi().telepon(), kode.replace("notif.", "notif.telepon."),
					List.of(p.nomor(), new Kata(p.status().kodePesan()), tautan, ringkas(teks)), bahasa));
		}
	}

	/** A reply as a phone message carries it: at most {@link #BALASAN_TELEPON_MAKS} characters, the rest on the public page. */
	static String ringkas(String teks) {
		String t = teks == null ? "" : teks.strip().replaceAll("\\s+", " ");
		return t.length() <= BALASAN_TELEPON_MAKS ? t : t.substring(0, BALASAN_TELEPON_MAKS - 1).stripTrailing() + "…";
	}

	/** The language a web or API request chose (Indonesian unless English was asked for); null outside a request. */
	private static Locale bahasaPermintaan() {
		LocaleContext konteks = LocaleContextHolder.getLocaleContext();
		Locale bahasa = konteks == null ? null : konteks.getLocale();
		return bahasa == null || "id".equals(bahasa.getLanguage()) ? null : Locale.forLanguageTag(bahasa.getLanguage());
	}

	void kePetugas(Pengaduan p, String kode) {
		untukStaf.tambah(new UntukStaf(p.nomor(), kode, "petugas", 0));
	}

	void keDispatcher(Pengaduan p, String kode) {
		untukStaf.tambah(new UntukStaf(p.nomor(), kode, "dispatcher", 0));
	}

	void eskalasi(Pengaduan p, int tingkat, String kode) {
		untukStaf.tambah(new UntukStaf(p.nomor(), kode, "eskalasi", tingkat));
	}

	/**
	 * A group commit's staff notifications, in one transaction: the reports in one query, and each team's,
	 * agency's or the dispatchers' recipients looked up once for the whole group (a burst of filings to one
	 * team costs a few queries, not a few per filing).
	 */
	@ApplicationModuleListener
	public void antreUntukStafKelompok(UntukStafKelompok kelompok) {
		Map<String, Pengaduan> laporan = repo.cariSemua(kelompok.isi().stream().map(UntukStaf::nomor).distinct().toList());
		Penerima penerima = new Penerima();
		for (UntukStaf u : kelompok.isi()) {
			Pengaduan p = laporan.get(u.nomor());
			if (p != null) {
				antre(u, p, penerima);
			}
		}
	}

	/** Still listens for single notifications: publications stored before they were grouped are resubmitted here. */
	@ApplicationModuleListener
	public void antreUntukStaf(UntukStaf u) {
		repo.cari(u.nomor()).ifPresent(p -> antre(u, p, new Penerima()));
	}

	private void antre(UntukStaf u, Pengaduan p, Penerima penerima) {
		switch (u.tujuan()) {
			case "dispatcher" -> kirim(penerima.adminKominfo(), p, u.kode());
			// level 1 goes to the agency head, level 2 to the Kominfo dispatchers
			case "eskalasi" -> kirim(u.tingkat() == 1 && p.opdId() != null ? penerima.adminOpd(p.opdId()) : penerima.adminKominfo(), p,
					u.kode());
			default -> kirim(petugas(p, penerima), p, u.kode());
		}
	}

	/** The assigned team, else the agency's administrators, else the dispatchers. */
	private static List<Staf> petugas(Pengaduan p, Penerima penerima) {
		List<Staf> tujuan = p.timId() != null ? penerima.anggotaTim(p.timId()) : List.of();
		if (tujuan.isEmpty() && p.opdId() != null) {
			tujuan = penerima.adminOpd(p.opdId());
		}
		return tujuan.isEmpty() ? penerima.adminKominfo() : tujuan;
	}

	/** Recipients looked up once per listener call (one transaction), whatever the number of reports in it. */
	private final class Penerima {

		private final Map<Long, List<Staf>> tim = new HashMap<>();

		private final Map<Long, List<Staf>> opd = new HashMap<>();

		private List<Staf> kominfo;

		List<Staf> anggotaTim(long timId) {
			return tim.computeIfAbsent(timId, akun::anggotaTim);
		}

		List<Staf> adminOpd(long opdId) {
			return opd.computeIfAbsent(opdId, akun::adminOpd);
		}

		List<Staf> adminKominfo() {
			if (kominfo == null) {
				kominfo = akun.adminKominfo();
			}
			return kominfo;
		}
	}

	private void kirim(List<Staf> tujuan, Pengaduan p, String kode) {
		String tautan = urlDasar.nilai() + "/staf/pengaduan/" + p.nomor();
		for (Staf s : tujuan) {
			notifikasi.antre(Pesan.email(s.email(), null, kode, p.nomor(), tautan));
		}
	}
}
