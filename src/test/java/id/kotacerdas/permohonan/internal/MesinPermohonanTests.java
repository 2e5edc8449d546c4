package id.kotacerdas.permohonan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.notifikasi.KotakUji;
import id.kotacerdas.notifikasi.Notifikasi;
import id.kotacerdas.permohonan.AlurBaru;
import id.kotacerdas.permohonan.MesinPermohonan;
import id.kotacerdas.permohonan.Pemohon;
import id.kotacerdas.permohonan.PermohonanBaru;
import id.kotacerdas.permohonan.PermohonanBerubah;
import id.kotacerdas.permohonan.RingkasanPermohonan;
import id.kotacerdas.permohonan.StatusPermohonan;
import id.kotacerdas.permohonan.TahapBaru;
import id.kotacerdas.permohonan.TandaTerimaPermohonan;
import id.kotacerdas.permohonan.Tindakan;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;

/** The engine through its API, as a consumer module uses it: stored, audited, published, notified, and safe under concurrency. */
@IntegrationTest
@RecordApplicationEvents
class MesinPermohonanTests {

	private static final AtomicInteger URUT = new AtomicInteger();

	@Autowired
	MesinPermohonan mesin;

	@Autowired
	LayananPermohonan layanan;

	@Autowired
	PenjadwalEskalasi penjadwal;

	@Autowired
	Notifikasi notifikasi;

	@Autowired
	StafUji stafUji;

	@Autowired
	AkunStaf akun;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationEvents events;

	/** A flow of its own per test (Dukcapil's moving-out letter), so tests sharing the database do not meet. */
	private String alur() {
		String kode = "uji.pindah-" + URUT.incrementAndGet() + "-" + System.nanoTime();
		long dukcapil = stafUji.opdId("Dukcapil");
		mesin.tetapkanAlur(new AlurBaru(kode, "Surat Keterangan Pindah", "uji", "layanan-7", 3, List.of(
				new TahapBaru("Verifikasi berkas", dukcapil, "Bidang Pelayanan Pendaftaran Penduduk", null, 1, List.of("Foto KTP-el", "Foto KK")),
				new TahapBaru("Tanda tangan Kepala Dinas", dukcapil, null, Peran.ADMIN_OPD, 2, List.of()))));
		return kode;
	}

	private static String email() {
		return "pemohon" + URUT.incrementAndGet() + "@contoh.invalid";
	}

	private TandaTerimaPermohonan ajukan(String alur, String email) {
		return mesin.ajukan(new PermohonanBaru(alur, "Pindah ke Kabupaten Kupang", "formulir-42",
				new Pemohon("5371 0541 0795 0003", "Yuliana Mbura", email, null)));
	}

	private Staf staf(Peran peran, String opd) {
		String username = stafUji.pengguna(peran, opd, peran == Peran.PETUGAS_TRC ? stafUji.timUtama(opd).id() : null);
		return new Staf(jdbc.sql("select id from akun.pengguna where username = :u").param("u", username).query(Long.class).single(),
				username, "Uji " + username, username + "@uji.invalid", peran, opd == null ? null : stafUji.opdId(opd),
				peran == Peran.PETUGAS_TRC ? stafUji.timUtama(opd).id() : null, null, true);
	}

	private int versi(String kode) {
		return mesin.cari(kode).orElseThrow().versi();
	}

	private static String token(TandaTerimaPermohonan t) {
		return t.tautanPribadi().substring(t.tautanPribadi().lastIndexOf('/') + 1);
	}

