package id.kotacerdas.wifi.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Sidik;
import id.kotacerdas.wilayah.Wilayah;

/**
 * The registry's rules: Dinas Kominfo keeps the hotspots (leadership reads), every field checked at once, every change
 * and every issued heartbeat token audited. The token is shown once and only its SHA-256 is stored.
 */
@Service
class RegisterWifi {

	static final int PANJANG_NAMA = 120;

	/** IEEE 802.11 allows an SSID of at most 32 bytes. */
	static final int SSID_MAKS_BYTE = 32;

	static final int BANDWIDTH_MAKS_MBPS = 10_000;

	/** No single hotspot costs a billion rupiah a month: a longer number is a slip of the thumb. */
	static final long BIAYA_MAKS = 1_000_000_000L;

	private static final int PANJANG_TEKS = 200;

	/** 32 random bytes: as hard to guess as the hash that stores them. */
	private static final int BYTE_TOKEN = 32;

	private final HotspotRepository repo;

	private final Wilayah wilayah;

	private final AuditLog audit;

	private final WifiProperties properti;

	private final Clock clock;

	private final SecureRandom acak = new SecureRandom();

	RegisterWifi(HotspotRepository repo, Wilayah wilayah, AuditLog audit, WifiProperties properti, Clock clock) {
		this.repo = repo;
		this.wilayah = wilayah;
		this.audit = audit;
		this.properti = properti;
		this.clock = clock;
	}

