package id.kotacerdas.iven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.berkas.GambarUji;
import id.kotacerdas.pengaduan.LaporanBaru;
import id.kotacerdas.pengaduan.LayananPengaduan;
import id.kotacerdas.permohonan.MesinPermohonan;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.Waktu;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/**
 * The report card: the organiser's visitors and photos (refused input is 400 and stores nothing), the complaints
 * filed near the venue during the event's dates counted against a hand count (far or out-of-date ones not, a
 * confidential one counted but never described), the directory's businesses nearby, and the dossier of three
 * consecutive annual editions read back from the PDF with PDFBox.
 */
@IntegrationTest
class LaporanIvenTests {

	/** Metres per degree of latitude on the sphere the queries use: offsets of the seeded points. */
	private static final double METER_PER_DERAJAT = 111_195.0;

	@Autowired
	RegisterIven register;

	@Autowired
	MesinPermohonan mesin;

	@Autowired
	AcaraRepository repo;

	@Autowired
	LaporanRepository laporanRepo;

	@Autowired
	LaporanIven laporan;

	@Autowired
	LayananPengaduan pengaduan;

	@Autowired
	StafUji stafUji;

	@Autowired
	AkunStaf akun;

	@Autowired
	Wilayah wilayah;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	/** An inland kelurahan (Fatululi, Kecamatan Oebobo): every seeded point stays in the city. */
	private Kelurahan kelurahan() {
		return wilayah.kelurahan().stream().filter(k -> k.nama().equals("Fatululi")).findFirst().orElseThrow();
	}

	private Staf pariwisata() {
		String u = stafUji.adminOpd("Dispar");
		return akun.adminOpd(stafUji.opdId("Dispar")).stream().filter(s -> s.username().equals(u)).findFirst().orElseThrow();
	}

	private static RequestPostProcessor sebagai(Staf s) {
		return user(s.username()).roles(Peran.ADMIN_OPD.name());
	}

