package id.kotacerdas.evaluasi.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.berkas.BerkasBaru;
import id.kotacerdas.berkas.LayananBerkas;
import id.kotacerdas.berkas.Pemilik;
import id.kotacerdas.evaluasi.internal.SpbeRepository.Penilaian;
import id.kotacerdas.evaluasi.internal.SumberBaris.Bukti;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;

/**
 * Kominfo's SPBE self-assessment: a maturity level 0–5 per indicator and year, with its explanation and evidence.
 * A level above 0 claims something exists, so it needs at least one evidence file (PermenPANRB 59/2020 asks a
 * bukti dukung for each level claimed). Every change is audited.
 */
@Service
class PenilaianSpbe {

	static final int TINGKAT_MIN = 0;

	static final int TINGKAT_MAKS = 5;

	/** SPBE evaluations began in 2018 (PermenPANRB 5/2018); no assessment is older. */
	static final int TAHUN_AWAL = 2018;

	static final int PANJANG_PENJELASAN = 4000;

	static final Pemilik PEMILIK = new Pemilik("evaluasi", "bukti-spbe");

	/** An uploaded evidence file with the name it came with. */
	record Unggahan(String nama, byte[] isi) {
	}

	private final SpbeRepository repo;

	private final LayananBerkas berkas;

	private final AuditLog audit;

	private final TransactionTemplate transaksi;

	private final Clock clock;

	PenilaianSpbe(SpbeRepository repo, LayananBerkas berkas, AuditLog audit, PlatformTransactionManager tm, Clock clock) {
		this.repo = repo;
		this.berkas = berkas;
		this.audit = audit;
		this.transaksi = new TransactionTemplate(tm);
		this.clock = clock;
	}

	/** The years one may assess: from the first SPBE evaluation to this year (WITA). */
	int tahunIni() {
		return LocalDate.now(clock.withZone(Waktu.WITA)).getYear();
	}

	void periksaTahun(int tahun) {
		if (tahun < TAHUN_AWAL || tahun > tahunIni()) {
			throw PermintaanDitolakException.tidakDitemukan("evaluasi.tahun-tidak-ada", tahun);
		}
	}

	/**
	 * Checks everything first (400 with every problem, nothing stored), then stores the evidence files outside the
	 * transaction and the assessment with them inside it.
	 */
	void nilai(Staf staf, int tahun, int nomor, String tingkatTeks, String penjelasan, List<Unggahan> unggahan) {
		if (!staf.adminKota()) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "evaluasi.bukan-kominfo");
		}
		periksaTahun(tahun);
		repo.indikator(nomor).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("evaluasi.spbe.tidak-ada", nomor));
		Penilaian lama = repo.penilaian(tahun).get(nomor);
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		Integer tingkat = p.periksa("tingkat", () -> tingkat(tingkatTeks));
		String alasan = penjelasan == null ? "" : penjelasan.strip();
		if (alasan.isEmpty() || alasan.length() > PANJANG_PENJELASAN) {
			p.tolak("penjelasan", "evaluasi.spbe.penjelasan", PANJANG_PENJELASAN);
		}
		boolean adaBukti = !unggahan.isEmpty() || (lama != null && !lama.bukti().isEmpty());
		if (tingkat != null && tingkat > TINGKAT_MIN && !adaBukti) {
			p.tolak("berkas", "evaluasi.spbe.bukti-wajib");
		}
		p.lempar();
		// stored durably with no transaction open, registered with the assessment (a refused PDF stops here, 4xx)
		List<BerkasBaru> baru = new ArrayList<>();
		for (Unggahan u : unggahan) {
			baru.add(berkas.simpanDokumen(PEMILIK, u.isi()));
		}
		String oleh = staf.nama() == null ? staf.username() : staf.nama();
		Penilaian sekarang = new Penilaian(tahun, nomor, tingkat, alasan, oleh, clock.instant(), List.of());
		transaksi.executeWithoutResult(s -> {
			repo.simpan(sekarang);
			for (int i = 0; i < baru.size(); i++) {
				berkas.catat(baru.get(i));
				repo.tambahBukti(tahun, nomor, new Bukti(baru.get(i).berkas().id(), namaBerkas(unggahan.get(i).nama(), i)));
			}
			audit.catat("evaluasi.spbe.dinilai", "penilaian_spbe", tahun + "/" + nomor,
					lama == null ? null : Map.of("tingkat", lama.tingkat(), "penjelasan", lama.penjelasan()),
					Map.of("tingkat", tingkat, "penjelasan", alasan, "buktiBaru", baru.size()));
		});
	}

	private static Integer tingkat(String teks) {
		int t;
		try {
			t = Integer.parseInt(teks == null ? "" : teks.strip());
		}
		catch (NumberFormatException ex) {
			throw new PermintaanDitolakException("evaluasi.spbe.tingkat-salah", TINGKAT_MIN, TINGKAT_MAKS);
		}
		if (t < TINGKAT_MIN || t > TINGKAT_MAKS) {
			throw new PermintaanDitolakException("evaluasi.spbe.tingkat-salah", TINGKAT_MIN, TINGKAT_MAKS);
		}
		return t;
	}

	/** The file's own name without any folder, for the ZIP; a file without one is named by its place. */
	static String namaBerkas(String asli, int ke) {
		String nama = asli == null ? "" : asli.replace('\\', '/');
		nama = nama.substring(nama.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N} ._()-]", "_").strip();
		if (nama.isEmpty() || nama.startsWith(".")) {
			nama = "bukti-" + (ke + 1) + ".pdf";
		}
		return nama.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? nama : nama + ".pdf";
	}
}
