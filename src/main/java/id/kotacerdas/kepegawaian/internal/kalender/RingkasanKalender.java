package id.kotacerdas.kepegawaian.internal.kalender;

import java.util.List;

/** What an agency's monthly digest reports: its three calendars as of the digest's day. */
record RingkasanKalender(List<KalenderPegawai.Butir> pangkat, List<KalenderPegawai.Butir> kgb, List<KalenderPegawai.Butir> pensiun) {

	boolean kosong() {
		return pangkat.isEmpty() && kgb.isEmpty() && pensiun.isEmpty();
	}
}
