package id.kotacerdas.pasar.internal;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import id.kotacerdas.ekspor.LembarMasuk;
import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * A price spreadsheet as the city keeps it, read by the platform's sheet reader
 * ({@link LembarMasuk}: CSV or the first sheet of an XLSX, streamed). The first row names the
 * columns; tanggal, pasar, komoditas and harga are needed, asal is optional, their order free.
 */
final class BacaTabelHarga {

	/** A row as written: the cells as text, its number as the spreadsheet shows it (header = 1). */
	record BarisMentah(int nomor, String tanggal, String pasar, String komoditas, String harga, String asal) {
	}

	private enum Kolom {
		TANGGAL, PASAR, KOMODITAS, HARGA, ASAL
	}

	private BacaTabelHarga() {
	}

	/** @param barisMaks rows per file, the header included */
	static void baca(byte[] isi, int barisMaks, Consumer<BarisMentah> tiap) {
		int[][] letak = { null };
		LembarMasuk.baca(new ByteArrayInputStream(isi), barisMaks, b -> {
			if (letak[0] == null) {
				letak[0] = kepala(LembarMasuk.Kepala.dari(b));
			}
			else {
				tiap.accept(new BarisMentah(b.nomor(), b.sel(letak[0][Kolom.TANGGAL.ordinal()]), b.sel(letak[0][Kolom.PASAR.ordinal()]),
						b.sel(letak[0][Kolom.KOMODITAS.ordinal()]), b.sel(letak[0][Kolom.HARGA.ordinal()]), b.sel(letak[0][Kolom.ASAL.ordinal()])));
			}
		});
		if (letak[0] == null) {
			throw new PermintaanDitolakException("pasar.impor.kosong");
		}
	}

	/** Where each column is, by its header ("Harga (Rp)" is harga); -1 for a missing optional one. */
	private static int[] kepala(LembarMasuk.Kepala kepala) {
		int[] letak = new int[Kolom.values().length];
		for (Kolom k : Kolom.values()) {
			String nama = k.name().toLowerCase(Locale.ROOT);
			letak[k.ordinal()] = kepala.awalan(nama).orElse(-1);
			if (letak[k.ordinal()] < 0 && k != Kolom.ASAL) {
				throw new PermintaanDitolakException("pasar.impor.kolom-hilang", nama);
			}
		}
		return letak;
	}
}
