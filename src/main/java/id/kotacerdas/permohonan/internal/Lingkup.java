package id.kotacerdas.permohonan.internal;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.platform.Peran;

/**
 * Which steps' applications a staff member's worklist holds: the agency they see (null: every
 * agency), one of its units if they chose one, and their role where steps name a role (null: any,
 * for the city-wide and for an agency's administrators, who may act on every step of their agency).
 */
record Lingkup(Long opdId, String unit, Peran peran) {

	static Lingkup untuk(Staf staf, String unit) {
		Long opd = staf.lingkupOpd();
		Peran peran = opd == null || staf.adminAtas(opd) ? null : staf.peran();
		return new Lingkup(opd, unit == null || unit.isBlank() ? null : unit, peran);
	}
}
