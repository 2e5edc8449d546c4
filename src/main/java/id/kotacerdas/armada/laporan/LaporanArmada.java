package id.kotacerdas.armada.laporan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.armada.Armada;
import id.kotacerdas.armada.kendaraan.DataKendaraan;
import id.kotacerdas.armada.kendaraan.JenisBbm;
import id.kotacerdas.armada.kendaraan.Kendaraan;
import id.kotacerdas.armada.kendaraan.KendaraanRepository;
import id.kotacerdas.armada.kendaraan.RegisterKendaraan;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.platform.Waktu;

/**
 * The monthly fuel report. Consumption is distance (GPS) over litres bought, so a refuel never
 * makes it negative the way a tank-level sensor report does.
 */
@Service
class LaporanArmada {

	private final RegisterKendaraan register;

	private final Armada armada;

	private final DaftarOpd daftarOpd;

	private final RekapPembelian rekap;

	LaporanArmada(RegisterKendaraan register, Armada armada, DaftarOpd daftarOpd, RekapPembelian rekap) {
		this.register = register;
		this.armada = armada;
		this.daftarOpd = daftarOpd;
		this.rekap = rekap;
	}

	/**
	 * @param km GPS distance in the month, null without tracker data
	 * @param kmPerLiter null without litres or distance
	 * @param persenKuota share of the monthly litre quota used, null without a quota
	 * @param persenAnggaran share of the monthly budget used, null without a budget
	 * @param pengecualian purchases with at least one anomaly flag
	 * @param penghematan the monthly budget (the baseline) minus what was spent, null without a budget
	 */
	record Baris(long kendaraanId, String nomorPolisi, String opd, JenisBbm jenisBbm, int jumlahPembelian, BigDecimal liter, long rupiah,
			BigDecimal km, BigDecimal kmPerLiter, BigDecimal normaKmPerLiter, BigDecimal persenKuota, BigDecimal persenAnggaran,
			int pengecualian, int penimpaan, Long penghematan) {

		public boolean lebihBorosDariNorma() {
			return kmPerLiter != null && kmPerLiter.compareTo(normaKmPerLiter) < 0;
		}
	}

	/** @param anggaran the monthly budgets of the agency's vehicles that have one; penghematan is that minus their spending */
	record Ringkasan(String opd, int kendaraan, BigDecimal liter, long rupiah, BigDecimal km, BigDecimal kmPerLiter, int pengecualian,
			long anggaran, long penghematan) {
	}

	record Laporan(YearMonth bulan, List<Baris> baris, List<Ringkasan> perOpd) {
	}

	/** The month's report over the vehicles the staff member may see. */
	Laporan buat(Staf staf, YearMonth bulan) {
		Instant dari = bulan.atDay(1).atStartOfDay(Waktu.WITA).toInstant();
		Instant sampai = bulan.plusMonths(1).atDay(1).atStartOfDay(Waktu.WITA).toInstant();
		Map<Long, RekapPembelian.Jumlah> jumlah = rekap.perKendaraan(dari, sampai);
		Map<Long, String> namaOpd = new HashMap<>();
		daftarOpd.semua().forEach(o -> namaOpd.put(o.id(), o.namaPendek()));
		List<Baris> baris = new ArrayList<>();
		for (Kendaraan k : register.daftar(staf)) {
			RekapPembelian.Jumlah j = jumlah.getOrDefault(k.id(), RekapPembelian.Jumlah.NOL);
			DataKendaraan d = k.data();
			BigDecimal km = armada.jarakTempuhKm(k.id(), dari, sampai).orElse(null);
			BigDecimal liter = KendaraanRepository.angka(j.liter());
			baris.add(new Baris(k.id(), k.nomorPolisi(), namaOpd.getOrDefault(k.opdId(), String.valueOf(k.opdId())), d.jenisBbm(), j.n(), liter,
					j.rupiah(), km, bagi(km, liter), d.normaKmPerLiter(), persen(liter, d.kuotaLiterBulanan()),
					d.kuotaRupiahBulanan() == null ? null : persen(BigDecimal.valueOf(j.rupiah()), BigDecimal.valueOf(d.kuotaRupiahBulanan())),
					j.pengecualian(), j.penimpaan(), d.kuotaRupiahBulanan() == null ? null : d.kuotaRupiahBulanan() - j.rupiah()));
		}
		Map<String, List<Baris>> perOpd = new LinkedHashMap<>();
		baris.stream().sorted(java.util.Comparator.comparing(Baris::opd)).forEach(b -> perOpd.computeIfAbsent(b.opd(), x -> new ArrayList<>()).add(b));
		List<Ringkasan> ringkasan = perOpd.entrySet().stream().map(e -> {
			BigDecimal liter = e.getValue().stream().map(Baris::liter).reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal km = e.getValue().stream().map(Baris::km).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
			List<Baris> beranggaran = e.getValue().stream().filter(b -> b.penghematan() != null).toList();
			long penghematan = beranggaran.stream().mapToLong(Baris::penghematan).sum();
			long anggaran = penghematan + beranggaran.stream().mapToLong(Baris::rupiah).sum();
			return new Ringkasan(e.getKey(), e.getValue().size(), liter, e.getValue().stream().mapToLong(Baris::rupiah).sum(), km,
					bagi(km, liter), e.getValue().stream().mapToInt(Baris::pengecualian).sum(), anggaran, penghematan);
		}).toList();
		return new Laporan(bulan, baris, ringkasan);
	}

	private static BigDecimal bagi(BigDecimal km, BigDecimal liter) {
		if (km == null || liter == null || liter.signum() == 0) {
			return null;
		}
		return km.divide(liter, 2, RoundingMode.HALF_UP);
	}

	private static BigDecimal persen(BigDecimal dipakai, BigDecimal kuota) {
		if (kuota == null || kuota.signum() == 0) {
			return null;
		}
		return dipakai.multiply(BigDecimal.valueOf(100)).divide(kuota, 1, RoundingMode.HALF_UP);
	}
}
