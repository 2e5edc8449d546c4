package id.kotacerdas.umkm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import id.kotacerdas.qris.KriteriaMerchant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.berkas.GambarUji;
import id.kotacerdas.permohonan.MesinPermohonan;
import id.kotacerdas.permohonan.StatusPermohonan;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * Registration through the engine: filed by the owner or by staff, checked all at once, duplicates shown,
 * activated when the cooperatives agency approves, and only then in the public directory.
 */
@IntegrationTest
class PendaftaranUmkmTests {

	private static final AtomicInteger URUT = new AtomicInteger(1000 + (int) (System.nanoTime() % 8000));

	@Autowired
	RegisterUmkm register;

	@Autowired
	MesinPermohonan mesin;

	@Autowired
	UkuranUsaha ukuran;

	@Autowired
	UsahaRepository repo;

	@Autowired
	StafUji stafUji;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	/** A plausible Kupang NIK (Kecamatan Oebobo, born 12 March 1988), unique per call. */
	static String nik() {
		return "537104120388" + URUT.incrementAndGet();
	}

	static FormulirUsaha formulir(String nik, String nama) {
		FormulirUsaha f = new FormulirUsaha();
		f.setNik(nik);
		f.setNamaPemilik("Martha Nalle");
		f.setTelepon("0812 3765 4410");
		f.setNama(nama);
		f.setAlamat("Lapak 7, Wisata Kuliner Palapa, Jl. Palapa");
		// a pin in Kelurahan Oebobo: the kelurahan comes from it
		f.setLat("-10.168846");
		f.setLon("123.601940");
		f.setKbli("56104");
		f.setBentukHukum("PERORANGAN");
		f.setPenjualan("Rp180.000.000");
		f.setModal("25.000.000");
		f.setKaryawan("2");
		f.setJamBuka("Mo-Su 17:00-23:00");
		f.setWhatsapp("0812 3765 4410");
		f.setTunai(true);
		f.setQris(true);
		f.setNmid("ID1025381234567");
		f.setTampilPublik(true);
		return f;
	}

	private Staf staf(Peran peran, String opd) {
		String username = stafUji.pengguna(peran, opd, peran == Peran.PETUGAS_TRC ? stafUji.timUtama(opd).id() : null);
		return new Staf(jdbc.sql("select id from akun.pengguna where username = :u").param("u", username).query(Long.class).single(),
				username, "Uji " + username, username + "@uji.invalid", peran, opd == null ? null : stafUji.opdId(opd),
				peran == Peran.PETUGAS_TRC ? stafUji.timUtama(opd).id() : null, null, true);
	}

