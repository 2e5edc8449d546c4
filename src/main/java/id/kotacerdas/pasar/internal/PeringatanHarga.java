package id.kotacerdas.pasar.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.kotacerdas.notifikasi.Kata;
import id.kotacerdas.notifikasi.Notifikasi;
import id.kotacerdas.notifikasi.Pesan;
import id.kotacerdas.pasar.internal.IndeksHarga.Minggu;
import id.kotacerdas.pasar.internal.IndeksHarga.Perubahan;

/**
 * Alerts the TPID team by e-mail when a commodity's weekly average so far rises more than
 * {@code kc.pasar.peringatan.batas-naik-persen} against the week before, or when its city average
 * of the day is above its ceiling price (HET). Each message names the markets with their prices
 * and the origins the enumerators reported. Each condition alerts once per commodity and week:
 * the record of it is written in the transaction that queues the messages.
 * <p>
 * It runs on a schedule ({@code kc.pasar.peringatan.jadwal}, hourly by default) rather than after
 * each batch of prices: an enumerator's batch on a bad connection should not wait for the city's
 * weekly figures, corrections and imported prices are covered the same way, and for a weekly
 * indicator an hour's delay is no loss.
 */
@Component
class PeringatanHarga {

	private static final Logger log = LoggerFactory.getLogger(PeringatanHarga.class);

	/** The team works in Indonesian. */
	private static final Locale BAHASA = Locale.forLanguageTag("id");

	static final String NAIK = "NAIK";

	static final String DI_ATAS_HET = "DI_ATAS_HET";

	private final IndeksRepository repo;

	private final HargaRepository harga;

	private final LayananHarga layanan;

	private final Notifikasi notifikasi;

	private final PeringatanProperties properti;

	private final TransactionTemplate tx;

	private final Clock clock;

	PeringatanHarga(IndeksRepository repo, HargaRepository harga, LayananHarga layanan, Notifikasi notifikasi,
			PeringatanProperties properti, TransactionTemplate tx, Clock clock) {
		this.repo = repo;
		this.harga = harga;
		this.layanan = layanan;
		this.notifikasi = notifikasi;
		this.properti = properti;
		this.tx = tx;
		this.clock = clock;
	}

	@Scheduled(cron = "${kc.pasar.peringatan.jadwal:0 20 * * * *}", zone = "Asia/Makassar")
	void terjadwal() {
		int n = periksa(layanan.hariIni());
		if (n > 0) {
			log.info("{} price alerts to the TPID team", n);
		}
	}

	/**
	 * Checks the week up to {@code hari} and queues what has not been alerted yet this week;
	 * answers how many alerts (commodity and condition) were new.
	 */
	int periksa(LocalDate hari) {
		if (properti.penerima().isEmpty()) {
			return 0;
		}
		Integer n = tx.execute(s -> periksaDalamTransaksi(hari));
		return n == null ? 0 : n;
	}

	private int periksaDalamTransaksi(LocalDate hari) {
		LocalDate senin = IndeksHarga.senin(hari);
		Map<Long, Komoditas> komoditas = harga.komoditas().stream().collect(Collectors.toMap(Komoditas::id, k -> k));
		// every commodity counts here, whatever its weight in the basket
		Map<Long, BigDecimal> semua = komoditas.keySet().stream().collect(Collectors.toMap(id -> id, id -> BigDecimal.ONE));
		Minggu minggu = IndeksHarga.hitung(repo.rataMingguan(senin.minusWeeks(1), hari), semua, senin, senin).get(0);
		int n = 0;
		for (Perubahan p : minggu.komoditas()) {
			Komoditas k = komoditas.get(p.komoditasId());
			if (k != null && p.persen() != null && p.persen().compareTo(properti.batasNaikPersen()) > 0
					&& repo.catatPeringatan(k.id(), NAIK, senin, clock.instant())) {
				kabari("pasar.peringatan.naik", k, senin, hari, senin, rupiah(p.rataLalu()), rupiah(p.rata()), persen(p.persen()),
						properti.batasNaikPersen().stripTrailingZeros().toPlainString().replace('.', ','));
				n++;
			}
		}
		Map<Long, Long> het = repo.het(hari);
		Map<HargaRepository.KomoditasHari, Long> kota = harga.rataRata(List.of(hari), null);
		for (Map.Entry<Long, Long> e : het.entrySet()) {
			Long rata = kota.get(new HargaRepository.KomoditasHari(e.getKey(), hari));
			Komoditas k = komoditas.get(e.getKey());
			if (k != null && rata != null && rata > e.getValue() && repo.catatPeringatan(k.id(), DI_ATAS_HET, senin, clock.instant())) {
				kabari("pasar.peringatan.het", k, hari, hari, hari, rupiah(rata), rupiah(e.getValue()));
				n++;
			}
		}
		return n;
	}

	/**
	 * One e-mail per team member: {0} the commodity, {1} its unit, {2} the day or the week's Monday,
	 * then the condition's figures, and last the markets with their prices over {@code dari} to
	 * {@code sampai} and the origins the enumerators reported.
	 */
	private void kabari(String templat, Komoditas k, LocalDate dari, LocalDate sampai, LocalDate tanggal, String... angka) {
		List<IndeksRepository.DiPasar> pasar = repo.diPasar(k.id(), dari, sampai);
		String daftarPasar = pasar.stream().map(p -> p.pasar() + " " + rupiah(p.harga())).collect(Collectors.joining("; "));
		String asal = pasar.stream()
			.map(IndeksRepository.DiPasar::asal)
			.filter(Objects::nonNull)
			.flatMap(a -> Arrays.stream(a.split(", ")))
			.distinct()
			.sorted()
			.collect(Collectors.joining(", "));
		List<Object> parameter = new ArrayList<>(List.of(k.namaLengkap(), new Kata("pasar.satuan." + k.satuan()), tanggal));
		parameter.addAll(List.of(angka));
		parameter.add(daftarPasar);
		parameter.add(asal.isEmpty() ? new Kata("pasar.peringatan.asal-tidak-ada") : asal);
		for (String tujuan : properti.penerima()) {
			notifikasi.antre(Pesan.email(tujuan.strip(), BAHASA, templat, parameter.toArray()));
		}
	}

	/** One decimal with a comma, as Indonesian writes it. */
	private static String persen(BigDecimal persen) {
		return persen.setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
	}

	/** Whole rupiah with Indonesian thousands dots, as in the message. */
	private static String rupiah(long harga) {
		return "Rp" + String.format(BAHASA, "%,d", harga);
	}
}
