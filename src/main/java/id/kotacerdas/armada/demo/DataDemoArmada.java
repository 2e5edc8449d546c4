package id.kotacerdas.armada.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.armada.bbm.DataPembelian;
import id.kotacerdas.armada.bbm.GerbangMenolakException;
import id.kotacerdas.armada.bbm.LayananBbm;
import id.kotacerdas.armada.geofence.DataGeofence;
import id.kotacerdas.armada.geofence.JenisGeofence;
import id.kotacerdas.armada.geofence.LayananGeofence;
import id.kotacerdas.armada.kendaraan.DataKendaraan;
import id.kotacerdas.armada.kendaraan.GolonganKendaraan;
import id.kotacerdas.armada.kendaraan.JenisBbm;
import id.kotacerdas.armada.kendaraan.Kendaraan;
import id.kotacerdas.armada.kendaraan.KondisiKendaraan;
import id.kotacerdas.armada.kendaraan.RegisterKendaraan;
import id.kotacerdas.armada.kendaraan.StatusKendaraan;
import id.kotacerdas.armada.pelacakan.PenulisPosisi;
import id.kotacerdas.armada.pelacakan.PosisiMasuk;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.KotaProperties;
import id.kotacerdas.platform.Waktu;

/**
 * A small fleet for a first look ({@code --demo}): vehicles of two agencies in different states,
 * a tracked trip today, fuel purchases (one let through by a verifier) and geofences, all entered
 * by the Kominfo demo administrator through the same use cases as the staff pages.
 */
@Component
@Profile("demo")
class DataDemoArmada {

	private static final Logger log = LoggerFactory.getLogger(DataDemoArmada.class);

	/** The demo administrator of {@code akun}'s demo data, who enters everything here. */
	private static final String ADMIN = "kominfo";

	private static final int TITIK_PERJALANAN = 30;

	private static final double RADIUS_PERJALANAN_DERAJAT = 0.018;

	private static final double KNOT_PER_KMJ = 1 / 1.852;

	private final AkunStaf akun;

	private final RegisterKendaraan register;

	private final LayananBbm bbm;

	private final LayananGeofence geofence;

	private final PenulisPosisi penulis;

	private final DaftarOpd opd;

	private final KotaProperties kota;

	private final Clock clock;

