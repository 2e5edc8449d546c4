package id.kotacerdas.qris.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;

import id.kotacerdas.platform.DataCsv;
import id.kotacerdas.qris.AlasanQris;
import id.kotacerdas.qris.AlasanQris.Jenis;
import id.kotacerdas.qris.HasilPeriksaQris;
import id.kotacerdas.qris.KriteriaMerchant;

/**
 * Every payload of the shared test vectors gets its expected verdict with the right reasons. The
 * CSV's own verdict is about the CRC; what else is wrong with the foreign EMV samples (they are not
 * QRIS) is written out here, reason by reason.
 */
class VektorQrisTests {

	private static List<CSVRecord> vektor() {
		return DataCsv.baca(new ClassPathResource("qris/qris-test-vectors.csv"));
	}

	private static AlasanQris rusak(String kode, Object... argumen) {
		return new AlasanQris(Jenis.RUSAK, "qris.alasan." + kode, List.of(argumen));
	}

	private static AlasanQris bukanQris(String kode, Object... argumen) {
		return new AlasanQris(Jenis.BUKAN_QRIS, "qris.alasan." + kode, List.of(argumen));
	}

	private static AlasanQris catatan(String kode, Object... argumen) {
		return new AlasanQris(Jenis.CATATAN, "qris.alasan." + kode, List.of(argumen));
	}

	/** What each vector must give: its reasons (notes included), in any order. */
	private static final Map<String, List<AlasanQris>> HARAPAN = Map.of(
			// a Chinese dynamic code with AID identifiers: readable EMV, not a QRIS
			"emvco-mpm-sample", List.of(bukanQris("gui-bukan-domain", "29", "D15600000000"), bukanQris("gui-bukan-domain", "31", "D15600000001"),
					bukanQris("templat-51-tidak-ada"), bukanQris("mata-uang-bukan-rupiah", "156"), bukanQris("negara-bukan-id", "CN"),
					catatan("kode-pos-tidak-ada")),
			// its city "Banteay Meanchey" has 16 characters, one more than EMV allows
			"emv-kh-dynamic", List.of(bukanQris("templat-51-tidak-ada"), bukanQris("mata-uang-bukan-rupiah", "840"), bukanQris("negara-bukan-id", "KH"),
					rusak("terlalu-panjang-objek", "60", 15, 16), catatan("kode-pos-tidak-ada")),
			"qris-gopay-static", List.of(),
			"qris-dana-static", List.of(catatan("kota-tanpa-huruf", "1228")),
			"qris-invalid-crc", List.of(rusak("crc-bukan-heks", "M2B3", "1E29")),
			"kupang-synthetic-static", List.of(),
			"kupang-synthetic-dynamic", List.of(),
			"kupang-synthetic-fixed-fee", List.of(catatan("biaya-tambahan-tetap", "1000")),
			"kupang-synthetic-tampered", List.of(rusak("crc-salah", "AAF3", "85FA")));

	static Stream<CSVRecord> semua() {
		return vektor().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("semua")
	void setiapVektorMendapatPutusanDanAlasannya(CSVRecord v) {
		HasilPeriksaQris hasil = PemeriksaQris.periksa(v.get("payload"));

		assertThat(HARAPAN).as("every vector has its expectation").containsKey(v.get("id"));
		assertThat(hasil.alasan()).containsExactlyInAnyOrderElementsOf(HARAPAN.get(v.get("id")));
		boolean crcSah = Boolean.parseBoolean(v.get("crc_valid"));
		assertThat(hasil.alasan()).as("CRC verdict of the CSV").noneMatch(a -> crcSah && a.kunci().startsWith("qris.alasan.crc"));
		assertThat(Crc16.untuk(v.get("payload").substring(0, v.get("payload").length() - 4))).isEqualTo(v.get("crc_computed"));
		if (v.get("kind").equals("real-world") || v.get("kind").equals("synthetic")) {
			assertThat(hasil.sah()).isTrue();
		}
		if (v.get("kind").equals("negative")) {
			assertThat(hasil.sah()).isFalse();
			assertThat(hasil.strukturSah()).isFalse();
		}
	}

	@Test
	void crcMemenuhiNilaiPeriksaBaku() {
		assertThat(Crc16.hitung("123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII))).isEqualTo(0x29B1);
	}

	@Test
	void kodeKupangDibacaLengkap() {
		Map<String, CSVRecord> perId = new java.util.HashMap<>();
		vektor().forEach(v -> perId.put(v.get("id"), v));

		HasilPeriksaQris statis = PemeriksaQris.periksa(perId.get("kupang-synthetic-static").get("payload"));
		assertThat(statis.nmid()).isEqualTo("ID1025000000017");
		assertThat(statis.namaMerchant()).isEqualTo("CONTOH RETRIBUSI KUPANG");
		assertThat(statis.kriteria()).isEqualTo(KriteriaMerchant.UMI);
		assertThat(statis.mcc()).isEqualTo("9399");
		assertThat(statis.kota()).isEqualTo("KOTA KUPANG");
		assertThat(statis.kodePos()).isEqualTo("85111");
		assertThat(statis.dinamis()).isFalse();
		assertThat(statis.nominal()).isNull();
		assertThat(statis.akun()).extracting(a -> a.tag() + " " + a.gui() + " " + a.pan() + " " + a.idMerchant() + " " + a.kriteria())
				.containsExactly("26 ID.CO.EXAMPLE.WWW 936099990000000017 000000000000017 UMI", "51 ID.CO.QRIS.WWW null ID1025000000017 UMI");

		HasilPeriksaQris dinamis = PemeriksaQris.periksa(perId.get("kupang-synthetic-dynamic").get("payload"));
		assertThat(dinamis.dinamis()).isTrue();
		assertThat(dinamis.nominal()).isEqualTo(25_000L);

		// the EMVCo sample's Chinese language template counts characters, not bytes
		HasilPeriksaQris emv = PemeriksaQris.periksa(perId.get("emvco-mpm-sample").get("payload"));
		assertThat(emv.strukturSah()).isTrue();
		assertThat(emv.namaMerchant()).isEqualTo("BEST TRANSPORT");
	}
}
