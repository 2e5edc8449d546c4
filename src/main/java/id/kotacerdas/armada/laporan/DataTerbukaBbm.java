package id.kotacerdas.armada.laporan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import id.kotacerdas.armada.Armada;
import id.kotacerdas.armada.KendaraanDinas;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.DataTerbuka;
import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.platform.KatalogDataTerbuka;
import id.kotacerdas.platform.KotaProperties;
import id.kotacerdas.platform.Periode;

/**
 * The fleet's monthly fuel per agency as open data: litres, rupiah and GPS distance, summed as in the
 * monthly report. No vehicle, plate, driver, holder or receipt appears.
 */
record DataTerbukaBbm(Metadata metadata, KueriIndikatorArmada kueri, Armada armada, DaftarOpd daftarOpd) implements DataTerbuka {

	private static final List<Kolom> KOLOM = List.of(kolom("bulan", JenisKolom.BULAN), kolom("opd", JenisKolom.TEKS),
			kolom("kendaraan", JenisKolom.BILANGAN_BULAT), kolom("pembelian", JenisKolom.BILANGAN_BULAT),
			kolom("liter", JenisKolom.DESIMAL), kolom("rupiah", JenisKolom.BILANGAN_BULAT), kolom("km", JenisKolom.DESIMAL));

	/** The fuel data's identity in the catalogue. */
	static Metadata identitas(KatalogDataTerbuka katalog, KotaProperties kota) {
		return katalog.metadata(kota, "bbm-kendaraan-dinas-bulanan", "armada.data-terbuka.judul", "armada.data-terbuka.keterangan",
				List.of("bbm", "kendaraan dinas", "anggaran", "efisiensi"), ElemenKotaCerdas.MANAJEMEN_BIROKRASI, Frekuensi.BULANAN, KOLOM);
	}

	private static Kolom kolom(String nama, JenisKolom jenis) {
		return new Kolom(nama, jenis, "armada.data-terbuka.kolom." + nama);
	}

	@Override
	public long baris(long lewati, long batas, Consumer<List<Object>> tujuan) {
		Map<Long, String> opd = daftarOpd.semua().stream().collect(Collectors.toMap(Opd::id, Opd::nama));
		List<KueriIndikatorArmada.BbmBulanan> bulanan = new ArrayList<>();
		// the distance asks the tracking API per vehicle: only once the query has given back its connection
		kueri.bbmBulanan(lewati, batas, bulanan::add);
		for (KueriIndikatorArmada.BbmBulanan b : bulanan) {
			tujuan.accept(Arrays.asList(b.bulan(), opd.get(b.opdId()), b.kendaraan(), b.pembelian(), b.liter(), b.rupiah(),
					km(b.opdId(), Periode.bulan(b.bulan()))));
		}
		return bulanan.size();
	}

	@Override
	public Optional<CakupanWaktu> cakupanWaktu() {
		return kueri.cakupanWaktu();
	}

	/** The GPS distance of all the agency's vehicles in the month, as the monthly report sums it; null without tracker data. */
	private BigDecimal km(long opdId, Periode bulan) {
		Instant dari = bulan.mulai();
		Instant sampai = bulan.selesai();
		return armada.kendaraanOpd(opdId).stream()
			.map(KendaraanDinas::id)
			.map(id -> armada.jarakTempuhKm(id, dari, sampai))
			.flatMap(Optional::stream)
			.reduce(BigDecimal::add)
			.orElse(null);
	}
}
