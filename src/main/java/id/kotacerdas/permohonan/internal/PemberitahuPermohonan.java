package id.kotacerdas.permohonan.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.notifikasi.Kontak;
import id.kotacerdas.notifikasi.Notifikasi;
import id.kotacerdas.notifikasi.Pesan;
import id.kotacerdas.permohonan.PermohonanBerubah;
import id.kotacerdas.permohonan.StatusPermohonan;
import id.kotacerdas.permohonan.TandaTerimaPermohonan;
import id.kotacerdas.platform.UrlDasar;

/**
 * Who hears of a step, queued through {@link Notifikasi} in the transaction of the change: the
 * applicant on every contact they gave (e-mail, and the phone gateway when the city has one), in
 * the language they filed in; the owning agency's administrators when a step is overdue.
 */
@Component
class PemberitahuPermohonan {

	private final Notifikasi notifikasi;

	private final AkunStaf akun;

	private final UrlDasar urlDasar;

	private final PermohonanRepository repo;

	PemberitahuPermohonan(Notifikasi notifikasi, AkunStaf akun, UrlDasar urlDasar, PermohonanRepository repo) {
		this.notifikasi = notifikasi;
		this.akun = akun;
		this.urlDasar = urlDasar;
		this.repo = repo;
	}

	/** The receipt: the code and the private link (its only appearance besides the receipt page). */
	void diajukan(Permohonan p, TandaTerimaPermohonan tanda, Locale bahasa) {
		kePemohon(p, bahasa, "permohonan.notif.diajukan", p.kode(), p.alur().nama(), tanda.tautanPribadi(), (long) p.alur().batasHariKerja());
	}

	void berubah(Permohonan p, PermohonanBerubah e) {
		Locale bahasa = repo.bahasa(p.id()).orElse(null);
		String tautan = urlDasar.nilai() + LayananPermohonan.jalurLacak(p.kode());
		switch (e.tindakan()) {
			case SETUJUI -> {
				if (e.status() == StatusPermohonan.SELESAI) {
					kePemohon(p, bahasa, "permohonan.notif.selesai", p.kode(), p.alur().nama(), tautan);
				}
				else {
					kePemohon(p, bahasa, "permohonan.notif.lanjut", p.kode(), p.tahap().nama(), tautan);
				}
			}
			case KEMBALIKAN -> kePemohon(p, bahasa, "permohonan.notif.kembalikan", p.kode(), e.alasan(),
					String.join("; ", p.keadaan().kekurangan), tautan);
			case TOLAK -> kePemohon(p, bahasa, "permohonan.notif.tolak", p.kode(), e.alasan(), tautan);
			case AJUKAN_ULANG -> kePemohon(p, bahasa, "permohonan.notif.ajukan-ulang", p.kode(), p.tahap().nama(), tautan);
			case BATALKAN -> kePemohon(p, bahasa, "permohonan.notif.batalkan", p.kode(), tautan);
			case AJUKAN -> {
				// the receipt goes out with the private link, see diajukan
			}
		}
	}

	/** The owning agency's administrators (its head), else the city's, hear once that a step is overdue. */
	void eskalasi(Permohonan p) {
		List<Staf> tujuan = new ArrayList<>(akun.adminOpd(p.tahap().opdId()));
		if (tujuan.isEmpty()) {
			tujuan.addAll(akun.adminKominfo());
		}
		String tautan = urlDasar.nilai() + "/staf/permohonan/" + p.kode();
		for (Staf s : tujuan) {
			notifikasi.antre(Pesan.email(s.email(), null, "permohonan.notif.eskalasi", p.kode(), p.tahap().nama(), tautan));
		}
	}

	/** E-mail is always queued (as every message to the applicant); a phone only where the city has a gateway. */
	boolean bisaKirim(Kontak tujuan) {
		return Notifikasi.EMAIL.equals(tujuan.saluran()) || notifikasi.tersedia(tujuan.saluran());
	}

	/** The new private link, to the matched contact only. */
	void tautanBaru(Permohonan p, Kontak tujuan, String tautanPribadi) {
		Locale bahasa = repo.bahasa(p.id()).orElse(null);
		notifikasi.antre(new Pesan(tujuan.saluran(), tujuan.alamat(), "permohonan.notif.tautan-baru", List.of(p.kode(), p.alur().nama(),
				tautanPribadi), bahasa));
	}

	private void kePemohon(Permohonan p, Locale bahasa, String templat, Object... parameter) {
		notifikasi.antre(Pesan.email(p.isi().email(), bahasa, templat, parameter));
		if (p.isi().telepon() != null && notifikasi.tersedia(Notifikasi.SMS)) {
			notifikasi.antre(new Pesan(Notifikasi.SMS, p.isi().telepon(), templat, List.of(parameter), bahasa));
		}
	}
}
