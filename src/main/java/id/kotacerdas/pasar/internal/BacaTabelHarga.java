package id.kotacerdas.pasar.internal;

import java.util.Locale;

import id.kotacerdas.ekspor.LembarMasuk;
import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * A price spreadsheet as the city keeps it, read by the platform's sheet reader
 * ({@link LembarMasuk}: CSV or the first sheet of an XLSX, streamed) for the staged import
 * ({@link id.kotacerdas.ekspor.ImporBertahap}). The first row names the columns; tanggal, pasar,
 * komoditas and harga are needed, asal is optional, their order free.
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

	/** The row as written, by the columns the header named. */
	static BarisMentah mentah(int[] letak, LembarMasuk.Baris b) {
		return new BarisMentah(b.nomor(), b.sel(letak[Kolom.TANGGAL.ordinal()]), b.sel(letak[Kolom.PASAR.ordinal()]),
				b.sel(letak[Kolom.KOMODITAS.ordinal()]), b.sel(letak[Kolom.HARGA.ordinal()]), b.sel(letak[Kolom.ASAL.ordinal()]));
	}

	/** Where each column is, by its first row's headers ("Harga (Rp)" is harga); -1 for a missing optional one. */
	static int[] kepala(LembarMasuk.Baris baris) {
		LembarMasuk.Kepala kepala = LembarMasuk.Kepala.dari(baris);
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
