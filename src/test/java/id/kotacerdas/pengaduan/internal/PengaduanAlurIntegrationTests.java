package id.kotacerdas.pengaduan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.matchesPattern;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.berkas.GambarUji;
import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.notifikasi.KotakUji;
import id.kotacerdas.notifikasi.Notifikasi;
import id.kotacerdas.notifikasi.StatusPesan;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.pengaduan.DataUjiPengaduan;
import id.kotacerdas.pengaduan.LaporanBaru;
import id.kotacerdas.pengaduan.StatusPengaduan;
import id.kotacerdas.pengaduan.TandaTerima;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/**
 * Staff handling, dispatcher, SLA scheduler, outbox and statistics on the real database. What
 * listeners do after a commit is awaited with Modulith's {@link Scenario}.
 */
@IntegrationTest
@EnableScenarios
@ExtendWith(OutputCaptureExtension.class)
class PengaduanAlurIntegrationTests {

	@Autowired
	PengaduanService layanan;

	@Autowired
	PenjadwalSla penjadwal;

	@Autowired
	Notifikasi notifikasi;

	@Autowired
	StatistikPengaduan statistik;

	@Autowired
	PencarianPengaduan cari;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Wilayah wilayah;

	@Autowired
	DaftarOpd daftarOpd;

	@Autowired
	MockMvc mvc;

	Kelurahan kel;

	long dlhk;

	long pupr;

	Staf petugasDlhk;

	Staf kominfo;

	@BeforeEach
	void siapkan() {
		kel = DataUjiPengaduan.kelurahan(wilayah, 1);
		dlhk = DataUjiPengaduan.opd(daftarOpd, "DLHK");
		pupr = DataUjiPengaduan.opd(daftarOpd, "PUPR");
		long tim = DataUjiPengaduan.tim(jdbc, dlhk, "TRC DLHK alur", kel.kode(), false);
		DataUjiPengaduan.tim(jdbc, pupr, "TRC PUPR alur", "", true);
		petugasDlhk = new Staf(9001, "trc.dlhk.alur", "Petugas DLHK", "trc@contoh.id", Peran.PETUGAS_TRC, dlhk, tim, null, true);
		kominfo = new Staf(9002, "kominfo.alur", "Dispatcher", "kominfo@contoh.id", Peran.ADMIN_KOMINFO, null, null, null, true);
		// a signed-in request has only the rights of an existing, active account
		DataUjiPengaduan.pengguna(jdbc, "pimpinan.stat", "PIMPINAN", null, null);
		DataUjiPengaduan.pengguna(jdbc, "pimpinan.silang", "PIMPINAN", null, null);
		DataUjiPengaduan.pengguna(jdbc, "pimpinan.peringkat", "PIMPINAN", null, null);
		DataUjiPengaduan.pengguna(jdbc, "trc", "PETUGAS_TRC", dlhk, tim);
	}

	private TandaTerima ajukan(String kategori) {
		return layanan.ajukan(new LaporanBaru(kategori, "Uji alur " + kategori, kel.lat(), kel.lon(), null, "", "Ani", null,
				"ani@contoh.id", false, false, Map.of(), List.of(), "web"));
	}

	private String statusDari(String nomor) {
		return jdbc.sql("select status from pengaduan.pengaduan where nomor = ?").param(nomor).query(String.class).single();
	}

	private void ubah(String nomor, String setelan) {
		jdbc.sql("update pengaduan.pengaduan set " + setelan + " where nomor = ?").param(nomor).update();
	}

	private long audit(String nomor, String aksi) {
		return jdbc.sql("select count(*) from audit.catatan where jenis_objek = 'pengaduan' and id_objek = ? and aksi = ?")
			.param(nomor).param(aksi).query(Long.class).single();
	}