	@Test
	void theOwnerRegistersTheAgencyApprovesAndTheBusinessBecomesActiveAndListed() {
		String nama = "Jagung Bose Mama Martha " + URUT.incrementAndGet();
		RegisterUmkm.Pendaftaran p = register.daftar(formulir(nik(), nama), List.of(), null, null);

		Usaha u = repo.cari(p.id()).orElseThrow();
		assertThat(u.status()).isEqualTo(StatusUsaha.DIAJUKAN);
		assertThat(u.kelurahanKode()).as("from the pin").isEqualTo("53.71.04.1001");
		assertThat(u.telepon()).isEqualTo("081237654410");
		assertThat(u.whatsapp()).isEqualTo("6281237654410");
		assertThat(u.tautanWhatsapp()).isEqualTo("https://wa.me/6281237654410");
		assertThat(u.menerimaQris()).isTrue();
		assertThat(ukuran.kelas(u.modal(), u.penjualanTahunan())).isEqualTo(KelasUsaha.MIKRO);
		assertThat(ukuran.kriteriaQris(u.penjualanTahunan())).isEqualTo(KriteriaMerchant.UMI);
		assertThat(u.permohonanKode()).isEqualTo(p.tandaTerima().kode());
		assertThat(mesin.cari(u.permohonanKode()).orElseThrow().alurKode()).isEqualTo(RegisterUmkm.ALUR);
		assertThat(repo.hitungDirektori(new UsahaRepository.Saringan("53.71.04.1001", List.of("56104"), true)))
			.isEqualTo(repo.direktori(new UsahaRepository.Saringan("53.71.04.1001", List.of("56104"), true), 0, 10_000).size());
		assertThat(namaDiDirektori()).doesNotContain(nama);

		// another agency's officer may not approve; the cooperatives agency's may
		Staf lain = staf(Peran.PETUGAS_TRC, "DLHK");
		int versi = mesin.cari(u.permohonanKode()).orElseThrow().versi();
		assertThatThrownBy(() -> mesin.setujui(u.permohonanKode(), versi, lain)).isInstanceOf(PermintaanDitolakException.class);
		Staf koperasi = staf(Peran.PETUGAS_TRC, "Dinas Koperasi dan UKM");
		assertThat(register.bolehMemverifikasi(koperasi)).isTrue();
		assertThat(register.bolehMemverifikasi(lain)).isFalse();
		assertThat(mesin.setujui(u.permohonanKode(), versi, koperasi).status()).isEqualTo(StatusPermohonan.SELESAI);

		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> repo.cari(p.id()).orElseThrow().status() == StatusUsaha.AKTIF);
		assertThat(namaDiDirektori()).contains(nama);
	}

	private List<String> namaDiDirektori() {
		return repo.direktori(new UsahaRepository.Saringan("53.71.04.1001", List.of(), true), 0, 10_000).stream().map(Usaha::nama).toList();
	}

	@Test
	void theSameOwnerNameAndKelurahanIsShownAsDuplicateWhateverTheSpellingAndTheStaffWhoEnteredIt() {
		String nik = nik();
		String nama = "Tenun Ikat Sepe Ina Lede " + URUT.incrementAndGet();
		RegisterUmkm.Pendaftaran pertama = register.daftar(formulir(nik, nama), List.of(), null, null);
		// a kelurahan office is not an agency of the list yet: an officer of another agency enters it for the owner
		Staf kelurahan = staf(Peran.PETUGAS_TRC, "DLHK");
		RegisterUmkm.Pendaftaran kedua = register.daftar(formulir(nik, "  tenun ikat SEPÉ – ina lede " + nama.substring(nama.lastIndexOf(' ') + 1)),
				List.of(), null, kelurahan);
		// same name elsewhere, or another owner: not a duplicate
		FormulirUsaha lain = formulir(nik, nama);
		lain.setLat(null);
		lain.setLon(null);
		lain.setKelurahan("53.71.04.1009");
		register.daftar(lain, List.of(), null, null);
		register.daftar(formulir(nik(), nama), List.of(), null, null);

		Usaha u2 = repo.cari(kedua.id()).orElseThrow();
		assertThat(register.duplikat(u2)).extracting(Usaha::id).containsExactly(pertama.id());
		assertThat(register.duplikat(repo.cari(pertama.id()).orElseThrow())).extracting(Usaha::id).containsExactly(kedua.id());
		assertThat(u2.dibantuOleh()).isEqualTo(kelurahan.username());
		// the staff member who entered it reads the full NIK; an officer of another agency does not see it at all
		assertThat(register.bolehMelihatNik(kelurahan, u2)).isTrue();
		assertThat(register.bolehMelihatNik(staf(Peran.PETUGAS_TRC, "PUPR"), u2)).isFalse();
		assertThatThrownBy(() -> register.untukStaf(staf(Peran.PETUGAS_TRC, "PUPR"), u2.id())).isInstanceOf(PermintaanDitolakException.class);
		assertThat(jdbc.sql("select count(*) from audit.catatan where aksi = 'umkm.didaftarkan-petugas' and id_objek = ?")
			.param(Long.toString(kedua.id())).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select sesudah::text from audit.catatan where aksi = 'umkm.didaftarkan-petugas' and id_objek = ?")
			.param(Long.toString(kedua.id())).query(String.class).single()).doesNotContain(nik, "0812");
	}

	@Test
	void everyProblemIsNamedAtOnceAndNothingIsStored() {
		long sebelum = jdbc.sql("select count(*) from umkm.usaha").query(Long.class).single();
		FormulirUsaha f = formulir("5371041203880000", "");
		f.setTelepon("12345");
		f.setLat("-8.5");
		f.setLon("115.2");
		f.setKbli("99999");
		f.setNib("12345");
		f.setPenjualan("dua miliar");
		f.setJamBuka("Senin-Jumat");
		f.setNmid(null);
		f.setTokoDaring("shopee.co.id/tenunsepe");
		assertThatThrownBy(() -> register.daftar(f, List.of(), null, null)).isInstanceOfSatisfying(IsianDitolakException.class,
				ex -> assertThat(ex.galat()).extracting(IsianDitolakException.Galat::isian).containsExactlyInAnyOrder("nik", "telepon", "nama",
						"kelurahan", "kbli", "nib", "penjualan", "jamBuka", "nmid", "tokoDaring"));
		assertThat(jdbc.sql("select count(*) from umkm.usaha").query(Long.class).single()).isEqualTo(sebelum);
	}

	@Test
	void theOwnersFormAnswers201WithTheTrackingCodeAnd400WithTheFormAsTyped() throws Exception {
		String nama = "Se'i Sapi Om Yos " + URUT.incrementAndGet();
		MockHttpServletResponse r = mvc.perform(multipart("/umkm/daftar").file(new MockMultipartFile("foto", "lapak.png", "image/png", GambarUji.png(640, 480)))
			.param("nik", nik()).param("namaPemilik", "Yosef Manu").param("telepon", "081339001122").param("nama", nama)
			.param("alamat", "Jl. Palapa No. 3").param("kelurahan", "53.71.04.1001").param("kbli", "56102").param("bentukHukum", "PERORANGAN")
			.param("tunai", "on").param("tampilPublik", "on").with(csrf())).andReturn().getResponse();
		assertThat(r.getStatus()).isEqualTo(201);
		assertThat(r.getContentAsString()).contains("KPG-");
		long id = jdbc.sql("select id from umkm.usaha where nama = ?").param(nama).query(Long.class).single();
		assertThat(repo.foto(id)).hasSize(1);

		MockHttpServletResponse galat = mvc.perform(multipart("/umkm/daftar").param("nik", "123").param("nama", "Kopi Tuak Manis")
			.param("namaPemilik", "Yosef Manu").with(csrf())).andReturn().getResponse();
		assertThat(galat.getStatus()).isEqualTo(400);
		assertThat(galat.getContentAsString()).contains("value=\"Kopi Tuak Manis\"", "NIK harus 16 angka");
		assertThat(jdbc.sql("select count(*) from umkm.usaha where nama = 'Kopi Tuak Manis'").query(Long.class).single()).isZero();

		// waiting, so neither its page nor its photo is public
		assertThat(mvc.perform(get("/umkm/" + id)).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/umkm/foto/" + repo.foto(id).get(0))).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void aPhotoOfTheQrisStickerProvesAdoptionTheNmidIsReadAndABadCodeIsExplained() {
		FormulirUsaha f = formulir(nik(), "Kopi Semau Om Dance " + URUT.incrementAndGet());
		f.setNmid(null);
		f.setQris(false);
		RegisterUmkm.Pendaftaran p = register.daftar(f, List.of(), StikerQris.foto(StikerQris.KUPANG_STATIS), null);
		KanalBayar qris = repo.cari(p.id()).orElseThrow().kanal().stream().filter(k -> k.jenis() == KanalBayar.Jenis.QRIS).findFirst().orElseThrow();
		assertThat(qris.nmid()).isEqualTo(StikerQris.NMID);
		assertThat(qris.diperiksa()).isTrue();
		assertThat(qris.kriteria()).isEqualTo(KriteriaMerchant.UMI);

		// a typed NMID alone is kept, but not marked as checked
		RegisterUmkm.Pendaftaran diketik = register.daftar(formulir(nik(), "Kopi Semau Om Dance " + URUT.incrementAndGet()), List.of(), null, null);
		assertThat(repo.cari(diketik.id()).orElseThrow().kanal()).filteredOn(k -> k.jenis() == KanalBayar.Jenis.QRIS)
			.singleElement().satisfies(k -> assertThat(k.diperiksa()).isFalse());

		FormulirUsaha rusak = formulir(nik(), "Kopi Semau Om Dance " + URUT.incrementAndGet());
		rusak.setQrisPayload(StikerQris.KUPANG_STATIS.substring(0, StikerQris.KUPANG_STATIS.length() - 4) + "0000");
		assertThatThrownBy(() -> register.daftar(rusak, List.of(), null, null)).isInstanceOfSatisfying(IsianDitolakException.class,
				ex -> assertThat(ex.galat()).extracting(IsianDitolakException.Galat::isian).contains("qrisPayload"));
		FormulirUsaha beda = formulir(nik(), "Kopi Semau Om Dance " + URUT.incrementAndGet());
		beda.setQrisPayload(StikerQris.KUPANG_STATIS);
		assertThatThrownBy(() -> register.daftar(beda, List.of(), null, null)).isInstanceOfSatisfying(IsianDitolakException.class,
				ex -> assertThat(ex.galat()).extracting(IsianDitolakException.Galat::kodePesan).containsExactly("umkm.isian.nmid-beda"));
		FormulirUsaha tanpaKode = formulir(nik(), "Kopi Semau Om Dance " + URUT.incrementAndGet());
		assertThatThrownBy(() -> register.daftar(tanpaKode, List.of(), GambarUji.png(400, 300), null))
			.isInstanceOfSatisfying(IsianDitolakException.class,
					ex -> assertThat(ex.galat()).extracting(IsianDitolakException.Galat::kodePesan).containsExactly("umkm.isian.stiker-tanpa-kode"));
	}
}
