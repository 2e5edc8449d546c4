package id.kotacerdas.wifi.internal;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashMap;
import java.util.HashSet;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.ekspor.ImporBertahap;
import id.kotacerdas.ekspor.ImporBertahap.Pemeriksaan;
import id.kotacerdas.ekspor.ImporBertahap.Status;
import id.kotacerdas.ekspor.LembarMasuk;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;

/**
 * Captive-portal usage from RADIUS accounting (FreeRADIUS {@code radacct} as exported by daloRADIUS or SQL; CoovaChilli
 * reports there) or a portal's CSV export (openNDS's session log put in the same columns), read by
 * the staged import ({@link ImporBertahap}): one row per session, the hotspot by its NAS-Identifier. A dry run reports what would be stored;
 * applying stores it, and refuses the whole file (nothing stored) while any row is refused. A session imported twice
 * is stored once. User names, MAC and IP addresses in the file are not read.
 */
@Service
class ImporPemakaian {

	/** A month of sessions of 300 hotspots fits; a larger file is split by month. */
	static final int BARIS_MAKS = 500_000;

	/** Refused rows listed on the page; the count says how many more. */
	static final int GALAT_DITAMPILKAN = 50;

	private static final List<String> KOLOM_NAS = List.of("nasidentifier", "nas-identifier", "nas_identifier", "gatewayname", "nas_id");

	private static final List<String> KOLOM_SESI = List.of("acctsessionid", "acct-session-id", "acct_session_id", "sessionid", "session_id");

	private static final List<String> KOLOM_MULAI = List.of("acctstarttime", "acct-start-time", "acct_start_time", "start_time", "session_start");

	private static final List<String> KOLOM_DURASI = List.of("acctsessiontime", "acct-session-time", "acct_session_time", "session_time");

	private static final List<String> KOLOM_MASUK = List.of("acctinputoctets", "acct-input-octets", "acct_input_octets", "bytes_in");

	private static final List<String> KOLOM_KELUAR = List.of("acctoutputoctets", "acct-output-octets", "acct_output_octets", "bytes_out");

	private static final DateTimeFormatter TANGGAL_JAM = DateTimeFormatter.ofPattern("yyyy-MM-dd[ ]['T']HH:mm[:ss]");

	private final HotspotRepository repo;

	private final AuditLog audit;

	ImporPemakaian(HotspotRepository repo, AuditLog audit) {
		this.repo = repo;
		this.audit = audit;
	}

	/** A refused row: its number as the sheet shows it, the message key and its argument. */
	record BarisDitolak(int nomor, String kodePesan, String argumen) {
	}

	/** Per hotspot: sessions in the file, of them new ones, and their traffic in bytes. */
	record PerHotspot(String nama, long sesi, long baru, long oktet) {
	}

	record Hasil(boolean diterapkan, int baris, long baru, long sudahAda, List<BarisDitolak> ditolak, int jumlahDitolak, List<PerHotspot> perHotspot) {
	}

	/** A checked row: the session it holds, or why it is refused. */
	record BarisSesi(int nomor, Status status, HotspotRepository.Sesi sesi, String kodePesan, String argumen) implements ImporBertahap.BarisPeriksa {

		BarisSesi sudahAda() {
			return new BarisSesi(nomor, Status.SUDAH_ADA, sesi, kodePesan, argumen);
		}
	}

	@Transactional
	Hasil impor(Staf staf, InputStream berkas, boolean terapkan) {
		RegisterWifi.wajibBolehMengubah(staf);
		Map<String, Long> nas = repo.menurutNas();
		Map<Long, String> nama = new LinkedHashMap<>();
		repo.semua().forEach(h -> nama.put(h.id(), h.nama()));
		Set<String> dalamBerkas = new HashSet<>();
		Pemeriksaan<BarisSesi> p = ImporBertahap.periksa(berkas, BARIS_MAKS, "wifi.impor.kosong", new ImporBertahap.Aturan<Kolom, BarisSesi>() {

			@Override
			public Kolom kepala(LembarMasuk.Baris baris) {
				return Kolom.dari(LembarMasuk.Kepala.dari(baris));
			}

			@Override
			public BarisSesi periksa(Kolom k, LembarMasuk.Baris b) {
				return ImporPemakaian.periksa(k, b, nas, dalamBerkas);
			}

			@Override
			public List<BarisSesi> bandingkan(List<BarisSesi> baris) {
				return denganYangTersimpan(baris);
			}
		});
		Map<Long, List<BarisSesi>> menurutHotspot = new LinkedHashMap<>();
		p.baris().stream().filter(b -> b.status() != Status.DITOLAK)
			.forEach(b -> menurutHotspot.computeIfAbsent(b.sesi().hotspotId(), x -> new ArrayList<>()).add(b));
		List<PerHotspot> per = new ArrayList<>();
		menurutHotspot.forEach((hotspot, sesi) -> per.add(new PerHotspot(nama.get(hotspot), sesi.size(),
				sesi.stream().filter(b -> b.status() == Status.BARU).count(), sesi.stream().mapToLong(b -> b.sesi().oktet()).sum())));
		boolean diterapkan = terapkan && p.ditolak() == 0;
		if (diterapkan) {
			long disimpan = repo.simpanSesi(p.dengan(Status.BARU, Integer.MAX_VALUE).stream().map(BarisSesi::sesi).toList());
			audit.catat("wifi.pemakaian.diimpor", "pemakaian", "impor", null, Map.of("baris", p.baris().size(), "sesiBaru", disimpan));
		}
		List<BarisDitolak> ditolak = p.dengan(Status.DITOLAK, GALAT_DITAMPILKAN).stream()
			.map(b -> new BarisDitolak(b.nomor(), b.kodePesan(), b.argumen())).toList();
		return new Hasil(diterapkan, p.baris().size(), p.baru(), p.sudahAda(), ditolak, (int) p.ditolak(), List.copyOf(per));
	}