	/** A one-off event on {@code tanggal}, 16.00–22.00 WITA, at the kelurahan's centre, approved by the tourism office. */
	private Acara terbitkan(String judul, String penyelenggara, LocalDate tanggal, Staf pariwisata) {
		FormulirAcara f = new FormulirAcara();
		f.setJudul(judul);
		f.setDeskripsi("Tari Bonet, lagu Dawan, tenun buna dan pameran UMKM kelurahan.");
		f.setJenis(JenisAcara.BUDAYA.name());
		f.setKelurahan(kelurahan().kode());
		f.setTempat("Halaman Kantor Lurah Fatululi");
		f.setTanggal(tanggal.toString());
		f.setJamMulai("16:00");
		f.setJamSelesai("22:00");
		f.setPenyelenggaraJenis(PenyelenggaraJenis.KOMUNITAS.name());
		f.setPenyelenggara(penyelenggara);
		f.setKontak("sanggar.fatululi@contoh.id");
		f.setNik("5371021203850" + (100 + System.nanoTime() % 900));
		f.setNama("Maria Tefa");
		f.setTelepon("081339001122");
		RegisterIven.Pengajuan p = register.ajukan(f, null, null);
		String kode = p.tandaTerima().kode();
		mesin.setujui(kode, mesin.cari(kode).orElseThrow().versi(), pariwisata);
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> repo.cari(p.id()).orElseThrow().status() == StatusAcara.DIJADWALKAN);
		return repo.cari(p.id()).orElseThrow();
	}

	/** Files a complaint {@code meterKeUtara} north of the venue and backdates its filing to {@code pada}. */
	private void pengaduan(Acara a, String kategori, double meterKeUtara, Instant pada, boolean rahasia) {
		String nomor = pengaduan.ajukan(new LaporanBaru(kategori, "Sampah dan suara bising sesudah acara", a.lat() + meterKeUtara / METER_PER_DERAJAT,
				a.lon(), null, "Jl. Frans Seda", "Yosef Bani", "081237001234", null, false, rahasia, Map.of(), List.of(), "web")).nomor();
		jdbc.sql("update pengaduan.pengaduan set diterima_pada = ? where nomor = ?").params(Timestamp.from(pada), nomor).update();
	}

	private static Instant wita(LocalDate tanggal, int jam) {
		return tanggal.atTime(LocalTime.of(jam, 0)).atZone(Waktu.WITA).toInstant();
	}

	private MockMultipartHttpServletRequestBuilder kirim(Acara a, String tanggal, String pengunjung, String cara, MockMultipartFile... foto) {
		MockMultipartHttpServletRequestBuilder b = multipart("/staf/iven/" + a.id() + "/laporan");
		for (MockMultipartFile f : foto) {
			b.file(f);
		}
		b.param("tanggal", tanggal).param("pengunjung", pengunjung).param("caraHitung", cara).param("catatan", "Hujan reda pukul 17.00");
		return b;
	}

	@Test
	void theOrganiserReportsVisitorsAndPhotosAndTheCardCountsComplaintsNearTheVenueDuringTheDatesAsByHand() throws Exception {
		Staf pariwisata = pariwisata();
		// a past date of its own for each run: no other test's complaints or businesses fall in its window
		LocalDate hari = LocalDate.of(2015, 1, 1).plusDays(new Random(System.nanoTime()).nextInt(3000));
		Acara a = terbitkan("Gelar Budaya Timor Fatululi " + hari, "Sanggar Bonet Fatululi", hari, pariwisata);

		// by hand: in the window (the event's date, WITA) and within 500 m: Sampah 2, Ketertiban 1, one confidential
		pengaduan(a, "sampah", 100, wita(hari, 18), false);
		pengaduan(a, "sampah", 450, wita(hari, 21), false);
		pengaduan(a, "ketertiban", 0, wita(hari, 23), false);
		pengaduan(a, "sampah", 200, wita(hari, 19), true);
		// not counted: 650 m away, the evening before, the morning after
		pengaduan(a, "sampah", 650, wita(hari, 19), false);
		pengaduan(a, "sampah", 100, wita(hari.minusDays(1), 20), false);
		pengaduan(a, "ketertiban", 100, wita(hari.plusDays(1), 8), false);
		// the directory: two active public businesses within 500 m, active before the event; one far, one hidden
		usaha("Se'i Babi Bu Tefa", a, 120, true, hari.minusYears(1));
		usaha("Tenun Ikat Buna Fatululi", a, 480, true, hari.minusYears(1));
		usaha("Kopi Timor Jauh", a, 900, true, hari.minusYears(1));
		usaha("Warung Tak Tampil", a, 50, false, hari.minusYears(1));

		// refused: not a whole number, an unknown way of counting, a date without an occurrence: 400, nothing stored
		MockMultipartFile fotoSatu = new MockMultipartFile("foto", "panggung.jpg", "image/jpeg", GambarUji.jpegDenganGps(-10.17, 123.61));
		String tolak = mvc.perform(kirim(a, hari.plusDays(2).toString(), "12,5", "KIRA_KIRA", fotoSatu).with(sebagai(pariwisata)).with(csrf()))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		Document halamanTolak = Jsoup.parse(tolak);
		assertThat(halamanTolak.select("#galat-pengunjung").text()).contains("bilangan bulat");
		assertThat(halamanTolak.select("#galat-caraHitung").text()).isNotBlank();
		assertThat(halamanTolak.select("#galat-tanggal").text()).isNotBlank();
		assertThat(halamanTolak.select("#pengunjung").val()).isEqualTo("12,5");
		assertThat(laporanRepo.untukAcara(List.of(a.id()))).isEmpty();
		// a negative number is refused as well
		mvc.perform(kirim(a, hari.toString(), "-30", "TIKET").with(sebagai(pariwisata)).with(csrf())).andExpect(status().isBadRequest());
		assertThat(laporanRepo.untukAcara(List.of(a.id()))).isEmpty();
		// someone who neither organised nor approves it may not report
		String dlhk = stafUji.adminOpd("DLHK");
		Staf lain = akun.adminOpd(stafUji.opdId("DLHK")).stream().filter(s -> s.username().equals(dlhk)).findFirst().orElseThrow();
		mvc.perform(kirim(a, hari.toString(), "800", "TIKET").with(sebagai(lain)).with(csrf())).andExpect(status().isForbidden());

		MockMultipartFile fotoDua = new MockMultipartFile("foto", "penari.png", "image/png", GambarUji.png(320, 240));
		mvc.perform(kirim(a, hari.toString(), "1.250", "PENGHITUNG", fotoSatu, fotoDua).with(sebagai(pariwisata)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		List<LaporanAcara> tersimpan = laporanRepo.untukAcara(List.of(a.id()));
		assertThat(tersimpan).singleElement().satisfies(l -> {
			assertThat(l.pengunjung()).isEqualTo(1250);
			assertThat(l.caraHitung()).isEqualTo(CaraHitung.PENGHITUNG);
			assertThat(l.foto()).hasSize(2);
		});
		// the photo is public, re-encoded by berkas without the phone's EXIF position
		byte[] foto = mvc.perform(get("/iven/laporan/foto/" + tersimpan.get(0).foto().get(0))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
		assertThat(GambarUji.mengandung(foto, "Exif")).isFalse();
		mvc.perform(get("/iven/laporan/foto/" + tersimpan.get(0).foto().get(1)).param("kecil", "true")).andExpect(status().isOk());
		// one card per occurrence
		mvc.perform(kirim(a, hari.toString(), "900", "TIKET").with(sebagai(pariwisata)).with(csrf())).andExpect(status().isConflict());

		LaporanIven.Kartu k = laporan.kartu(a, Locale.forLanguageTag("id")).get(0);
		assertThat(k.pengaduan().perKategori()).extracting(p -> p.kategoriNama() + "=" + p.jumlah())
			.containsExactly("Sampah=2", "Ketertiban dan keamanan=1");
		assertThat(k.pengaduan().rahasia()).isEqualTo(1);
		assertThat(k.pengaduan().jumlah()).isEqualTo(4);
		assertThat(k.jumlahUmkm()).isEqualTo(2);
		assertThat(k.umkm()).extracting(u -> u.nama()).containsExactly("Se'i Babi Bu Tefa", "Tenun Ikat Buna Fatululi");

		Document publik = Jsoup.parse(mvc.perform(get("/iven/acara/" + a.id())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		String kartu = publik.select("#kartu-" + hari).text();
		assertThat(kartu).as(publik.select("#laporan").outerHtml()).contains("1.250", "Sampah: 2", "Ketertiban dan keamanan: 1", "Laporan rahasia (hanya dihitung): 1",
				"Se'i Babi Bu Tefa");
		// no report numbers, no reporter
		assertThat(publik.text()).doesNotContain("KPG-", "Yosef Bani", "081237001234", "Warung Tak Tampil");
		assertThat(publik.select("#dosir-status").text()).contains("kurang 2 edisi");
	}

	@Test
	void aCardSaysSoWhenTheOtherModulesKnowNothingOfTheVenue() throws Exception {
		Staf pariwisata = pariwisata();
		LocalDate hari = LocalDate.of(2012, 1, 1).plusDays(new Random(System.nanoTime()).nextInt(1000));
		Acara a = terbitkan("Malam Sastra Fatululi " + hari, "Komunitas Sastra Fatululi", hari, pariwisata);
		mvc.perform(kirim(a, hari.toString(), "75", "BUKU_TAMU").with(sebagai(pariwisata)).with(csrf())).andExpect(status().is3xxRedirection());
		Document publik = Jsoup.parse(mvc.perform(get("/iven/acara/" + a.id())).andReturn().getResponse().getContentAsString());
		assertThat(publik.select("#kartu-" + hari + " .modul-kosong").eachText()).containsExactly(
				"Modul pengaduan tidak mencatat pengaduan di sekitar tempat acara selama tanggal acara.",
				"Modul UMKM tidak mencatat usaha aktif di sekitar tempat acara.");
	}

	@Test
	void threeConsecutiveAnnualEditionsWithReportCardsMakeTheDossierAndItsPdfHoldsThemAll() throws Exception {
		Staf pariwisata = pariwisata();
		String penyelenggara = "Sanggar Likurai " + System.nanoTime() % 100_000;
		int mulai = 2016 + new Random(System.nanoTime()).nextInt(6);
		// a far older edition does not join the consecutive run
		Acara lama = terbitkan("Festival Likurai " + (mulai - 3), penyelenggara, LocalDate.of(mulai - 3, 8, 17), pariwisata);
		mvc.perform(kirim(lama, lama.mulai().atZone(Waktu.WITA).toLocalDate().toString(), "300", "TIKET").with(sebagai(pariwisata)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		int[] pengunjung = { 2100, 2650, 3400 };
		for (int i = 0; i < 3; i++) {
			LocalDate hari = LocalDate.of(mulai + i, 8, 17);
			Acara a = terbitkan("Festival Likurai " + (mulai + i), penyelenggara, hari, pariwisata);
			if (i < 2) {
				mvc.perform(get("/staf/iven/" + a.id() + "/dosir.pdf").with(sebagai(pariwisata))).andExpect(status().isConflict());
			}
			mvc.perform(kirim(a, hari.toString(), Integer.toString(pengunjung[i]), "TIKET").with(sebagai(pariwisata)).with(csrf()))
				.andExpect(status().is3xxRedirection());
			String status = Jsoup.parse(mvc.perform(get("/iven/acara/" + a.id())).andReturn().getResponse().getContentAsString())
				.select("#dosir-status").text();
			assertThat(status).contains(i < 2 ? "kurang " + (2 - i) + " edisi" : "3 tahun berturut-turut");
			if (i == 2) {
				byte[] pdf = mvc.perform(get("/staf/iven/" + a.id() + "/dosir.pdf").with(sebagai(pariwisata))).andExpect(status().isOk())
					.andReturn().getResponse().getContentAsByteArray();
				try (PDDocument dok = Loader.loadPDF(pdf)) {
					String teks = new PDFTextStripper().getText(dok);
					assertThat(teks).contains("Dosir Karisma Event Nusantara", "Festival Likurai", penyelenggara, "sanggar.fatululi@contoh.id",
							"Edisi " + mulai, "Edisi " + (mulai + 1), "Edisi " + (mulai + 2), "2.100", "2.650", "3.400")
						.doesNotContain("Edisi " + (mulai - 3));
				}
			}
		}
	}

	private void usaha(String nama, Acara a, double meterKeTimur, boolean publik, LocalDate aktif) {
		double lon = a.lon() + meterKeTimur / (METER_PER_DERAJAT * Math.cos(Math.toRadians(a.lat())));
		jdbc.sql("""
				insert into umkm.usaha (nik, nama_pemilik, nama, nama_normal, alamat, kelurahan_kode, lat, lon, kbli, bentuk_hukum,
				    tampil_publik, status, dibuat, diaktifkan)
				values ('5371024507800003', 'Pemilik Uji', ?, lower(?), 'Jl. Frans Seda', ?, ?, ?, '10792', 'PERORANGAN', ?, 'AKTIF', ?, ?)
				""")
			.params(nama, nama, a.kelurahanKode(), a.lat(), lon, publik, Timestamp.from(wita(aktif, 9)), Timestamp.from(wita(aktif, 10)))
			.update();
	}
}
