package id.kotacerdas.armada.laporan;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.platform.Indikator;
import id.kotacerdas.platform.Periode;

/**
 * One of the fleet's figures of the masterplan: a percentage per agency from the parts
 * {@link KueriIndikatorArmada} counts, and city-wide from their sums. Every active agency is listed;
 * one without vehicles (or budgets) has no data.
 */
record IndikatorArmada(Definisi definisi, Function<Periode, List<KueriIndikatorArmada.Bagian>> bagian, DaftarOpd daftarOpd, Clock clock)
		implements Indikator {

	@Override
	public Hasil hitung(Periode periode) {
		Instant kini = clock.instant();
		List<KueriIndikatorArmada.Bagian> baris = bagian.apply(periode);
		Nilai kota = Nilai.persen(baris.stream().mapToLong(KueriIndikatorArmada.Bagian::bagian).sum(),
				baris.stream().mapToLong(KueriIndikatorArmada.Bagian::dari).sum(),
				baris.stream().mapToLong(KueriIndikatorArmada.Bagian::catatan).sum());
		Map<Long, Nilai> perOpd = baris.stream()
			.collect(Collectors.toMap(KueriIndikatorArmada.Bagian::opdId, b -> Nilai.persen(b.bagian(), b.dari(), b.catatan())));
		List<NilaiOpd> rincian = daftarOpd.semua().stream()
			.filter(o -> o.aktif() || perOpd.containsKey(o.id()))
			.map(o -> new NilaiOpd(o.id(), o.namaPendek(), perOpd.getOrDefault(o.id(), Nilai.persen(0, 0, 0))))
			.toList();
		return new Hasil(definisi.kode(), periode, kota, rincian, kini);
	}
}
