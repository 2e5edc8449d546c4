package id.kotacerdas.iven.internal;

import java.util.List;

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
import id.kotacerdas.permohonan.MesinPermohonan;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/**
 * Kupang's events for a first look ({@code --demo}): Kuliner Palapa every Saturday night in Oebobo, the Koepan
 * Festival on the city's anniversary, Festival Sepe, and Event Kelurahan with their ethnic themes (some held this
 * year, one postponed, one cancelled, one still waiting for the tourism office). Never active in production.
 */
@Component
@Profile("demo")
class DataDemoIven {

	private static final Logger log = LoggerFactory.getLogger(DataDemoIven.class);

	/** What happens to a demo submission after filing. */
	enum Nasib {
		MENUNGGU, TERBIT, DITUNDA, DIBATALKAN
	}

	record Contoh(String judul, String deskripsi, JenisAcara jenis, String kelurahan, String tempat, String tanggal, String jamMulai,
			String tanggalSelesai, String jamSelesai, String ulang, PenyelenggaraJenis pj, String penyelenggara, String kontak, String harga,
			boolean eventKelurahan, Nasib nasib) {
	}

	static final List<Contoh> CONTOH = List.of(
			new Contoh("Kuliner Palapa Malam Minggu", "Wisata kuliner malam di sepanjang Jalan Palapa: se'i, jagung bose, ikan bakar dan kopi, "
					+ "dengan musik sasando dari sanggar setempat.", JenisAcara.KULINER, "Oebobo", "Wisata Kuliner Palapa, Jl. Palapa", "2026-01-03",
					"18:00", null, "23:00", "MINGGUAN", PenyelenggaraJenis.KELURAHAN, "Kelurahan Oebobo", "Kantor Lurah Oebobo (0380) 821123", null, false,
					Nasib.TERBIT),
			new Contoh("Koepan Festival 2026", "Festival ulang tahun Kota Kupang ke-30: parade budaya dari 51 kelurahan, pameran UMKM dan panggung "
					+ "musik di Kota Lama.", JenisAcara.FESTIVAL, "Lai Lai Bisi Kopan", "Kawasan Kota Lama, Jl. Garuda", "2026-04-25", "16:00",
					"2026-04-26", "23:00", null, PenyelenggaraJenis.DINAS, "Dinas Pariwisata Kota Kupang", "pariwisata@kupangkota.go.id", null, false,
					Nasib.TERBIT),
			// the two editions before 2026: three consecutive years with report cards make the Karisma Event Nusantara dossier
			new Contoh("Koepan Festival 2024", "Festival ulang tahun Kota Kupang ke-28: parade budaya, pameran UMKM dan panggung musik di Kota Lama.",
					JenisAcara.FESTIVAL, "Lai Lai Bisi Kopan", "Kawasan Kota Lama, Jl. Garuda", "2024-04-25", "16:00", "2024-04-26", "23:00", null,
					PenyelenggaraJenis.DINAS, "Dinas Pariwisata Kota Kupang", "pariwisata@kupangkota.go.id", null, false, Nasib.TERBIT),
			new Contoh("Koepan Festival 2025", "Festival ulang tahun Kota Kupang ke-29: parade budaya, lomba tenun dan panggung musik di Kota Lama.",
					JenisAcara.FESTIVAL, "Lai Lai Bisi Kopan", "Kawasan Kota Lama, Jl. Garuda", "2025-04-25", "16:00", "2025-04-26", "23:00", null,
					PenyelenggaraJenis.DINAS, "Dinas Pariwisata Kota Kupang", "pariwisata@kupangkota.go.id", null, false, Nasib.TERBIT),
			new Contoh("Festival Sepe 2026", "Pekan tenun ikat motif Sepe: peragaan busana, demo menenun dan lomba motif untuk pelajar.",
					JenisAcara.BUDAYA, "Fontein", "Taman Nostalgia", "2026-12-12", "09:00", "2026-12-13", "21:00", null,
					PenyelenggaraJenis.DINAS, "Dinas Pariwisata Kota Kupang", "pariwisata@kupangkota.go.id", "10000", false, Nasib.TERBIT),
			new Contoh("Event Kelurahan Naikoten Dua: Malam Budaya Rote", "Tari Foti, lagu Rote dengan sasando, pameran UMKM kelurahan dan demo "
					+ "tenun Rote.", JenisAcara.BUDAYA, "Naikoten Dua", "Lapangan Kantor Lurah Naikoten II", "2026-08-15", "17:00", null, "22:00", null,
					PenyelenggaraJenis.KELURAHAN, "Kelurahan Naikoten II", null, null, true, Nasib.TERBIT),
			new Contoh("Event Kelurahan Oesapa: Pesta Budaya Alor", "Tarian Lego-lego, kuliner Alor dan pameran UMKM nelayan Oesapa.",
					JenisAcara.BUDAYA, "Oesapa", "Pantai Oesapa", "2026-07-18", "16:00", null, "22:00", null, PenyelenggaraJenis.KELURAHAN,
					"Kelurahan Oesapa", null, null, true, Nasib.TERBIT),
			new Contoh("Event Kelurahan Fatululi: Gelar Budaya Timor", "Tari Bonet, lagu Dawan, tenun buna dan pameran UMKM kelurahan.",
					JenisAcara.BUDAYA, "Fatululi", "Halaman Kantor Lurah Fatululi", "2026-09-19", "16:00", null, "22:00", null,
					PenyelenggaraJenis.KELURAHAN, "Kelurahan Fatululi", null, null, true, Nasib.TERBIT),
			new Contoh("Event Kelurahan Bakunase: Malam Budaya Sumba", "Tari Kataga dan Ndata, kain tenun Sumba dan kuliner kelurahan.",
					JenisAcara.BUDAYA, "Bakunase", "Lapangan Bakunase", "2026-12-05", "17:00", null, "22:00", null, PenyelenggaraJenis.KELURAHAN,
					"Kelurahan Bakunase", null, null, true, Nasib.DITUNDA),
			new Contoh("Kupang Fun Run Tepi Laut", "Lari 5 km menyusuri pantai Kelapa Lima; pendaftaran di lokasi.", JenisAcara.OLAHRAGA,
					"Kelapa Lima", "Pantai Kelapa Lima", "2026-12-20", "06:00", null, "09:00", null, PenyelenggaraJenis.KOMUNITAS,
					"Komunitas Lari Kupang", null, "50000", false, Nasib.DIBATALKAN),
			new Contoh("Event Kelurahan Oebobo: Festival Budaya Sabu", "Tari Ledo Hawu, lagu Sabu dan pameran gula sabu serta tenun.",
					JenisAcara.BUDAYA, "Oebobo", "Lapangan Kantor Lurah Oebobo", "2026-12-19", "16:00", null, "22:00", null,
					PenyelenggaraJenis.KELURAHAN, "Kelurahan Oebobo", null, null, true, Nasib.MENUNGGU));

