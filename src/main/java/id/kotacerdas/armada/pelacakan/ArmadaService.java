package id.kotacerdas.armada.pelacakan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import id.kotacerdas.armada.Armada;
import id.kotacerdas.armada.KendaraanDinas;
import id.kotacerdas.armada.PosisiKendaraan;
import id.kotacerdas.armada.kendaraan.Kendaraan;
import id.kotacerdas.armada.kendaraan.KendaraanRepository;
import id.kotacerdas.armada.kendaraan.StatusKendaraan;

/** The module's API, answered from the positions in memory and the stored GPS odometer. */
@Service
class ArmadaService implements Armada {

	private final PosisiTerkini terkini;

	private final PosisiRepository posisi;

	private final KendaraanRepository kendaraan;

	ArmadaService(PosisiTerkini terkini, PosisiRepository posisi, KendaraanRepository kendaraan) {
		this.terkini = terkini;
		this.posisi = posisi;
		this.kendaraan = kendaraan;
	}

	@Override
	public Optional<PosisiKendaraan> posisiTerakhir(long kendaraanId) {
		return terkini.dari(kendaraanId).map(ArmadaService::api);
	}

	@Override
	public Optional<PosisiKendaraan> posisiPada(long kendaraanId, Instant waktu, Duration selisih) {
		return posisi.terdekat(kendaraanId, waktu, selisih.toSeconds()).map(ArmadaService::api);
	}

	@Override
	public Optional<BigDecimal> jarakTempuhKm(long kendaraanId, Instant dari, Instant sampai) {
		return posisi.jarakPada(kendaraanId, sampai).map(akhir -> km(akhir - posisi.jarakPada(kendaraanId, dari).orElse(0.0)));
	}

	@Override
	public Optional<BigDecimal> jarakTempuhKm(long kendaraanId, Instant sampai) {
		return posisi.jarakPada(kendaraanId, sampai).map(ArmadaService::km);
	}

	private static BigDecimal km(double meter) {
		return BigDecimal.valueOf(meter / 1000).setScale(1, RoundingMode.HALF_UP);
	}

	@Override
	public List<KendaraanDinas> kendaraanOpd(long opdId) {
		return kendaraan.daftar(opdId).stream().map(ArmadaService::api).toList();
	}

	private static PosisiKendaraan api(Posisi p) {
		return new PosisiKendaraan(p.kendaraanId(), p.waktu(), p.lat(), p.lon(), p.kecepatanKmh(), p.valid());
	}

	private static KendaraanDinas api(Kendaraan k) {
		return new KendaraanDinas(k.id(), k.nomorPolisi(), k.opdId(), k.data().merek(), k.data().tipe(), k.data().tahunPembuatan(),
				k.data().status() == StatusKendaraan.AKTIF);
	}
}
