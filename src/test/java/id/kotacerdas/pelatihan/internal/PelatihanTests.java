package id.kotacerdas.pelatihan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.dokumen.PenerbitDokumen;
import id.kotacerdas.notifikasi.KotakUji;
import id.kotacerdas.notifikasi.Notifikasi;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.Periode;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Training's rules on the real database: sign-up within the quota tied to the UMKM registry, one attendance per
 * participant however often and from however many phones it is sent, the follow-up three months later sent once,
 * certificates through dokumen, and trained businesses counted once.
 */
@IntegrationTest
class PelatihanTests {

	static final String KOPERASI = "Dinas Koperasi dan UKM";

	private static final AtomicInteger URUT = new AtomicInteger();

	@Autowired
	LayananPelatihan layanan;

	@Autowired
	PelatihanRepository repo;

	@Autowired
	StafUji stafUji;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Notifikasi notifikasi;

	@Autowired
	PenerbitDokumen penerbit;

	@Autowired
	IndikatorPelatihan indikator;

	@Autowired
	AngkaPelatihan angka;

	@Autowired
	MockMvc mvc;

	Staf staf(Peran peran, String opd) {
		String username = stafUji.pengguna(peran, opd, null);
		return new Staf(jdbc.sql("select id from akun.pengguna where username = :u").param("u", username).query(Long.class).single(), username,
				"Uji " + username, username + "@uji.invalid", peran, opd == null ? null : stafUji.opdId(opd), null, null, true);
	}

	String kelurahan(String nama) {
		return jdbc.sql("select kode from wilayah.kelurahan where lower(nama) = lower(?)").param(nama).query(String.class).single();
	}

	/** A unique mobile number of this run. */
	static String ponsel() {
		return "08137" + String.format("%07d", (System.nanoTime() / 1000 + URUT.incrementAndGet() * 7919L) % 10_000_000);
	}

	long sesi(Staf koperasi, LocalDate tanggal, String mulai, String selesai, int kuota) {
		long program = layanan.buatProgram(koperasi, new LayananPelatihan.FormulirProgram("Pemasaran Digital Uji " + URUT.incrementAndGet(),
				"PEMASARAN_DIGITAL", null, "Bank NTT", null));
		return layanan.buatSesi(koperasi, program, new LayananPelatihan.FormulirSesi("Maria Fanggidae", "Aula Palapa", kelurahan("Oebobo"),
				tanggal.toString(), mulai, selesai, Integer.toString(kuota)));
	}

	LocalDate hariIni() {
		return LocalDate.now(Waktu.WITA);
	}

	LayananPelatihan.Pendaftaran daftar(long sesi, String nama, String telepon, String nik) {
		return layanan.daftar(sesi, new LayananPelatihan.FormulirPeserta(nama, telepon, nik, "Usaha " + nama, kelurahan("Oebobo")), null,
				Locale.forLanguageTag("id"));
	}

	long usaha(String nik, String telepon, String nama) {
		return jdbc.sql("""
				insert into umkm.usaha (nik, nama_pemilik, telepon, nama, nama_normal, alamat, kelurahan_kode, kbli, bentuk_hukum, status, dibuat)
				values (?, ?, ?, ?, lower(?), 'Jl. Palapa', ?, '56102', 'PERORANGAN', 'AKTIF', now()) returning id""")
			.params(nik, "Pemilik " + nama, telepon, nama, nama, kelurahan("Oebobo")).query(Long.class).single();
	}

	static String nik() {
		// Kota Kupang (5371), a valid date of birth, a sequence of this run
		return "53710412038" + String.format("%d", 7) + String.format("%04d", 1 + (System.nanoTime() / 1000 + URUT.incrementAndGet()) % 9999);
	}

