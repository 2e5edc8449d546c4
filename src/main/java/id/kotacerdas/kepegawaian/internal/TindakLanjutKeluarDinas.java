package id.kotacerdas.kepegawaian.internal;

import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.kotacerdas.akun.AkunKeluarDinas;
import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.kepegawaian.PegawaiKeluarDinas;
import id.kotacerdas.notifikasi.Notifikasi;
import id.kotacerdas.notifikasi.Pesan;
import id.kotacerdas.platform.Nip;

/**
 * What leaving service sets off on this side, in the transaction that recorded it: the staff
 * account with the employee's NIP is flagged for deactivation, and the agency's administrators are
 * told by e-mail (their vehicle, if they hold one, is flagged by the fleet register's own listener).
 */
@Component
class TindakLanjutKeluarDinas {

	static final String TEMPLAT = "kepegawaian.keluar-dinas";

	/** The message is written in Indonesian (no language of its own for a staff member): so is the legal status in it. */
	private static final Locale BAHASA = Locale.forLanguageTag("id");

	private final AkunKeluarDinas akunKeluar;

	private final AkunStaf akunStaf;

	private final Notifikasi notifikasi;

	private final KatalogReferensi referensi;

	TindakLanjutKeluarDinas(AkunKeluarDinas akunKeluar, AkunStaf akunStaf, Notifikasi notifikasi, KatalogReferensi referensi) {
		this.akunKeluar = akunKeluar;
		this.akunStaf = akunStaf;
		this.notifikasi = notifikasi;
		this.referensi = referensi;
	}

	@EventListener
	void tindakLanjut(PegawaiKeluarDinas keluar) {
		akunKeluar.tandai(Nip.dari(keluar.nip()), keluar.tanggal());
		String kedudukan = referensi.cari(KatalogReferensi.KEDUDUKAN_HUKUM, keluar.kedudukanHukum())
			.map(r -> r.label(BAHASA))
			.orElse(keluar.kedudukanHukum());
		for (Staf admin : akunStaf.adminOpd(keluar.opdId())) {
			notifikasi.antre(Pesan.email(admin.email(), BAHASA, TEMPLAT, keluar.nama(), keluar.nip(), kedudukan, keluar.tanggal()));
		}
	}
}
