package id.kotacerdas.qris.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.qris.AlasanQris;
import id.kotacerdas.qris.HasilPeriksaQris;
import id.kotacerdas.qris.KriteriaMerchant;

/** Single faults named by their reason, several faults reported at once, and the generator's round trip. */
class PemeriksaQrisTests {

	private static final String AKUN = "26" + "69" + "0017ID.CO.EXAMPLE.WWW" + "0118936099990000000017" + "0215000000000000017" + "0303UMI";

	private static final String REPOSITORI = "5144" + "0014ID.CO.QRIS.WWW" + "0215ID1025000000017" + "0303UMI";

	private static final String PEDAGANG = "5802ID" + "5912PASAR OEBOBO" + "6011KOTA KUPANG" + "610585111";

	/** A payload with a correct CRC, so only the intended fault shows. */
	private static HasilPeriksaQris periksa(String tanpaCrc) {
		return PemeriksaQris.periksa(PembuatQris.denganCrc(tanpaCrc));
	}

	private static List<String> kunci(HasilPeriksaQris h) {
		return h.galat().stream().map(AlasanQris::kunci).map(k -> k.substring("qris.alasan.".length())).toList();
	}

	@Test
	void kodeStatisYangBenarSah() {
		HasilPeriksaQris h = periksa("000201" + "010211" + AKUN + REPOSITORI + "52049399" + "5303360" + PEDAGANG);
		assertThat(h.alasan()).isEmpty();
		assertThat(h.sah()).isTrue();
	}

	@Test
	void satuKesalahanSatuAlasan() {
		assertThat(kunci(periksa("000201" + "010211" + AKUN + "52049399" + "5303360" + PEDAGANG))).containsExactly("templat-51-tidak-ada");
		assertThat(kunci(periksa("000201" + "010211" + AKUN + REPOSITORI + "52049399" + "5303360" + "540525000" + PEDAGANG)))
				.containsExactly("nominal-pada-statis");
		assertThat(kunci(periksa("000201" + "010212" + AKUN + REPOSITORI + "52049399" + "5303360" + PEDAGANG))).containsExactly("nominal-tidak-ada");
		assertThat(kunci(periksa("000201" + "010211" + AKUN + REPOSITORI + "520493A9" + "5303360" + PEDAGANG))).containsExactly("mcc-bukan-angka");
		assertThat(kunci(periksa("000201" + "010211" + AKUN + REPOSITORI + "52049399" + "5303840" + PEDAGANG))).containsExactly("mata-uang-bukan-rupiah");
		assertThat(kunci(periksa("000201" + "010211" + AKUN + REPOSITORI + "52049399" + "5303360" + "52049399" + PEDAGANG))).containsExactly("tag-ganda");
		assertThat(kunci(periksa("000201" + "010211" + AKUN + REPOSITORI + "52049399" + "5303360" + "7002AB" + PEDAGANG)))
				.containsExactly("tag-tidak-dikenal");
		assertThat(kunci(periksa("000201" + "010213" + AKUN + REPOSITORI + "52049399" + "5303360" + PEDAGANG))).containsExactly("inisiasi-salah");
		assertThat(kunci(periksa("000201" + "010212" + AKUN + REPOSITORI + "52049399" + "5303360" + "54075000.50" + PEDAGANG)))
				.containsExactly("nominal-pecahan");
		assertThat(kunci(periksa("000201" + "010211" + AKUN + REPOSITORI.replace("ID1025000000017", "IX1025000000017") + "52049399" + "5303360" + PEDAGANG)))
				.containsExactly("nmid-salah");
		assertThat(kunci(periksa("000201" + "010211" + AKUN + REPOSITORI + "52049399" + "5303360" + "5802ID" + "5912PASAR OEBOBO" + "6016KOTA KUPANG RAYA"
				+ "610585111"))).containsExactly("terlalu-panjang-objek");
		assertThat(kunci(periksa("000201" + "010211" + AKUN + REPOSITORI + "52049399" + "5303360" + "550202" + PEDAGANG)))
				.containsExactly("biaya-tetap-tidak-ada");
	}

	@Test
	void panjangYangSalahDitemukan() {
		// object 59 claims 40 characters, more than the rest of the code
		HasilPeriksaQris h = PemeriksaQris.periksa("000201010211" + AKUN + REPOSITORI + "520493995303360" + "5802ID5940PASAR OEBOBO6304ABCD");
		assertThat(kunci(h)).contains("panjang-melebihi", "crc-tidak-ada", "nama-tidak-ada", "kota-tidak-ada");
		assertThat(h.strukturSah()).isFalse();
	}

	@Test
	void semuaKesalahanDilaporkanSekaligus() {
		HasilPeriksaQris h = PemeriksaQris.periksa("000201" + "010211" + AKUN + "5204ABCD" + "5303840" + "540525000" + "5802SG" + "5912PASAR OEBOBO"
				+ "6011KOTA KUPANG" + "63041234");
		assertThat(kunci(h)).containsExactlyInAnyOrder("crc-salah", "mcc-bukan-angka", "templat-51-tidak-ada", "mata-uang-bukan-rupiah",
				"nominal-pada-statis", "negara-bukan-id");
		assertThat(h.catatan()).extracting(AlasanQris::kunci).containsExactly("qris.alasan.kode-pos-tidak-ada");
	}