	@Test
	void bukanWewenangGoesToDispatcherWhoReroutesToTheRightAgencyAndItIsAudited() {
		String nomor = ajukan("sampah").nomor();
		layanan.tindakStaf(petugasDlhk, nomor, AksiStaf.BUKAN_WEWENANG, "Ini saluran air, wewenang PUPR", null);
		assertThat(statusDari(nomor)).isEqualTo("BUKAN_WEWENANG");
		assertThatThrownBy(() -> layanan.rutekan(petugasDlhk, nomor, pupr, "coba"))
			.isInstanceOf(PermintaanDitolakException.class).hasMessage("pengaduan.khusus-dispatcher");
		layanan.rutekan(kominfo, nomor, pupr, "ke PUPR");
		assertThat(statusDari(nomor)).isEqualTo("BARU");
		assertThat(jdbc.sql("select opd_id from pengaduan.pengaduan where nomor = ?").param(nomor).query(Long.class).single()).isEqualTo(pupr);
		assertThat(audit(nomor, "pengaduan.bukan_wewenang")).isEqualTo(1);
		assertThat(audit(nomor, "pengaduan.dirutekan")).isEqualTo(1);
		// DLHK no longer sees or changes it
		assertThatThrownBy(() -> layanan.tindakStaf(petugasDlhk, nomor, AksiStaf.VERIFIKASI, "", null))
			.hasMessage("pengaduan.tidak-berwenang");
	}

	@Test
	void dispatcherMergesADuplicate() {
		String induk = ajukan("sampah").nomor();
		String duplikat = ajukan("sampah").nomor();
		layanan.gabung(kominfo, duplikat, induk);
		assertThat(statusDari(duplikat)).isEqualTo("DITOLAK");
		assertThat(jdbc.sql("select duplikat_dari from pengaduan.pengaduan where nomor = ?").param(duplikat).query(String.class).single())
			.isEqualTo(induk);
		assertThat(audit(duplikat, "pengaduan.digabung")).isEqualTo(1);
	}

	@Test
	void resolutionWithoutEvidenceIsRefusedAndChangesNothing() {
		String nomor = ajukan("sampah").nomor();
		layanan.tindakStaf(petugasDlhk, nomor, AksiStaf.VERIFIKASI, "", null);
		layanan.tindakStaf(petugasDlhk, nomor, AksiStaf.PROSES, "", null);
		assertThatThrownBy(() -> layanan.tindakStaf(petugasDlhk, nomor, AksiStaf.SELESAI, "Beres", List.of()))
			.hasMessage("pengaduan.selesai-perlu-bukti");
		assertThat(statusDari(nomor)).isEqualTo("DIPROSES");
		Staf pimpinan = new Staf(9003, "pimpinan", "Wali Kota", null, Peran.PIMPINAN, null, null, null, true);
		assertThatThrownBy(() -> layanan.tindakStaf(pimpinan, nomor, AksiStaf.BALAS, "Halo", null))
			.hasMessage("pengaduan.tidak-berwenang");
	}

	@Test
	void reopeningAfterTheWindowIsRefused() {
		TandaTerima t = ajukan("sampah");
		layanan.tindakStaf(petugasDlhk, t.nomor(), AksiStaf.VERIFIKASI, "", null);
		layanan.tindakStaf(petugasDlhk, t.nomor(), AksiStaf.PROSES, "", null);
		layanan.tindakStaf(petugasDlhk, t.nomor(), AksiStaf.SELESAI, "Beres", List.of(GambarUji.png(20, 20)));
		ubah(t.nomor(), "selesai_pada = now() - interval '31 days'");
		assertThatThrownBy(() -> layanan.bukaKembali(t.tokenTindakLanjut(), "Belum beres")).hasMessage("pengaduan.jendela-lewat");
		ubah(t.nomor(), "selesai_pada = now() - interval '29 days'");
		layanan.bukaKembali(t.tokenTindakLanjut(), "Belum beres");
		assertThat(statusDari(t.nomor())).isEqualTo("DIBUKA_KEMBALI");
	}

