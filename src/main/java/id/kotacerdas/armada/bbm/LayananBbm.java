package id.kotacerdas.armada.bbm;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.armada.Armada;
import id.kotacerdas.armada.PosisiKendaraan;
import id.kotacerdas.armada.geofence.BentukGeofence;
import id.kotacerdas.armada.geofence.Geofence;
import id.kotacerdas.armada.geofence.JenisGeofence;
import id.kotacerdas.armada.geofence.LayananGeofence;
import id.kotacerdas.armada.kendaraan.Kendaraan;
import id.kotacerdas.armada.kendaraan.RegisterKendaraan;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;
import id.kotacerdas.wilayah.Wilayah;

/** Fuel purchases: what the gate needs is gathered here, decided there, stored and audited here. */
@Service
public class LayananBbm {

	/** A tracker fix this close in time to the fill tells where the vehicle was. */
	static final long SELISIH_POSISI_DETIK = 900;

	private final RegisterKendaraan register;

	private final PembelianBbmRepository repo;

	private final Armada armada;

	private final AuditLog audit;

	private final Clock clock;

	private final GerbangBbm gerbang;

	private final PemeriksaAnomali anomali;

	private final LayananGeofence geofence;

	LayananBbm(RegisterKendaraan register, PembelianBbmRepository repo, Armada armada, AuditLog audit,
			Clock clock, BbmProperties properti, Wilayah wilayah, LayananGeofence geofence) {
		this.register = register;
		this.repo = repo;
		this.armada = armada;
		this.audit = audit;
		this.clock = clock;
		this.geofence = geofence;
		this.gerbang = new GerbangBbm(properti.toleransiLiter(), properti.selangMinimum(), properti.selisihOdometerMaks());
		this.anomali = new PemeriksaAnomali((lat, lon) -> wilayah.temukan(lat, lon).isPresent());
	}

	/** The gate's answer without recording anything. */
	GerbangBbm.Keputusan periksa(Staf staf, long kendaraanId, DataPembelian d) {
		Kendaraan k = register.lihat(staf, kendaraanId);
		Instant waktu = waktu(d);
		return gerbang.periksa(kondisi(k, waktu), permintaan(d, waktu));
	}

