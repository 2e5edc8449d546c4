package id.kotacerdas.pasar.internal.lapak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import id.kotacerdas.platform.IsianDitolakException;

/** The retribution rules of a stall, without the application. */
class LapakTests {

	private static Lapak lapak(long tarif, boolean terisi, boolean qris) {
		return new Lapak(1, 1, "Pasar Oeba", "A-12", terisi ? "Maria Fanggidae" : null, "Ikan segar", tarif, terisi, qris, null, false, null);
	}

	/** The refused fields and their message keys, or nothing when the payment is fine. */
	private static List<String> periksa(Lapak l, Long jumlah, CaraBayar cara) {
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		l.periksaPembayaran(jumlah, cara, p);
		try {
			p.lempar();
			return List.of();
		}
		catch (IsianDitolakException ex) {
			return ex.galat().stream().map(g -> g.isian() + " " + g.kodePesan()).toList();
		}
	}

	@Test
	void theTariffOrLessIsAcceptedInCashAndMoreIsRefused() {
		Lapak l = lapak(3_000, true, false);
		assertThat(periksa(l, 3_000L, CaraBayar.TUNAI)).isEmpty();
		assertThat(periksa(l, 2_000L, CaraBayar.TUNAI)).isEmpty();
		assertThat(periksa(l, 3_001L, CaraBayar.TUNAI)).containsExactly("jumlah pasar.lapak.bayar.melebihi-tarif");
		assertThat(periksa(l, 0L, CaraBayar.TUNAI)).containsExactly("jumlah pasar.lapak.bayar.jumlah-wajib");
	}

	@Test
	void everyProblemIsNamedAtOnce() {
		assertThat(periksa(lapak(3_000, true, false), null, CaraBayar.QRIS))
			.containsExactly("jumlah pasar.lapak.bayar.jumlah-wajib", "cara pasar.lapak.bayar.belum-qris");
		assertThat(periksa(lapak(3_000, true, false), 50_000L, null))
			.containsExactly("jumlah pasar.lapak.bayar.melebihi-tarif", "cara pasar.lapak.bayar.cara-wajib");
	}

	@Test
	void qrisOnlyFromATraderWhoAcceptsIt() {
		assertThat(periksa(lapak(5_000, true, true), 5_000L, CaraBayar.QRIS)).isEmpty();
		assertThat(periksa(lapak(5_000, true, false), 5_000L, CaraBayar.QRIS)).containsExactly("cara pasar.lapak.bayar.belum-qris");
	}

	@Test
	void aVacantOrExemptStallOwesNothing() {
		assertThat(lapak(3_000, false, false).wajibBayar()).isFalse();
		assertThat(lapak(0, true, false).wajibBayar()).isFalse();
		assertThat(lapak(1, true, false).wajibBayar()).isTrue();
		assertThat(periksa(lapak(3_000, false, false), 3_000L, CaraBayar.TUNAI)).containsExactly("jumlah pasar.lapak.bayar.kosong");
		assertThat(periksa(lapak(0, true, false), 3_000L, CaraBayar.TUNAI)).containsExactly("jumlah pasar.lapak.bayar.bebas");
	}

	@Test
	void theSamePaymentIsRecognisedAndTheShortfallIsTheRest() {
		Retribusi r = new Retribusi(1, 1, java.time.LocalDate.of(2026, 11, 30), 2_000, 3_000, CaraBayar.TUNAI, "penagih", java.time.Instant.EPOCH);
		assertThat(r.sama(2_000, CaraBayar.TUNAI)).isTrue();
		assertThat(r.sama(2_000, CaraBayar.QRIS)).isFalse();
		assertThat(r.sama(3_000, CaraBayar.TUNAI)).isFalse();
		assertThat(r.kurang()).isEqualTo(1_000);
	}

	@ParameterizedTest
	@CsvSource({ "3000,3000", "3.000,3000", "Rp3.000,3000", "rp 15.000,15000", "0,0", "' 2500 ',2500" })
	void rupiahAsPeopleTypeIt(String teks, long nilai) {
		assertThat(RegisterLapak.rupiah(teks)).isEqualTo(nilai);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "tiga ribu", "-3000", "3,5", "3000.50x", "1234567890123" })
	void notRupiah(String teks) {
		assertThat(RegisterLapak.rupiah(teks)).isNull();
	}

	/** Any stall id written into a card's address is read back, whatever the host; other QR texts are not cards. */
	@ParameterizedTest
	@ValueSource(longs = { 2026, 7 })
	void theCardAddressCarriesTheStallId(long benih) {
		Random acak = new Random(benih);
		for (int i = 0; i < 200; i++) {
			long id = 1 + (long) (acak.nextDouble() * Long.MAX_VALUE / 10);
			String host = List.of("https://kotacerdas.kupangkota.go.id", "http://localhost:8080", "http://10.0.0.5:1234/kc").get(acak.nextInt(3));
			assertThat(KartuLapak.lapakDari(host + Lapak.jalur(id))).contains(id);
		}
		assertThat(KartuLapak.lapakDari("https://contoh.id/staf/pasar/lapak/12abc")).isEmpty();
		assertThat(KartuLapak.lapakDari("00020101021126570011ID.DANA.WWW")).isEmpty();
	}
}
