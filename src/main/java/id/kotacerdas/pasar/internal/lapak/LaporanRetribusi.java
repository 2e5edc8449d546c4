package id.kotacerdas.pasar.internal.lapak;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import id.kotacerdas.pasar.internal.lapak.LapakRepository.LapakHari;
import id.kotacerdas.pasar.internal.lapak.LapakRepository.PasarLapak;
import id.kotacerdas.pasar.internal.lapak.LapakRepository.Register;
import id.kotacerdas.pasar.internal.lapak.LapakRepository.Terkumpul;

/**
 * Retribution per market: a day's expected against collected with the stalls not yet paid, and a
 * month's totals with occupancy. Expected counts the stalls that owe as the register stands now,
 * on the market's opening days only: the register keeps no history of tariffs or occupancy, the
 * payments keep their own tariff.
 */
@Service
class LaporanRetribusi {

	private static final Register REGISTER_KOSONG = new Register(0, 0, 0, 0);

	private final LapakRepository repo;

	LaporanRetribusi(LapakRepository repo) {
		this.repo = repo;
	}

	/** One market's day, stall by stall. */
	record Hari(PasarLapak pasar, LocalDate tanggal, boolean buka, long diharapkan, long terkumpul, List<LapakHari> belum,
			List<LapakHari> sudah) {
	}

	Hari hari(PasarLapak pasar, LocalDate tanggal) {
		List<LapakHari> semua = repo.hari(pasar.id(), tanggal);
		boolean buka = pasar.buka(tanggal);
		long diharapkan = buka ? semua.stream().filter(h -> h.lapak().wajibBayar()).mapToLong(h -> h.lapak().tarif()).sum() : 0;
		List<LapakHari> sudah = semua.stream().filter(h -> h.retribusi() != null).toList();
		List<LapakHari> belum = buka ? semua.stream().filter(h -> h.retribusi() == null && h.lapak().wajibBayar()).toList() : List.of();
		return new Hari(pasar, tanggal, buka, diharapkan, sudah.stream().mapToLong(h -> h.retribusi().jumlah()).sum(), belum, sudah);
	}

	/** Every market's day in figures. */
	record RingkasHari(PasarLapak pasar, boolean buka, int wajib, long diharapkan, int dibayar, long terkumpul) {

		public int belum() {
			return buka ? Math.max(0, wajib - dibayar) : 0;
		}
	}

	List<RingkasHari> ringkasHari(LocalDate tanggal) {
		Map<Long, Register> register = repo.register();
		Map<Long, Terkumpul> terkumpul = repo.terkumpul(tanggal, tanggal);
		return repo.pasar().stream().map(p -> {
			Register r = register.getOrDefault(p.id(), REGISTER_KOSONG);
			Terkumpul t = terkumpul.getOrDefault(p.id(), Terkumpul.NOL);
			boolean buka = p.buka(tanggal);
			return new RingkasHari(p, buka, r.wajib(), buka ? r.tarifHarian() : 0, t.pembayaran(), t.jumlah());
		}).toList();
	}

	/**
	 * One market's month.
	 *
	 * @param hariBuka opening days of the month up to today
	 * @param hunianPersen occupied stalls in percent of all, as the register stands
	 */
	record Bulan(PasarLapak pasar, int hariBuka, long diharapkan, long terkumpul, int pembayaran, int lapak, int terisi,
			Double hunianPersen) {

		public Double terkumpulPersen() {
			return diharapkan == 0 ? null : 100.0 * terkumpul / diharapkan;
		}
	}

	List<Bulan> bulan(YearMonth bulan, LocalDate hariIni) {
		Map<Long, Register> register = repo.register();
		Map<Long, Terkumpul> terkumpul = repo.terkumpul(bulan);
		LocalDate akhir = bulan.atEndOfMonth().isAfter(hariIni) ? hariIni : bulan.atEndOfMonth();
		return repo.pasar().stream().map(p -> {
			Register r = register.getOrDefault(p.id(), REGISTER_KOSONG);
			Terkumpul t = terkumpul.getOrDefault(p.id(), Terkumpul.NOL);
			int buka = akhir.isBefore(bulan.atDay(1)) ? 0 : (int) bulan.atDay(1).datesUntil(akhir.plusDays(1)).filter(p::buka).count();
			return new Bulan(p, buka, buka * r.tarifHarian(), t.jumlah(), t.pembayaran(), r.lapak(), r.terisi(),
					r.lapak() == 0 ? null : 100.0 * r.terisi() / r.lapak());
		}).toList();
	}
}
