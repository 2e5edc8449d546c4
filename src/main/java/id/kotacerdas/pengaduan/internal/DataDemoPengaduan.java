package id.kotacerdas.pengaduan.internal;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

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
import id.kotacerdas.pengaduan.Kategori;
import id.kotacerdas.pengaduan.LaporanBaru;
import id.kotacerdas.pengaduan.Pertanyaan;
import id.kotacerdas.pengaduan.SaringanPengaduan;
import id.kotacerdas.pengaduan.TandaTerima;
import id.kotacerdas.platform.Waktu;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/**
 * Reports for a first look ({@code --demo}), filed through the same intake as a citizen's (so they
 * are routed, given deadlines and shown on the map and in the worklists) and then handled by the
 * responsible officers through the same use cases as the staff pages, so every status, named,
 * anonymous and confidential reporters all appear.
 */
@Component
@Profile("demo")
class DataDemoPengaduan {

	private static final Logger log = LoggerFactory.getLogger(DataDemoPengaduan.class);

	/**
	 * What Kupang's citizens report, by category code; each story names its category's subject so
	 * the demo reads true. A category without a story here (another city's) gets its own description.
	 */
	private static final Map<String, List<String>> CERITA = Map.ofEntries(
			Map.entry("sampah", List.of(
					"Sampah menumpuk di pinggir jalan sejak minggu lalu dan mulai berbau.",
					"TPS di dekat pasar penuh, sampah berserakan sampai ke badan jalan.",
					"Ada pembuangan sampah liar di lahan kosong belakang gereja.",
					"Truk sampah sudah dua minggu tidak lewat di lorong kami.",
					"Sampah plastik menyumbat pinggir pantai dekat tempat pendaratan perahu.")),
			Map.entry("lampu-jalan", List.of("Lampu jalan di depan gang mati, jalan gelap pada malam hari.")),
			Map.entry("wifi-publik", List.of("Wifi gratis di taman kota tidak bisa tersambung sejak kemarin sore; ponsel tidak dapat internet.")),
			Map.entry("jalan-rusak", List.of(
					"Jalan berlubang cukup dalam, berbahaya bagi pengendara motor.",
					"Aspal retak dan mengelupas sepanjang kira-kira lima puluh meter.")),
			Map.entry("drainase", List.of(
					"Saluran drainase tersumbat, air meluap ke jalan saat hujan.",
					"Got di depan sekolah tertutup lumpur, genangan tidak surut dua hari.")),
			Map.entry("ketertiban", List.of("Pedagang kaki lima (PKL) berjualan di trotoar sehingga pejalan kaki turun ke jalan.")),
			Map.entry("kebakaran", List.of("Hidran di depan pasar bocor dan tidak bisa dipakai bila terjadi kebakaran.")),
			Map.entry("bencana", List.of("Pohon besar tumbang menutup separuh jalan setelah angin kencang semalam.")),
			Map.entry("kesehatan", List.of("Banyak jentik nyamuk di bak air puskesmas pembantu; warga khawatir DBD.")),
			Map.entry("adminduk", List.of("KTP-el yang saya urus sejak tiga bulan lalu belum juga jadi di kantor dukcapil.")),
			Map.entry("pendidikan", List.of("Atap ruang kelas sekolah dasar bocor, murid belajar di teras saat hujan.")),
			Map.entry("air-bersih", List.of("Air bersih tidak mengalir selama tiga hari di permukiman kami.")),
			Map.entry("lainnya", List.of("Lainnya: papan nama jalan hilang sehingga tamu sering tersesat.")));

	/** Who reports: named with a phone and/or e-mail, anonymous, confidential, or no identity at all. */
	private record Pelapor(String nama, String telepon, String email, boolean anonim, boolean rahasia) {
	}

	private static final List<Pelapor> PELAPOR = List.of(
			new Pelapor("Yohanes Ndun", "081239001122", "yohanes.ndun@contoh.invalid", false, false),
			new Pelapor(null, null, null, true, false),
			new Pelapor("Maria Seran", "085338004455", null, false, false),
			new Pelapor("Daniel Tefa", null, "daniel.tefa@contoh.invalid", false, false),
			new Pelapor("Siti Rahma", "081337006677", "siti.rahma@contoh.invalid", false, true),
			new Pelapor(null, null, null, false, false));

	/** How far each report has come; taken in turn, so the demo shows every status. */
	private enum Alur {
		BARU, DIVERIFIKASI, DIPROSES, SELESAI, DITUTUP, DIBUKA_KEMBALI, DITOLAK, BUKAN_WEWENANG, DIBALAS
	}

	private final PengaduanService pengaduan;

	private final AkunStaf akun;

	private final Wilayah wilayah;

	private final Clock clock;

