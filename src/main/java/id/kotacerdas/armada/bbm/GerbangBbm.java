package id.kotacerdas.armada.bbm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import id.kotacerdas.armada.kendaraan.DataKendaraan;
import id.kotacerdas.armada.kendaraan.JenisBbm;
import id.kotacerdas.armada.kendaraan.KendaraanRepository;
import id.kotacerdas.armada.kendaraan.StatusKendaraan;

/**
 * The fuel gate (Manado's Si-Kendis rule): a vehicle may only take the fuel the distance driven
 * since its last fill justifies, and never more than its tank, its monthly quota and budget allow;
 * the fuel must be the vehicle's; fills have a minimum interval; the odometer must agree with the
 * GPS. Pure: everything it needs comes in, the decision with its reasons goes out.
 */
final class GerbangBbm {

	/** Allowed absolute difference between odometer and GPS distance below which the share is not checked. */
	static final BigDecimal SELISIH_MUTLAK_KM = new BigDecimal("2");

	private final BigDecimal toleransiLiter;

	private final Duration selangMinimum;

	private final BigDecimal selisihOdometerMaks;

	GerbangBbm(BigDecimal toleransiLiter, Duration selangMinimum, BigDecimal selisihOdometerMaks) {
		this.toleransiLiter = toleransiLiter;
		this.selangMinimum = selangMinimum;
		this.selisihOdometerMaks = selisihOdometerMaks;
	}

	/**
	 * @param waktuTerakhir time of the previous fill, null for the first one recorded
	 * @param odometerTerakhir odometer at the previous fill, may be null
	 * @param jarakGpsKm GPS distance since the previous fill (for the first fill: since the vehicle was
	 * registered), null when the tracker sent nothing usable
	 */
	record Kondisi(DataKendaraan kendaraan, Instant waktuTerakhir, Integer odometerTerakhir, BigDecimal jarakGpsKm,
			BigDecimal literBulanIni, long rupiahBulanIni) {
	}

	record Permintaan(Instant waktu, JenisBbm jenisBbm, BigDecimal liter, long hargaPerLiter, Integer odometerKm) {

		long totalRupiah() {
			return liter.multiply(BigDecimal.valueOf(hargaPerLiter)).setScale(0, RoundingMode.HALF_UP).longValueExact();
		}
	}

	/**
	 * @param literDiizinkan the most this fill could be (0 when refused for a reason other than quantity)
	 * @param jarakDiakuiKm the distance the allowance is based on
	 */
	record Keputusan(boolean disetujui, BigDecimal literDiizinkan, BigDecimal jarakDiakuiKm, BigDecimal jarakOdometerKm,
			List<Alasan> alasan) {
	}

