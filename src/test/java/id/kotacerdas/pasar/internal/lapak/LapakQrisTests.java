package id.kotacerdas.pasar.internal.lapak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.internal.StafUji;
import id.kotacerdas.pasar.DaftarLapak;
import id.kotacerdas.pasar.LapakPedagang;
import id.kotacerdas.platform.Peran;

/**
 * A stall's QRIS is checked by module qris: the code's text gives the NMID (marked "checked"), a wrong code is
 * refused with qris's reasons in words and nothing stored; the trader's NIK is checked and finds the stall through
 * pasar's root API, and never reaches the audit log in full.
 */
@IntegrationTest
class LapakQrisTests {

	private static final AtomicInteger URUT = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	StafUji staf;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DaftarLapak daftar;

	/** A static QRIS of a fictitious Kupang fish stall, its CRC computed (CRC-16/CCITT-FALSE over the text up to "6304"). */
	static String kodeQris(String nmid, String nama) {
		String isi = tlv("00", "01") + tlv("01", "11")
				+ tlv("26", tlv("00", "ID.CO.EXAMPLE.WWW") + tlv("01", "9360000012345678901") + tlv("02", "ML0001") + tlv("03", "UMI"))
				+ tlv("51", tlv("00", "ID.CO.QRIS.WWW") + tlv("02", nmid) + tlv("03", "UMI")) + tlv("52", "5411") + tlv("53", "360")
				+ tlv("58", "ID") + tlv("59", nama) + tlv("60", "KUPANG") + tlv("61", "85228") + "6304";
		int crc = 0xFFFF;
		for (byte b : isi.getBytes(StandardCharsets.UTF_8)) {
			crc ^= (b & 0xFF) << 8;
			for (int i = 0; i < 8; i++) {
				crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
			}
			crc &= 0xFFFF;
		}
		return isi + String.format(Locale.ROOT, "%04X", crc);
	}

	private static String tlv(String id, String nilai) {
		return id + String.format("%02d", nilai.length()) + nilai;
	}

	private long pasar() {
		return jdbc.sql("SELECT id FROM pasar.pasar WHERE kode = 'oeba'").query(Long.class).single();
	}

	private ResultActions daftarkan(Map<String, String> isian) throws Exception {
		MockHttpServletRequestBuilder b = post("/staf/pasar/lapak/pasar/" + pasar() + "/baru")
			.with(user(staf.petugasTrc("Perindag")).roles(Peran.PETUGAS_TRC.name())).with(csrf());
		isian.forEach(b::param);
		return mvc.perform(b);
	}

	@Test
	void aWrongCodeIsRefusedInWordsAndACorrectOneGivesTheCheckedNmid() throws Exception {
		String nomor = "QR-" + URUT.incrementAndGet() + "-" + System.nanoTime() % 100_000;
		String benar = kodeQris("ID1026000004417", "IKAN SEGAR MAMA LENGGU");
		String rusak = benar.substring(0, benar.length() - 4) + "0000";
		long sebelum = jdbc.sql("SELECT count(*) FROM pasar.lapak").query(Long.class).single();

		String halaman = daftarkan(Map.of("nomor", nomor, "pedagang", "Agustina Lenggu", "tarif", "3000", "terisi", "true", "_terisi", "on",
				"qrisPayload", rusak, "nikPedagang", "5371 0412 0388", "nmid", "ID1026000004417"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		String teks = Jsoup.parse(halaman).text();
		assertThat(teks).contains("Angka pemeriksa (CRC) tidak cocok: tertulis 0000", "NIK harus 16 angka sesuai KTP-el.");
		assertThat(Jsoup.parse(halaman).getElementById("qrisPayload").text()).as("kept as typed").isEqualTo(rusak);
		assertThat(jdbc.sql("SELECT count(*) FROM pasar.lapak").query(Long.class).single()).isEqualTo(sebelum);

		// a typed NMID that differs from the code's is refused
		daftarkan(Map.of("nomor", nomor, "pedagang", "Agustina Lenggu", "tarif", "3000", "terisi", "true", "_terisi", "on",
				"qrisPayload", benar, "nmid", "ID1026000009999"))
			.andExpect(status().isBadRequest());

		String nik = "537104410792" + String.format("%04d", URUT.incrementAndGet() + (int) (System.nanoTime() % 9000));
		daftarkan(Map.of("nomor", nomor, "pedagang", "Agustina Lenggu", "tarif", "3000", "terisi", "true", "_terisi", "on",
				"qrisPayload", benar, "nikPedagang", nik))
			.andExpect(status().is3xxRedirection());
		Map<String, Object> lapak = jdbc.sql("SELECT id, qris, nmid, qris_diperiksa FROM pasar.lapak WHERE pasar_id = ? AND nomor = ?")
			.params(pasar(), nomor).query().singleRow();
		assertThat(lapak).containsEntry("qris", true).containsEntry("nmid", "ID1026000004417").containsEntry("qris_diperiksa", true);
		long id = (Long) lapak.get("id");
		assertThat(daftar.milikPedagang(nik)).extracting(LapakPedagang::id, LapakPedagang::nomor, LapakPedagang::qrisDiperiksa)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(id, nomor, true));
		assertThat(daftar.milikPedagang("123")).isEmpty();
		assertThat(jdbc.sql("SELECT sesudah::text FROM audit.catatan WHERE aksi = 'pasar.lapak.ditambah' AND id_objek = ?").param(Long.toString(id))
			.query(String.class).single()).doesNotContain(nik).contains(nik.substring(12));
	}
}