	DataDemoPengaduan(PengaduanService pengaduan, AkunStaf akun, Wilayah wilayah, Clock clock) {
		this.pengaduan = pengaduan;
		this.akun = akun;
		this.wilayah = wilayah;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(200)
	public void isi() {
		if (pengaduan.cari(SaringanPengaduan.semua(0, 1)).total() > 0) {
			return;
		}
		List<Kelurahan> kelurahan = wilayah.kelurahan();
		int i = 0;
		for (Kategori k : pengaduan.kategori()) {
			for (String cerita : CERITA.getOrDefault(k.kode(), List.of(k.nama() + ": " + k.keterangan()))) {
				Kelurahan tempat = kelurahan.get((i * 7) % kelurahan.size());
				Pelapor pelapor = PELAPOR.get(i % PELAPOR.size());
				TandaTerima tanda = pengaduan.ajukan(new LaporanBaru(k.kode(), cerita, tempat.lat(), tempat.lon(), null,
						"Dekat kantor Kelurahan " + tempat.nama(), pelapor.nama(), pelapor.telepon(), pelapor.email(), pelapor.anonim(),
						pelapor.rahasia(), jawaban(k), List.of(), "web"));
				tangani(tanda, Alur.values()[i % Alur.values().length]);
				i++;
			}
		}
		log.warn("Demo: {} complaints filed", i);
	}

	/** The responsible officer (or, for agencies without demo officers, Kominfo) moves the report along. */
	private void tangani(TandaTerima tanda, Alur alur) {
		Pengaduan p = pengaduan.muat(tanda.nomor());
		Staf petugas = akun.anggotaTim(p.timId()).stream().findFirst()
			.orElseGet(() -> akun.adminKominfo().stream().findFirst().orElseThrow());
		// signed in as that officer, so the audit log names them as it would after the staff page
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(petugas.username(), null, List.of()));
		try {
			langkah(tanda, alur, petugas);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void langkah(TandaTerima tanda, Alur alur, Staf petugas) {
		String nomor = tanda.nomor();
		switch (alur) {
			case BARU -> {
			}
			case DIVERIFIKASI -> tindak(petugas, nomor, AksiStaf.VERIFIKASI, null);
			case DIPROSES, SELESAI, DITUTUP, DIBUKA_KEMBALI -> {
				tindak(petugas, nomor, AksiStaf.VERIFIKASI, null);
				tindak(petugas, nomor, AksiStaf.PROSES, "Tim dijadwalkan turun ke lokasi besok pagi.");
				if (alur != Alur.DIPROSES) {
					pengaduan.tindakStaf(petugas, nomor, AksiStaf.SELESAI,
							"Sudah ditangani tim di lapangan; foto terlampir.", List.of(fotoBukti()));
				}
				if (alur == Alur.DITUTUP) {
					pengaduan.konfirmasi(tanda.tokenTindakLanjut());
					pengaduan.nilai(tanda.tokenTindakLanjut(), 5);
				}
				if (alur == Alur.DIBUKA_KEMBALI) {
					pengaduan.bukaKembali(tanda.tokenTindakLanjut(), "Masih ada sisa yang belum ditangani di ujung jalan.");
				}
			}
			case DITOLAK -> tindak(petugas, nomor, AksiStaf.TOLAK, "Lokasi berada di luar wilayah Kota Kupang.");
			case BUKAN_WEWENANG -> tindak(petugas, nomor, AksiStaf.BUKAN_WEWENANG,
					"Bukan kewenangan kami; mohon diteruskan ke instansi yang tepat.");
			case DIBALAS -> {
				tindak(petugas, nomor, AksiStaf.BALAS, "Terima kasih, laporan sedang kami pelajari.");
				tindak(petugas, nomor, AksiStaf.CATATAN, "Koordinasi dengan kelurahan setempat.");
			}
		}
	}

	private void tindak(Staf petugas, String nomor, AksiStaf aksi, String teks) {
		pengaduan.tindakStaf(petugas, nomor, aksi, teks, List.of());
	}

	/** A drawn picture standing in for the officer's evidence photo (a resolved report needs one). */
	private static byte[] fotoBukti() {
		BufferedImage gambar = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = gambar.createGraphics();
		g.setPaint(new GradientPaint(0, 0, new Color(0x90caf9), 0, 300, new Color(0xe3f2fd)));
		g.fillRect(0, 0, 640, 300);
		g.setColor(new Color(0x8d6e63));
		g.fillRect(0, 300, 640, 180);
		g.setColor(new Color(0x2e7d32));
		g.fillOval(420, 160, 160, 160);
		g.dispose();
		ByteArrayOutputStream keluar = new ByteArrayOutputStream();
		try {
			ImageIO.write(gambar, "jpeg", keluar);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return keluar.toByteArray();
	}

	/** A plausible answer to every extra question, as a helpful citizen gives them (required ones included). */
	private Map<String, List<String>> jawaban(Kategori k) {
		Map<String, List<String>> jawaban = new HashMap<>();
		for (Pertanyaan p : k.pertanyaan()) {
			jawaban.put(p.kode(), List.of(switch (p.jenis()) {
				case ANGKA -> "3";
				case TANGGAL -> LocalDate.now(clock.withZone(Waktu.WITA)).minusDays(3).toString();
				case PILIHAN_TUNGGAL, PILIHAN_GANDA -> p.pilihan().get(0).kunci();
				case TEKS -> "Lihat deskripsi";
			}));
		}
		return jawaban;
	}
}