	@Test
	void aReopenedReportIsBackInTheTeamsWorklistAndTheTeamHearsOfIt(Scenario scenario) {
		long timId = jdbc.sql("select id from akun.tim where nama = 'TRC DLHK alur'").query(Long.class).single();
		DataUjiPengaduan.pengguna(jdbc, "trc.dlhk.buka", "PETUGAS_TRC", dlhk, timId);
		TandaTerima t = ajukan("sampah");
		layanan.tindakStaf(petugasDlhk, t.nomor(), AksiStaf.VERIFIKASI, "", null);
		layanan.tindakStaf(petugasDlhk, t.nomor(), AksiStaf.PROSES, "", null);
		layanan.tindakStaf(petugasDlhk, t.nomor(), AksiStaf.SELESAI, "Beres", List.of(GambarUji.png(20, 20)));
		assertThat(cari.kerja(dlhk, timId, PencarianPengaduan.SaringanKerja.DIBUKA_KEMBALI, null, 500))
			.extracting(PencarianPengaduan.BarisKerja::nomor).doesNotContain(t.nomor());

		String subjek = "Pengaduan " + t.nomor() + " dibuka kembali";
		scenario.stimulate(tx -> {
			layanan.bukaKembali(t.tokenTindakLanjut(), "Sampahnya menumpuk lagi");
			return t.nomor();
		})
			.andWaitForStateChange(() -> jumlahPesan("trc.dlhk.buka@kupangkota.go.id", subjek), n -> n > 0)
			.andVerify(n -> assertThat(n).isEqualTo(1));

		assertThat(cari.kerja(dlhk, timId, PencarianPengaduan.SaringanKerja.DIBUKA_KEMBALI, null, 500))
			.extracting(PencarianPengaduan.BarisKerja::nomor).contains(t.nomor());
		assertThat(cari.kerja(dlhk, timId, null, null, 500)).extracting(PencarianPengaduan.BarisKerja::nomor).contains(t.nomor());
	}

	private long jumlahPesan(String tujuan, String subjek) {
		return KotakUji.isiEmail(notifikasi, tujuan, subjek).size();
	}

	@Test
	void twoConcurrentSchedulerRunsEscalateEachLevelOnceAndCloseExpiredResolutions() throws Exception {
		String terlambat = ajukan("sampah").nomor();
		ubah(terlambat, "tenggat_selesai = now() - interval '2 days'");
		TandaTerima selesai = ajukan("sampah");
		layanan.tindakStaf(petugasDlhk, selesai.nomor(), AksiStaf.VERIFIKASI, "", null);
		layanan.tindakStaf(petugasDlhk, selesai.nomor(), AksiStaf.PROSES, "", null);
		layanan.tindakStaf(petugasDlhk, selesai.nomor(), AksiStaf.SELESAI, "Beres", List.of(GambarUji.png(20, 20)));
		ubah(selesai.nomor(), "selesai_pada = now() - interval '31 days'");

		jalankanDuaInstansLaluSekaliLagi();

		assertThat(jdbc.sql("""
				select count(*) from pengaduan.riwayat r join pengaduan.pengaduan p on p.id = r.pengaduan_id
				where p.nomor = ? and r.jenis = 'ESKALASI'""").param(terlambat).query(Long.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select tingkat_eskalasi from pengaduan.pengaduan where nomor = ? and terlambat").param(terlambat)
			.query(Integer.class).single()).isEqualTo(2);
		assertThat(statusDari(selesai.nomor())).isEqualTo("DITUTUP");
		assertThat(jdbc.sql("select dikonfirmasi from pengaduan.pengaduan where nomor = ?").param(selesai.nomor())
			.query(Boolean.class).single()).isFalse();
	}

	@Test
	void aMissedFirstResponseEscalatesToTheAgencyHeadThenTheDispatchersOnce(Scenario scenario) {
		DataUjiPengaduan.pengguna(jdbc, "dlhk.kepala.respons", "ADMIN_OPD", dlhk, null);
		DataUjiPengaduan.pengguna(jdbc, "kominfo.respons", "ADMIN_KOMINFO", null, null);
		String diam = ajukan("sampah").nomor();
		ubah(diam, "tenggat_respons = now() - interval '2 days'");
		String ditanggapi = ajukan("sampah").nomor();
		layanan.tindakStaf(petugasDlhk, ditanggapi, AksiStaf.VERIFIKASI, "", null);
		ubah(ditanggapi, "tenggat_respons = now() - interval '2 days'");

		// level 1 to the agency head, level 2 to the dispatchers, each queued by the staff listener after its commit
		List<String> tujuan = List.of("dlhk.kepala.respons@kupangkota.go.id", "kominfo.respons@kupangkota.go.id");
		String subjek = "Pengaduan " + diam + " belum ditanggapi";
		scenario.stimulate(tx -> jalankanDuaInstansLaluSekaliLagi())
			.andWaitForStateChange(() -> tujuan.stream().map(t -> jumlahPesan(t, subjek)).toList(), n -> !n.contains(0L))
			.andVerify(n -> assertThat(n).containsExactly(1L, 1L));

		assertThat(jumlahRiwayat(diam, "ESKALASI_RESPONS")).isEqualTo(2);
		assertThat(jumlahRiwayat(ditanggapi, "ESKALASI_RESPONS")).isZero();
		// the resolution deadline has not passed: its track is untouched
		assertThat(jumlahRiwayat(diam, "ESKALASI")).isZero();
		assertThat(jdbc.sql("select eskalasi_respons from pengaduan.pengaduan where nomor = ? and not terlambat").param(diam)
			.query(Integer.class).single()).isEqualTo(2);
	}

	/** The SLA scheduler as two app instances would run it at the same moment, then once more. */
	private Void jalankanDuaInstansLaluSekaliLagi() {
		ExecutorService dua = Executors.newFixedThreadPool(2);
		CountDownLatch mulai = new CountDownLatch(1);
		List<Future<?>> hasil = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			hasil.add(dua.submit(() -> {
				mulai.await();
				penjadwal.jalankan();
				return null;
			}));
		}
		mulai.countDown();
		try {
			for (Future<?> f : hasil) {
				f.get();
			}
		}
		catch (InterruptedException | java.util.concurrent.ExecutionException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			dua.shutdown();
		}
		penjadwal.jalankan();
		return null;
	}