	Keputusan periksa(Kondisi k, Permintaan p) {
		DataKendaraan v = k.kendaraan();
		List<Alasan> alasan = new ArrayList<>();
		if (v.status() != StatusKendaraan.AKTIF) {
			alasan.add(Alasan.dari("armada.gerbang.tidak-aktif", Kata.dari("armada.status.", v.status())));
		}
		if (p.jenisBbm() != v.jenisBbm()) {
			alasan.add(Alasan.dari("armada.gerbang.jenis-bbm", Kata.dari("armada.jenis-bbm.", p.jenisBbm()),
					Kata.dari("armada.jenis-bbm.", v.jenisBbm())));
		}
		if (k.waktuTerakhir() != null) {
			Duration selang = Duration.between(k.waktuTerakhir(), p.waktu());
			if (selang.compareTo(selangMinimum) < 0) {
				alasan.add(Alasan.dari("armada.gerbang.selang", jam(selang), jam(selangMinimum)));
			}
		}

		BigDecimal jarakOdometer = p.odometerKm() != null && k.odometerTerakhir() != null
				? BigDecimal.valueOf(p.odometerKm() - (long) k.odometerTerakhir()) : null;
		if (jarakOdometer != null && jarakOdometer.signum() < 0) {
			alasan.add(Alasan.dari("armada.gerbang.odometer-mundur", p.odometerKm(), k.odometerTerakhir()));
		}
		else if (jarakOdometer != null && k.jarakGpsKm() != null) {
			BigDecimal selisih = jarakOdometer.subtract(k.jarakGpsKm()).abs();
			BigDecimal batas = SELISIH_MUTLAK_KM.max(k.jarakGpsKm().multiply(selisihOdometerMaks));
			if (selisih.compareTo(batas) > 0) {
				alasan.add(Alasan.dari("armada.gerbang.odometer-gps", satu(jarakOdometer), satu(k.jarakGpsKm())));
			}
		}
		BigDecimal jarakDiakui = jarakDiakui(jarakOdometer, k.jarakGpsKm());

		BigDecimal tangki = v.kapasitasTangki();
		// the first fill has no earlier one to start from: the distance tracked since registration
		// bounds it, and only a vehicle never tracked at all is bounded by its tank alone
		boolean pertama = k.waktuTerakhir() == null;
		BigDecimal batasJarak = pertama && k.jarakGpsKm() == null ? tangki
				: jarakDiakui.divide(v.normaKmPerLiter(), 1, RoundingMode.DOWN).add(toleransiLiter);
		BigDecimal diizinkan = tangki.min(batasJarak);
		if (p.liter().compareTo(tangki) > 0) {
			alasan.add(Alasan.dari("armada.gerbang.melebihi-tangki", satu(p.liter()), satu(tangki)));
		}
		else if (p.liter().compareTo(batasJarak) > 0) {
			alasan.add(Alasan.dari(pertama ? "armada.gerbang.melebihi-jarak-pertama" : "armada.gerbang.melebihi-jarak", satu(p.liter()),
					satu(batasJarak), satu(jarakDiakui), satu(v.normaKmPerLiter()), satu(toleransiLiter)));
		}
		if (v.kuotaLiterBulanan() != null) {
			BigDecimal sisa = v.kuotaLiterBulanan().subtract(k.literBulanIni()).max(BigDecimal.ZERO);
			diizinkan = diizinkan.min(sisa);
			if (p.liter().compareTo(sisa) > 0) {
				alasan.add(Alasan.dari("armada.gerbang.kuota-liter", satu(sisa), satu(v.kuotaLiterBulanan())));
			}
		}
		if (v.kuotaRupiahBulanan() != null) {
			long sisa = Math.max(0, v.kuotaRupiahBulanan() - k.rupiahBulanIni());
			diizinkan = diizinkan.min(BigDecimal.valueOf(sisa).divide(BigDecimal.valueOf(p.hargaPerLiter()), 1, RoundingMode.DOWN));
			if (p.totalRupiah() > sisa) {
				alasan.add(Alasan.dari("armada.gerbang.kuota-rupiah", sisa, v.kuotaRupiahBulanan(), p.totalRupiah()));
			}
		}
		diizinkan = diizinkan.max(BigDecimal.ZERO).setScale(1, RoundingMode.DOWN);
		return new Keputusan(alasan.isEmpty(), diizinkan, satu(jarakDiakui), jarakOdometer, List.copyOf(alasan));
	}

	/** The smaller of odometer and GPS distance: neither a stuck tracker nor a turned odometer buys fuel. */
	private static BigDecimal jarakDiakui(BigDecimal odometer, BigDecimal gps) {
		if (odometer != null && odometer.signum() < 0) {
			odometer = null;
		}
		if (odometer != null && gps != null) {
			return odometer.min(gps);
		}
		return odometer != null ? odometer : gps != null ? gps : BigDecimal.ZERO;
	}

	private static BigDecimal satu(BigDecimal x) {
		return KendaraanRepository.angka(x.setScale(1, RoundingMode.HALF_UP));
	}

	private static BigDecimal jam(Duration d) {
		return satu(BigDecimal.valueOf(d.toMinutes()).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP));
	}
}
