package id.kotacerdas.pasar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.pasar.internal.ImporRepository.Kunci;
import id.kotacerdas.platform.Peran;

/**
 * The kept daily city averages ({@code pasar.rata_harian}) against the observations they are made
 * of: after a seeded random mix of enumerators' batches and corrections, bulk inserts and imports
 * the table equals a recomputation from the raw prices, and two enumerators at different markets
 * storing the same commodity and day at the same moment both count. Each seed works on days of
 * its own in 2018, which no other test uses.
 */
@IntegrationTest
class RataHarianTests {

	private static final List<String> PASAR = List.of("naikoten", "oeba", "oebobo", "kuanino", "oesapa");

	private static final List<String> KOMODITAS = List.of("kangkung", "tomat", "bayam", "bunga-pepaya", "ikan-tongkol");

	private static final int HARI_PER_BENIH = 6;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LayananHarga layanan;

	@Autowired
	HargaRepository harga;

	@Autowired
	ImporRepository impor;

	@Autowired
	TransactionTemplate transaksi;

	private List<Long> id(String tabel, List<String> kode) {
		return kode.stream().map(k -> jdbc.sql("SELECT id FROM pasar." + tabel + " WHERE kode = ?").param(k).query(Long.class).single()).toList();
	}

	private static Staf pencacah(String nama) {
		return new Staf(0, nama, nama, null, Peran.ADMIN_KOMINFO, null, null, null, true);
	}

	/** Rows where the kept table and a recomputation from the observations differ, over the days. */
	private long selisih(LocalDate dari, LocalDate sampai) {
		return jdbc.sql("""
				WITH per_pasar AS (
				  SELECT tanggal, komoditas_id, avg(harga) AS harga FROM pasar.harga WHERE tanggal BETWEEN ? AND ?
				  GROUP BY tanggal, komoditas_id, pasar_id),
				kota AS (SELECT tanggal, komoditas_id, avg(harga) AS harga, count(*) AS jumlah FROM per_pasar GROUP BY tanggal, komoditas_id),
				tabel AS (SELECT * FROM pasar.rata_harian WHERE tanggal BETWEEN ? AND ?)
				SELECT count(*) FROM kota FULL JOIN tabel USING (tanggal, komoditas_id)
				WHERE kota.harga IS DISTINCT FROM tabel.harga OR kota.jumlah IS DISTINCT FROM tabel.jumlah_pasar""")
			.params(dari, sampai, dari, sampai)
			.query(Long.class)
			.single();
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6 })
	void theTableEqualsARecomputationAfterARandomMixOfWrites(long benih) {
		Random acak = new Random(benih);
		LocalDate dari = LocalDate.of(2018, 1, 1).plusDays(benih * HARI_PER_BENIH);
		LocalDate sampai = dari.plusDays(HARI_PER_BENIH - 1);
		List<Long> pasar = id("pasar", PASAR);
		List<Long> komoditas = id("komoditas", KOMODITAS);
		for (int langkah = 0; langkah < 40; langkah++) {
			LocalDate hari = dari.plusDays(acak.nextInt(HARI_PER_BENIH));
			long p = pasar.get(acak.nextInt(pasar.size()));
			Map<Long, Long> entri = new LinkedHashMap<>();
			for (int i = 1 + acak.nextInt(3); i > 0; i--) {
				entri.put(komoditas.get(acak.nextInt(komoditas.size())), 3_000L + 50 * acak.nextInt(300));
			}
			switch (acak.nextInt(3)) {
				// an enumerator's batch; the same enumerator, market and day again is a correction
				case 0 -> layanan.kirim(pencacah("uji-rata-" + acak.nextInt(3)), new LayananHarga.Kiriman(p, hari,
						entri.entrySet().stream().map(e -> new LayananHarga.Entri(e.getKey(), e.getValue(), "Rote", true)).toList()));
				case 1 -> transaksi.executeWithoutResult(t -> harga.tambahBanyak("uji-rata-banyak-" + benih + "-" + acak.nextLong(), entri.entrySet()
					.stream().map(e -> new HargaRepository.Baru(p, e.getKey(), hari, e.getValue(), null, false)).toList(), Instant.now()));
				default -> transaksi.executeWithoutResult(t -> {
					long berkas = impor.simpan("uji-rata.csv", "uji", "tanggal;pasar".getBytes(StandardCharsets.UTF_8), "uji", Instant.now());
					impor.tambah(berkas, entri.entrySet().stream().map(e -> new ImporRepository.Baru(new Kunci(p, e.getKey(), hari), e.getValue(), null))
						.toList(), Instant.now());
				});
			}
		}
		assertThat(jdbc.sql("SELECT count(*) FROM pasar.rata_harian WHERE tanggal BETWEEN ? AND ?").params(dari, sampai).query(Long.class).single())
			.isPositive();
		assertThat(selisih(dari, sampai)).isZero();
	}

	@Test
	void twoMarketsStoringTheSameCommodityAndDayAtOnceBothCount() throws Exception {
		List<Long> pasar = id("pasar", List.of("oeba", "oebobo"));
		long kangkung = id("komoditas", List.of("kangkung")).get(0);
		ExecutorService dua = Executors.newFixedThreadPool(2);
		try {
			for (int n = 0; n < 5; n++) {
				LocalDate hari = LocalDate.of(2018, 12, 1).plusDays(n);
				// both rows are written and uncommitted before either transaction commits
				CyclicBarrier keduanyaMenulis = new CyclicBarrier(2);
				List<Future<?>> kerja = new ArrayList<>();
				for (int i = 0; i < 2; i++) {
					long p = pasar.get(i);
					long h = 4_000 + 2_000L * i;
					kerja.add(dua.submit(() -> transaksi.executeWithoutResult(t -> {
						harga.simpan(p, kangkung, hari, "uji-serentak", h, null, false, Instant.now());
						try {
							keduanyaMenulis.await(30, TimeUnit.SECONDS);
						}
						catch (Exception e) {
							throw new IllegalStateException(e);
						}
					})));
				}
				for (Future<?> f : kerja) {
					f.get(60, TimeUnit.SECONDS);
				}
				Map<String, Object> baris = jdbc.sql("SELECT harga, jumlah_pasar FROM pasar.rata_harian WHERE tanggal = ? AND komoditas_id = ?")
					.params(hari, kangkung)
					.query()
					.singleRow();
				assertThat(baris.get("jumlah_pasar")).isEqualTo(2);
				assertThat((BigDecimal) baris.get("harga")).isEqualByComparingTo("5000");
			}
		}
		finally {
			dua.shutdownNow();
		}
	}
}
