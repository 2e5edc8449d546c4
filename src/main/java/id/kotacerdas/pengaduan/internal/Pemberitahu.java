package id.kotacerdas.pengaduan.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.akun.Staf;

/** Decides who hears about a change and puts the messages into the outbox. */
@Component
class Pemberitahu {

	private static final Locale ID = Locale.forLanguageTag("id");

	private final KotakKeluar kotak;

	private final AkunStaf akun;

	private final MessageSource pesan;

	private final PengaduanProperties properti;

	Pemberitahu(KotakKeluar kotak, AkunStaf akun, MessageSource pesan, PengaduanProperties properti) {
		this.kotak = kotak;
		this.akun = akun;
		this.pesan = pesan;
		this.properti = properti;
	}

	void diterima(Pengaduan p, String token) {
		String tautan = properti.urlDasar() + "/pengaduan/tindak-lanjut/" + token;
		kotak.antre("email", p.isi().email(), teks("notif.diterima.subjek", p.nomor()), teks("notif.diterima.isi", p.nomor(), tautan));
		kePetugas(p, "notif.ditugaskan");
	}

	void kePelapor(Pengaduan p, String kode) {
		kotak.antre("email", p.isi().email(), teks(kode + ".subjek", p.nomor()),
				teks(kode + ".isi", p.nomor(), teks(p.status().kodePesan())));
	}

	/** The assigned team, else the agency's administrators, else the dispatchers. */
	void kePetugas(Pengaduan p, String kode) {
		List<Staf> tujuan = p.timId() != null ? akun.anggotaTim(p.timId()) : List.of();
		if (tujuan.isEmpty() && p.opdId() != null) {
			tujuan = akun.adminOpd(p.opdId());
		}
		if (tujuan.isEmpty()) {
			tujuan = akun.adminKominfo();
		}
		kirim(tujuan, p, kode);
	}

	void keDispatcher(Pengaduan p, String kode) {
		kirim(akun.adminKominfo(), p, kode);
	}

	/** Level 1 goes to the agency head, level 2 to the Kominfo dispatchers. */
	void eskalasi(Pengaduan p, int tingkat) {
		kirim(tingkat == 1 && p.opdId() != null ? akun.adminOpd(p.opdId()) : akun.adminKominfo(), p, "notif.eskalasi");
	}

	private void kirim(List<Staf> tujuan, Pengaduan p, String kode) {
		String tautan = properti.urlDasar() + "/staf/pengaduan/" + p.nomor();
		for (Staf s : tujuan) {
			kotak.antre("email", s.email(), teks(kode + ".subjek", p.nomor()), teks(kode + ".isi", p.nomor(), tautan));
		}
	}

	private String teks(String kode, Object... argumen) {
		return pesan.getMessage(kode, argumen, kode, ID);
	}
}
