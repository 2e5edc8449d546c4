package id.kotacerdas.pengaduan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.pengaduan.DataUjiPengaduan;
import id.kotacerdas.pengaduan.LaporanBaru;
import id.kotacerdas.pengaduan.LayananPengaduan;
import id.kotacerdas.pengaduan.TandaTerima;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/**
 * Issue 18: concurrent filings share one group commit, each is answered only after that commit, and a
 * filing whose commit fails gets no receipt while its neighbours in the batch are still stored.
 */
@IntegrationTest
class PenulisPengaduanTests {

	private static final int KLIEN = 40;

	@Autowired
	LayananPengaduan layanan;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Wilayah wilayah;

	private LaporanBaru laporan(String deskripsi) {
		Kelurahan kel = DataUjiPengaduan.kelurahan(wilayah, 7);
		return new LaporanBaru("sampah", deskripsi, kel.lat(), kel.lon(), null, null, null, null, null, true, false, Map.of(), List.of(),
				"open311");
	}

	/** Files {@code deskripsi} from {@link #KLIEN} threads released at once; a refused filing gives its exception. */
	private List<Object> serentak(List<String> deskripsi) throws Exception {
		ExecutorService klien = Executors.newFixedThreadPool(deskripsi.size());
		CountDownLatch mulai = new CountDownLatch(1);
		List<Future<Object>> hasil = new ArrayList<>();
		for (String d : deskripsi) {
			hasil.add(klien.submit(() -> {
				mulai.await();
				try {
					return layanan.ajukan(laporan(d));
				}
				catch (RuntimeException ex) {
					return ex;
				}
			}));
		}
		mulai.countDown();
		List<Object> semua = new ArrayList<>();
		for (Future<Object> f : hasil) {
			semua.add(f.get());
		}
		klien.shutdown();
		return semua;
	}

	@Test
	void concurrentFilingsAreAllStoredWithUniqueNumbersAndShareTransactions() throws Exception {
		List<String> deskripsi = new ArrayList<>();
		for (int i = 0; i < KLIEN; i++) {
			deskripsi.add("Sampah di selokan Jalan Frans Seda, kelompok uji " + i);
		}
		List<Object> hasil = serentak(deskripsi);
		Set<String> nomor = new HashSet<>();
		for (Object h : hasil) {
			assertThat(h).isInstanceOf(TandaTerima.class);
			nomor.add(((TandaTerima) h).nomor());
		}
		assertThat(nomor).hasSize(KLIEN).allMatch(Penomoran::sah);
		// every acknowledged number is stored, with its first history entry and its Open311-visible channel
		assertThat(jdbc.sql("""
				select count(*) from pengaduan.pengaduan p join pengaduan.riwayat r on r.pengaduan_id = p.id
				where p.nomor in (:nomor) and p.saluran = 'open311'""").param("nomor", nomor).query(Long.class).single())
			.isEqualTo(KLIEN);
		// rows written by one transaction share its id (xmin): fewer transactions than filings means group commit
		long transaksi = jdbc.sql("select count(distinct xmin::text) from pengaduan.pengaduan where nomor in (:nomor)")
			.param("nomor", nomor).query(Long.class).single();
		assertThat(transaksi).isLessThan(KLIEN);
	}

	@Test
	void aFilingWhoseCommitFailsGetsNoReceiptAndItsNeighboursAreStored() throws Exception {
		// a check PostgreSQL runs only at commit: the whole batch's commit fails because of one filing
		jdbc.sql("""
				create or replace function pengaduan.uji_tolak_saat_commit() returns trigger language plpgsql as $$
				begin
				  if new.deskripsi like '%TOLAK-SAAT-COMMIT%' then
				    raise exception 'refused at commit' using errcode = 'check_violation';
				  end if;
				  return null;
				end $$""").update();
		jdbc.sql("""
				create constraint trigger uji_tolak_saat_commit after insert on pengaduan.pengaduan
				deferrable initially deferred for each row execute function pengaduan.uji_tolak_saat_commit()""").update();
		try {
			List<String> deskripsi = new ArrayList<>();
			for (int i = 0; i < KLIEN; i++) {
				deskripsi.add(i % 10 == 3 ? "Sampah liar TOLAK-SAAT-COMMIT " + i : "Sampah liar di Oesapa, tetangga " + i);
			}
			List<Object> hasil = serentak(deskripsi);
			for (int i = 0; i < KLIEN; i++) {
				String d = deskripsi.get(i);
				long tersimpan = jdbc.sql("select count(*) from pengaduan.pengaduan where deskripsi = ?").param(d).query(Long.class).single();
				if (d.contains("TOLAK-SAAT-COMMIT")) {
					assertThat(hasil.get(i)).as(d).isInstanceOf(RuntimeException.class);
					assertThat(tersimpan).as(d).isZero();
				}
				else {
					assertThat(hasil.get(i)).as(d).isInstanceOf(TandaTerima.class);
					assertThat(tersimpan).as(d).isEqualTo(1);
				}
			}
		}
		finally {
			jdbc.sql("drop trigger uji_tolak_saat_commit on pengaduan.pengaduan").update();
			jdbc.sql("drop function pengaduan.uji_tolak_saat_commit()").update();
		}
	}
}
