package id.kotacerdas.kepegawaian.internal.siasn;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.kepegawaian.internal.AksesKepegawaian;
import id.kotacerdas.kepegawaian.internal.siasn.TataLetakSiasn.Kolom;
import id.kotacerdas.platform.Nip;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;

/**
 * BKPPD imports a SIASN export as the reference the quality check compares against, kept with the
 * date its data is from. SIASN's values are kept as SIASN says them (a code the lists do not know
 * stays text, so the difference still shows); only a row without a valid NIP cannot be kept, and
 * is counted as skipped.
 */
@Service
class RujukanSiasn {

	private final SiasnRepository repo;

	private final PenerjemahSiasn penerjemah;

	private final AksesKepegawaian akses;

	private final AuditLog audit;

	private final Clock clock;

	RujukanSiasn(SiasnRepository repo, PenerjemahSiasn penerjemah, AksesKepegawaian akses, AuditLog audit, Clock clock) {
		this.repo = repo;
		this.penerjemah = penerjemah;
		this.akses = akses;
		this.audit = audit;
		this.clock = clock;
	}

	/** @return the stored snapshot */
	@Transactional
	SiasnRepository.Rujukan impor(Staf staf, LocalDate tanggalData, String namaBerkas, InputStream isi) {
		if (!akses.bolehMengubah(staf)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "kepegawaian.tidak-berwenang");
		}
		if (tanggalData == null || tanggalData.isAfter(LocalDate.now(clock.withZone(Waktu.WITA)))) {
			throw new PermintaanDitolakException(HttpStatus.BAD_REQUEST, "siasn.rujukan.tanggal");
		}
		long id = repo.rujukanBaru(tanggalData, namaBerkas, staf.username(), clock.instant());
		Map<String, Long> opd = penerjemah.opd();
		List<PegawaiSiasn> antre = new ArrayList<>();
		int[] dilewati = { 0 };
		Set<String> nipTerbaca = new HashSet<>();
		int jumlah = LembarSiasn.baca(isi, b -> {
			PegawaiSiasn p = baris(b, opd);
			if (p == null || !nipTerbaca.add(p.nip())) {
				dilewati[0]++;
				return;
			}
			antre.add(p);
			if (antre.size() == SiasnRepository.UKURAN_BATCH) {
				repo.tambahIsiRujukan(id, antre);
				antre.clear();
			}
		});
		if (!antre.isEmpty()) {
			repo.tambahIsiRujukan(id, antre);
		}
		repo.selesaiRujukan(id, jumlah - dilewati[0], dilewati[0]);
		audit.catat("pegawai.rujukan-siasn", "siasn-rujukan", String.valueOf(id), null,
				Map.of("berkas", namaBerkas, "tanggalData", tanggalData.toString(), "jumlah", jumlah - dilewati[0], "dilewati", dilewati[0]));
		return repo.rujukanTerbaru().orElseThrow();
	}

	private static final RecordComponent[] KOMPONEN = PegawaiSiasn.class.getRecordComponents();

	/** The row as SIASN says it, or null without a valid NIP. */
	private PegawaiSiasn baris(LembarSiasn.Baris b, Map<String, Long> opd) {
		Object[] nilai = new Object[KOMPONEN.length];
		for (int i = 0; i < KOMPONEN.length; i++) {
			Kolom k = TataLetakSiasn.kolomIsian(KOMPONEN[i].getName());
			nilai[i] = penerjemah.nilaiAtauTeks(k, b.teks(k), opd);
		}
		if (!(nilai[0] instanceof String nip) || !Nip.sah(nip)) {
			return null;
		}
		try {
			return PegawaiSiasn.class.getDeclaredConstructor(Arrays.stream(KOMPONEN).map(RecordComponent::getType).toArray(Class[]::new))
				.newInstance(nilai);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
