package id.kotacerdas.opd.internal;

import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.opd.OpdDitambahkan;
import id.kotacerdas.platform.DataCsv;
import id.kotacerdas.platform.KotaProperties;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.PermintaanDitolakException;

@Service
class OpdService implements DaftarOpd {

	private static final Logger log = LoggerFactory.getLogger(OpdService.class);

	private static final int PANJANG_NAMA_MAKS = 200;

	private static final int PANJANG_SINGKATAN_MAKS = 60;

	private static final int PANJANG_KODE_MAKS = 20;

	static final List<String> JENIS = List.of("sekretariat", "inspektorat", "dinas", "badan", "kecamatan", "rsud", "lainnya");

	private final OpdRepository repo;

	private final AuditLog audit;

	private final KotaProperties kota;

	private final ApplicationEventPublisher events;

	OpdService(OpdRepository repo, AuditLog audit, KotaProperties kota, ApplicationEventPublisher events,
			PlatformTransactionManager tx) {
		this.repo = repo;
		this.audit = audit;
		this.kota = kota;
		this.events = events;
		new TransactionTemplate(tx).executeWithoutResult(status -> seedBilaKosong());
	}

	/** Agencies are editable records: the file seeds an empty table once, later edits win. */
	private void seedBilaKosong() {
		if (!repo.kosong()) {
			return;
		}
		List<CSVRecord> baris = DataCsv.baca(kota.opdCsv());
		for (CSVRecord r : baris) {
			repo.tambah(r.get("nama"), kosongJadiNull(r.get("singkatan")), r.get("jenis"), kosongJadiNull(r.get("kode_wilayah")), true);
		}
		log.info("Loaded {} agencies of {}", baris.size(), kota.nama());
	}

	@Override
	public List<Opd> semua() {
		return repo.semua();
	}

	@Override
	public Optional<Opd> cari(long id) {
		return repo.cari(id);
	}

	@Override
	public Optional<Opd> cariSingkatan(String singkatan) {
		return repo.cariSingkatan(singkatan);
	}

	@Transactional
	public Opd simpan(Long id, String nama, String singkatan, String jenis, String kodeWilayah, boolean aktif) {
		Opd ada = id == null ? null : cari(id).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("opd.tidak-ditemukan"));
		IsianDitolakException.Pemeriksa periksa = new IsianDitolakException.Pemeriksa();
		if (nama == null || nama.isBlank() || nama.length() > PANJANG_NAMA_MAKS) {
			periksa.tolak("nama", "opd.nama-wajib", PANJANG_NAMA_MAKS);
		}
		else if (repo.namaDipakai(nama.strip(), ada == null ? 0 : ada.id())) {
			periksa.bentrok("nama", "opd.nama-sudah-ada");
		}
		String singkat = kosongJadiNull(singkatan);
		if (singkat != null && singkat.length() > PANJANG_SINGKATAN_MAKS) {
			periksa.tolak("singkatan", "opd.singkatan-terlalu-panjang", PANJANG_SINGKATAN_MAKS);
		}
		else if (singkat != null && repo.singkatanDipakai(singkat, ada == null ? 0 : ada.id())) {
			periksa.bentrok("singkatan", "opd.singkatan-sudah-ada");
		}
		if (!JENIS.contains(jenis)) {
			periksa.tolak("jenis", "opd.jenis-tidak-valid");
		}
		String kode = kosongJadiNull(kodeWilayah);
		if (kode != null && kode.length() > PANJANG_KODE_MAKS) {
			periksa.tolak("kodeWilayah", "opd.kode-wilayah-tidak-valid", PANJANG_KODE_MAKS);
		}
		periksa.lempar();
		try {
			if (id == null) {
				long baru = repo.tambah(nama.strip(), kosongJadiNull(singkatan), jenis, kosongJadiNull(kodeWilayah), aktif);
				Opd dibuat = cari(baru).orElseThrow();
				audit.catat("opd.dibuat", "opd", String.valueOf(baru), null, dibuat);
				events.publishEvent(new OpdDitambahkan(baru));
				return dibuat;
			}
			Opd sebelum = ada;
			repo.ubah(id, nama.strip(), kosongJadiNull(singkatan), jenis, kosongJadiNull(kodeWilayah), aktif);
			Opd sesudah = cari(id).orElseThrow();
			audit.catat("opd.diubah", "opd", String.valueOf(id), sebelum, sesudah);
			return sesudah;
		}
		catch (DuplicateKeyException ex) {
			// saved by someone else between the checks above and this statement
			new IsianDitolakException.Pemeriksa().bentrok("nama", "opd.sudah-ada").lempar();
			throw ex;
		}
	}

	private static String kosongJadiNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
