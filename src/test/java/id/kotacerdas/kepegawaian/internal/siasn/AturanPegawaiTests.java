package id.kotacerdas.kepegawaian.internal.siasn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.kepegawaian.internal.AturanPegawai.Aturan;
import id.kotacerdas.kepegawaian.internal.siasn.ImporSiasn.Laporan;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.Waktu;

/**
 * One rule set for the register's form and the SIASN import ({@code AturanPegawai}): the same
 * inconsistency is refused by the form under its field and by the import on its row, each with the
 * rule's own message key of that path.
 */
@IntegrationTest
class AturanPegawaiTests {

	private static final DateTimeFormatter SIASN = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	@Autowired
	MockMvc mvc;

	@Autowired
	StafUji stafUji;

	@Autowired
	ImporSiasn impor;

	@Autowired
	DaftarOpd daftarOpd;

	@Autowired
	MessageSource pesan;

	/** A consistent PNS on the form: born 12 June 1985, CPNS January 2010, a functional position. */
	private MockHttpServletRequestBuilder formulir(int urut, Map<String, String> ubah) {
		Map<String, String> isian = new LinkedHashMap<>();
		isian.put("nip", String.format(Locale.ROOT, "198506122010011%03d", urut));
		isian.put("nama", "Yakob Aturan " + urut);
		isian.put("tempatLahir", "Kupang");
		isian.put("tanggalLahir", "1985-06-12");
		isian.put("jenisKelamin", "1");
		isian.put("agama", "2");
		isian.put("statusKawin", "2");
		isian.put("nik", String.format(Locale.ROOT, "537104120685%04d", urut));
		isian.put("alamat", "Jl. Frans Seda No. " + urut);
		isian.put("jenisPegawai", "PNS");
		isian.put("kedudukanHukum", "01");
		isian.put("tmtCpns", "2010-01-01");
		isian.put("nomorSkCpns", "800/12/BKD/2010");
		isian.put("tmtPns", "2011-03-01");
		isian.put("nomorSkPns", "821/45/BKD/2011");
		isian.put("golongan", "33");
		isian.put("tmtGolongan", "2022-04-01");
		isian.put("pendidikan", "40");
		isian.put("jurusan", "Teknik Sipil");
		isian.put("jenisJabatan", "2");
		isian.put("namaJabatan", "Teknik Jalan dan Jembatan Ahli Muda");
		isian.put("tmtJabatan", "2022-06-01");
		isian.put("eselon", "99");
		isian.put("opdId", String.valueOf(daftarOpd.cariSingkatan("PUPR").orElseThrow().id()));
		isian.put("unor", "Bidang Bina Marga");
		isian.putAll(ubah);
		MockHttpServletRequestBuilder r = post("/staf/kepegawaian/baru").with(user(stafUji.adminKominfo()).roles(Peran.ADMIN_KOMINFO.name()))
			.with(csrf());
		isian.forEach(r::param);
		return r;
	}

	@ParameterizedTest
	@EnumSource(names = { "NIP_LAHIR", "ESELON_HANYA_STRUKTURAL", "TMT_SEBELUM_LAHIR", "GOLONGAN_PPPK" })
	void theSameRuleRefusesOnTheFormAndInTheImport(Aturan aturan) throws Exception {
		int urut = 700 + aturan.ordinal();
		List<Map<String, String>> lembar = LembarSiasnUji.baris(1, 40 + aturan.ordinal(), urut);
		Map<String, String> baris = lembar.get(0);
		LocalDate lahir = LocalDate.parse(baris.get("TANGGAL_LAHIR"), SIASN);
		Map<String, String> form = switch (aturan) {
			case NIP_LAHIR -> {
				baris.put("TANGGAL_LAHIR", SIASN.format(lahir.plusDays(1)));
				yield Map.of("tanggalLahir", "1985-06-13");
			}
			case ESELON_HANYA_STRUKTURAL -> {
				baris.put("JENIS_JABATAN_ID", "2");
				baris.put("ESELON_ID", "41");
				yield Map.of("eselon", "41");
			}
			case TMT_SEBELUM_LAHIR -> {
				baris.put("TMT_JABATAN", SIASN.format(lahir));
				yield Map.of("tmtJabatan", "1985-06-12");
			}
			case GOLONGAN_PPPK -> {
				baris.put("JENIS_PEGAWAI_NAMA", "PPPK");
				baris.put("TMT_PNS", null);
				baris.put("NOMOR_SK_PNS", null);
				yield Map.of("jenisPegawai", "PPPK", "tmtPns", "", "nomorSkPns", "");
			}
			default -> throw new IllegalArgumentException(aturan.name());
		};
		String isian = switch (aturan) {
			case NIP_LAHIR -> "nip";
			case ESELON_HANYA_STRUKTURAL -> "eselon";
			case TMT_SEBELUM_LAHIR -> "tmtJabatan";
			default -> "golongan";
		};

		// the form: 400, the problem under its field
		var hasil = mvc.perform(formulir(urut, form)).andExpect(status().isBadRequest()).andReturn();
		@SuppressWarnings("unchecked")
		Map<String, String> galat = (Map<String, String>) hasil.getModelAndView().getModel().get("galat");
		Object[] argumen = aturan == Aturan.NIP_LAHIR ? new Object[] { Waktu.formatTanggal(LocalDate.of(1985, 6, 12)) } : new Object[0];
		assertThat(galat).containsEntry(isian, pesan.getMessage(aturan.kunciFormulir(), argumen, Locale.forLanguageTag("id")));

		// the import: the row refused with the same rule's reason
		Staf kominfo = new Staf(1, "uji.aturan", "Uji", "uji@uji.invalid", Peran.ADMIN_KOMINFO, null, null, null, true);
		Laporan l = impor.periksa(kominfo, "aturan.xlsx", LembarSiasnUji.xlsx(lembar));
		assertThat(l.hitung(ImporSiasn.Status.DITOLAK)).isEqualTo(1);
		assertThat(l.ditolak().get(0).alasan()).extracting(MessageSourceResolvable::getCodes).anySatisfy(
				k -> assertThat(k).containsExactly(aturan.kunciImpor()));
	}
}
