package id.kotacerdas.umkm.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.kotacerdas.opd.Opd;
import id.kotacerdas.permohonan.AlurBaru;
import id.kotacerdas.permohonan.MesinPermohonan;
import id.kotacerdas.permohonan.PermohonanBerubah;

/**
 * The registration's way on the staged-application engine: one step, verification by the cooperatives and SME
 * agency; the business becomes active when the engine reports the application completed, and is closed when it
 * is rejected or withdrawn.
 */
@Component
class PendaftaranUmkm {

	private static final Logger log = LoggerFactory.getLogger(PendaftaranUmkm.class);

	/** What the verifier checks, and names on a return. */
	static final List<String> PERSYARATAN = List.of("NIK pemilik sesuai KTP-el", "Nama dan alamat usaha", "Titik lokasi usaha",
			"Bidang usaha (KBLI)", "NIB dari OSS, bila ada", "NMID QRIS, bila menerima QRIS");

	private final MesinPermohonan mesin;

	private final RegisterUmkm register;

	private final UsahaRepository repo;

	private final UmkmProperties properti;

	PendaftaranUmkm(MesinPermohonan mesin, RegisterUmkm register, UsahaRepository repo, UmkmProperties properti) {
		this.mesin = mesin;
		this.register = register;
		this.repo = repo;
		this.properti = properti;
	}

	/** Before any demo data (order 210 on) files registrations. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(150)
	public void tetapkanAlur() {
		Opd opd = register.opdVerifikasi().orElse(null);
		if (opd == null) {
			log.warn("No agency '{}' (kc.umkm.opd): UMKM registration is not open", properti.opd());
			return;
		}
		mesin.tetapkanAlur(AlurBaru.satuTahap(RegisterUmkm.ALUR, "Pendaftaran UMKM", "umkm", "Verifikasi data usaha", opd.id(),
				properti.batasHariKerja(), PERSYARATAN));
	}

	@ApplicationModuleListener
	void berubah(PermohonanBerubah e) {
		if (!"umkm".equals(e.konsumenModul()) || e.konsumenRefPermohonan() == null) {
			return;
		}
		long id = Long.parseLong(e.konsumenRefPermohonan());
		switch (e.status()) {
			case SELESAI -> repo.selesaikan(id, StatusUsaha.AKTIF, e.waktu());
			case DITOLAK -> repo.selesaikan(id, StatusUsaha.DITOLAK, e.waktu());
			case DIBATALKAN -> repo.selesaikan(id, StatusUsaha.DIBATALKAN, e.waktu());
			case DIPROSES, DIKEMBALIKAN -> {
			}
		}
	}
}
