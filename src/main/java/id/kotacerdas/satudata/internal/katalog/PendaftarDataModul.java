package id.kotacerdas.satudata.internal.katalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAmount;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.DataCsv;
import id.kotacerdas.platform.DataTerbuka;
import id.kotacerdas.platform.DataTerbuka.Frekuensi;
import id.kotacerdas.platform.KatalogDataTerbuka;
import id.kotacerdas.platform.Waktu;
import id.kotacerdas.satudata.Dataset;
import id.kotacerdas.satudata.DatasetBaru;
import id.kotacerdas.satudata.KatalogData;
import id.kotacerdas.satudata.MetadataSatuData;
import id.kotacerdas.satudata.SumberDataset;
import id.kotacerdas.satudata.TingkatWilayah;

/**
 * Publishes every module's {@link DataTerbuka} as a dataset: all of them when the application is ready, then each
 * again when its {@link Frekuensi} says it is due (title, description, tags, coverage and metadata_modified follow
 * the module; the rows are always live). One instance at a time: the run holds a transaction-scoped advisory lock,
 * another instance skips it. The Satu Data metadata the modules do not know comes from
 * {@code satudata/metadata-modul.csv}, only when a dataset is first registered, so staff edits win.
 */
@Component
class PendaftarDataModul {

	private static final Logger log = LoggerFactory.getLogger(PendaftarDataModul.class);

	private final List<DataTerbuka> modul;

	private final LayananKatalogData katalog;

	private final KatalogRepository repo;

	private final DaftarOpd opd;

	private final KatalogDataTerbuka kota;

	private final MessageSource pesan;

	private final Clock clock;

	private final TransactionTemplate tx;

	private final Map<String, CSVRecord> benih;

	PendaftarDataModul(List<DataTerbuka> modul, LayananKatalogData katalog, KatalogRepository repo, DaftarOpd opd, KatalogDataTerbuka kota,
			MessageSource pesan, Clock clock, TransactionTemplate tx) {
		this.modul = modul;
		this.katalog = katalog;
		this.repo = repo;
		this.opd = opd;
		this.kota = kota;
		this.pesan = pesan;
		this.clock = clock;
		this.tx = tx;
		this.benih = DataCsv.baca(new ClassPathResource("satudata/metadata-modul.csv")).stream()
			.collect(Collectors.toUnmodifiableMap(r -> r.get("kode_modul"), Function.identity()));
	}

	@EventListener(ApplicationReadyEvent.class)
	void saatSiap() {
		jalankan(true);
	}

	@Scheduled(fixedDelayString = "${kc.satudata.interval-periksa:PT1H}", initialDelayString = "${kc.satudata.interval-periksa:PT1H}")
	void terjadwal() {
		jalankan(false);
	}

	/** A module whose query fails (its database down) must neither stop the start nor the scheduler: tried again later. */
	private void jalankan(boolean semua) {
		try {
			int n = segarkan(semua);
			if (n > 0) {
				log.info("Open data: {} module datasets registered or refreshed", n);
			}
		}
		catch (RuntimeException e) {
			log.warn("Open data: refreshing the module datasets failed, tried again at the next run", e);
		}
	}

	/**
	 * Registers or refreshes the modules' datasets ({@code semua}) or only those due; answers how many, 0 when another
	 * instance holds the run.
	 */
	int segarkan(boolean semua) {
		Integer n = tx.execute(s -> {
			if (!repo.kunciSegarkan()) {
				return 0;
			}
			Map<String, Instant> terakhir = repo.diubahModul();
			int jumlah = 0;
			for (DataTerbuka d : modul) {
				Instant kapan = terakhir.get(d.metadata().kode());
				if (semua || kapan == null || jatuhTempo(d.metadata().frekuensi(), kapan)) {
					daftarkan(d);
					jumlah++;
				}
			}
			return jumlah;
		});
		return n == null ? 0 : n;
	}

	private boolean jatuhTempo(Frekuensi f, Instant terakhir) {
		ZonedDateTime berikut = Waktu.wita(terakhir).plus(jarak(f));
		return !berikut.toInstant().isAfter(clock.instant());
	}

	static TemporalAmount jarak(Frekuensi f) {
		return switch (f) {
			case HARIAN -> Duration.ofDays(1);
			case MINGGUAN -> Duration.ofDays(7);
			case BULANAN -> Period.ofMonths(1);
			case TRIWULANAN -> Period.ofMonths(3);
			case TAHUNAN -> Period.ofYears(1);
		};
	}

	private void daftarkan(DataTerbuka d) {
		DataTerbuka.Metadata m = d.metadata();
		CSVRecord b = benih.get(m.kode());
		Opd produsen = opd.cariSingkatan(b == null ? m.penerbit() : b.get("produsen"))
			.or(() -> opd.cariSingkatan(kota.walidata()))
			.orElseThrow(() -> new IllegalStateException("no agency for dataset " + m.kode() + ": check the agency list"));
		String keterangan = teks(m.kodeKeterangan());
		MetadataSatuData satuData = new MetadataSatuData(nilai(b, "konsep"), keterangan, nilai(b, "klasifikasi"), nilai(b, "satuan"),
				nilai(b, "kode_bps"), nilai(b, "kode_bappenas"), b == null ? TingkatWilayah.KABUPATEN_KOTA : TingkatWilayah.valueOf(b.get("tingkat_wilayah")),
				m.wilayah(), m.frekuensi(), nilai(b, "jadwal_rilis"));
		Dataset ds = katalog.simpan(new DatasetBaru(m.kode(), teks(m.kodeJudul()), keterangan, produsen.id(), List.of(m.tema()),
				m.kataKunci(), m.lisensi(), satuData, m.penerbit(), SumberDataset.MODUL, m.kode(), d.cakupanWaktu().orElse(null)));
		Instant sekarang = clock.instant();
		for (FormatData f : FormatData.values()) {
			repo.simpanSumberDaya(ds.id(), m.kode() + "." + f.ekstensi(), f.name(), f.jenisMedia(), KatalogData.alamat(m.kode(), f.ekstensi()),
					null, null, f.ordinal(), sekarang);
		}
	}

	/** Titles and descriptions in the catalogue are Indonesian, the base bundle. */
	private String teks(String kode) {
		return pesan.getMessage(kode, null, kode, Locale.ROOT);
	}

	private static String nilai(CSVRecord r, String kolom) {
		if (r == null) {
			return null;
		}
		String v = r.get(kolom);
		return v == null || v.isBlank() ? null : v.strip();
	}
}
