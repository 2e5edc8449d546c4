package id.kotacerdas.kepegawaian.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.kepegawaian.internal.PenilaianPerilaku.NilaiBerakhlak;
import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * The month's daily-report recap of an agency for the performance evaluation: per employee the
 * reports filed, approved, returned and still waiting, and the superior's behaviour rating; per
 * work unit the same counts added up.
 */
@Component
class RekapLaporanHarian {

	/** One employee's month. {@code nilai} null when their superior has not rated the month. */
	record BarisPegawai(Pegawai pegawai, String unit, long diajukan, long disetujui, long dikembalikan, PenilaianPerilaku nilai) {

		public long total() {
			return diajukan + disetujui + dikembalikan;
		}

		public Integer nilai(NilaiBerakhlak n) {
			return nilai == null ? null : nilai.nilai().get(n);
		}
	}

	record BarisUnit(String unit, long pegawai, long diajukan, long disetujui, long dikembalikan) {

		public long total() {
			return diajukan + disetujui + dikembalikan;
		}
	}

	record Rekap(YearMonth bulan, List<BarisPegawai> pegawai, List<BarisUnit> unit) {
	}

	private final OrganisasiService organisasi;

	private final OrganisasiRepository orgRepo;

	private final LaporanHarianRepository laporan;

	private final PenilaianPerilakuRepository penilaian;

	RekapLaporanHarian(OrganisasiService organisasi, OrganisasiRepository orgRepo, LaporanHarianRepository laporan,
			PenilaianPerilakuRepository penilaian) {
		this.organisasi = organisasi;
		this.orgRepo = orgRepo;
		this.laporan = laporan;
		this.penilaian = penilaian;
	}

	/** For those who may read the agency's tree (its administrator, BKPPD, Kominfo). */
	Rekap rekap(Staf staf, long opdId, YearMonth bulan) {
		if (!organisasi.bolehMelihat(staf, opdId)) {
			throw PermintaanDitolakException.tidakDitemukan("organisasi.opd-tidak-ada");
		}
		StrukturOrganisasi s = orgRepo.struktur(opdId);
		Map<Long, String> namaUnit = new LinkedHashMap<>();
		s.unit().forEach(u -> namaUnit.put(u.id(), u.nama()));
		// the unit of the month's last day, as the tree says, else as the record says
		LocalDate akhir = bulan.atEndOfMonth();
		List<Pegawai> semua = orgRepo.pegawaiOpd(opdId);
		Map<Long, LaporanHarianRepository.Jumlah> jumlah = laporan.jumlahBulan(opdId, bulan);
		Map<Long, PenilaianPerilaku> nilai = penilaian.bulan(semua.stream().map(Pegawai::id).toList(), bulan);
		List<BarisPegawai> baris = new ArrayList<>();
		for (Pegawai p : semua) {
			String unit = s.jabatanDefinitif(p.id(), akhir).map(j -> namaUnit.get(j.unitId())).orElse(p.unor());
			LaporanHarianRepository.Jumlah j = jumlah.getOrDefault(p.id(), new LaporanHarianRepository.Jumlah(p.id(), 0, 0, 0));
			baris.add(new BarisPegawai(p, unit == null ? "" : unit, j.diajukan(), j.disetujui(), j.dikembalikan(), nilai.get(p.id())));
		}
		baris.sort(Comparator.comparing(BarisPegawai::unit).thenComparing(b -> b.pegawai().nama()));
		Map<String, List<BarisPegawai>> perUnit = new LinkedHashMap<>();
		baris.forEach(b -> perUnit.computeIfAbsent(b.unit(), k -> new ArrayList<>()).add(b));
		List<BarisUnit> unit = perUnit.entrySet().stream()
			.map(e -> new BarisUnit(e.getKey(), e.getValue().size(), e.getValue().stream().mapToLong(BarisPegawai::diajukan).sum(),
					e.getValue().stream().mapToLong(BarisPegawai::disetujui).sum(),
					e.getValue().stream().mapToLong(BarisPegawai::dikembalikan).sum()))
			.toList();
		return new Rekap(bulan, baris, unit);
	}
}