	private long jumlahRiwayat(String nomor, String jenis) {
		return jdbc.sql("""
				select count(*) from pengaduan.riwayat r join pengaduan.pengaduan p on p.id = r.pengaduan_id
				where p.nomor = ? and r.jenis = ?""").param(nomor).param(jenis).query(Long.class).single();
	}

	/** No SMTP in the test context: the message waits untouched, not as a failed attempt logged every minute. */
	@Test
	void withoutSmtpTheOutboxKeepsMailWaitingWithoutCountingOrLoggingFailures(CapturedOutput log) {
		TandaTerima t = ajukan("sampah");
		long id = KotakUji.menunggu(notifikasi, Notifikasi.EMAIL, "ani@contoh.id").stream()
			.filter(m -> m.teks().subjek().contains(t.nomor())).reduce((a, b) -> b).orElseThrow().status().id();
		int sebelum = log.getAll().length();
		notifikasi.kirimTertunda();
		notifikasi.kirimTertunda();
		StatusPesan baris = notifikasi.status(id).orElseThrow();
		assertThat(baris.terkirimPada()).isNull();
		assertThat(baris.jumlahPercobaan()).isZero();
		assertThat(baris.berikutnya()).isBeforeOrEqualTo(Instant.now());
		assertThat(baris.riwayat()).isEmpty();
		assertThat(log.getAll().substring(sebelum)).doesNotContain("Notification").doesNotContain("SMTP");
		assertThat(notifikasi.teks(id).orElseThrow().isi()).contains("/pengaduan/tindak-lanjut/" + t.tokenTindakLanjut());
		// only the hash of the private link is stored with the report
		assertThat(jdbc.sql("select count(*) from pengaduan.pengaduan where token_hash = ?").param(t.tokenTindakLanjut())
			.query(Long.class).single()).isZero();
	}

	/** Deliberate rule (docs/pengaduan.md, "Who may act"): teams of one agency stand in for each other. */
	@Test
	void anOfficerOfAnotherTeamOfTheSameAgencyMayActOneOfAnotherAgencyMayNot() {
		String nomor = ajukan("sampah").nomor();
		long timLain = DataUjiPengaduan.tim(jdbc, dlhk, "TRC DLHK pengganti", "", false);
		Staf pengganti = new Staf(9010, "trc.dlhk.pengganti", "Petugas pengganti", null, Peran.PETUGAS_TRC, dlhk, timLain, null, true);
		layanan.tindakStaf(pengganti, nomor, AksiStaf.VERIFIKASI, "", null);
		assertThat(statusDari(nomor)).isEqualTo("DIVERIFIKASI");
		long timPupr = DataUjiPengaduan.tim(jdbc, pupr, "TRC PUPR lain", "", false);
		Staf lain = new Staf(9011, "trc.pupr.lain", "Petugas PUPR", null, Peran.PETUGAS_TRC, pupr, timPupr, null, true);
		assertThatThrownBy(() -> layanan.tindakStaf(lain, nomor, AksiStaf.PROSES, "", null))
			.isInstanceOfSatisfying(PermintaanDitolakException.class, ex -> assertThat(ex.status().value()).isEqualTo(403));
		assertThat(statusDari(nomor)).isEqualTo("DIVERIFIKASI");
	}

