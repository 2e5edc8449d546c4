package id.kotacerdas.masterplan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.berkas.DokumenUji;
import id.kotacerdas.masterplan.RegisterMasterplan;
import id.kotacerdas.masterplan.RegisterMasterplan.Capaian;
import id.kotacerdas.pengaduan.LaporanBaru;
import id.kotacerdas.pengaduan.LayananPengaduan;
import id.kotacerdas.platform.Indikator;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.Periode;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;

/**
 * The register as seeded from Kupang's file, a live figure computed by hand from complaints of an agency of the test's
 * own (March 2020), and an entered value: refused without proof, pending (leadership only), verified (public).
 */
@IntegrationTest
class MasterplanTests {

	@Autowired
	RegisterMasterplan register;

	@Autowired
	LayananMasterplan layanan;

	@Autowired
	NilaiLangsung langsung;

	@Autowired
	PengisianNilai pengisian;

	@Autowired
	MasterplanRepository repo;

	@Autowired
	List<Indikator> semuaIndikator;

	@Autowired
	LayananPengaduan pengaduan;

	@Autowired
	StafUji stafUji;

	@Autowired
	JdbcClient jdbc;

	@Test
	void kupangsRegisterHasEveryDimensionAndElementAndEveryLiveFigureBelongsToAProgramme() {
		RegisterMasterplan.Laporan l = register.untukTahun(2026);
		assertThat(l.dimensi()).hasSize(6);
		assertThat(l.dimensi()).allSatisfy(d -> assertThat(d.elemen()).hasSize(3));
		List<RegisterMasterplan.Butir> butir = l.dimensi().stream().flatMap(d -> d.elemen().stream()).flatMap(e -> e.program().stream())
			.flatMap(p -> p.indikator().stream()).toList();
		assertThat(butir.stream().filter(b -> b.sumber() != null).map(b -> b.sumber().kodeIndikator()))
			.containsExactlyInAnyOrderElementsOf(semuaIndikator.stream().map(i -> i.definisi().kode()).toList());
		// the programmes the seeds name
		List<RegisterMasterplan.Program> program = l.dimensi().stream().flatMap(d -> d.elemen().stream()).flatMap(e -> e.program().stream()).toList();
		assertThat(program).extracting(RegisterMasterplan.Program::kode).contains("trc-pengaduan", "sihebat", "qris", "umkm-dilatih", "wifi-publik",
				"pju-jalan", "pojok-literasi", "iso-9001");
		RegisterMasterplan.Program iso = program.stream().filter(p -> p.kode().equals("iso-9001")).findFirst().orElseThrow();
		assertThat(iso.deskripsi()).contains("Dukcapil", "Dinkes", "Dikbud", "DPMPTSP", "RSUD S.K. Lerik", "BKPPD");
		assertThat(iso.indikator().get(0).jenisNilai()).isEqualTo(RegisterMasterplan.JenisNilai.ISIAN);
		RegisterMasterplan.Butir qris = program.stream().filter(p -> p.kode().equals("qris")).findFirst().orElseThrow().indikator().get(0);
		assertThat(qris.baselineNilai()).isEqualByComparingTo("1913");
		assertThat(qris.baselineTahun()).isEqualTo(2023);
		// unit and direction of a live indicator are its module's
		RegisterMasterplan.Butir bbm = butir.stream().filter(b -> b.kode().equals("sihebat-bbm")).findFirst().orElseThrow();
		assertThat(bbm.arah()).isEqualTo(Indikator.Arah.TURUN_LEBIH_BAIK);
		assertThat(bbm.satuan()).isEqualTo(Indikator.Satuan.PERSEN);
	}

	static final Instant DITERIMA = LocalDateTime.parse("2020-03-10T09:00").atZone(Waktu.WITA).toInstant();

	/** A report of the agency received at {@link #DITERIMA} (answer due in 24 h, resolution in 48 h). */
	private void laporan(long opdId, Integer responsJam, Integer selesaiJam) {
		String nomor = pengaduan.ajukan(new LaporanBaru("sampah", "Sampah belum diangkut tiga hari di Jalan Timor Raya", -10.1632, 123.6065, null, "",
				"Yosef Tefa", "081339112233", "yosef@contoh.id", false, false, Map.of(), List.of(), "web")).nomor();
		jdbc.sql("""
				update pengaduan.pengaduan set opd_id = :opd, diterima_pada = :d, tenggat_respons = :tr, tenggat_selesai = :ts,
				  direspons_pada = :r, selesai_pada = :s, status = :status where nomor = :nomor""")
			.param("opd", opdId)
			.param("d", Timestamp.from(DITERIMA))
			.param("tr", Timestamp.from(DITERIMA.plus(Duration.ofHours(24))))
			.param("ts", Timestamp.from(DITERIMA.plus(Duration.ofHours(48))))
			.param("r", responsJam == null ? null : Timestamp.from(DITERIMA.plus(Duration.ofHours(responsJam))))
			.param("s", selesaiJam == null ? null : Timestamp.from(DITERIMA.plus(Duration.ofHours(selesaiJam))))
			.param("status", selesaiJam == null ? "DIPROSES" : "SELESAI")
			.param("nomor", nomor)
			.update();
	}

