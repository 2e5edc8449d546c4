package id.kotacerdas.umkm.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.platform.Indikator;
import id.kotacerdas.platform.Periode;

/**
 * Smart Economy's "QRIS users" (the seed's 1,913 with Bank NTT): active registered UMKM accepting QRIS at the end of
 * the period, out of all active ones then. City-wide only: businesses belong to no agency.
 */
record IndikatorUmkm(Definisi definisi, UsahaRepository repo, Clock clock) implements Indikator {

	IndikatorUmkm(UsahaRepository repo, Clock clock) {
		this(new Definisi("umkm.pengguna-qris", "umkm.indikator.qris.nama", ElemenKotaCerdas.EKOSISTEM_TRANSAKSI_KEUANGAN, Satuan.JUMLAH,
				Arah.NAIK_LEBIH_BAIK, "umkm.indikator.qris.rumus", new Sumber("umkm", "umkm.indikator.qris.sumber")), repo, clock);
	}

	@Override
	public Hasil hitung(Periode periode) {
		UsahaRepository.Adopsi a = repo.adopsiPada(periode.selesai());
		Nilai nilai = a.aktif() == 0 ? new Nilai(null, new Rasio(0, 0), 0)
				: new Nilai(BigDecimal.valueOf(a.qris()), new Rasio(a.qris(), a.aktif()), a.aktif());
		return new Hasil(definisi.kode(), periode, nilai, List.of(), clock.instant());
	}
}
