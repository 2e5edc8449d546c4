package id.kotacerdas.kepegawaian.internal.statistik;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import id.kotacerdas.kepegawaian.internal.kalender.KalenderPegawai;
import id.kotacerdas.kepegawaian.internal.kalender.PegawaiRingkas;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.platform.Indikator;
import id.kotacerdas.platform.Periode;

/**
 * A personnel figure of the masterplan: the share of the employees in service (of those {@code dari}
 * selects) that {@code bagian} selects, per agency and city-wide, from the records as they are when
 * computed (the register keeps no past state); {@code bagian} gives the selection for a period. Every active agency is listed; one without employees
 * has no data.
 */
record IndikatorPegawai(Definisi definisi, Predicate<PegawaiRingkas> dari, Function<Periode, Predicate<PegawaiRingkas>> bagian,
		KalenderPegawai kalender, DaftarOpd daftarOpd, Clock clock) implements Indikator {

	@Override
	public Hasil hitung(Periode periode) {
		List<PegawaiRingkas> semua = kalender.masihBekerja(null).stream().filter(dari).toList();
		Predicate<PegawaiRingkas> pilih = bagian.apply(periode);
		Map<Long, List<PegawaiRingkas>> perOpd = semua.stream().collect(Collectors.groupingBy(PegawaiRingkas::opdId));
		List<NilaiOpd> rincian = daftarOpd.semua().stream()
			.filter(o -> o.aktif() || perOpd.containsKey(o.id()))
			.map(o -> new NilaiOpd(o.id(), o.namaPendek(), nilai(perOpd.getOrDefault(o.id(), List.of()), pilih)))
			.toList();
		return new Hasil(definisi.kode(), periode, nilai(semua, pilih), rincian, clock.instant());
	}

	private static Nilai nilai(List<PegawaiRingkas> pegawai, Predicate<PegawaiRingkas> pilih) {
		long n = pegawai.stream().filter(pilih).count();
		return Nilai.persen(n, pegawai.size(), pegawai.size());
	}
}