	@Test
	void anOwnerSignsUpByPhoneIsTiedToTheirBusinessAndGetsTheirCardBySms() {
		Staf koperasi = staf(Peran.ADMIN_OPD, KOPERASI);
		long sesi = sesi(koperasi, hariIni().plusDays(3), "09:00", "12:00", 30);
		String telepon = ponsel();
		long usaha = usaha(nik(), telepon, "Ikan Bakar Uji " + URUT.incrementAndGet());

		LayananPelatihan.Pendaftaran p = daftar(sesi, "Yuliana Ndun", telepon.substring(0, 4) + " " + telepon.substring(4), null);

		Rekaman.Peserta ps = repo.pesertaKode(p.kode()).orElseThrow();
		assertThat(ps.usahaId()).isEqualTo(usaha);
		assertThat(ps.nik()).as("the registry's NIK, for the certificate").isNotNull();
		assertThat(p.kode()).matches(LayananPelatihan.KODE.pattern());
		assertThat(jdbc.sql("select sandi from pelatihan.peserta where id = ?").param(ps.id()).query(String.class).single())
			.as("only the token's hash is kept").isNotEqualTo(p.token()).hasSize(64);
		var sms = KotakUji.menunggu(notifikasi, Notifikasi.SMS, telepon);
		assertThat(sms).hasSize(1);
		assertThat(sms.get(0).teks().isi()).contains(p.tautan()).contains("Aula Palapa");
		assertThat(layanan.pesertaDenganTautan(p.kode(), p.token()).id()).isEqualTo(ps.id());
		assertThatThrownBy(() -> layanan.pesertaDenganTautan(p.kode(), p.token() + "x")).isInstanceOf(PermintaanDitolakException.class);
	}

	@Test
	void aSignUpWithoutABusinessIsMatchedOnceTheBusinessIsRegistered() {
		Staf koperasi = staf(Peran.ADMIN_OPD, KOPERASI);
		long sesi = sesi(koperasi, hariIni().plusDays(3), "09:00", "12:00", 30);
		String nik = nik();
		LayananPelatihan.Pendaftaran p = daftar(sesi, "Rambu Kahi", ponsel(), nik);
		assertThat(repo.pesertaKode(p.kode()).orElseThrow().usahaId()).isNull();

		long usaha = usaha(nik, ponsel(), "Kue Rambut Uji " + URUT.incrementAndGet());
		layanan.cocokkanUsaha();

		assertThat(repo.pesertaKode(p.kode()).orElseThrow().usahaId()).isEqualTo(usaha);
	}

	@Test
	void badInputFullSessionsAndASecondSignUpOfAPhoneAreRefusedAndStoreNothing() {
		Staf koperasi = staf(Peran.ADMIN_OPD, KOPERASI);
		long sesi = sesi(koperasi, hariIni().plusDays(3), "09:00", "12:00", 2);
		assertThatThrownBy(() -> layanan.daftar(sesi, new LayananPelatihan.FormulirPeserta("", "12345", "123", "", "x"), null, Locale.ROOT))
			.isInstanceOfSatisfying(IsianDitolakException.class, ex -> {
				assertThat(ex.status().value()).isEqualTo(400);
				assertThat(ex.galat()).extracting(IsianDitolakException.Galat::isian)
					.containsExactlyInAnyOrder("nama", "telepon", "nik", "namaUsaha", "kelurahan");
			});
		String telepon = ponsel();
		daftar(sesi, "Bernadus Tefa", telepon, null);
		assertThatThrownBy(() -> daftar(sesi, "Bernadus Tefa", "+62" + telepon.substring(1), null))
			.isInstanceOfSatisfying(IsianDitolakException.class, ex -> assertThat(ex.status().value()).isEqualTo(409));
		daftar(sesi, "Ance Lakapu", ponsel(), null);
		assertThatThrownBy(() -> daftar(sesi, "Nona Selan", ponsel(), null))
			.isInstanceOfSatisfying(IsianDitolakException.class, ex -> assertThat(ex.galat().get(0).kodePesan()).isEqualTo("pelatihan.daftar.penuh"));
		assertThat(repo.hitungPeserta(sesi)).isEqualTo(2);
		// another agency's staff may not organise it
		assertThatThrownBy(() -> layanan.tautanAbsen(staf(Peran.ADMIN_OPD, "DLHK"), sesi)).isInstanceOf(PermintaanDitolakException.class);
	}

