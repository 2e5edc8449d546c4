package id.kotacerdas.akun.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.akun.TimTrc;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.opd.OpdDitambahkan;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.wilayah.Wilayah;

@Service
class TimService {

	private static final Logger log = LoggerFactory.getLogger(TimService.class);

	private static final int PANJANG_NAMA_MAKS = 200;

	private final TimRepository repo;

	private final DaftarOpd opd;

	private final Wilayah wilayah;

	private final AuditLog audit;

	TimService(TimRepository repo, DaftarOpd opd, Wilayah wilayah, AuditLog audit) {
		this.repo = repo;
		this.opd = opd;
		this.wilayah = wilayah;
		this.audit = audit;
	}

	List<TimTrc> terlihatOleh(Staf aktor) {
		Long lingkup = aktor.lingkupOpd();
		return lingkup == null ? repo.semua() : repo.milikOpd(lingkup);
	}

	TimTrc untukDikelola(Staf aktor, long id) {
		TimTrc t = repo.cari(id).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("akun.tim-tidak-ditemukan"));
		periksaWewenang(aktor, t.opdId());
		return t;
	}

	@Transactional
	TimTrc simpan(Staf aktor, Long id, Long opdId, String nama, Set<String> cakupan, boolean utama) {
		TimTrc sebelum = id == null ? null : untukDikelola(aktor, id);
		IsianDitolakException.Pemeriksa periksa = new IsianDitolakException.Pemeriksa();
		if (opdId == null || opd.cari(opdId).isEmpty()) {
			periksa.tolak("opdId", "akun.tim-opd-wajib");
		}
		else {
			periksaWewenang(aktor, opdId);
			if (sebelum != null && sebelum.opdId() != opdId) {
				periksa.tolak("opdId", "akun.tim-pindah-opd");
			}
		}
		if (nama == null || nama.isBlank() || nama.length() > PANJANG_NAMA_MAKS) {
			periksa.tolak("nama", "akun.tim-nama-wajib", PANJANG_NAMA_MAKS);
		}
		Set<String> kode = cakupan.stream().filter(k -> !k.isBlank()).map(String::strip).collect(Collectors.toCollection(java.util.TreeSet::new));
		kode.stream().filter(k -> wilayah.kelurahan(k).isEmpty() && wilayah.kecamatan(k).isEmpty()).findFirst()
			.ifPresent(k -> periksa.tolak("wilayah", "akun.wilayah-tidak-dikenal", k));
		periksa.lempar();
		if (utama) {
			repo.lepasUtama(opdId);
		}
		try {
			long timId = id == null ? repo.tambah(opdId, nama.strip(), kode, utama) : id;
			if (id != null) {
				repo.ubah(id, nama.strip(), kode, utama);
			}
			TimTrc sesudah = repo.cari(timId).orElseThrow();
			audit.catat(id == null ? "tim.dibuat" : "tim.diubah", "tim", String.valueOf(timId), sebelum, sesudah);
			return sesudah;
		}
		catch (DuplicateKeyException ex) {
			new IsianDitolakException.Pemeriksa().bentrok("nama", "akun.tim-sudah-ada", nama.strip()).lempar();
			throw ex;
		}
	}

	/** Every agency gets a default team, so complaints routed to it always land somewhere. */
	@EventListener(ApplicationStartedEvent.class) // before the demo data and other ready-time work
	@Transactional
	public void lengkapiTimUtama() {
		for (long opdId : repo.opdTanpaTim()) {
			buatTimUtama(opd.cari(opdId).orElseThrow());
		}
	}

	@org.springframework.modulith.events.ApplicationModuleListener
	public void on(OpdDitambahkan event) {
		opd.cari(event.opdId()).ifPresent(this::buatTimUtama);
	}

	private void buatTimUtama(Opd o) {
		long id = repo.tambah(o.id(), "TRC " + o.namaPendek(), Set.of(), true);
		audit.catat("tim.dibuat", "tim", String.valueOf(id), null, repo.cari(id).orElseThrow());
		log.debug("Default team created for {}", o.nama());
	}

	private static void periksaWewenang(Staf aktor, long opdId) {
		if (!aktor.adminAtas(opdId)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "akun.tidak-berwenang");
		}
	}
}
