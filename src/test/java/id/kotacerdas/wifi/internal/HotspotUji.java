package id.kotacerdas.wifi.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.platform.Peran;

/** Hotspots for tests, entered through the registry as Kominfo would, each with its own name and NAS id. */
final class HotspotUji {

	private static final AtomicInteger URUT = new AtomicInteger();

	/** A Kominfo administrator as the registry sees one (the account need not exist: the registry reads only the role). */
	static final Staf KOMINFO = new Staf(-1, "kominfo-uji", "Admin Kominfo Uji", "kominfo-uji@uji.invalid", Peran.ADMIN_KOMINFO, null, null, null, true);

	/** Kelurahan Fatululi, Kecamatan Oebobo (Taman Nostalgia's), and Oebobo itself. */
	static final String FATULULI = "53.71.04.1011";

	static final String OEBOBO = "53.71.04.1001";

	static final String FATUBESI = "53.71.06.1008";

	private HotspotUji() {
	}

	/** The form's fields for a kelurahan office hotspot open on weekdays 07:30–16:00 at Rp450,000 a month. */
	static Map<String, String> isian(String nama, String jenis, String kelurahan, String lat, String lon) {
		Map<String, String> m = new HashMap<>();
		m.put("nama", nama + " " + URUT.incrementAndGet());
		m.put("jenisTempat", jenis);
		m.put("kelurahan", kelurahan);
		m.put("lat", lat);
		m.put("lon", lon);
		m.put("isp", "Telkom Indonesia");
		m.put("ssid", "KupangKotaKasih");
		m.put("bandwidth", "20");
		m.put("biaya", "Rp450.000");
		m.put("jamBuka", "07:30");
		m.put("jamTutup", "16:00");
		m.put("status", "AKTIF");
		m.put("nasId", "uji-" + System.nanoTime());
		return m;
	}

	static long kantorKelurahan(RegisterWifi register, String nama, String kelurahan, String lat, String lon) {
		return register.simpan(KOMINFO, null, isian(nama, "KANTOR_KELURAHAN", kelurahan, lat, lon), List.of("1", "2", "3", "4", "5"));
	}

	static long tempat(RegisterWifi register, String nama, String jenis, String tempatLayanan, String kelurahan, String lat, String lon) {
		Map<String, String> m = isian(nama, jenis, kelurahan, lat, lon);
		m.put("tempatLayanan", tempatLayanan);
		m.put("sepanjangHari", "true");
		return register.simpan(KOMINFO, null, m, List.of("1", "2", "3", "4", "5", "6", "7"));
	}
}
