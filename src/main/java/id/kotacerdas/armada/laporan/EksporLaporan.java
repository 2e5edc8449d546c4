package id.kotacerdas.armada.laporan;

import java.util.List;

import id.kotacerdas.ekspor.Ekspor;
import id.kotacerdas.ekspor.Kolom;
import id.kotacerdas.ekspor.Tabel;
import id.kotacerdas.platform.Waktu;

/** The monthly fuel report as an export: per vehicle, then per agency, with the page's headers. */
final class EksporLaporan {

	/** Litres and km/litre as the report computes them. */
	private static final int DESIMAL_LITER = 2;

	/** GPS distance is read to a tenth of a kilometre. */
	private static final int DESIMAL_KM = 1;

	/** The report's percentages have one decimal. */
	private static final int DESIMAL_PERSEN = 1;

	private static final List<Kolom<LaporanArmada.Baris>> PER_KENDARAAN = List.of(
			Kolom.teks("armada.nomor-polisi", LaporanArmada.Baris::nomorPolisi),
			Kolom.teks("armada.opd", LaporanArmada.Baris::opd),
			Kolom.teks("armada.jenis-bbm", b -> Kolom.pesan("armada.jenis-bbm." + b.jenisBbm().name())),
			Kolom.bilangan("armada.laporan.pembelian", LaporanArmada.Baris::jumlahPembelian),
			Kolom.desimal("armada.laporan.liter", DESIMAL_LITER, LaporanArmada.Baris::liter),
			Kolom.rupiah("armada.laporan.rupiah", LaporanArmada.Baris::rupiah),
			Kolom.desimal("armada.laporan.km", DESIMAL_KM, LaporanArmada.Baris::km),
			Kolom.desimal("armada.laporan.km-per-liter", DESIMAL_LITER, LaporanArmada.Baris::kmPerLiter),
			Kolom.desimal("armada.laporan.norma", DESIMAL_LITER, LaporanArmada.Baris::normaKmPerLiter),
			Kolom.persen("armada.laporan.kuota", DESIMAL_PERSEN, LaporanArmada.Baris::persenKuota),
			Kolom.persen("armada.laporan.anggaran", DESIMAL_PERSEN, LaporanArmada.Baris::persenAnggaran),
			Kolom.bilangan("armada.laporan.pengecualian", LaporanArmada.Baris::pengecualian),
			Kolom.bilangan("armada.laporan.penimpaan", LaporanArmada.Baris::penimpaan),
			Kolom.rupiah("armada.laporan.penghematan", LaporanArmada.Baris::penghematan));

	private static final List<Kolom<LaporanArmada.Ringkasan>> PER_OPD = List.of(
			Kolom.teks("armada.opd", LaporanArmada.Ringkasan::opd),
			Kolom.bilangan("armada.laporan.kendaraan", LaporanArmada.Ringkasan::kendaraan),
			Kolom.desimal("armada.laporan.liter", DESIMAL_LITER, LaporanArmada.Ringkasan::liter),
			Kolom.rupiah("armada.laporan.rupiah", LaporanArmada.Ringkasan::rupiah),
			Kolom.desimal("armada.laporan.km", DESIMAL_KM, LaporanArmada.Ringkasan::km),
			Kolom.desimal("armada.laporan.km-per-liter", DESIMAL_LITER, LaporanArmada.Ringkasan::kmPerLiter),
			Kolom.bilangan("armada.laporan.pengecualian", LaporanArmada.Ringkasan::pengecualian),
			Kolom.rupiah("armada.laporan.anggaran-dasar", LaporanArmada.Ringkasan::anggaran),
			Kolom.rupiah("armada.laporan.penghematan", LaporanArmada.Ringkasan::penghematan));

	private EksporLaporan() {
	}

	static Ekspor dari(LaporanArmada.Laporan laporan) {
		return new Ekspor(Kolom.pesan("armada.laporan.judul-bulan", Waktu.formatBulan(laporan.bulan())),
				List.of(new Tabel<>(Kolom.pesan("armada.laporan.per-kendaraan"), PER_KENDARAAN, laporan.baris()),
						new Tabel<>(Kolom.pesan("armada.laporan.per-opd"), PER_OPD, laporan.perOpd())));
	}
}
