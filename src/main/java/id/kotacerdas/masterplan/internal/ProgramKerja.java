package id.kotacerdas.masterplan.internal;

import id.kotacerdas.platform.ElemenKotaCerdas;

/** A programme of the masterplan in one element, with the agency responsible for it. */
record ProgramKerja(long id, String kode, ElemenKotaCerdas elemen, String nama, String deskripsi, long opdId, boolean quickWin,
		String rujukanRpjmd, String kodeIso, int urutan) {
}
