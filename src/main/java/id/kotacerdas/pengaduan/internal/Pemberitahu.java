package id.kotacerdas.pengaduan.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.platform.UrlDasar;

/**
 * Decides who hears about a change and puts the messages into the outbox. Messages to the
 * reporter are queued in the transaction of the change; messages to staff need the akun module
 * to find the recipients, so they go through an event handled after commit, which the event
 * publication registry retries if it fails: a report is never refused because a lookup failed.
 */
@Component
class Pemberitahu {

	/** Staff should hear about report {@code nomor}; {@code tingkat} is the escalation level or 0. */
	record UntukStaf(String nomor, String kode, String tujuan, int tingkat) {
	}

	private static final Locale ID = Locale.forLanguageTag("id");

	private final KotakKeluar kotak;

	private final AkunStaf akun;

	private final MessageSource pesan;

	private final UrlDasar urlDasar;

	private final PengaduanRepository repo;

	private final ApplicationEventPublisher events;

	Pemberitahu(KotakKeluar kotak, AkunStaf akun, MessageSource pesan, UrlDasar urlDasar, PengaduanRepository repo,
			ApplicationEventPublisher events) {
		this.kotak = kotak;
		this.akun = akun;
		this.pesan = pesan;
		this.urlDasar = urlDasar;
		this.repo = repo;
		this.events = events;
	}

	void diterima(Pengaduan p, String token) {
		String tautan = urlDasar.nilai() + Token.jalur(token);
		kotak.antre("email", p.isi().email(), teks("notif.diterima.subjek", p.nomor()), teks("notif.diterima.isi", p.nomor(), tautan));
		kePetugas(p, "notif.ditugaskan");
	}

	/** A new follow-up link, asked for by its reporter, to the contact that matched. */
	void tautanBaru(Pengaduan p, PengaduanService.Tujuan tujuan, String token) {
		kotak.antre(tujuan.saluran(), tujuan.alamat(), teks("notif.tautan-baru.subjek", p.nomor()),
				teks("notif.tautan-baru.isi", p.nomor(), urlDasar.nilai() + Token.jalur(token)));
	}

	void kePelapor(Pengaduan p, String kode) {
		kotak.antre("email", p.isi().email(), teks(kode + ".subjek", p.nomor()),
				teks(kode + ".isi", p.nomor(), teks(p.status().kodePesan())));
	}

	void kePetugas(Pengaduan p, String kode) {
		events.publishEvent(new UntukStaf(p.nomor(), kode, "petugas", 0));
	}

	void keDispatcher(Pengaduan p, String kode) {
		events.publishEvent(new UntukStaf(p.nomor(), kode, "dispatcher", 0));
	}

	void eskalasi(Pengaduan p, int tingkat, String kode) {
		events.publishEvent(new UntukStaf(p.nomor(), kode, "eskalasi", tingkat));
	}

	@ApplicationModuleListener
	public void antreUntukStaf(UntukStaf u) {
		repo.cari(u.nomor()).ifPresent(p -> {
			switch (u.tujuan()) {
				case "dispatcher" -> kirim(akun.adminKominfo(), p, u.kode());
				// level 1 goes to the agency head, level 2 to the Kominfo dispatchers
				case "eskalasi" -> kirim(u.tingkat() == 1 && p.opdId() != null ? akun.adminOpd(p.opdId()) : akun.adminKominfo(), p, u.kode());
				default -> kirim(petugas(p), p, u.kode());
			}
		});
	}

	/** The assigned team, else the agency's administrators, else the dispatchers. */
	private List<Staf> petugas(Pengaduan p) {
		List<Staf> tujuan = p.timId() != null ? akun.anggotaTim(p.timId()) : List.of();
		if (tujuan.isEmpty() && p.opdId() != null) {
			tujuan = akun.adminOpd(p.opdId());
		}
		return tujuan.isEmpty() ? akun.adminKominfo() : tujuan;
	}

	private void kirim(List<Staf> tujuan, Pengaduan p, String kode) {
		String tautan = urlDasar.nilai() + "/staf/pengaduan/" + p.nomor();
		for (Staf s : tujuan) {
			kotak.antre("email", s.email(), teks(kode + ".subjek", p.nomor()), teks(kode + ".isi", p.nomor(), tautan));
		}
	}

	private String teks(String kode, Object... argumen) {
		return pesan.getMessage(kode, argumen, kode, ID);
	}
}