	/** The reporter's copy holds the follow-up link in plain text: it does not outlive its use. */
	@Test
	void undeliverableMessagesWithTheFollowUpLinkAreDeletedAfterTheirTime() {
		TandaTerima lama = ajukan("sampah");
		TandaTerima baru = ajukan("sampah");
		assertThat(jdbc.sql("update notifikasi.kotak_keluar set dibuat = now() - interval '8 days' where parameter::text like ?")
			.param("%" + lama.tokenTindakLanjut() + "%").update()).isEqualTo(1);
		notifikasi.kirimTertunda();
		assertThat(jdbc.sql("select count(*) from notifikasi.kotak_keluar where parameter::text like ?")
			.param("%" + lama.tokenTindakLanjut() + "%").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from notifikasi.kotak_keluar where parameter::text like ?")
			.param("%" + baru.tokenTindakLanjut() + "%").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void theRoutedTeamIsNotifiedAfterCommitAndDispatchersHearOfBukanWewenang(Scenario scenario) {
		long timId = jdbc.sql("select id from akun.tim where nama = 'TRC DLHK alur'").query(Long.class).single();
		DataUjiPengaduan.pengguna(jdbc, "trc.dlhk.notif", "PETUGAS_TRC", dlhk, timId);
		DataUjiPengaduan.pengguna(jdbc, "kominfo.notif", "ADMIN_KOMINFO", null, null);
		AtomicReference<String> nomor = new AtomicReference<>();
		scenario.stimulate(tx -> {
			nomor.set(ajukan("sampah").nomor());
			return nomor.get();
		})
			.andWaitForStateChange(() -> pesanTentang("trc.dlhk.notif@kupangkota.go.id", nomor.get()), n -> n > 0)
			.andVerify(pesan -> assertThat(pesan).isEqualTo(1L));

		scenario.stimulate(tx -> {
			layanan.tindakStaf(petugasDlhk, nomor.get(), AksiStaf.BUKAN_WEWENANG, "Bukan sampah, tapi saluran", null);
			return nomor.get();
		})
			.andWaitForStateChange(() -> pesanTentang("kominfo.notif@kupangkota.go.id", nomor.get()), n -> n > 0)
			.andVerify(pesan -> assertThat(pesan).isEqualTo(1L));
	}

	/** Messages waiting for {@code tujuan} about report {@code nomor}. */
	private long pesanTentang(String tujuan, String nomor) {
		return KotakUji.menunggu(notifikasi, Notifikasi.EMAIL, tujuan).stream().filter(m -> m.teks().subjek().contains(nomor)).count();
	}

	@Test
	void statisticsWithConcreteNumbers() throws Exception {
		// four reports moved to January 2025 (WITA) with known times
		Instant awal = LocalDateTime.parse("2025-01-06T08:00").atZone(Waktu.WITA).toInstant();
		List<String> nomor = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			nomor.add(ajukan("kebakaran").nomor());
		}
		atur(nomor.get(0), awal, 2, 24, 72, true, 5, 0);
		atur(nomor.get(1), awal, 4, 100, 48, false, 3, 1);
		atur(nomor.get(2), awal, 6, null, 48, false, null, 0);
		atur(nomor.get(3), awal, null, null, 48, false, null, 0);

		var baris = statistik.hitung("bulan", awal.minus(Duration.ofDays(5)), awal.plus(Duration.ofDays(20)));
		assertThat(baris).hasSize(1);
		var b = baris.get(0);
		assertThat(b.kunci()).isEqualTo("2025-01");
		assertThat(b.diterima()).isEqualTo(4);
		// two are still open long after their deadline (one never answered): failures, not "no data"
		assertThat(b.terbuka()).isEqualTo(2);
		assertThat(b.terlambat()).isEqualTo(2);
		assertThat(b.belumDirespons()).isEqualTo(1);
		assertThat(b.medianResponsJam()).isEqualTo(4.0);
		assertThat(b.medianSelesaiJam()).isEqualTo(62.0);
		assertThat(b.diselesaikan()).isEqualTo(2);
		assertThat(b.tepatWaktu()).isEqualTo(1);
		assertThat(b.jatuhTempo()).isEqualTo(4);
		assertThat(b.persenTepatWaktu()).isEqualTo(25.0);
		assertThat(b.persenDibukaKembali()).isEqualTo(25.0);
		assertThat(b.persenDikonfirmasi()).isEqualTo(25.0);
		assertThat(b.rataPenilaian()).isEqualTo(4.0);
		assertThat(b.jumlahPenilaian()).isEqualTo(2);

		String csv = mvc.perform(get("/staf/pengaduan/statistik.csv").param("dimensi", "bulan").param("dari", "2025-01-01")
			.param("sampai", "2025-01-31").with(user("pimpinan.stat").roles("PIMPINAN")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(csv.lines().skip(2).findFirst()).as("the agency × month section follows after a blank line").contains("");
		// as Excel in Indonesian reads a CSV: UTF-8 with a byte-order mark, ';' between fields, decimal commas
		assertThat(csv.lines().findFirst().orElseThrow()).startsWith("\uFEFFBulan;Diterima;Masih terbuka;Lewat batas waktu;Belum ditanggapi;"
				+ "% tepat waktu;Tepat waktu;Sudah jatuh tempo;Diselesaikan;");
		assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith("2025-01;4;2;2;1;25,0%;1;4;2;4,0;62,0;25,0%;25,0%;4,0;2");
		byte[] xlsx = mvc.perform(get("/staf/pengaduan/statistik.xlsx").param("dimensi", "bulan").param("dari", "2025-01-01")
			.param("sampai", "2025-01-31").with(user("pimpinan.stat").roles("PIMPINAN")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook buku = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			// the first row under the header, which stands under the title and the generation time
			assertThat(buku.getSheetAt(0).getRow(4).getCell(0).getStringCellValue()).isEqualTo("2025-01");
			assertThat(buku.getSheetAt(0).getRow(4).getCell(1).getNumericCellValue()).isEqualTo(4.0);
		}
		var pdf = mvc.perform(get("/staf/pengaduan/statistik.pdf").param("dimensi", "bulan").param("dari", "2025-01-01")
			.param("sampai", "2025-01-31").with(user("pimpinan.stat").roles("PIMPINAN")))
			.andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition", matchesPattern(
					"attachment; filename=\"statistik-pengaduan-per-bulan-\\d{4}-\\d{2}-\\d{2}\\.pdf\"")))
			.andReturn().getResponse().getContentAsByteArray();
		try (var dok = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(dok).replaceAll("\\s+", " "))
				.contains("Statistik pengaduan per Bulan", "Instansi per bulan", "2025-01 4 2 2 1 25,0% 1 4 2 4,0 62,0 25,0% 25,0% 4,0 2");
		}
		mvc.perform(get("/staf/pengaduan/statistik.csv").with(user("trc").roles("PETUGAS_TRC"))).andExpect(status().isForbidden());
		mvc.perform(get("/staf/pengaduan/statistik.pdf").with(user("trc").roles("PETUGAS_TRC"))).andExpect(status().isForbidden());
		// an unknown dimension or format is the caller's mistake, in every format
		for (String url : new String[] { "/staf/pengaduan/statistik.csv", "/staf/pengaduan/statistik.xlsx", "/staf/pengaduan/statistik.pdf",
				"/staf/pengaduan/statistik" }) {
			mvc.perform(get(url).param("dimensi", "x").with(user("pimpinan.stat").roles("PIMPINAN"))).andExpect(status().isBadRequest());
		}
		mvc.perform(get("/staf/pengaduan/statistik.doc").with(user("pimpinan.stat").roles("PIMPINAN"))).andExpect(status().isBadRequest());
	}