	DataDemoArmada(AkunStaf akun, RegisterKendaraan register, LayananBbm bbm, LayananGeofence geofence, PenulisPosisi penulis, DaftarOpd opd,
			KotaProperties kota, Clock clock) {
		this.akun = akun;
		this.register = register;
		this.bbm = bbm;
		this.geofence = geofence;
		this.penulis = penulis;
		this.opd = opd;
		this.kota = kota;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(300)
	public void isi() {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(ADMIN, null, List.of()));
		try {
			Staf admin = akun.stafSaatIni().orElseThrow();
			if (!register.daftar(admin).isEmpty()) {
				return;
			}
			isiArmada(admin);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void isiArmada(Staf admin) {
		long dlhk = opd.cariSingkatan("DLHK").map(Opd::id).orElseThrow();
		long pupr = opd.cariSingkatan("PUPR").map(Opd::id).orElseThrow();
		double pusatLat = kota.pusatPeta().get(0);
		double pusatLon = kota.pusatPeta().get(1);
		// the trip ends at the station, so its fill is where the tracker says the truck was
		double spbuLat = pusatLat;
		double spbuLon = pusatLon + RADIUS_PERJALANAN_DERAJAT;
		geofence.tambah(admin, new DataGeofence("SPBU Oebobo", JenisGeofence.SPBU, null, spbuLat, spbuLon, 150.0, null));
		geofence.tambah(admin, new DataGeofence("Kantor DLHK", JenisGeofence.KANTOR, dlhk, pusatLat + 0.01, pusatLon - 0.01, 100.0, null));

		LocalDate hariIni = LocalDate.now(clock.withZone(Waktu.WITA));
		Kendaraan truk = register.tambah(admin, kendaraan("DH 8021 KP", "demo-dlhk-01", dlhk, "Mitsubishi", "Colt Diesel FE 74",
				GolonganKendaraan.OPERASIONAL, JenisBbm.SOLAR, 100, "6", KondisiKendaraan.BAIK, StatusKendaraan.AKTIF,
				hariIni.plusDays(20)));
		Kendaraan pikap = register.tambah(admin, kendaraan("DH 1023 KP", "demo-dlhk-02", dlhk, "Suzuki", "Carry Pick Up",
				GolonganKendaraan.OPERASIONAL, JenisBbm.PERTALITE, 46, "11", KondisiKendaraan.BAIK, StatusKendaraan.AKTIF,
				hariIni.plusMonths(7)));
		register.tambah(admin, kendaraan("DH 17 KP", "demo-pupr-01", pupr, "Toyota", "Fortuner 2.4 VRZ", GolonganKendaraan.JABATAN,
				JenisBbm.PERTAMAX_TURBO, 80, "9.5", KondisiKendaraan.RUSAK_RINGAN, StatusKendaraan.DIPINJAMKAN, hariIni.plusMonths(3)));
		register.tambah(admin, kendaraan("DH 9005 KP", "demo-pupr-02", pupr, "Hino", "Dutro 130 HD", GolonganKendaraan.OPERASIONAL,
				JenisBbm.DEXLITE, 100, "5.5", KondisiKendaraan.RUSAK_BERAT, StatusKendaraan.NONAKTIF, hariIni.minusDays(10)));
		// a later correction, so the audit log shows a change of a few fields
		DataKendaraan p = pikap.data();
		register.ubah(admin, pikap.id(), new DataKendaraan(p.nomorPolisi(), p.trackerId(), p.opdId(), p.nomorRangka(), p.nomorMesin(),
				p.nomorBpkb(), p.merek(), p.tipe(), p.cc(), p.tahunPembuatan(), p.hargaPerolehan(), p.asalPerolehan(), p.golongan(),
				p.jenisBbm(), p.kapasitasTangki(), p.normaKmPerLiter(), new BigDecimal("150"), p.kuotaRupiahBulanan(), p.nipPemegang(),
				"Agustinus Laka", KondisiKendaraan.RUSAK_RINGAN, p.status(), p.jatuhTempoStnk(), p.jatuhTempoPajak()));

		Instant kini = clock.instant();
		catatBbm(admin, truk.id(), kini.minus(Duration.ofDays(2)), JenisBbm.SOLAR, "60", 6_800, 41_250, "SPBU 54.851.01 Oebobo", null, null);
		perjalanan(truk, pusatLat, pusatLon, kini.minus(Duration.ofMinutes(TITIK_PERJALANAN + 5)));
		catatBbm(admin, truk.id(), kini, JenisBbm.SOLAR, "25", 6_800, 41_266, null, spbuLat, spbuLon);
		catatBbm(admin, pikap.id(), kini.minus(Duration.ofDays(1)), JenisBbm.PERTALITE, "30", 10_000, 18_400, "SPBU Kuanino", null, null);
		log.warn("Demo: 4 vehicles, a tracked trip and fuel purchases recorded");
	}

	private static DataKendaraan kendaraan(String nomorPolisi, String tracker, long opdId, String merek, String tipe,
			GolonganKendaraan golongan, JenisBbm jenisBbm, int tangki, String norma, KondisiKendaraan kondisi, StatusKendaraan status,
			LocalDate jatuhTempoPajak) {
		return new DataKendaraan(nomorPolisi, tracker, opdId, null, null, null, merek, tipe, null, 2021, null, "APBD", golongan, jenisBbm,
				BigDecimal.valueOf(tangki), new BigDecimal(norma), null, null, null, null, kondisi, status, jatuhTempoPajak.plusYears(4),
				jatuhTempoPajak);
	}

	/** One lap around the city centre at about 25 km/h, a fix a minute, as a tracker would send it. */
	private void perjalanan(Kendaraan k, double pusatLat, double pusatLon, Instant mulai) {
		for (int i = 0; i <= TITIK_PERJALANAN; i++) {
			double sudut = 2 * Math.PI * i / TITIK_PERJALANAN;
			PosisiMasuk titik = new PosisiMasuk(k.data().trackerId(), mulai.plus(Duration.ofMinutes(i)),
					pusatLat + RADIUS_PERJALANAN_DERAJAT * Math.sin(sudut), pusatLon + RADIUS_PERJALANAN_DERAJAT * Math.cos(sudut),
					25 * KNOT_PER_KMJ, Math.toDegrees(sudut), 40.0, 8.0, true, Map.of(), false);
			try {
				penulis.kirim(k.id(), titik).get(10, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				throw new IllegalStateException("demo position not stored", ex);
			}
		}
	}

	/** Records a fill; one the gate refuses is let through by the administrator with a reason, as a verifier would. */
	private void catatBbm(Staf admin, long kendaraanId, Instant waktu, JenisBbm jenis, String liter, long hargaPerLiter, int odometer,
			String spbu, Double lat, Double lon) {
		DataPembelian d = new DataPembelian(waktu.atZone(Waktu.WITA).toOffsetDateTime(), "Yoseph Manu", spbu, lat, lon, null, jenis,
				new BigDecimal(liter), hargaPerLiter, odometer, "STR-" + odometer, "Kartu BBM", null);
		try {
			bbm.catat(admin, kendaraanId, d);
		}
		catch (GerbangMenolakException ex) {
			bbm.catat(admin, kendaraanId, new DataPembelian(d.waktu(), d.pengemudi(), d.spbu(), d.spbuLat(), d.spbuLon(), d.spbuGeofenceId(),
					d.jenisBbm(), d.liter(), d.hargaPerLiter(), d.odometerKm(), d.nomorStruk(), d.metodePembayaran(),
					"Truk mengangkut sampah pasar sepanjang hari; jarak di luar jalur pelacak."));
		}
	}
}
