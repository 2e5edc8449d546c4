package id.kotacerdas.kepegawaian.internal.kalender;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import id.kotacerdas.kepegawaian.internal.KatalogReferensi;
import id.kotacerdas.kepegawaian.internal.Referensi;

/**
 * The three calendars ahead of one agency or the city, as of a day: regular promotions per period,
 * periodic salary increases (KGB) and retirements, each grouped by date ({@link AturanKalender}).
 * What is already due and not done (a promotion whose period has passed, a retirement TMT in the
 * past of someone still in service) comes first, in a group of its own.
 */
@Service
public class KalenderPegawai {

	/** The three calendars; the code is the address segment. */
	public enum Jenis {

		PANGKAT("pangkat"), GAJI_BERKALA("kgb"), PENSIUN("pensiun");

		private final String kode;

		Jenis(String kode) {
			this.kode = kode;
		}

		public String kode() {
			return kode;
		}

		public static Optional<Jenis> dari(String kode) {
			for (Jenis j : values()) {
				if (j.kode.equals(kode)) {
					return Optional.of(j);
				}
			}
			return Optional.empty();
		}
	}

	/**
	 * One employee on a calendar.
	 *
	 * @param tanggal the promotion period, the KGB date or the retirement TMT
	 * @param lewat due before the calendar's first date and not done yet
	 * @param golonganBaru the rank a promotion leads to (promotions only)
	 * @param tahun years of service reached (KGB) or the retirement age (retirement); else null
	 */
	public record Butir(PegawaiRingkas pegawai, LocalDate tanggal, boolean lewat, String golonganBaru, Integer tahun) {
	}

	/** The first and last date a calendar covers, both inclusive. */
	public record Rentang(LocalDate awal, LocalDate akhir) {
	}

	/** @param tanggal null for the group of what is overdue */
	public record Kelompok(LocalDate tanggal, List<Butir> butir) {
	}

	private final KalenderRepository repo;

	private final PengaturanKalender pengaturan;

	private final KatalogReferensi referensi;

	KalenderPegawai(KalenderRepository repo, PengaturanKalender pengaturan, KatalogReferensi referensi) {
		this.repo = repo;
		this.pengaturan = pengaturan;
		this.referensi = referensi;
	}

	/** The rules with the ceilings and ranks as stored now. */
	public AturanKalender aturan() {
		return new AturanKalender(pengaturan, repo.pangkatMaksimal(),
				referensi.daftar(KatalogReferensi.GOLONGAN).stream().map(Referensi::kode).toList());
	}

	/** Employees still in service, of one agency or (null) the city. */
	public List<PegawaiRingkas> masihBekerja(Long opdId) {
		return repo.masihBekerja(opdId);
	}

	/** A calendar's entries, overdue first, then by date and name. */
	public List<Butir> butir(Jenis jenis, Long opdId, LocalDate hari) {
		return butir(jenis, repo.masihBekerja(opdId), aturan(), hari);
	}

	/** The same, grouped: overdue first (a group without date), then one group per date. */
	public List<Kelompok> kelompok(Jenis jenis, Long opdId, LocalDate hari) {
		List<Butir> semua = butir(jenis, opdId, hari);
		List<Kelompok> hasil = new ArrayList<>();
		List<Butir> lewat = semua.stream().filter(Butir::lewat).toList();
		if (!lewat.isEmpty()) {
			hasil.add(new Kelompok(null, lewat));
		}
		TreeMap<LocalDate, List<Butir>> perTanggal = new TreeMap<>();
		semua.stream().filter(b -> !b.lewat()).forEach(b -> perTanggal.computeIfAbsent(b.tanggal(), t -> new ArrayList<>()).add(b));
		perTanggal.forEach((t, b) -> hasil.add(new Kelompok(t, b)));
		return hasil;
	}

	/** The first and last date a calendar covers as of {@code hari}. */
	public Rentang rentang(Jenis jenis, LocalDate hari) {
		LocalDate awalBulan = hari.withDayOfMonth(1);
		return switch (jenis) {
			case PANGKAT -> {
				List<LocalDate> periode = AturanKalender.periodePangkat(hari, pengaturan.periodePangkat());
				yield new Rentang(periode.get(0), periode.get(periode.size() - 1));
			}
			case GAJI_BERKALA -> new Rentang(awalBulan, awalBulan.plusMonths(pengaturan.bulanKgb()).minusDays(1));
			case PENSIUN -> new Rentang(awalBulan, awalBulan.plusMonths(pengaturan.bulanPensiun()));
		};
	}

	List<Butir> butir(Jenis jenis, List<PegawaiRingkas> pegawai, AturanKalender aturan, LocalDate hari) {
		Rentang rentang = rentang(jenis, hari);
		LocalDate awal = rentang.awal();
		LocalDate akhir = rentang.akhir();
		List<Butir> hasil = new ArrayList<>();
		for (PegawaiRingkas p : pegawai) {
			switch (jenis) {
				case PANGKAT -> aturan.layakPangkat(p)
					.filter(t -> !t.isAfter(akhir))
					.ifPresent(t -> hasil.add(new Butir(p, t, t.isBefore(awal), aturan.golonganBerikut(p).orElseThrow(), null)));
				case GAJI_BERKALA -> aturan.kgbBerikut(p, awal)
					.filter(t -> !t.isAfter(akhir))
					.ifPresent(t -> hasil.add(new Butir(p, t, false, null, t.getYear() - p.tmtCpns().getYear())));
				case PENSIUN -> {
					LocalDate tmt = aturan.tmtPensiun(p);
					if (!tmt.isAfter(akhir)) {
						hasil.add(new Butir(p, tmt, tmt.isBefore(awal), null, aturan.bup(p)));
					}
				}
			}
		}
		hasil.sort(Comparator.comparing(Butir::lewat).reversed()
			.thenComparing(Butir::tanggal)
			.thenComparing(b -> b.pegawai().nama())
			.thenComparing(b -> b.pegawai().id()));
		return hasil;
	}
}
