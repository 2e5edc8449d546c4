package id.kotacerdas.kepegawaian.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * Who sees and keeps which employee records (issue 11, "Access and privacy"). The records are kept
 * by the personnel agency (BKPPD, {@code kc.kepegawaian.opd}) and Kominfo, city-wide; an agency's
 * administrator reads their agency's employees, leadership sees the statistics only (no register,
 * no records but their own), and every employee reads their own record. Personal data (full NIK,
 * contacts, address) is for the employee and the personnel administrators (BKPPD, Kominfo, the
 * employee's agency admin).
 */
@Component
public class AksesKepegawaian {

	private final DaftarOpd daftarOpd;

	private final String singkatanPersonalia;

	AksesKepegawaian(DaftarOpd daftarOpd, @Value("${kc.kepegawaian.opd}") String singkatanPersonalia) {
		this.daftarOpd = daftarOpd;
		this.singkatanPersonalia = singkatanPersonalia;
	}

	/** Whether the staff member may open the register at all. */
	public boolean bolehMelihatDaftar(Staf staf) {
		return staf.aktif() && staf.peran() != Peran.PETUGAS_TRC && staf.peran() != Peran.PEGAWAI
				&& staf.peran() != Peran.PIMPINAN;
	}

	/**
	 * The agency filter of the calendars and the DUK (null: the city), as of the register; refused
	 * (403) to whoever may not open the register.
	 */
	public Long lingkupKalender(Staf staf) {
		if (!bolehMelihatDaftar(staf)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "kepegawaian.kalender.tidak-berwenang");
		}
		return lingkup(staf);
	}

	/** The agency filter of the statistics: leadership's is the city, everyone else's that of the calendars. */
	public Long lingkupStatistik(Staf staf) {
		return staf.aktif() && staf.peran() == Peran.PIMPINAN ? null : lingkupKalender(staf);
	}

	/** The agency filter of the register: null for the city, else the admin's own agency. */
	public Long lingkup(Staf staf) {
		return bolehMengubah(staf) ? null : staf.lingkupOpd();
	}

	/** Keeping the records: Kominfo and the personnel agency's administrators, for the whole city. */
	public boolean bolehMengubah(Staf staf) {
		return staf.adminKota() || (staf.peran() == Peran.ADMIN_OPD && staf.adminAtas(staf.opdId()) && personalia(staf.opdId()));
	}

	public boolean diriSendiri(Staf staf, Pegawai p) {
		return staf.aktif() && staf.nip() != null && staf.nip().nilai().equals(p.nip());
	}

	public boolean bolehMelihat(Staf staf, Pegawai p) {
		if (diriSendiri(staf, p)) {
			return true;
		}
		Long lingkup = lingkup(staf);
		return bolehMelihatDaftar(staf) && (lingkup == null || lingkup.equals(p.opdId()));
	}

	/** Full NIK, contacts and address. */
	boolean bolehMelihatPribadi(Staf staf, Pegawai p) {
		return diriSendiri(staf, p) || bolehMengubah(staf) || (staf.peran() == Peran.ADMIN_OPD && staf.adminAtas(p.opdId()));
	}

	private boolean personalia(Long opdId) {
		return opdId != null && daftarOpd.cari(opdId).map(Opd::singkatan).filter(singkatanPersonalia::equalsIgnoreCase).isPresent();
	}
}