	/**
	 * Three phones scan the same participants, some twice, offline and in any order; their queues reach the server in
	 * random batches, some sent again (a retry after a lost answer). Every participant who was scanned is stored
	 * exactly once, with the earliest scan, and gets one follow-up.
	 */
	@ParameterizedTest
	@ValueSource(longs = { 7, 42, 20261130 })
	void everyCheckInIsStoredOnceWhateverTheOrderBatchesAndRetries(long benih) {
		Random acak = new Random(benih);
		Staf koperasi = staf(Peran.ADMIN_OPD, KOPERASI);
		long sesi = sesi(koperasi, hariIni(), "00:00", "23:59", 40);
		List<String> kode = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			kode.add(daftar(sesi, "Peserta " + i, ponsel(), null).kode());
		}
		Rekaman.Sesi s = layanan.sesi(sesi);
		// scans between the session's start and now (at most an hour), so the test holds just after midnight WITA too
		Instant awal = s.mulai();
		int rentang = (int) Math.max(1, Math.min(3600, java.time.Duration.between(awal, Instant.now()).getSeconds()));
		List<LayananPelatihan.Pindaian> semua = new ArrayList<>();
		Set<String> dipindai = new HashSet<>();
		Instant[] tercepat = new Instant[kode.size()];
		for (int hp = 0; hp < 3; hp++) {
			for (int i = 0; i < kode.size(); i++) {
				if (acak.nextInt(3) > 0) {
					Instant t = awal.plusSeconds(acak.nextInt(rentang));
					semua.add(new LayananPelatihan.Pindaian(kode.get(i).toLowerCase(Locale.ROOT), t, "hp-" + hp));
					dipindai.add(kode.get(i));
					tercepat[i] = tercepat[i] == null || t.isBefore(tercepat[i]) ? t : tercepat[i];
				}
			}
		}
		semua.add(new LayananPelatihan.Pindaian("PLT-ZZZZZZZZ", awal, "hp-0"));
		Collections.shuffle(semua, acak);
		List<LayananPelatihan.HasilAbsen> hasil = new ArrayList<>();
		for (int i = 0; i < semua.size();) {
			int n = 1 + acak.nextInt(6);
			List<LayananPelatihan.Pindaian> kiriman = semua.subList(i, Math.min(semua.size(), i + n));
			hasil.addAll(layanan.absen(s, kiriman));
			if (acak.nextBoolean()) {
				assertThat(layanan.absen(s, kiriman)).allSatisfy(h -> assertThat(h.status()).isIn("sudah", "tidak-dikenal"));
			}
			i += n;
		}