	@Test
	void agencyByMonthCrossTableWithConcreteNumbers() throws Exception {
		// May 2023 and June 2023 in WITA; 00:30 on 1 June WITA is still 31 May in UTC
		Instant mei = LocalDateTime.parse("2023-05-10T09:00").atZone(Waktu.WITA).toInstant();
		Instant juni = LocalDateTime.parse("2023-06-01T00:30").atZone(Waktu.WITA).toInstant();
		atur(ajukan("sampah").nomor(), mei, 1, 24, 48, false, null, 0);
		atur(ajukan("sampah").nomor(), mei, 1, 100, 48, false, null, 0);
		atur(ajukan("sampah").nomor(), mei, null, null, 48, false, null, 0);
		TandaTerima rahasia = layanan.ajukan(new LaporanBaru("sampah", "Uji rahasia", kel.lat(), kel.lon(), null, "", "Ani", null,
				"ani@contoh.id", false, true, Map.of(), List.of(), "web"));
		atur(rahasia.nomor(), juni, 1, 10, 48, false, null, 0);
		atur(ajukan("jalan-rusak").nomor(), juni, null, null, 48, false, null, 0);
		atur(ajukan("jalan-rusak").nomor(), juni, 2, 72, 48, false, null, 0);

		Instant dari = LocalDateTime.parse("2023-05-01T00:00").atZone(Waktu.WITA).toInstant();
		Instant sampai = LocalDateTime.parse("2023-07-01T00:00").atZone(Waktu.WITA).toInstant();
		var silang = statistik.opdPerBulan(dari, sampai);
		assertThat(silang.bulan()).containsExactly("2023-05", "2023-06");
		assertThat(silang.baris()).extracting(StatistikPengaduan.BarisSilang::kunci)
			.containsExactly(Long.toString(dlhk), Long.toString(pupr));
		// the open report past its deadline counts as late beside the two resolved ones
		assertThat(silang.baris().get(0).sel()).containsExactly(new StatistikPengaduan.Sel(3, 3, 33.3),
				new StatistikPengaduan.Sel(1, 1, 100.0));
		assertThat(silang.baris().get(1).sel()).containsExactly(new StatistikPengaduan.Sel(0, 0, null),
				new StatistikPengaduan.Sel(2, 2, 0.0));
		String namaDlhk = silang.baris().get(0).nama();

		var staf = user("pimpinan.silang").roles("PIMPINAN");
		String halaman = mvc.perform(get("/staf/pengaduan/statistik").param("dari", "2023-05-01").param("sampai", "2023-06-30").with(staf))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(halaman).contains("id=\"tabel-silang\"", ">Mei 2023<", ">Jun 2023<", "100,0 (");
		String publik = mvc.perform(get("/pengaduan/statistik")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(publik).doesNotContain("tabel-silang");

		String csv = mvc.perform(get("/staf/pengaduan/statistik.csv").param("dari", "2023-05-01").param("sampai", "2023-06-30").with(staf))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(csv.lines()).contains("Instansi per bulan",
				"Instansi;2023-05 Diterima;2023-05 Sudah jatuh tempo;2023-05 % tepat waktu;"
						+ "2023-06 Diterima;2023-06 Sudah jatuh tempo;2023-06 % tepat waktu",
				namaDlhk + ";3;3;33,3%;1;1;100,0%");
		byte[] xlsx = mvc.perform(get("/staf/pengaduan/statistik.xlsx").param("dari", "2023-05-01").param("sampai", "2023-06-30").with(staf))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook buku = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var lembar = buku.getSheet("Instansi per bulan");
			// the header on row 4, under the title and the generation time
			assertThat(lembar.getRow(3).getCell(4).getStringCellValue()).isEqualTo("2023-06 Diterima");
			assertThat(lembar.getRow(5).getCell(1).getNumericCellValue()).isZero();
			assertThat(lembar.getRow(5).getCell(3)).isNull();
			assertThat(lembar.getRow(5).getCell(4).getNumericCellValue()).isEqualTo(2.0);
			assertThat(lembar.getRow(5).getCell(6).getNumericCellValue()).isEqualTo(0.0);
		}
	}

