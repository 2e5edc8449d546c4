package id.kotacerdas.pasar.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.pasar.internal.IndeksHarga.Minggu;
import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * The weekly price development index over a range of weeks, with the weights it uses, and the
 * weights' editing by the market agency or Kominfo (audited).
 */
@Service
class LayananIndeks {

	/** Weeks a page shows unless asked otherwise: a quarter. */
	static final int MINGGU_BAKU = 13;

	/** The longest range one request may ask for: about three years. */
	static final int MINGGU_MAKS = 160;

	/** The heaviest weight accepted; weights are relative, shares of a CPI basket fit well below. */
	static final BigDecimal BOBOT_MAKS = new BigDecimal("1000");

	private final IndeksRepository repo;

	private final HargaRepository harga;

	private final LayananHarga layanan;

	private final AuditLog audit;

	private final Clock clock;

	/**
	 * The last ranges computed, reused while {@link IndeksRepository#versi()} stays the same: a
	 * year of prices is about 220,000 rows to aggregate, the version three index lookups.
	 */
	private final Map<String, Rentang> tersimpan = java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Rentang> eldest) {
			return size() > RENTANG_TERSIMPAN;
		}
	});

	/** Ranges kept: the pages' default, the API's usual asks, the figures. */
	private static final int RENTANG_TERSIMPAN = 32;

	LayananIndeks(IndeksRepository repo, HargaRepository harga, LayananHarga layanan, AuditLog audit, Clock clock) {
		this.repo = repo;
		this.harga = harga;
		this.layanan = layanan;
		this.audit = audit;
		this.clock = clock;
	}

	/** The weeks from the one {@code dari} lies in to the one {@code sampai} lies in, with the commodities in their order. */
	record Rentang(List<Komoditas> komoditas, Map<Long, BigDecimal> bobot, List<Minggu> minggu) {

		public Optional<Komoditas> komoditas(long id) {
			return komoditas.stream().filter(k -> k.id() == id).findFirst();
		}

		/** The latest week with an index. */
		public Optional<Minggu> terakhir() {
			return minggu.stream().filter(m -> m.indeks() != null).reduce((a, b) -> b);
		}
	}

	/**
	 * @throws PermintaanDitolakException (400) when {@code dari} is after {@code sampai} or the range is longer than {@link #MINGGU_MAKS}
	 */
	Rentang indeks(LocalDate dari, LocalDate sampai) {
		LocalDate dariSenin = IndeksHarga.senin(dari);
		LocalDate sampaiSenin = IndeksHarga.senin(sampai);
		if (dariSenin.isAfter(sampaiSenin) || dariSenin.plusWeeks(MINGGU_MAKS).isBefore(sampaiSenin)) {
			throw new PermintaanDitolakException("pasar.indeks.rentang-tidak-sah", MINGGU_MAKS);
		}
		String kunci = repo.versi() + "|" + dariSenin + "|" + sampaiSenin;
		Rentang ada = tersimpan.get(kunci);
		if (ada != null) {
			return ada;
		}
		List<Komoditas> komoditas = harga.komoditas();
		Map<Long, Integer> urutan = new LinkedHashMap<>();
		komoditas.forEach(k -> urutan.put(k.id(), urutan.size()));
		Map<Long, BigDecimal> bobot = repo.bobot();
		List<Minggu> minggu = IndeksHarga.hitung(repo.rataMingguan(dariSenin.minusWeeks(1), sampaiSenin.plusDays(6)), bobot, dariSenin,
				sampaiSenin)
			.stream()
			.map(m -> new Minggu(m.senin(), m.indeks(), m.komoditas().stream()
				.filter(p -> urutan.containsKey(p.komoditasId()))
				.sorted(Comparator.comparing(p -> urutan.get(p.komoditasId())))
				.toList()))
			.toList();
		Rentang hasil = new Rentang(komoditas, bobot, minggu);
		tersimpan.put(kunci, hasil);
		return hasil;
	}

	/** The last {@link #MINGGU_BAKU} weeks up to today's. */
	Rentang indeksTerakhir() {
		LocalDate hariIni = layanan.hariIni();
		return indeks(hariIni.minusWeeks(MINGGU_BAKU - 1L), hariIni);
	}

	Map<Long, BigDecimal> bobotSekarang() {
		return repo.bobot();
	}

	/** Who may change the weights: as who may collect prices (the market agency and Kominfo). */
	boolean bolehMengubahBobot(Staf staf) {
		return layanan.bolehMencatat(staf);
	}

	/** The weights as they are before and after a change, for the audit log. */
	record Bobot(long komoditasId, BigDecimal bobot) {
	}

	/**
	 * Sets the weights given; the others stay. All or nothing: one weight out of range refuses the
	 * whole form.
	 */
	@Transactional
	int ubahBobot(Staf staf, Map<Long, BigDecimal> baru) {
		if (!bolehMengubahBobot(staf)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "pasar.bobot.bukan-petugas");
		}
		Map<Long, BigDecimal> lama = repo.bobot();
		for (Map.Entry<Long, BigDecimal> e : baru.entrySet()) {
			if (!lama.containsKey(e.getKey()) || e.getValue() == null || e.getValue().signum() < 0 || e.getValue().compareTo(BOBOT_MAKS) > 0
					|| e.getValue().scale() > 4) {
				throw new PermintaanDitolakException("pasar.bobot.tidak-sah", BOBOT_MAKS);
			}
		}
		int n = 0;
		for (Map.Entry<Long, BigDecimal> e : baru.entrySet()) {
			BigDecimal sebelum = lama.get(e.getKey());
			if (Objects.equals(sebelum.stripTrailingZeros(), e.getValue().stripTrailingZeros())) {
				continue;
			}
			repo.ubahBobot(e.getKey(), e.getValue(), staf.username(), clock.instant());
			audit.catat("pasar.bobot.diubah", "bobot_indeks", Long.toString(e.getKey()), new Bobot(e.getKey(), sebelum),
					new Bobot(e.getKey(), e.getValue()));
			n++;
		}
		return n;
	}
}