	/** Only Kominfo's administrators change the registry. */
	static void wajibBolehMengubah(Staf staf) {
		if (!staf.adminKota()) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "wifi.hanya-kominfo");
		}
	}

	Hotspot cari(long id) {
		return repo.cari(id).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("wifi.tidak-ada"));
	}

	/**
	 * Creates ({@code id} null) or changes a hotspot from the form's fields; {@code hari} are ISO day numbers.
	 *
	 * @return its id
	 */
	@Transactional
	long simpan(Staf staf, Long id, Map<String, String> isian, List<String> hari) {
		wajibBolehMengubah(staf);
		Hotspot sebelum = id == null ? null : cari(id);
		Hotspot h = baca(id, isian, hari);
		long disimpan;
		if (id == null) {
			disimpan = repo.tambah(h, clock.instant());
			audit.catat("wifi.hotspot.dibuat", "hotspot", Long.toString(disimpan), null, h);
		}
		else {
			repo.ubah(id, h, clock.instant());
			disimpan = id;
			audit.catat("wifi.hotspot.diubah", "hotspot", Long.toString(id), sebelum, h);
		}
		return disimpan;
	}

	/** Issues a new heartbeat token (the previous one stops working); answers the token, to be shown once. */
	@Transactional
	String buatToken(Staf staf, long id) {
		wajibBolehMengubah(staf);
		Hotspot h = cari(id);
		byte[] b = new byte[BYTE_TOKEN];
		acak.nextBytes(b);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
		repo.aturToken(id, Sidik.sha256(token), clock.instant());
		audit.catat("wifi.hotspot.token", "hotspot", Long.toString(id), Map.of("adaToken", h.adaToken()), Map.of("adaToken", true));
		return token;
	}

	private Hotspot baca(Long id, Map<String, String> isian, List<String> hariDipilih) {
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		String nama = wajib(p, isian, "nama", PANJANG_NAMA);
		JenisTempat jenis = pilihan(p, isian, "jenisTempat", JenisTempat.class);
		String kelurahan = isi(isian, "kelurahan");
		if (kelurahan == null || wilayah.kelurahan(kelurahan).isEmpty()) {
			p.tolak("kelurahan", "wifi.isian.kelurahan");
		}
		Double lat = desimal(p, isian, "lat", -90, 90);
		Double lon = desimal(p, isian, "lon", -180, 180);
		if (lat != null && lon != null && wilayah.temukan(lat, lon).isEmpty()) {
			p.tolak("lat", "wifi.isian.di-luar-kota");
		}
		String isp = wajib(p, isian, "isp", PANJANG_TEKS);
		String ssid = wajib(p, isian, "ssid", PANJANG_TEKS);
		if (ssid != null && ssid.getBytes(StandardCharsets.UTF_8).length > SSID_MAKS_BYTE) {
			p.tolak("ssid", "wifi.isian.ssid-panjang", SSID_MAKS_BYTE);
		}
		Long bandwidth = bulat(p, isian, "bandwidth", 1, BANDWIDTH_MAKS_MBPS);
		Long biaya = bulat(p, isian, "biaya", 0, BIAYA_MAKS);
		JamOperasional jam = jam(p, isian, hariDipilih);
		StatusHotspot status = pilihan(p, isian, "status", StatusHotspot.class);
		String tempat = isi(isian, "tempatLayanan");
		if (tempat != null && properti.tempatLayanan().stream().noneMatch(t -> t.kode().equals(tempat))) {
			p.tolak("tempatLayanan", "wifi.isian.tempat-layanan");
		}
		String nas = isi(isian, "nasId");
		if (nas != null && nas.length() > PANJANG_TEKS) {
			p.tolak("nasId", "wifi.isian.terlalu-panjang", PANJANG_TEKS);
		}
		else if (nas != null && repo.nasDipakai(nas, id)) {
			p.bentrok("nasId", "wifi.isian.nas-dipakai");
		}
		String probe = isi(isian, "alamatProbe");
		if (probe != null) {
			try {
				probe = ProbeWifi.periksaAlamat(probe);
			}
			catch (IllegalArgumentException ex) {
				p.tolak("alamatProbe", "wifi.isian.alamat-probe");
			}
		}
		p.lempar();
		return new Hotspot(id == null ? 0 : id, nama, jenis, kelurahan, lat, lon, isp, ssid, bandwidth.intValue(), biaya, jam, status,
				jenis == JenisTempat.KANTOR_KELURAHAN ? null : tempat, nas, probe, false, null, null, null);
	}

	private static JamOperasional jam(IsianDitolakException.Pemeriksa p, Map<String, String> isian, List<String> hariDipilih) {
		Set<DayOfWeek> hari = EnumSet.noneOf(DayOfWeek.class);
		for (String h : hariDipilih == null ? List.<String>of() : hariDipilih) {
			if (!h.matches("[1-7]")) {
				p.tolak("hari", "wifi.isian.hari");
				return null;
			}
			hari.add(DayOfWeek.of(Integer.parseInt(h)));
		}
		if (hari.isEmpty()) {
			p.tolak("hari", "wifi.isian.hari");
		}
		if ("true".equals(isian.get("sepanjangHari"))) {
			return hari.isEmpty() ? null : new JamOperasional(hari, null, null);
		}
		LocalTime buka = waktu(p, isian, "jamBuka");
		LocalTime tutup = waktu(p, isian, "jamTutup");
		if (buka != null && buka.equals(tutup)) {
			p.tolak("jamTutup", "wifi.isian.jam-sama");
			return null;
		}
		return hari.isEmpty() || buka == null || tutup == null ? null : new JamOperasional(hari, buka, tutup);
	}

	private static LocalTime waktu(IsianDitolakException.Pemeriksa p, Map<String, String> isian, String f) {
		String s = isi(isian, f);
		try {
			if (s != null) {
				return LocalTime.parse(s.replace('.', ':'));
			}
		}
		catch (DateTimeParseException ex) {
			// refused below
		}
		p.tolak(f, "wifi.isian.jam");
		return null;
	}

	static String isi(Map<String, String> isian, String f) {
		String s = isian.get(f);
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static String wajib(IsianDitolakException.Pemeriksa p, Map<String, String> isian, String f, int maks) {
		String s = isi(isian, f);
		if (s == null) {
			p.tolak(f, "wifi.isian.wajib");
		}
		else if (s.length() > maks) {
			p.tolak(f, "wifi.isian.terlalu-panjang", maks);
			return null;
		}
		return s;
	}

	private static <E extends Enum<E>> E pilihan(IsianDitolakException.Pemeriksa p, Map<String, String> isian, String f, Class<E> jenis) {
		String s = isi(isian, f);
		try {
			if (s != null) {
				return Enum.valueOf(jenis, s);
			}
		}
		catch (IllegalArgumentException ex) {
			// refused below
		}
		p.tolak(f, "wifi.isian.pilih");
		return null;
	}

	private static Double desimal(IsianDitolakException.Pemeriksa p, Map<String, String> isian, String f, double min, double maks) {
		String s = isi(isian, f);
		try {
			if (s != null) {
				double d = Double.parseDouble(s.replace(',', '.'));
				if (d >= min && d <= maks) {
					return d;
				}
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		p.tolak(f, "wifi.isian.koordinat");
		return null;
	}

	/** A whole number as people type it: "450000", "450.000" or "Rp450.000". */
	static Long bulat(IsianDitolakException.Pemeriksa p, Map<String, String> isian, String f, long min, long maks) {
		String s = isi(isian, f);
		String angka = s == null ? "" : s.replaceFirst("(?i)^rp\\.?\\s*", "").replace(".", "").replace(" ", "");
		if (angka.matches("\\d{1,12}")) {
			long n = Long.parseLong(angka);
			if (n >= min && n <= maks) {
				return n;
			}
		}
		p.tolak(f, "wifi.isian.angka", min, maks);
		return null;
	}
}