	private final RegisterIven register;

	private final MesinPermohonan mesin;

	private final AkunStaf akun;

	private final AcaraRepository repo;

	private final Wilayah wilayah;

	private final LaporanIven laporan;

	DataDemoIven(RegisterIven register, MesinPermohonan mesin, AkunStaf akun, AcaraRepository repo, Wilayah wilayah, LaporanIven laporan) {
		this.laporan = laporan;
		this.register = register;
		this.mesin = mesin;
		this.akun = akun;
		this.repo = repo;
		this.wilayah = wilayah;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(230)
	public void isi() {
		if (repo.adaJudul(CONTOH.get(0).judul())) {
			return;
		}
		Staf pariwisata = register.opdPariwisata().flatMap(o -> akun.adminOpd(o.id()).stream().findFirst()).orElse(null);
		if (pariwisata == null) {
			log.warn("Demo: no administrator of the tourism agency, no demo events");
			return;
		}
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(pariwisata.username(), null, List.of()));
		try {
			int i = 0;
			java.util.Map<String, Long> terbit = new java.util.HashMap<>();
			for (Contoh c : CONTOH) {
				RegisterIven.Pengajuan p = register.ajukan(formulir(c, i++), null, pariwisata);
				if (c.nasib() == Nasib.MENUNGGU) {
					continue;
				}
				String kode = p.tandaTerima().kode();
				mesin.setujui(kode, mesin.cari(kode).orElseThrow().versi(), pariwisata);
				// the engine's event reaches the listener after this transaction; the demo's next steps need it now
				register.ikutiPermohonan(kode, StatusAcara.DIJADWALKAN);
				Acara a = repo.cari(p.id()).orElseThrow();
				terbit.put(c.judul(), a.id());
				if (c.nasib() == Nasib.DITUNDA) {
					register.tunda(a.id(), a.urutan(), "2026-12-12", c.jamMulai(), null, c.jamSelesai(), "Lapangan dipakai untuk vaksinasi massal",
							pariwisata);
				}
				else if (c.nasib() == Nasib.DIBATALKAN) {
					register.batalkan(a.id(), a.urutan(), "Cuaca buruk: peringatan gelombang tinggi BMKG", pariwisata);
				}
			}
			laporan(terbit, pariwisata);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		log.warn("Demo: {} events of Kupang's calendar", CONTOH.size());
	}

	/** Visitors the tourism office counted at each Koepan Festival: [year, visitors]. */
	private static final int[][] KOEPAN = { { 2024, 18_500 }, { 2025, 21_300 }, { 2026, 24_800 } };

	/**
	 * Report cards: the three Koepan Festivals (so the dossier can be downloaded) and the last Saturday of Kuliner
	 * Palapa; and one coming Saturday of Kuliner Palapa called off (the feed's EXDATE).
	 */
	private void laporan(java.util.Map<String, Long> terbit, Staf pariwisata) {
		for (int[] k : KOEPAN) {
			long id = terbit.get("Koepan Festival " + k[0]);
			laporan.tambah(id, k[0] + "-04-25", Integer.toString(k[1]), CaraHitung.PENGHITUNG.name(),
					"Dihitung di tiga gerbang kawasan Kota Lama selama dua hari.", List.of(foto(k[0])), pariwisata);
		}
		Acara palapa = repo.cari(terbit.get(CONTOH.get(0).judul())).orElseThrow();
		laporan.belumDilaporkan(palapa).stream().findFirst().ifPresent(t -> laporan.tambah(palapa.id(), t.toString(), "640",
				CaraHitung.PERKIRAAN_KERUMUNAN.name(), "Perkiraan dari luas Jalan Palapa yang ditutup.", List.of(), pariwisata));
		List<java.time.LocalDate> berikut = register.kemunculanBerikut(palapa);
		if (berikut.size() > 1) {
			register.batalkanSatu(palapa.id(), palapa.urutan(), berikut.get(1).toString(), "Jalan Palapa dipakai untuk karnaval HUT RI",
					pariwisata);
		}
	}

	/** A stand-in photo of the festival stage (the demo has no camera): sky, sea and a stage, re-encoded by berkas. */
	private static byte[] foto(int benih) {
		java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(800, 600, java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D g = img.createGraphics();
		g.setPaint(new java.awt.GradientPaint(0, 0, new java.awt.Color(250, 170, 90), 0, 360, new java.awt.Color(90, 60, 140)));
		g.fillRect(0, 0, 800, 360);
		g.setColor(new java.awt.Color(20, 70, 110));
		g.fillRect(0, 360, 800, 240);
		g.setColor(new java.awt.Color(120 + benih % 100, 30, 30));
		g.fillRect(220, 300, 360, 120);
		g.dispose();
		try (java.io.ByteArrayOutputStream keluar = new java.io.ByteArrayOutputStream()) {
			javax.imageio.ImageIO.write(img, "jpg", keluar);
			return keluar.toByteArray();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private FormulirAcara formulir(Contoh c, int i) {
		Kelurahan k = wilayah.kelurahan().stream().filter(x -> x.nama().equals(c.kelurahan())).findFirst().orElseThrow();
		FormulirAcara f = new FormulirAcara();
		f.setJudul(c.judul());
		f.setDeskripsi(c.deskripsi());
		f.setJenis(c.jenis().name());
		f.setKelurahan(k.kode());
		f.setTempat(c.tempat());
		f.setTanggal(c.tanggal());
		f.setJamMulai(c.jamMulai());
		f.setTanggalSelesai(c.tanggalSelesai());
		f.setJamSelesai(c.jamSelesai());
		f.setUlang(c.ulang());
		f.setPenyelenggaraJenis(c.pj().name());
		f.setPenyelenggara(c.penyelenggara());
		f.setKontak(c.kontak());
		f.setBerbayar(c.harga() != null);
		f.setHarga(c.harga());
		f.setEventKelurahan(c.eventKelurahan());
		// the person responsible: a plausible Kupang NIK (men born in the 1980s), never shown
		f.setNik("53710" + (1 + i % 6) + "1203" + (80 + i) + "000" + (1 + i % 9));
		f.setNama("Penanggung Jawab Acara " + (i + 1));
		f.setEmail("acara" + (i + 1) + "@demo.invalid");
		return f;
	}
}