	@Test
	void kosongDanSampahTidakMelempar() {
		assertThat(kunci(PemeriksaQris.periksa(null))).containsExactly("kosong");
		assertThat(kunci(PemeriksaQris.periksa("https://kupangkota.go.id"))).contains("tag-rusak");
		assertThat(PemeriksaQris.periksa("  \n").sah()).isFalse();
	}

	static Stream<Long> benih() {
		return IntStream.rangeClosed(1, 60).mapToObj(i -> 20_261_202L + i);
	}

	private static final List<String> GUI = List.of("ID.CO.BANKNTT.WWW", "COM.GO-JEK.WWW", "ID.DANA.WWW", "ID.CO.SHOPEE.WWW", "ID.CO.BRI.WWW");

	private static final List<String> KOTA = List.of("KOTA KUPANG", "KUPANG", "OEBOBO", "ALAK", "KELAPA LIMA", "MAULAFA");

	private static final List<String> NAMA = List.of("RETRIBUSI PASAR", "SE'I BABI OM", "TENUN IKAT SEPE", "JAGUNG BOSE", "KOPI & TEH", "PARKIR/TERMINAL");

	private static String angka(Random r, int n) {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < n; i++) {
			s.append(r.nextInt(10));
		}
		return s.toString();
	}

	static DataMerchant acak(Random r) {
		String nama = NAMA.get(r.nextInt(NAMA.size())) + " " + angka(r, r.nextInt(5));
		return new DataMerchant(GUI.get(r.nextInt(GUI.size())), "9360" + angka(r, 12 + r.nextInt(4)), angka(r, 1 + r.nextInt(15)),
				"ID" + r.nextInt(3) + angka(r, 12), KriteriaMerchant.values()[r.nextInt(4)], angka(r, 4), nama.strip(), KOTA.get(r.nextInt(KOTA.size())),
				r.nextBoolean() ? "851" + angka(r, 2) : null, r.nextBoolean() ? "A01" : null);
	}

	@ParameterizedTest
	@MethodSource("benih")
	void dibuatLaluDibacaSama(long benih) {
		Random r = new Random(benih);
		DataMerchant d = acak(r);
		boolean dinamis = r.nextBoolean();
		long nominal = 1 + r.nextInt(50_000_000);
		String tagihan = r.nextBoolean() ? "INV" + angka(r, 8) : null;
		String payload = dinamis ? PembuatQris.dinamis(d, nominal, tagihan) : PembuatQris.statis(d);

		HasilPeriksaQris h = PemeriksaQris.periksa(payload);

		assertThat(h.galat()).isEmpty();
		assertThat(h.sah()).isTrue();
		assertThat(payload.substring(payload.length() - 4)).isEqualTo(Crc16.untuk(payload.substring(0, payload.length() - 4)));
		assertThat(h.nmid()).isEqualTo(d.nmid());
		assertThat(h.namaMerchant()).isEqualTo(d.nama());
		assertThat(h.kriteria()).isEqualTo(d.kriteria());
		assertThat(h.mcc()).isEqualTo(d.mcc());
		assertThat(h.kota()).isEqualTo(d.kota());
		assertThat(h.kodePos()).isEqualTo(d.kodePos());
		assertThat(h.dinamis()).isEqualTo(dinamis);
		assertThat(h.nominal()).isEqualTo(dinamis ? nominal : null);
		assertThat(h.akun()).hasSize(2);
		assertThat(h.akun().get(0).gui()).isEqualTo(d.gui());
		assertThat(h.akun().get(0).pan()).isEqualTo(d.pan());
		assertThat(h.akun().get(0).idMerchant()).isEqualTo(d.idMerchant());

		if (!dinamis) {
			HasilPeriksaQris jadi = PemeriksaQris.periksa(PembuatQris.jadikanDinamis(payload, nominal));
			assertThat(jadi.galat()).isEmpty();
			assertThat(jadi.dinamis()).isTrue();
			assertThat(jadi.nominal()).isEqualTo(nominal);
			assertThat(jadi.nmid()).isEqualTo(d.nmid());
			assertThat(jadi.akun()).isEqualTo(h.akun());
		}
	}

	@Test
	void hanyaKodeStatisSahYangDiberiNominal() {
		String dinamis = PembuatQris.dinamis(acak(new Random(7)), 10_000, null);
		assertThatThrownBy(() -> PembuatQris.jadikanDinamis(dinamis, 5_000)).isInstanceOf(PermintaanDitolakException.class);
		String statis = PembuatQris.statis(acak(new Random(8)));
		assertThatThrownBy(() -> PembuatQris.jadikanDinamis(statis, 0)).isInstanceOf(PermintaanDitolakException.class);
		assertThatThrownBy(() -> PembuatQris.jadikanDinamis(statis.replace("5303360", "5303361"), 1_000)).isInstanceOf(PermintaanDitolakException.class);
	}
}