		assertThat(hasil.stream().filter(h -> h.status().equals("tercatat")).count()).isEqualTo(dipindai.size());
		assertThat(hasil).filteredOn(h -> h.kode().equals("PLT-ZZZZZZZZ")).allSatisfy(h -> assertThat(h.status()).isEqualTo("tidak-dikenal"));
		assertThat(jdbc.sql("select count(*) from pelatihan.kehadiran where sesi_id = ?").param(sesi).query(Long.class).single())
			.isEqualTo(dipindai.size());
		for (int i = 0; i < kode.size(); i++) {
			Rekaman.Peserta ps = repo.pesertaKode(kode.get(i)).orElseThrow();
			assertThat(ps.hadir()).isEqualTo(tercepat[i]);
		}
		assertThat(jdbc.sql("select count(*) from pelatihan.tindak_lanjut t join pelatihan.peserta p on p.id = t.peserta_id where p.sesi_id = ?")
			.param(sesi).query(Long.class).single()).isEqualTo(dipindai.size());
	}

	@Test
	void aScanFromAnotherSessionOrOutsideTheSessionsTimeIsNotAnAttendance() {
		Staf koperasi = staf(Peran.ADMIN_OPD, KOPERASI);
		long sesi = sesi(koperasi, hariIni().plusDays(1), "09:00", "12:00", 10);
		long lain = sesi(koperasi, hariIni().plusDays(1), "13:00", "15:00", 10);
		String kodeLain = daftar(lain, "Yakobus Benu", ponsel(), null).kode();
		String kode = daftar(sesi, "Orpa Nenobais", ponsel(), null).kode();
		Rekaman.Sesi s = layanan.sesi(sesi);
		List<LayananPelatihan.HasilAbsen> h = layanan.absen(s, List.of(new LayananPelatihan.Pindaian(kodeLain, s.mulai(), "hp"),
				new LayananPelatihan.Pindaian(kode, s.mulai().minus(LayananPelatihan.KELONGGARAN_ABSEN).minusSeconds(60), "hp"),
				new LayananPelatihan.Pindaian(kode, s.mulai(), "hp")));
		assertThat(h).extracting(LayananPelatihan.HasilAbsen::status).containsExactly("tidak-dikenal", "di-luar-waktu", "di-luar-waktu");
		assertThat(repo.pesertaKode(kode).orElseThrow().hadir()).as("a scan 'in the future' of the phone's clock").isNull();
	}

	@Test
	void theFollowUpIsDueThreeMonthsAfterTheSessionSentOnceAndItsAnswersCounted() throws Exception {
		Staf koperasi = staf(Peran.ADMIN_OPD, KOPERASI);
		LocalDate tanggal = hariIni().minusMonths(4).minusDays(URUT.incrementAndGet() % 20);
		long sesi = sesi(koperasi, tanggal, "09:00", "12:00", 10);
		Rekaman.Sesi s = layanan.sesi(sesi);
		String telepon = ponsel();
		String kode = layanan.kodeBaru();
		long id = repo.tambahPeserta(sesi, kode, "x", "Dorkas Ina Lede", telepon, null, "Tenun Sepe Uji", kelurahan("Oebufu"), null, null,
				s.mulai().minusSeconds(86_400));
		layanan.absen(s, List.of(new LayananPelatihan.Pindaian(kode, s.mulai().plusSeconds(600), "hp")));
		assertThat(repo.tindakLanjut(id).orElseThrow().jatuhTempo()).isEqualTo(tanggal.plusMonths(3));

		layanan.kirimTindakLanjut(tanggal.plusMonths(3).minusDays(1));
		assertThat(repo.tindakLanjut(id).orElseThrow().dikirim()).as("not before it is due").isNull();
		layanan.kirimTindakLanjut(tanggal.plusMonths(3));
		layanan.kirimTindakLanjut(tanggal.plusMonths(3).plusDays(1));
		assertThat(repo.tindakLanjut(id).orElseThrow().dikirim()).isNotNull();
		var sms = KotakUji.menunggu(notifikasi, Notifikasi.SMS, telepon);
		assertThat(sms).as("sent once").hasSize(1);
		String tautan = sms.get(0).teks().isi().replaceAll("(?s).*(/pelatihan/tindak-lanjut/\\S+).*", "$1");
		String token = tautan.substring(tautan.lastIndexOf('/') + 1);
		mvc.perform(get(tautan)).andExpect(status().isOk());
		mvc.perform(get(tautan + "x")).andExpect(status().isNotFound());

		assertThatThrownBy(() -> layanan.jawabTindakLanjut(kode, token, new LayananPelatihan.FormulirTindakLanjut("ya", "mungkin", null, "toko")))
			.isInstanceOfSatisfying(IsianDitolakException.class, ex -> assertThat(ex.galat()).extracting(IsianDitolakException.Galat::isian)
				.containsExactlyInAnyOrder("pakaiQris", "penjualanNaik", "tautanToko"));
		assertThat(repo.tindakLanjut(id).orElseThrow().dijawab()).isNull();
		assertThat(layanan.jawabTindakLanjut(kode, token,
				new LayananPelatihan.FormulirTindakLanjut("ya", "ya", "tidak", "https://shopee.co.id/tenunsepe\nhttps://wa.me/c/6281339550605"))).isTrue();
		assertThat(layanan.jawabTindakLanjut(kode, token, new LayananPelatihan.FormulirTindakLanjut("tidak", "tidak", "tidak", ""))).isFalse();
		Rekaman.TindakLanjut t = repo.tindakLanjut(id).orElseThrow();
		assertThat(t.jualOnline()).isTrue();
		assertThat(t.pakaiQris()).isTrue();
		assertThat(t.tautanToko()).isEqualTo("https://shopee.co.id/tenunsepe https://wa.me/c/6281339550605");
	}

	@Test
	void aBusinessTrainedTwiceCountsOnceAndTheIndicatorGrowsByOne() {
		Staf koperasi = staf(Peran.ADMIN_OPD, KOPERASI);
		Periode bulanIni = Periode.bulan(YearMonth.now(Waktu.WITA));
		long sebelum = repo.dilatih(bulanIni.selesai()).usaha();
		String telepon = ponsel();
		usaha(nik(), telepon, "Se'i Uji " + URUT.incrementAndGet());
		for (int i = 0; i < 2; i++) {
			long sesi = sesi(koperasi, hariIni(), "00:00", "23:59", 10);
			String kode = daftar(sesi, "Bernadus Tefa", telepon, null).kode();
			daftar(sesi, "Tidak Datang", ponsel(), null);
			layanan.absen(layanan.sesi(sesi), List.of(new LayananPelatihan.Pindaian(kode, null, "hp")));
		}
		assertThat(repo.dilatih(bulanIni.selesai()).usaha()).isEqualTo(sebelum + 1);
		var h = indikator.hitung(bulanIni);
		assertThat(h.kota().rasio().penyebut()).isEqualTo(6000);
		assertThat(h.kota().angka().longValue()).isEqualTo(h.kota().rasio().pembilang()).isGreaterThanOrEqualTo(sebelum + 1);
		// the month's row of the figures, named in words, counts the business among those trained
		String bulan = Waktu.formatBulan(YearMonth.now(Waktu.WITA));
		assertThat(angka.hitung(PelatihanRepository.Per.BULAN, java.util.Locale.forLanguageTag("id")))
			.filteredOn(b -> b.label().equals(bulan)).singleElement().satisfies(b -> assertThat(b.dilatih()).isGreaterThanOrEqualTo(1));
	}

	@Test
	void thoseWhoAttendedGetAVerifiableCertificateOnceAndThoseWithoutANikWait() throws Exception {
		Staf koperasi = staf(Peran.ADMIN_OPD, KOPERASI);
		long sesi = sesi(koperasi, hariIni().minusDays(1), "09:00", "12:00", 10);
		Rekaman.Sesi s = layanan.sesi(sesi);
		String nik = nik();
		List<String> kode = new ArrayList<>();
		String[][] orang = { { "Agustina Bako", nik }, { "Maria Kana", null }, { "Tidak Hadir", nik() } };
		for (String[] o : orang) {
			String k = layanan.kodeBaru();
			repo.tambahPeserta(sesi, k, "x", o[0], ponsel(), o[1], "Usaha " + o[0], kelurahan("Liliba"), null, null, s.mulai().minusSeconds(86_400));
			kode.add(k);
		}
		layanan.absen(s, List.of(new LayananPelatihan.Pindaian(kode.get(0), s.mulai(), "hp"), new LayananPelatihan.Pindaian(kode.get(1), s.mulai(), "hp")));

		assertThatThrownBy(() -> layanan.terbitkanSertifikat(staf(Peran.ADMIN_OPD, "DLHK"), sesi)).isInstanceOf(PermintaanDitolakException.class);
		LayananPelatihan.HasilSertifikat h = layanan.terbitkanSertifikat(koperasi, sesi);
		assertThat(h).isEqualTo(new LayananPelatihan.HasilSertifikat(1, 1));
		Rekaman.Peserta ps = repo.pesertaKode(kode.get(0)).orElseThrow();
		var d = penerbit.cari(ps.dokumenId()).orElseThrow();
		assertThat(d.jenisKode()).isEqualTo(LayananPelatihan.JENIS_SERTIFIKAT);
		assertThat(d.nomor()).contains("Diskop-UKM");
		mvc.perform(get("/v/" + d.id())).andExpect(status().isOk());
		assertThat(penerbit.baca(d.id())).isNotNull();
		assertThat(layanan.terbitkanSertifikat(koperasi, sesi)).as("again: nothing new").isEqualTo(new LayananPelatihan.HasilSertifikat(0, 1));
		assertThat(repo.pesertaKode(kode.get(2)).orElseThrow().dokumenId()).isNull();
	}
}