	@Test
	void anAgencyLeavingReportsUnansweredPastTheirDeadlinesRanksBelowOneThatAnsweredOnTime() throws Exception {
		// March 2022 (WITA): DLHK leaves three reports unanswered, PUPR resolves four within their deadline
		Instant maret = LocalDateTime.parse("2022-03-07T09:00").atZone(Waktu.WITA).toInstant();
		Instant dari = LocalDateTime.parse("2022-03-01T00:00").atZone(Waktu.WITA).toInstant();
		Instant sampai = LocalDateTime.parse("2022-04-01T00:00").atZone(Waktu.WITA).toInstant();
		List<String> diam = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			atur(ajukan("jalan-rusak").nomor(), maret, 2, 24, 48, false, null, 0);
		}
		for (int i = 0; i < 3; i++) {
			diam.add(ajukan("sampah").nomor());
		}
		// received then, with deadlines a moment from now: the earliest of any open report
		jdbc.sql("""
				update pengaduan.pengaduan set diterima_pada = :maret, tenggat_respons = now() + interval '3 seconds',
				  tenggat_selesai = now() + interval '3 seconds' where nomor in (:diam)""")
			.param("maret", PengaduanRepository.ts(maret)).param("diam", diam).update();
		// while their deadlines lie ahead the silent reports are not judged yet
		var belum = baris(statistik.hitung("opd", dari, sampai), dlhk);
		assertThat(belum.persenTepatWaktu()).isNull();
		assertThat(belum.jatuhTempo()).isZero();
		assertThat(belum.terbuka()).isEqualTo(3);

