package id.kotacerdas.satudata.internal.gerbang;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import id.kotacerdas.satudata.internal.gerbang.PenekanSelKecil.Sel;
import id.kotacerdas.satudata.internal.gerbang.PenekanSelKecil.Susunan;

class PenekanSelKecilTests {

	private final PenekanSelKecil penekan = new PenekanSelKecil(3);

	@Test
	void selKecilDitekanDanPasangannyaJugaAgarTotalTidakMembukanya() {
		// kecamatan, laki-laki, perempuan, jumlah; the last row is the city total
		List<List<Object>> tabel = List.of(List.of("Alak", 12L, 2L, 14L), List.of("Maulafa", 8L, 9L, 17L), List.of("Oebobo", 5L, 6L, 11L),
				List.of("Kota Kupang", 25L, 17L, 42L));
		PenekanSelKecil.Hasil h = penekan.tekan(tabel, new Susunan(Set.of(1, 2), Optional.of(3), Optional.of(3), Set.of()));

		// 2 is small; Oebobo's 6 is the smallest other count of its column, then each row's other count follows
		assertThat(h.ditekan()).containsExactlyInAnyOrder(new Sel(0, 2), new Sel(2, 2), new Sel(0, 1), new Sel(2, 1));
		assertThat(h.baris()).containsExactly(Arrays.asList("Alak", null, null, 14L), List.of("Maulafa", 8L, 9L, 17L),
				Arrays.asList("Oebobo", null, null, 11L), List.of("Kota Kupang", 25L, 17L, 42L));
	}

	@Test
	void rincianTanpaTotalHanyaMenekanSelKecilDanPersentaseBarisnya() {
		List<List<Object>> tabel = List.of(List.of("2026-03", "Sampah", 2L, 1L, new BigDecimal("50.0")),
				List.of("2026-03", "Jalan rusak", 7L, 0L, new BigDecimal("0.0")), List.of("2026-04", "Sampah", 9L, 6L, new BigDecimal("66.7")));
		PenekanSelKecil.Hasil h = penekan.tekan(tabel, Susunan.hitunganSaja(Set.of(2, 3), Set.of(4)));
		assertThat(h.baris()).containsExactly(Arrays.asList("2026-03", "Sampah", null, null, null), tabel.get(1), tabel.get(2));
	}

	@Test
	void totalDitekanBilaTakAdaSelLainUntukPasangan() {
		List<List<Object>> tabel = List.of(List.of("Alak", 1L), List.of("Maulafa", 0L), List.of("Jumlah", 1L));
		PenekanSelKecil.Hasil h = penekan.tekan(tabel, new Susunan(Set.of(1), Optional.empty(), Optional.of(2), Set.of()));
		assertThat(h.ditekan()).containsExactlyInAnyOrder(new Sel(0, 1), new Sel(2, 1));
	}

	@ParameterizedTest
	@ValueSource(longs = { 3, 11, 37, 2026, 5371 })
	void tidakAdaSelKecilTerbitDanTidakAdaGarisBertotalDenganSatuSelTertekan(long benih) {
		Random acak = new Random(benih);
		int nBaris = 2 + acak.nextInt(8);
		int nKolom = 2 + acak.nextInt(5);
		List<List<Object>> tabel = new ArrayList<>();
		long[] totalKolom = new long[nKolom + 1];
		for (int b = 0; b < nBaris; b++) {
			List<Object> r = new ArrayList<>(List.of("kelurahan " + b));
			long jumlah = 0;
			for (int k = 0; k < nKolom; k++) {
				long v = acak.nextInt(4) == 0 ? acak.nextInt(3) : acak.nextInt(40);
				r.add(v);
				jumlah += v;
				totalKolom[k] += v;
			}
			r.add(jumlah);
			totalKolom[nKolom] += jumlah;
			tabel.add(r);
		}
		List<Object> total = new ArrayList<>(List.of("Kota Kupang"));
		Arrays.stream(totalKolom).forEach(total::add);
		tabel.add(total);
		Set<Integer> hitungan = new java.util.HashSet<>(IntStream.rangeClosed(1, nKolom).boxed().toList());
		PenekanSelKecil.Hasil h = penekan.tekan(tabel, new Susunan(hitungan, Optional.of(nKolom + 1), Optional.of(nBaris), Set.of()));

		for (int b = 0; b <= nBaris; b++) {
			for (int k = 1; k <= nKolom + 1; k++) {
				Object v = h.baris().get(b).get(k);
				assertThat(v == null || (Long) v == 0 || (Long) v >= 3).as("cell %d,%d", b, k).isTrue();
				assertThat(v == null).isEqualTo(h.ditekan().contains(new Sel(b, k)));
			}
		}
		for (int k = 1; k <= nKolom + 1; k++) {
			int kk = k;
			long tertekan = IntStream.range(0, nBaris).filter(b -> h.ditekan().contains(new Sel(b, kk))).count();
			assertThat(h.ditekan().contains(new Sel(nBaris, k)) || tertekan != 1).as("column %d", k).isTrue();
		}
		for (int b = 0; b <= nBaris; b++) {
			int bb = b;
			long tertekan = IntStream.rangeClosed(1, nKolom).filter(k -> h.ditekan().contains(new Sel(bb, k))).count();
			assertThat(h.ditekan().contains(new Sel(b, nKolom + 1)) || tertekan != 1).as("row %d", b).isTrue();
		}
	}
}
