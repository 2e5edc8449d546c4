package id.kotacerdas.masterplan.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.PermintaanDitolakException;

/** Kominfo's edits of the register: a programme's particulars, an indicator's baseline and targets. Audited; a refused edit changes nothing. */
@Component
class PengelolaanRegister {

	private static final int NAMA_MAKS = 200;

	private static final int TEKS_MAKS = 2000;

	private final MasterplanRepository repo;

	private final DaftarOpd daftarOpd;

	private final AuditLog audit;

	private final TransactionTemplate tx;

	private final Clock clock;

	PengelolaanRegister(MasterplanRepository repo, DaftarOpd daftarOpd, AuditLog audit, TransactionTemplate tx, Clock clock) {
		this.repo = repo;
		this.daftarOpd = daftarOpd;
		this.audit = audit;
		this.tx = tx;
		this.clock = clock;
	}

	record IsianProgram(String nama, String deskripsi, String opd, String quickWin, String rujukanRpjmd, String kodeIso) {
	}

	ProgramKerja ubahProgram(long id, IsianProgram f, Staf staf) {
		wajibKominfo(staf);
		ProgramKerja lama = repo.cariProgram(id).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("masterplan.register.tidak-ada"));
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		String nama = teks(f.nama());
		if (nama.isEmpty() || nama.length() > NAMA_MAKS) {
			p.tolak("nama", "masterplan.register.nama-wajib", NAMA_MAKS);
		}
		Opd opd = null;
		try {
			opd = daftarOpd.cari(Long.parseLong(teks(f.opd()))).filter(Opd::aktif).orElse(null);
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		if (opd == null) {
			p.tolak("opd", "masterplan.register.opd-wajib");
		}
		for (var kolom : Map.of("deskripsi", teks(f.deskripsi()), "rujukanRpjmd", teks(f.rujukanRpjmd()), "kodeIso", teks(f.kodeIso())).entrySet()) {
			if (kolom.getValue().length() > TEKS_MAKS) {
				p.tolak(kolom.getKey(), "masterplan.register.terlalu-panjang", TEKS_MAKS);
			}
		}
		p.lempar();
		ProgramKerja baru = new ProgramKerja(id, lama.kode(), lama.elemen(), nama, teks(f.deskripsi()), opd.id(), f.quickWin() != null,
				teks(f.rujukanRpjmd()), teks(f.kodeIso()), lama.urutan());
		tx.executeWithoutResult(s -> {
			repo.ubahProgram(baru, clock.instant());
			audit.catat("masterplan.program-diubah", "program", Long.toString(id), lama, baru);
		});
		return baru;
	}

	/**
	 * @param target year → value as typed; an empty value removes that year's target
	 */
	void ubahTarget(long indikatorId, String baselineTahun, String baselineNilai, Map<String, String> target, Staf staf) {
		wajibKominfo(staf);
		IndikatorProgram lama = repo.indikator().stream().filter(i -> i.id() == indikatorId).findFirst()
			.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("masterplan.indikator.tidak-ada"));
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		Integer bTahun = null;
		BigDecimal bNilai = null;
		if (!teks(baselineTahun).isEmpty() || !teks(baselineNilai).isEmpty()) {
			try {
				bTahun = Integer.valueOf(teks(baselineTahun));
			}
			catch (NumberFormatException ex) {
				// refused below
			}
			if (bTahun == null || bTahun < 2000 || bTahun > MasterplanProperties.TAHUN_AKHIR) {
				p.tolak("baselineTahun", "masterplan.register.baseline-tahun");
			}
			bNilai = PengisianNilai.angka(teks(baselineNilai));
			if (bNilai == null) {
				p.tolak("baselineNilai", "masterplan.isian.angka-salah");
			}
		}
		Map<Integer, BigDecimal> baru = new TreeMap<>();
		for (int tahun = MasterplanProperties.TAHUN_AWAL; tahun <= MasterplanProperties.TAHUN_AKHIR; tahun++) {
			String isi = teks(target.get(Integer.toString(tahun)));
			if (isi.isEmpty()) {
				continue;
			}
			BigDecimal n = PengisianNilai.angka(isi);
			if (n == null) {
				p.tolak("target-" + tahun, "masterplan.isian.angka-salah");
			}
			else {
				baru.put(tahun, n);
			}
		}
		p.lempar();
		Integer t = bTahun;
		BigDecimal v = bNilai;
		tx.executeWithoutResult(s -> {
			repo.ubahTarget(indikatorId, t, v, baru);
			audit.catat("masterplan.target-diubah", "indikator", Long.toString(indikatorId),
					Map.of("baseline", String.valueOf(lama.baselineNilai()), "target", lama.target()),
					Map.of("baseline", String.valueOf(v), "target", baru));
		});
	}

	private static void wajibKominfo(Staf staf) {
		if (!staf.adminKota()) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "masterplan.register.bukan-kominfo");
		}
	}

	private static String teks(String s) {
		return s == null ? "" : s.strip();
	}
}
