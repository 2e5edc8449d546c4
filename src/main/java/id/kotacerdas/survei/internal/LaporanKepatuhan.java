package id.kotacerdas.survei.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.permohonan.PenyelesaianPermohonan;
import id.kotacerdas.platform.Indikator;
import id.kotacerdas.platform.Periode;

/**
 * Compliance per service and unit for a period: from the engine, the applications completed, the
 * share within the published limit and the median office days; from the survey, the IKM and its
 * grade. A service and unit is one flow completed by one unit (the flow's last step).
 */
@Service
@Transactional(readOnly = true)
class LaporanKepatuhan {

	private final PenyelesaianPermohonan penyelesaian;

	private final SurveiRepository repo;

	private final DaftarOpd daftarOpd;

	private final SurveiProperties properti;

	LaporanKepatuhan(PenyelesaianPermohonan penyelesaian, SurveiRepository repo, DaftarOpd daftarOpd, SurveiProperties properti) {
		this.penyelesaian = penyelesaian;
		this.repo = repo;
		this.daftarOpd = daftarOpd;
		this.properti = properti;
	}

	/**
	 * One service at one unit.
	 *
	 * @param persenTepat the on-time share in per cent (one decimal), null with nothing completed
	 * @param medianHari null with nothing completed
	 * @param ikm null without answers
	 */
	record Baris(String alurKode, String layanan, String opd, String unit, Integer batasHariKerja, long selesai, long tepatWaktu,
			BigDecimal persenTepat, BigDecimal medianHari, Ikm ikm) {
	}

	/** The period's rows and the city's totals. */
	record Laporan(Periode periode, List<Baris> baris, long selesai, long tepatWaktu, BigDecimal persenTepat, Ikm ikm,
			BigDecimal targetIkm) {
	}

	private record Kunci(String alurKode, long opdId, String unit) {
	}

	Laporan laporan(Periode periode) {
		Instant dari = periode.mulai();
		Instant sampai = periode.selesai();
		Map<Kunci, PenyelesaianPermohonan.Rekap> selesai = new LinkedHashMap<>();
		penyelesaian.rekap(dari, sampai).forEach(r -> selesai.put(new Kunci(r.alurKode(), r.opdId(), r.unit()), r));
		Map<Kunci, SurveiRepository.Rekap> jawaban = new LinkedHashMap<>();
		List<SurveiRepository.Rekap> semuaJawaban = repo.rekap(dari, sampai);
		semuaJawaban.forEach(r -> jawaban.put(new Kunci(r.alurKode(), r.opdId(), r.unit()), r));

		List<Kunci> kunci = new ArrayList<>(selesai.keySet());
		jawaban.keySet().stream().filter(k -> !selesai.containsKey(k)).forEach(kunci::add);
		List<Baris> baris = new ArrayList<>();
		long totalSelesai = 0;
		long totalTepat = 0;
		for (Kunci k : kunci) {
			PenyelesaianPermohonan.Rekap s = selesai.get(k);
			SurveiRepository.Rekap j = jawaban.get(k);
			String layanan = s != null ? s.alurNama() : j.alurNama();
			String opd = daftarOpd.cari(k.opdId()).map(Opd::nama).orElse("");
			Ikm ikm = j == null ? null : Ikm.hitung(j.responden(), j.jumlah(), properti.mutu()).orElse(null);
			if (s == null) {
				baris.add(new Baris(k.alurKode(), layanan, opd, k.unit(), null, 0, 0, null, null, ikm));
			}
			else {
				baris.add(new Baris(k.alurKode(), layanan, opd, k.unit(), s.batasHariKerja(), s.selesai(), s.tepatWaktu(),
						persen(s.tepatWaktu(), s.selesai()), s.medianHari(), ikm));
				totalSelesai += s.selesai();
				totalTepat += s.tepatWaktu();
			}
		}
		return new Laporan(periode, baris, totalSelesai, totalTepat, persen(totalTepat, totalSelesai),
				ikm(semuaJawaban, r -> true).orElse(null), properti.targetIkm());
	}

	/**
	 * The IKM of the answers in {@code [dari, sampai)} by agency (null: the whole city), from one
	 * grouped query for all of them.
	 */
	Function<Long, Indikator.Nilai> ikm(Instant dari, Instant sampai) {
		List<SurveiRepository.Rekap> rekap = repo.rekap(dari, sampai);
		return opdId -> ikm(rekap, r -> opdId == null || r.opdId() == opdId)
			.map(i -> new Indikator.Nilai(i.nilai(), new Indikator.Rasio(i.jumlahNilai(), i.nilaiMaksimum()), i.responden()))
			.orElse(new Indikator.Nilai(null, new Indikator.Rasio(0, 0), 0));
	}

	/** Completed and on time in {@code [dari, sampai)} by agency (null: the whole city), from one grouped query for all of them. */
	Function<Long, Indikator.Nilai> tepatWaktu(Instant dari, Instant sampai) {
		List<PenyelesaianPermohonan.Rekap> rekap = penyelesaian.rekap(dari, sampai);
		return opdId -> {
			long selesai = 0;
			long tepat = 0;
			for (PenyelesaianPermohonan.Rekap r : rekap) {
				if (opdId == null || Objects.equals(r.opdId(), opdId)) {
					selesai += r.selesai();
					tepat += r.tepatWaktu();
				}
			}
			return Indikator.Nilai.persen(tepat, selesai, selesai);
		};
	}

	/** The sums add up: the IKM of several services and units is that of all their answers together. */
	private Optional<Ikm> ikm(List<SurveiRepository.Rekap> rekap, Predicate<SurveiRepository.Rekap> pilih) {
		long n = 0;
		long[] jumlah = new long[UnsurSkm.values().length];
		for (SurveiRepository.Rekap r : rekap) {
			if (pilih.test(r)) {
				n += r.responden();
				for (int i = 0; i < jumlah.length; i++) {
					jumlah[i] += r.jumlah()[i];
				}
			}
		}
		return Ikm.hitung(n, jumlah, properti.mutu());
	}

	private static BigDecimal persen(long bagian, long dari) {
		return Indikator.Nilai.persen(bagian, dari, dari).angka();
	}
}