	/** One session row by the import's rules; a session twice in the file is refused the second time. */
	private static BarisSesi periksa(Kolom k, LembarMasuk.Baris b, Map<String, Long> nas, Set<String> dalamBerkas) {
		String galat = null;
		String argumen = null;
		Long hotspot = nas.get(b.sel(k.nas()));
		Instant mulai = waktu(b.sel(k.mulai()));
		Long durasi = angka(b.sel(k.durasi()));
		Long masuk = angka(b.sel(k.masuk()));
		Long keluar = angka(b.sel(k.keluar()));
		String id = b.sel(k.sesi());
		if (hotspot == null) {
			galat = "wifi.impor.nas-tak-dikenal";
			argumen = b.sel(k.nas());
		}
		else if (id.isEmpty() || id.length() > RegisterWifi.PANJANG_NAMA) {
			galat = "wifi.impor.sesi-kosong";
		}
		else if (mulai == null) {
			galat = "wifi.impor.waktu";
			argumen = b.sel(k.mulai());
		}
		else if (durasi == null || masuk == null || keluar == null) {
			galat = "wifi.impor.angka";
		}
		else if (!dalamBerkas.add(hotspot + "\n" + id)) {
			galat = "wifi.impor.ganda";
			argumen = id;
		}
		if (galat != null) {
			return new BarisSesi(b.nomor(), Status.DITOLAK, null, galat, argumen);
		}
		return new BarisSesi(b.nomor(), Status.BARU, new HotspotRepository.Sesi(hotspot, id, mulai, durasi, Math.addExact(masuk, keluar)), null, null);
	}

	/** Sessions stored by an earlier import are there already: one look per hotspot. */
	private List<BarisSesi> denganYangTersimpan(List<BarisSesi> baris) {
		Map<Long, List<String>> menurutHotspot = new LinkedHashMap<>();
		baris.stream().filter(b -> b.status() == Status.BARU)
			.forEach(b -> menurutHotspot.computeIfAbsent(b.sesi().hotspotId(), x -> new ArrayList<>()).add(b.sesi().idSesi()));
		Map<Long, Set<String>> ada = new HashMap<>();
		menurutHotspot.forEach((hotspot, id) -> ada.put(hotspot, repo.sesiAda(hotspot, id)));
		return baris.stream()
			.map(b -> b.status() == Status.BARU && ada.get(b.sesi().hotspotId()).contains(b.sesi().idSesi()) ? b.sudahAda() : b)
			.toList();
	}

	/** Where each needed column is; a missing one refuses the file. */
	record Kolom(int nas, int sesi, int mulai, int durasi, int masuk, int keluar) {

		static Kolom dari(LembarMasuk.Kepala kepala) {
			return new Kolom(cari(kepala, KOLOM_NAS), cari(kepala, KOLOM_SESI), cari(kepala, KOLOM_MULAI), cari(kepala, KOLOM_DURASI),
					cari(kepala, KOLOM_MASUK), cari(kepala, KOLOM_KELUAR));
		}

		private static int cari(LembarMasuk.Kepala kepala, List<String> nama) {
			return nama.stream().map(n -> Optional.ofNullable(kepala.kolom().get(n))).flatMap(Optional::stream).findFirst()
				.orElseThrow(() -> new PermintaanDitolakException(HttpStatus.BAD_REQUEST, "wifi.impor.kolom-hilang", nama.get(0)));
		}
	}

	/** RADIUS writes local time without a zone (the city's, WITA); an offset, when given, is honoured. */
	static Instant waktu(String s) {
		if (s.isEmpty()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(s.replace(' ', 'T')).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDateTime.parse(s, TANGGAL_JAM).atZone(Waktu.WITA).toInstant();
			}
			catch (DateTimeParseException ex2) {
				return null;
			}
		}
	}

	private static Long angka(String s) {
		return s.matches("\\d{1,18}") ? Long.parseLong(s) : null;
	}
}