	@Test
	void aFullRunIsStoredAuditedPublishedAndToldToTheApplicant() {
		String alur = alur();
		String email = email();
		TandaTerimaPermohonan tanda = ajukan(alur, email);
		assertThat(tanda.kode()).matches("KPG-[0-9A-HJKMNP-TV-Z]{5}");
		assertThat(tanda.tautanPribadi()).endsWith("/c/" + tanda.kode() + "/" + token(tanda));
		assertThat(jdbc.sql("select token_hash from permohonan.permohonan where kode = :k").param("k", tanda.kode()).query(String.class).single())
			.as("the token is stored only hashed").isNotEqualTo(token(tanda)).hasSize(64);
		assertThat(KotakUji.isiEmail(notifikasi, email, "Permohonan " + tanda.kode() + " diterima"))
			.singleElement().asString().contains(tanda.tautanPribadi(), "paling lama 3 hari kerja");

		Staf petugas = staf(Peran.PETUGAS_TRC, "Dukcapil");
		Staf kepala = staf(Peran.ADMIN_OPD, "Dukcapil");
		String kode = tanda.kode();
		mesin.kembalikan(kode, versi(kode), "Foto KK buram, tidak terbaca", List.of("Foto KK"), petugas);
		assertThat(KotakUji.isiEmail(notifikasi, email, "Permohonan " + kode + " perlu dilengkapi")).singleElement().asString()
			.contains("Foto KK buram, tidak terbaca", "Yang kurang: Foto KK");

		assertThatThrownBy(() -> mesin.ajukanUlang(kode, "bukan-token", null))
			.isInstanceOfSatisfying(PermintaanDitolakException.class, ex -> assertThat(ex.status()).isEqualTo(HttpStatus.NOT_FOUND));
		mesin.ajukanUlang(kode, token(tanda), "Foto KK sudah saya pindai ulang");

		mesin.setujui(kode, versi(kode), petugas);
		// the second step is the head's: the officer may not sign for them
		assertThatThrownBy(() -> mesin.setujui(kode, versi(kode), petugas))
			.isInstanceOfSatisfying(PermintaanDitolakException.class, ex -> assertThat(ex.status()).isEqualTo(HttpStatus.FORBIDDEN));
		RingkasanPermohonan akhir = mesin.setujui(kode, versi(kode), kepala);
		assertThat(akhir.status()).isEqualTo(StatusPermohonan.SELESAI);
		assertThat(KotakUji.isiEmail(notifikasi, email, "Permohonan " + kode + " selesai")).hasSize(1);

		assertThat(events.stream(PermohonanBerubah.class).filter(e -> e.kode().equals(kode)).map(PermohonanBerubah::tindakan))
			.containsExactly(Tindakan.AJUKAN, Tindakan.KEMBALIKAN, Tindakan.AJUKAN_ULANG, Tindakan.SETUJUI, Tindakan.SETUJUI);
		assertThat(events.stream(PermohonanBerubah.class).filter(e -> e.kode().equals(kode)).toList().get(4))
			.satisfies(e -> {
				assertThat(e.konsumenModul()).isEqualTo("uji");
				assertThat(e.konsumenRef()).isEqualTo("layanan-7");
				assertThat(e.konsumenRefPermohonan()).isEqualTo("formulir-42");
				assertThat(e.status()).isEqualTo(StatusPermohonan.SELESAI);
			});
		assertThat(jdbc.sql("select aksi from audit.catatan where jenis_objek = 'permohonan' and id_objek = :k order by id")
			.param("k", kode).query(String.class).list())
			.containsExactly("permohonan.diajukan", "permohonan.kembalikan", "permohonan.ajukan_ulang", "permohonan.setujui", "permohonan.setujui");
		assertThat(jdbc.sql("select string_agg(coalesce(sebelum::text, '') || sesudah::text, ' ') from audit.catatan where id_objek = :k")
			.param("k", kode).query(String.class).single()).as("no personal data in the audit log").doesNotContain("5371054107950003", "Yuliana", email);
	}

