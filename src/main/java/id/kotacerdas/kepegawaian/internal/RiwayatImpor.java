package id.kotacerdas.kepegawaian.internal;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The career-history writes the SIASN import ({@code internal.siasn}) needs, through the history's
 * own repository: a new record's first rows, a row for a changed rank, position or education, and
 * the record's current values derived again from the history. Only inside the import's transaction.
 */
@Component
public class RiwayatImpor {

	private final RiwayatRepository riwayat;

	RiwayatImpor(RiwayatRepository riwayat) {
		this.riwayat = riwayat;
	}

	/** The first rank, position and education rows of a record just created from its own values. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void tambahAwal(long pegawaiId, Instant waktu, String oleh) {
		riwayat.tambahAwal(pegawaiId, waktu, oleh);
	}

	/** A history row, then the record's current values of that kind derived again from the whole history. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void tambah(Riwayat r, Instant waktu, String oleh) {
		riwayat.tambah(r, waktu, oleh);
		riwayat.turunkan(r.pegawaiId(), r.jenis(), waktu);
	}
}
