package id.kotacerdas.umkm.internal;

import java.time.Instant;
import java.util.List;

import id.kotacerdas.platform.Nik;

/**
 * A registered business as stored. Money is whole rupiah; {@code modal} and {@code penjualanTahunan} may be
 * unknown (null). {@code kelas} and {@code kriteriaQris} are derived by {@link UkuranUsaha} when read.
 */
record Usaha(long id, String nik, String namaPemilik, String telepon, String email, String nama, String alamat, String kelurahanKode,
		Double lat, Double lon, String kbli, BentukHukum bentukHukum, String nib, boolean punyaNpwp, Long modal, Long penjualanTahunan,
		int karyawan, String jamBuka, String whatsapp, String keterangan, boolean tampilPublik, StatusUsaha status, String permohonanKode,
		String dibantuOleh, Instant dibuat, Instant diaktifkan, List<KanalBayar> kanal) {

	/** The business as an import stores it: registered before, elsewhere, so active from the moment it is applied. */
	Usaha aktif(Instant waktu) {
		return new Usaha(id, nik, namaPemilik, telepon, email, nama, alamat, kelurahanKode, lat, lon, kbli, bentukHukum, nib, punyaNpwp, modal,
				penjualanTahunan, karyawan, jamBuka, whatsapp, keterangan, tampilPublik, StatusUsaha.AKTIF, permohonanKode, dibantuOleh, waktu, waktu,
				kanal);
	}

	/** The NIK as those who may not read it see it. */
	String nikTersamar() {
		return new Nik(nik).tersamar();
	}

	public boolean menerimaQris() {
		return kanal.stream().anyMatch(k -> k.jenis() == KanalBayar.Jenis.QRIS);
	}

	/** The WhatsApp chat link of the business number ({@code https://wa.me/62…}), or null. */
	public String tautanWhatsapp() {
		return whatsapp == null ? null : "https://wa.me/" + whatsapp;
	}
}