		// the deadlines pass without anyone touching the reports: the figures (cached until then) follow
		Thread.sleep(3500);
		var peringkat = statistik.hitung("opd", dari, sampai);
		assertThat(peringkat).extracting(StatistikPengaduan.Baris::kunci).containsExactly(Long.toString(dlhk), Long.toString(pupr));
		var diamDlhk = peringkat.get(0);
		assertThat(diamDlhk.persenTepatWaktu()).isEqualTo(0.0);
		assertThat(diamDlhk.jatuhTempo()).isEqualTo(3);
		assertThat(diamDlhk.terbuka()).isEqualTo(3);
		assertThat(diamDlhk.terlambat()).isEqualTo(3);
		assertThat(diamDlhk.belumDirespons()).isEqualTo(3);
		var tepatPupr = peringkat.get(1);
		assertThat(tepatPupr.persenTepatWaktu()).isEqualTo(100.0);
		assertThat(tepatPupr.jatuhTempo()).isEqualTo(4);
		assertThat(tepatPupr.terlambat()).isZero();

		// the staff page ranks the same way and shows the missed deadlines beside the rate
		String halaman = mvc.perform(get("/staf/pengaduan/statistik").param("dari", "2022-03-01").param("sampai", "2022-03-31")
			.with(user("pimpinan.peringkat").roles("PIMPINAN")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String daftar = halaman.substring(halaman.indexOf("id=\"peringkat\""), halaman.indexOf("id=\"grafik-statistik\""));
		assertThat(daftar.indexOf(">" + diamDlhk.nama() + "<")).isNotNegative().isLessThan(daftar.indexOf(">" + tepatPupr.nama() + "<"));
		assertThat(daftar).contains(">0,0 %<", "0 dari 3 yang jatuh tempo selesai tepat waktu", ">100,0 %<")
			.contains("<dd class=\"belum-direspons\">3</dd>");
	}

	private static StatistikPengaduan.Baris baris(List<StatistikPengaduan.Baris> semua, long opdId) {
		return semua.stream().filter(b -> b.kunci().equals(Long.toString(opdId))).findFirst().orElseThrow();
	}

	private void atur(String nomor, Instant diterima, Integer responsJam, Integer selesaiJam, int tenggatJam, boolean dikonfirmasi,
			Integer penilaian, int dibukaKembali) {
		jdbc.sql("""
				update pengaduan.pengaduan set diterima_pada = :d, direspons_pada = :r, selesai_pada = :s, tenggat_selesai = :t,
				  tenggat_respons = :tr,
				  dikonfirmasi = :k, penilaian = :n, kali_dibuka_kembali = :b, status = :status where nomor = :nomor""")
			.param("d", PengaduanRepository.ts(diterima))
			.param("r", responsJam == null ? null : PengaduanRepository.ts(diterima.plus(Duration.ofHours(responsJam))))
			.param("s", selesaiJam == null ? null : PengaduanRepository.ts(diterima.plus(Duration.ofHours(selesaiJam))))
			.param("t", PengaduanRepository.ts(diterima.plus(Duration.ofHours(tenggatJam))))
			.param("tr", PengaduanRepository.ts(diterima.plus(Duration.ofDays(1))))
			.param("k", dikonfirmasi).param("n", penilaian).param("b", dibukaKembali)
			.param("status", selesaiJam == null ? StatusPengaduan.DIPROSES.name() : StatusPengaduan.DITUTUP.name())
			.param("nomor", nomor)
			.update();
	}
}
