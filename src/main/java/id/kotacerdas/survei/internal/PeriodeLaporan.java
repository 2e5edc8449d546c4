package id.kotacerdas.survei.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


import id.kotacerdas.platform.Periode;
import id.kotacerdas.platform.Waktu;

/**
 * The compliance page's period: a month ({@code 2026-11}), a quarter ({@code 2026-T4}) or a year
 * ({@code 2026}), in WITA. Quarters are what the IKM is reported by (the regulation asks for at least
 * one survey a year; many units report per quarter), which the platform's {@link Periode} does not have.
 */
record PeriodeLaporan(Jenis jenis, YearMonth awal) {

	enum Jenis {
		BULAN(1), TRIWULAN(3), TAHUN(12);

		final int bulan;

		Jenis(int bulan) {
			this.bulan = bulan;
		}
	}

	private static final Pattern BENTUK = Pattern.compile("(\\d{4})(?:-(\\d{2})|-T([1-4]))?");

	private static final int BULAN_SETAHUN = 12;

	private static final int TRIWULAN_SETAHUN = 4;

	/** How many months, quarters and years back the filter offers. */
	private static final int PILIHAN_BULAN = 12;

	private static final int PILIHAN_TAHUN = 3;

	/** @throws IllegalArgumentException for anything but the three shapes */
	static PeriodeLaporan dari(String kode) {
		Matcher m = BENTUK.matcher(kode == null ? "" : kode.strip());
		if (!m.matches()) {
			throw new IllegalArgumentException("not a month, quarter or year: " + kode);
		}
		int tahun = Integer.parseInt(m.group(1));
		if (m.group(2) != null) {
			int bulan = Integer.parseInt(m.group(2));
			if (bulan < 1 || bulan > BULAN_SETAHUN) {
				throw new IllegalArgumentException("no month " + bulan);
			}
			return new PeriodeLaporan(Jenis.BULAN, YearMonth.of(tahun, bulan));
		}
		if (m.group(3) != null) {
			return triwulan(tahun, Integer.parseInt(m.group(3)));
		}
		return new PeriodeLaporan(Jenis.TAHUN, YearMonth.of(tahun, 1));
	}

	static PeriodeLaporan triwulan(int tahun, int ke) {
		return new PeriodeLaporan(Jenis.TRIWULAN, YearMonth.of(tahun, (ke - 1) * Jenis.TRIWULAN.bulan + 1));
	}

	static PeriodeLaporan dari(Periode p) {
		return new PeriodeLaporan(p.jenis() == Periode.Jenis.TAHUN ? Jenis.TAHUN : Jenis.BULAN, p.awal());
	}

	int triwulanKe() {
		return (awal.getMonthValue() - 1) / Jenis.TRIWULAN.bulan + 1;
	}

	public String kode() {
		return switch (jenis) {
			case BULAN -> awal.toString();
			case TRIWULAN -> awal.getYear() + "-T" + triwulanKe();
			case TAHUN -> Integer.toString(awal.getYear());
		};
	}

	Instant mulai() {
		return awal.atDay(1).atStartOfDay(Waktu.WITA).toInstant();
	}

	Instant selesai() {
		return awal.plusMonths(jenis.bulan).atDay(1).atStartOfDay(Waktu.WITA).toInstant();
	}

	/** The message key of the period in words ("November 2026", "Triwulan IV 2026", "Tahun 2026"), with {@link #argumenNama()}. */
	public String kodeNama() {
		return switch (jenis) {
			case BULAN -> "survei.periode.bulan";
			case TRIWULAN -> "survei.periode.triwulan." + triwulanKe();
			case TAHUN -> "survei.periode.tahun";
		};
	}

	/** The month in words for a month, else the year. */
	public String argumenNama() {
		return jenis == Jenis.BULAN ? Waktu.formatBulan(awal) : Integer.toString(awal.getYear());
	}

	/** The filter's choices: this and the last years, quarters and months, newest first. */
	static List<PeriodeLaporan> pilihan(YearMonth sekarang) {
		List<PeriodeLaporan> p = new ArrayList<>();
		for (int i = 0; i < PILIHAN_TAHUN; i++) {
			p.add(new PeriodeLaporan(Jenis.TAHUN, YearMonth.of(sekarang.getYear() - i, 1)));
		}
		PeriodeLaporan t = triwulan(sekarang.getYear(), (sekarang.getMonthValue() - 1) / Jenis.TRIWULAN.bulan + 1);
		for (int i = 0; i < TRIWULAN_SETAHUN; i++) {
			p.add(new PeriodeLaporan(Jenis.TRIWULAN, t.awal().minusMonths((long) i * Jenis.TRIWULAN.bulan)));
		}
		for (int i = 0; i < PILIHAN_BULAN; i++) {
			p.add(new PeriodeLaporan(Jenis.BULAN, sekarang.minusMonths(i)));
		}
		return p;
	}
}