	@Test
	void theComplaintFiguresOfAnAgencyAndAMonthAreTheOnesComputedByHandAndTheSnapshotKeepsTheirSource() {
		long opd = jdbc.sql("insert into opd.opd (nama, jenis) values (?, 'dinas') returning id")
			.param("Dinas Uji Masterplan " + System.nanoTime()).query(Long.class).single();
		// answered after 1, 23, 25, 5 and 2 hours (deadline 24): 4 of 5 in time
		// resolved after 20, 47 and 49 hours (deadline 48), one still open long past its deadline, one after 10 hours: 3 of 5
		laporan(opd, 1, 20);
		laporan(opd, 23, 47);
		laporan(opd, 25, 49);
		laporan(opd, 5, null);
		laporan(opd, 2, 10);

		IndikatorProgram selesai = indikator("trc-selesai");
		IndikatorProgram respons = indikator("trc-respons");
		Indikator.Hasil maret = layanan.sumber(selesai.kodeSumber()).orElseThrow().hitung(Periode.bulan(YearMonth.of(2020, 3)));
		Indikator.Nilai milikUji = maret.perOpd().stream().filter(n -> n.opdId() == opd).findFirst().orElseThrow().nilai();
		assertThat(milikUji.angka()).isEqualByComparingTo("60.0");
		assertThat(milikUji.rasio()).isEqualTo(new Indikator.Rasio(3, 5));

		// the year's snapshot: the agency's part is the same five reports (it has no others), the city's is the module's
		Indikator.Hasil tahun = langsung.hitung(selesai, 2020);
		langsung.hitung(respons, 2020);
		Cuplikan.PerOpd s = repo.cuplikanOpd(selesai.id(), 2020).stream().filter(o -> o.opdId() == opd).findFirst().orElseThrow();
		assertThat(s.angka()).isEqualByComparingTo("60.0");
		assertThat(s.pembilang()).isEqualTo(3);
		assertThat(s.penyebut()).isEqualTo(5);
		Cuplikan.PerOpd r = repo.cuplikanOpd(respons.id(), 2020).stream().filter(o -> o.opdId() == opd).findFirst().orElseThrow();
		assertThat(r.angka()).isEqualByComparingTo("80.0");
		assertThat(r.pembilang()).isEqualTo(4);

		RegisterMasterplan.Butir b = butir(2020, "trc-selesai");
		assertThat(b.aktual()).isEqualByComparingTo(tahun.kota().angka());
		assertThat(b.sumber().modul()).isEqualTo("pengaduan");
		assertThat(b.sumber().kodeIndikator()).isEqualTo("pengaduan.selesai-tepat-waktu");
		assertThat(b.sumber().kodeKeterangan()).isEqualTo("pengaduan.indikator.sumber");
		assertThat(b.sumber().dihitungPada()).isNotNull();
		assertThat(b.sumber().penyebut()).isEqualTo(tahun.kota().rasio().penyebut());
		assertThat(b.bukti()).isNull();
		// no target for 2020 in Kupang's file: no colour
		assertThat(b.target()).isNull();
		assertThat(b.capaian()).isEqualTo(Capaian.TANPA_DATA);
		// a live figure not computed for a year has no value, never 0
		assertThat(butir(2019, "trc-dibuka-kembali").aktual()).isNull();
	}

