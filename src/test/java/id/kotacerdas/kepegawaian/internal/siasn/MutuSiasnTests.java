package id.kotacerdas.kepegawaian.internal.siasn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.kepegawaian.internal.Pegawai;
import id.kotacerdas.kepegawaian.internal.siasn.MutuSiasn.Dimensi;
import id.kotacerdas.kepegawaian.internal.siasn.MutuSiasn.HasilPegawai;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;

/**
 * The quality check on seeded mismatches of each kind: fields differing from SIASN (each with its
 * document), missing from SIASN, legal status, titles against education, and the history rules
 * (late entry, rank against the latest decree, two positions on one TMT, a gap after the appointment); the dimension scores
 * count exactly these; a reference needs BKPPD or Kominfo.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MutuSiasnTests {

	@Autowired
	ImporSiasn impor;

	@Autowired
	RujukanSiasn rujukan;

	@Autowired
	MutuSiasn mutu;

	@Autowired
	SiasnRepository repo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DaftarOpd daftarOpd;

	@Autowired
	MessageSource pesan;

	private List<Map<String, String>> baris;

	private final Staf kominfo = new Staf(1, "uji.mutu", "Uji", "uji@uji.invalid", Peran.ADMIN_KOMINFO, null, null, null, true);

	@BeforeAll
	void isi() {
		baris = LembarSiasnUji.baris(8, 21, 950);
		// the titles of a master's degree holder not updated: S-2 with only a first-degree title
		baris.get(4).put("TINGKAT_PENDIDIKAN_ID", "45");
		impor.terapkan(kominfo, impor.periksa(kominfo, "mutu.xlsx", LembarSiasnUji.xlsx(baris)).unggahan());
		List<Map<String, String>> siasn = baris.stream().map(LinkedHashMap::new).collect(Collectors.toList());
		siasn.get(0).put("GOL_AKHIR_ID", "IV/b");
		siasn.get(1).put("TANGGAL_LAHIR", "02-02-1970");
		siasn.get(2).put("KEDUDUKAN_HUKUM_ID", "02");
		siasn.remove(3);
		rujukan.impor(kominfo, LocalDate.now(Waktu.WITA), "siasn-uji.xlsx",
				new ByteArrayInputStream(LembarSiasnUji.xlsx(siasn)));
		// history of employee 5: a rank decree newer than the record's rank, entered 100 days late; two positions on one TMT
		long id5 = pegawai(5).id();
		riwayat(id5, "golongan", LocalDate.of(2025, 4, 1), "42", null, LocalDate.of(2025, 4, 1).plusDays(100));
		riwayat(id5, "jabatan", LocalDate.of(2024, 1, 1), null, "Analis", LocalDate.of(2024, 1, 5));
		riwayat(id5, "jabatan", LocalDate.of(2024, 1, 1), null, "Analis Ahli Muda", LocalDate.of(2024, 1, 5));
	}

	private void riwayat(long pegawaiId, String jenis, LocalDate tmt, String golongan, String jabatan, LocalDate dicatat) {
		Timestamp t = Timestamp.valueOf(dicatat.atTime(9, 0));
		jdbc.sql("""
				INSERT INTO kepegawaian.riwayat (pegawai_id, jenis, tmt, golongan, jenis_jabatan, nama_jabatan, eselon, opd_id, unor, dicatat,
				  dicatat_oleh, diubah, diubah_oleh)
				SELECT ?, ?, ?, ?, ?, ?, ?, p.opd_id, p.unor, ?, 'uji', ?, 'uji' FROM kepegawaian.pegawai p WHERE p.id = ?""")
			.params(pegawaiId, jenis, tmt, golongan, jabatan == null ? null : "2", jabatan, jabatan == null ? null : "99", t, t, pegawaiId)
			.update();
	}

	private Pegawai pegawai(int i) {
		return repo.cari(jdbc.sql("SELECT id FROM kepegawaian.pegawai WHERE nip = ?").param(baris.get(i).get("NIP_BARU")).query(Long.class).single())
			.orElseThrow();
	}

	private HasilPegawai hasil(int i) {
		return mutu.periksaPegawai(pegawai(i));
	}

	private List<String> temuan(HasilPegawai h) {
		return h.temuan().stream().map(t -> pesan.getMessage(t.pesan(), Locale.forLanguageTag("id"))).toList();
	}

	@Test
	void eachDifferenceFromSiasnIsNamedWithTheDocumentToBring() {
		assertThat(hasil(0).beda()).extracting(MutuSiasn.Beda::isian, MutuSiasn.Beda::dokumen).containsExactly(
				org.assertj.core.groups.Tuple.tuple("golongan", MutuSiasn.SK_PANGKAT));
		assertThat(hasil(1).beda()).extracting(MutuSiasn.Beda::isian, MutuSiasn.Beda::dokumen).containsExactly(
				org.assertj.core.groups.Tuple.tuple("tanggalLahir", MutuSiasn.AKTA));
		assertThat(hasil(2).beda()).extracting(MutuSiasn.Beda::isian).containsExactly("kedudukanHukum");
		assertThat(hasil(6).beda()).isEmpty();
		assertThat(hasil(6).jumlah()).isZero();
	}

	@Test
	void missingFromSiasnAndTitlesAgainstEducationAreFound() {
		HasilPegawai hilang = hasil(3);
		assertThat(hilang.diSiasn()).isFalse();
		assertThat(hilang.temuan()).extracting(MutuSiasn.Temuan::dimensi).containsExactly(Dimensi.KONSISTENSI);
		assertThat(temuan(hilang)).containsExactly("NIP tidak ditemukan di SIASN.");
		HasilPegawai gelar = hasil(4);
		assertThat(gelar.beda()).isEmpty();
		assertThat(temuan(gelar)).containsExactly("Gelar tidak sesuai dengan pendidikan tertinggi.");
	}

	@Test
	void historyRulesFindTheLateEntryTheNewerDecreeAndTheOverlap() {
		HasilPegawai h = hasil(5);
		assertThat(h.temuan()).extracting(MutuSiasn.Temuan::dimensi)
			.containsExactlyInAnyOrder(Dimensi.AKURASI, Dimensi.KETEPATAN_WAKTU, Dimensi.KONSISTENSI, Dimensi.KONSISTENSI);
		assertThat(temuan(h)).anyMatch(t -> t.contains("dicatat 100 hari sesudahnya"))
			.anyMatch(t -> t.contains("Golongan berbeda dengan SK pangkat terakhir"))
			.anyMatch(t -> t.contains("Dua riwayat jabatan dengan TMT yang sama"))
			// the first position starts years after the appointment: a gap
			.anyMatch(t -> t.contains("terputus sebelum TMT"));
	}

	@Test
	void theDimensionScoresCountTheSeededMismatches() {
		MutuSiasn.Hasil kota = mutu.periksaLingkup(null);
		List<String> nip = baris.stream().map(b -> b.get("NIP_BARU")).toList();
		Map<String, HasilPegawai> kami = kota.bermasalah().stream().filter(h -> nip.contains(h.pegawai().nip()))
			.collect(Collectors.toMap(h -> h.pegawai().nip(), h -> h));
		// employees 0–5 have something to fix, 6 and 7 nothing
		assertThat(kami).containsOnlyKeys(nip.subList(0, 6));
		assertThat(kota.skor().get(Dimensi.KETEPATAN_WAKTU).diperiksa()).isGreaterThanOrEqualTo(3);
		// other tests share the database: at least our one late row counts against the city
		assertThat(kota.skor().get(Dimensi.KETEPATAN_WAKTU).lulus()).isLessThan(kota.skor().get(Dimensi.KETEPATAN_WAKTU).diperiksa());
		assertThat(kota.skorKota()).isNotNull().isBetween(0.0, 100.0);
	}

	@Test
	void onlyThePersonnelAgencyAndKominfoImportAReference() {
		Staf dlhk = new Staf(2, "uji.dlhk", "Uji", "uji@uji.invalid", Peran.ADMIN_OPD, daftarOpd.cariSingkatan("DLHK").orElseThrow().id(), null,
				null, true);
		assertThatThrownBy(() -> rujukan.impor(dlhk, LocalDate.now(), "x.xlsx",
				new ByteArrayInputStream(LembarSiasnUji.xlsx(baris)))).isInstanceOf(PermintaanDitolakException.class);
	}
}