	@Transactional
	public PembelianBbm catat(Staf staf, long kendaraanId, DataPembelian d) {
		Kendaraan k = register.lihat(staf, kendaraanId);
		if (!staf.berwenangAtas(k.opdId())) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "armada.tidak-berwenang");
		}
		// one purchase of a vehicle at a time, so two fills cannot both spend the same quota
		repo.kunciKendaraan(kendaraanId);
		Instant waktu = waktu(d);
		GerbangBbm.Kondisi kondisi = kondisi(k, waktu);
		GerbangBbm.Permintaan minta = permintaan(d, waktu);
		GerbangBbm.Keputusan keputusan = gerbang.periksa(kondisi, minta);
		boolean ditimpa = false;
		if (!keputusan.disetujui()) {
			if (d.alasanPenimpaan() == null || d.alasanPenimpaan().isBlank()) {
				throw new GerbangMenolakException(keputusan);
			}
			if (!staf.adminAtas(k.opdId())) {
				throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "armada.bbm.penimpaan-hanya-verifikator");
			}
			if (d.alasanPenimpaan().strip().length() < 10) {
				throw new PermintaanDitolakException("armada.bbm.penimpaan-alasan-pendek");
			}
			ditimpa = true;
		}
		Geofence spbu = spbu(d);
		Optional<PosisiKendaraan> diSana = armada.posisiPada(kendaraanId, waktu, Duration.ofSeconds(SELISIH_POSISI_DETIK));
		boolean strukGanda = d.nomorStruk() != null && !d.nomorStruk().isBlank() && repo.strukAda(d.nomorStruk().strip());
		Set<Anomali> tanda = EnumSet.noneOf(Anomali.class);
		tanda.addAll(anomali.periksa(new PemeriksaAnomali.Fakta(waktu, d.liter(), k.data().normaKmPerLiter(), kondisi.waktuTerakhir() != null,
				kondisi.jarakGpsKm(), keputusan.jarakOdometerKm(), diSana.orElse(null), d.spbuLat(), d.spbuLon(),
				spbu == null ? null : BentukGeofence.dari(spbu), strukGanda)));
		if (ditimpa) {
			tanda.add(Anomali.PENIMPAAN);
		}
		var baru = new PembelianBbm(0, kendaraanId, waktu, kosong(d.pengemudi()),
				spbu != null && kosong(d.spbu()) == null ? spbu.nama() : kosong(d.spbu()), d.spbuLat(), d.spbuLon(), d.jenisBbm(),
				d.liter(), d.hargaPerLiter(), minta.totalRupiah(), d.odometerKm(), kosong(d.nomorStruk()), kosong(d.metodePembayaran()),
				diSana.map(PosisiKendaraan::lat).orElse(null), diSana.map(PosisiKendaraan::lon).orElse(null), kondisi.jarakGpsKm(),
				keputusan.literDiizinkan(), ditimpa ? d.alasanPenimpaan().strip() : null, ditimpa ? staf.username() : null, tanda,
				staf.username());
		long id = repo.tambah(baru, clock.instant());
		PembelianBbm tersimpan = repo.cari(id).orElseThrow();
		if (ditimpa) {
			audit.catat("bbm.penimpaan", "pembelian-bbm", String.valueOf(id), keputusan, tersimpan);
		}
		else {
			audit.catat("bbm.dicatat", "pembelian-bbm", String.valueOf(id), null, tersimpan);
		}
		return tersimpan;
	}

	private GerbangBbm.Kondisi kondisi(Kendaraan k, Instant waktu) {
		Optional<PembelianBbm> terakhir = repo.terakhir(k.id(), waktu);
		// without an earlier fill, all the distance ever tracked: the GPS odometer counts from the
		// vehicle's first fix, and a tracker is only heard once its vehicle is registered
		BigDecimal jarakGps = terakhir.map(t -> armada.jarakTempuhKm(k.id(), t.waktu(), waktu))
			.orElseGet(() -> armada.jarakTempuhKm(k.id(), waktu))
			.orElse(null);
		YearMonth bulan = YearMonth.from(Waktu.wita(waktu));
		var jumlah = repo.jumlah(k.id(), bulan.atDay(1).atStartOfDay(Waktu.WITA).toInstant(),
				bulan.plusMonths(1).atDay(1).atStartOfDay(Waktu.WITA).toInstant());
		return new GerbangBbm.Kondisi(k.data(), terakhir.map(PembelianBbm::waktu).orElse(null),
				terakhir.map(PembelianBbm::odometerKm).orElse(null), jarakGps, jumlah.liter(), jumlah.rupiah());
	}

	private Geofence spbu(DataPembelian d) {
		if (d.spbuGeofenceId() == null) {
			return null;
		}
		Geofence g = geofence.cari(d.spbuGeofenceId())
			.orElseThrow(() -> new PermintaanDitolakException("armada.geofence.tidak-ada", d.spbuGeofenceId()));
		if (g.jenis() != JenisGeofence.SPBU) {
			throw new PermintaanDitolakException("armada.geofence.bukan-spbu", g.nama());
		}
		return g;
	}

	private Instant waktu(DataPembelian d) {
		Instant sekarang = clock.instant();
		if (d.waktu() == null) {
			return sekarang;
		}
		Instant w = d.waktu().toInstant();
		if (w.isAfter(sekarang.plusSeconds(300))) {
			throw new PermintaanDitolakException("armada.bbm.waktu-masa-depan");
		}
		return w;
	}

	private static GerbangBbm.Permintaan permintaan(DataPembelian d, Instant waktu) {
		return new GerbangBbm.Permintaan(waktu, d.jenisBbm(), d.liter(), d.hargaPerLiter(), d.odometerKm());
	}

	private static String kosong(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
