package id.kotacerdas.kalender.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.kalender.HariLibur;
import id.kotacerdas.kalender.HariLiburDiubah;
import id.kotacerdas.platform.IsianDitolakException;

/** Kominfo administrators keep the city's holidays: entered once, they count in every module's deadlines. */
@Service
class AdministrasiLibur {

	/** As long as the column {@code kalender.hari_libur.nama}. */
	static final int PANJANG_NAMA = 120;

	private final HariLiburRepository repo;

	private final AuditLog audit;

	private final ApplicationEventPublisher peristiwa;

	AdministrasiLibur(HariLiburRepository repo, AuditLog audit, ApplicationEventPublisher peristiwa) {
		this.repo = repo;
		this.audit = audit;
		this.peristiwa = peristiwa;
	}

	/** @param tanggal as a date field sends it ({@code 2027-08-17}); anything else is refused at the field */
	@Transactional
	HariLibur simpan(String tanggal, String nama, boolean cutiBersama) {
		IsianDitolakException.Pemeriksa periksa = new IsianDitolakException.Pemeriksa();
		LocalDate hari = tanggal(tanggal);
		if (hari == null) {
			periksa.tolak("tanggal", "kalender.libur.tanggal-wajib");
		}
		String bersih = nama == null ? "" : nama.strip();
		if (bersih.isEmpty() || bersih.length() > PANJANG_NAMA) {
			periksa.tolak("nama", "kalender.libur.nama-wajib", PANJANG_NAMA);
		}
		periksa.lempar();
		HariLibur h = new HariLibur(hari, bersih, cutiBersama);
		repo.simpan(h);
		audit.catat("hari-libur.disimpan", "hari-libur", hari.toString(), null, h);
		peristiwa.publishEvent(new HariLiburDiubah(hari));
		return h;
	}

	@Transactional
	void hapus(LocalDate tanggal) {
		if (repo.hapus(tanggal) == 1) {
			audit.catat("hari-libur.dihapus", "hari-libur", tanggal.toString(), Map.of("tanggal", tanggal.toString()), null);
			peristiwa.publishEvent(new HariLiburDiubah(tanggal));
		}
	}

	private static LocalDate tanggal(String teks) {
		if (teks == null || teks.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(teks.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}
}