	/** Two officers approve the same step at the same moment: one wins, the other gets 409, the step moves once. */
	@Test
	void concurrentApprovalsMoveTheStepOnce() throws Exception {
		String kode = ajukan(alur(), email()).kode();
		Staf a = staf(Peran.ADMIN_OPD, "Dukcapil");
		Staf b = staf(Peran.ADMIN_OPD, "Dukcapil");
		int versi = versi(kode);
		CountDownLatch mulai = new CountDownLatch(1);
		ExecutorService dua = Executors.newFixedThreadPool(2);
		List<Object> hasil = Collections.synchronizedList(new ArrayList<>());
		List<Future<?>> kerja = new ArrayList<>();
		for (Staf s : List.of(a, b)) {
			kerja.add(dua.submit(() -> {
				mulai.await();
				try {
					hasil.add(mesin.setujui(kode, versi, s));
				}
				catch (PermintaanDitolakException ex) {
					hasil.add(ex.status());
				}
				return null;
			}));
		}
		mulai.countDown();
		for (Future<?> f : kerja) {
			f.get(30, TimeUnit.SECONDS);
		}
		dua.shutdown();
		assertThat(hasil).hasSize(2);
		assertThat(hasil).filteredOn(RingkasanPermohonan.class::isInstance).hasSize(1);
		assertThat(hasil).filteredOn(HttpStatus.CONFLICT::equals).hasSize(1);
		RingkasanPermohonan r = mesin.cari(kode).orElseThrow();
		assertThat(r.tahapKe()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from permohonan.riwayat r join permohonan.permohonan p on p.id = r.permohonan_id where p.kode = :k and aksi = 'SETUJUI'")
			.param("k", kode).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void anOutdatedVersionIsRefusedWith409AndChangesNothing() {
		String kode = ajukan(alur(), email()).kode();
		Staf kepala = staf(Peran.ADMIN_OPD, "Dukcapil");
		int lama = versi(kode);
		mesin.kembalikan(kode, lama, "Foto KTP-el terpotong", List.of("Foto KTP-el"), kepala);
		assertThatThrownBy(() -> mesin.tolak(kode, lama, "Bukan warga", kepala))
			.isInstanceOfSatisfying(PermintaanDitolakException.class, ex -> assertThat(ex.status()).isEqualTo(HttpStatus.CONFLICT));
		assertThat(mesin.cari(kode).orElseThrow().status()).isEqualTo(StatusPermohonan.DIKEMBALIKAN);
	}

	@Test
	void anotherAgencyMayNotActOnTheStep() {
		String kode = ajukan(alur(), email()).kode();
		Staf dlhk = staf(Peran.ADMIN_OPD, "DLHK");
		assertThatThrownBy(() -> mesin.setujui(kode, versi(kode), dlhk))
			.isInstanceOfSatisfying(PermintaanDitolakException.class, ex -> assertThat(ex.status()).isEqualTo(HttpStatus.FORBIDDEN));
		Staf kominfo = staf(Peran.ADMIN_KOMINFO, null);
		assertThat(mesin.setujui(kode, versi(kode), kominfo).tahapKe()).isEqualTo(2);
	}

	@Test
	void theApplicantMayWithdrawAnOpenApplicationByTheToken() {
		TandaTerimaPermohonan t = ajukan(alur(), email());
		assertThat(mesin.batalkan(t.kode(), token(t), "Sudah diurus di kantor").status()).isEqualTo(StatusPermohonan.DIBATALKAN);
		assertThatThrownBy(() -> mesin.batalkan(t.kode(), token(t), null))
			.isInstanceOfSatisfying(PermintaanDitolakException.class, ex -> assertThat(ex.status()).isEqualTo(HttpStatus.CONFLICT));
	}

	@Test
	void aFilingIsCheckedWholeAndRefusedWithEveryReason() {
		assertThatThrownBy(() -> mesin.ajukan(new PermohonanBaru(alur(), " ", null, new Pemohon("5371000000000000", "", null, " "))))
			.isInstanceOfSatisfying(IsianDitolakException.class, ex -> assertThat(ex.galat()).extracting(IsianDitolakException.Galat::isian)
				.containsExactly("nik", "nama", "kontak", "perihal"));
		assertThatThrownBy(() -> mesin.ajukan(new PermohonanBaru("uji.tidak-ada", "Pindah", null,
				new Pemohon("5371054107950003", "Yuliana", "bukan-email", "12"))))
			.isInstanceOfSatisfying(IsianDitolakException.class, ex -> assertThat(ex.galat()).extracting(IsianDitolakException.Galat::isian)
				.containsExactly("alurKode", "email", "telepon"));
	}

	@Test
	void aFlowIsDefinedOnceAndKeepsItsStepsOnceUsed() {
		String kode = alur();
		long dukcapil = stafUji.opdId("Dukcapil");
		AlurBaru sama = new AlurBaru(kode, "Surat Keterangan Pindah", "uji", "layanan-7", 3, List.of(
				new TahapBaru("Verifikasi berkas", dukcapil, "Bidang Pelayanan Pendaftaran Penduduk", null, 1, List.of("Foto KTP-el", "Foto KK")),
				new TahapBaru("Tanda tangan Kepala Dinas", dukcapil, null, Peran.ADMIN_OPD, 2, List.of())));
		long id = mesin.tetapkanAlur(sama);
		assertThat(mesin.tetapkanAlur(sama)).isEqualTo(id);
		ajukan(kode, email());
		AlurBaru lain = new AlurBaru(kode, "Surat Keterangan Pindah", "uji", "layanan-7", 2, sama.tahap().subList(0, 1));
		assertThatThrownBy(() -> mesin.tetapkanAlur(lain))
			.isInstanceOfSatisfying(PermintaanDitolakException.class, ex -> assertThat(ex.status()).isEqualTo(HttpStatus.CONFLICT));
		assertThatThrownBy(() -> mesin.tetapkanAlur(new AlurBaru("Bukan Kode", "", "", null, -1, List.of())))
			.isInstanceOfSatisfying(IsianDitolakException.class, ex -> assertThat(ex.galat()).hasSizeGreaterThanOrEqualTo(5));
	}

	/** A step past its deadline: the agency's administrators hear once, however often the job runs. */
	@Test
	void anOverdueStepIsEscalatedToTheAgencyAdministratorsOnce() {
		String alur = alur();
		Staf kepala = staf(Peran.ADMIN_OPD, "Dukcapil");
		String kode = layanan.ajukanPada(new PermohonanBaru(alur, "Pindah ke Kabupaten Kupang", null,
				new Pemohon("5371051203880002", "Frans Lakapu", null, "085239114455")), clock.instant().minus(Duration.ofDays(10))).kode();
		// the scheduled run may have taken it first: either way, once
		penjadwal.jalankan();
		penjadwal.jalankan();
		assertThat(KotakUji.isiEmail(notifikasi, kepala.email(), "Permohonan " + kode + " lewat batas waktu")).hasSize(1);
		assertThat(akun.adminOpd(stafUji.opdId("Dukcapil"))).extracting(Staf::username).contains(kepala.username());
	}

	@Test
	void codesAreReadTheWayPeopleTypeThem() {
		assertThat(KodeLacak.normal(" kpg-7f3q2 ")).isEqualTo("KPG-7F3Q2");
		assertThat(KodeLacak.normal("KPG-7FOQI")).isEqualTo("KPG-7F0Q1");
		assertThat(KodeLacak.normal("KPG-7F3Q")).isNull();
		assertThat(KodeLacak.normal("../etc")).isNull();
	}
}
