package id.kotacerdas.permohonan.internal;

import java.util.List;

import id.kotacerdas.platform.Peran;

/** A stored flow definition: ordered steps with owners and working-day limits. */
record Alur(long id, String kode, String nama, String konsumenModul, String konsumenRef, int batasHariKerja, List<Tahap> tahap) {

	/** One step; {@code urutan} counts from 1. */
	record Tahap(int urutan, String nama, long opdId, String unit, Peran peran, int batasHariKerja, List<String> persyaratan) {
	}

	Alur {
		tahap = List.copyOf(tahap);
	}

	/** Step k, counting from 1. */
	Tahap tahap(int k) {
		return tahap.get(k - 1);
	}

	int jumlahTahap() {
		return tahap.size();
	}
}