	@Test
	void anEnteredValueWithoutProofIsRefusedAndNothingIsStoredAPendingOneIsOnlyForLeadershipAVerifiedOneCounts() {
		Staf setda = staf(Peran.ADMIN_OPD, "Setda");
		int sebelum = repo.isian().size();
		PengisianNilai.Isian isian = new PengisianNilai.Isian("iso-9001-bersertifikat", "2021", "2", "2021-11-15", "Dukcapil dan Dinkes",
				"5371041203870002");

		assertThatThrownBy(() -> pengisian.ajukan(isian, null, setda)).isInstanceOfSatisfying(IsianDitolakException.class, ex -> {
			assertThat(ex.status().value()).isEqualTo(400);
			assertThat(ex.galat()).extracting(IsianDitolakException.Galat::isian).containsExactly("bukti");
		});
		assertThatThrownBy(() -> pengisian.ajukan(isian, new byte[0], setda)).isInstanceOf(IsianDitolakException.class);
		assertThat(repo.isian()).hasSize(sebelum);
		// another agency may not enter Setda's indicator
		assertThatThrownBy(() -> pengisian.ajukan(isian, DokumenUji.pdf(1), staf(Peran.ADMIN_OPD, "DLHK")))
			.isInstanceOfSatisfying(PermintaanDitolakException.class, ex -> assertThat(ex.status().value()).isEqualTo(403));
		assertThat(repo.isian()).hasSize(sebelum);

		NilaiIsian n = pengisian.ajukan(isian, DokumenUji.pdf(1), setda);
		assertThat(n.status()).isEqualTo(NilaiIsian.Status.MENUNGGU);
		assertThat(n.permohonanKode()).isNotBlank();
		assertThat(repo.isian()).hasSize(sebelum + 1);

		// pending: not on the public dashboard nor in the API; marked in the leadership view
		assertThat(layanan.baris("iso-9001-bersertifikat", false).orElseThrow().tahun(2021).aktual()).isNull();
		assertThat(layanan.baris("iso-9001-bersertifikat", false).orElseThrow().tahun(2021).tertunda()).isNull();
		Papan.Tahunan pimpinan = layanan.baris("iso-9001-bersertifikat", true).orElseThrow().tahun(2021);
		assertThat(pimpinan.aktual()).isNull();
		assertThat(pimpinan.tertunda().id()).isEqualTo(n.id());
		assertThat(butir(2021, "iso-9001-bersertifikat").aktual()).isNull();

		// the agency may not verify its own value; Kominfo does, on the engine
		assertThat(pengisian.bolehMemverifikasi(n, setda)).isFalse();
		Staf kominfo = staf(Peran.ADMIN_KOMINFO, null);
		assertThat(pengisian.bolehMemverifikasi(n, kominfo)).isTrue();
		pengisian.verifikasi(n.id(), kominfo);
		Awaitility.await().atMost(Duration.ofSeconds(20))
			.until(() -> repo.cariIsian(n.id()).orElseThrow().status() == NilaiIsian.Status.TERVERIFIKASI);

		RegisterMasterplan.Butir b = butir(2021, "iso-9001-bersertifikat");
		assertThat(b.aktual()).isEqualByComparingTo("2");
		assertThat(b.target()).isNull();
		assertThat(b.sumber()).isNull();
		assertThat(b.bukti().berkas()).containsExactly(n.berkasId());
		assertThat(b.bukti().tanggal()).hasToString("2021-11-15");
		assertThat(b.bukti().diverifikasiOleh()).isEqualTo(kominfo.id());
		assertThat(b.bukti().diajukanOleh()).isEqualTo(setda.username());
		assertThat(layanan.baris("iso-9001-bersertifikat", false).orElseThrow().tahun(2021).aktual()).isEqualByComparingTo("2");
	}

	@Test
	void everyFieldOfAnEnteredValueIsCheckedAtOnce() {
		Staf kominfo = staf(Peran.ADMIN_KOMINFO, null);
		int sebelum = repo.isian().size();
		assertThatThrownBy(() -> pengisian.ajukan(new PengisianNilai.Isian("pojok-literasi-jumlah", "2035", "dua belas", "kemarin", "", "123"),
				null, kominfo))
			.isInstanceOfSatisfying(IsianDitolakException.class, ex -> assertThat(ex.galat()).extracting(IsianDitolakException.Galat::isian)
				.containsExactlyInAnyOrder("tahun", "angka", "tanggal", "nik", "bukti"));
		// a live indicator takes no entered value
		assertThatThrownBy(() -> pengisian.ajukan(new PengisianNilai.Isian("trc-selesai", "2021", "80", "2021-12-01", "", "5371041203870002"),
				DokumenUji.pdf(1), kominfo))
			.isInstanceOfSatisfying(IsianDitolakException.class, ex -> assertThat(ex.galat()).extracting(IsianDitolakException.Galat::isian)
				.containsExactly("indikator"));
		assertThat(repo.isian()).hasSize(sebelum);
	}

	private IndikatorProgram indikator(String kode) {
		return repo.indikator().stream().filter(i -> i.kode().equals(kode)).findFirst().orElseThrow();
	}

	private RegisterMasterplan.Butir butir(int tahun, String kode) {
		Optional<RegisterMasterplan.Butir> b = register.untukTahun(tahun).dimensi().stream().flatMap(d -> d.elemen().stream())
			.flatMap(e -> e.program().stream()).flatMap(p -> p.indikator().stream()).filter(x -> x.kode().equals(kode)).findFirst();
		return b.orElseThrow();
	}

	private Staf staf(Peran peran, String opd) {
		String username = stafUji.pengguna(peran, opd, null);
		return new Staf(jdbc.sql("select id from akun.pengguna where username = :u").param("u", username).query(Long.class).single(), username,
				"Uji " + username, username + "@uji.invalid", peran, opd == null ? null : stafUji.opdId(opd), null, null, true);
	}
}
