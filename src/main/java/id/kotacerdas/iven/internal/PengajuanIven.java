package id.kotacerdas.iven.internal;

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
import id.kotacerdas.permohonan.RingkasanPermohonan;
import id.kotacerdas.permohonan.TautanPemohon;
import id.kotacerdas.permohonan.TautanStaf;

/**
 * The submission's way on the staged-application engine: one step, review by Dinas Pariwisata, who approves (the
 * event is published) or returns it with a reason (the submitter resubmits through the engine's private page).
 */
@Component
class PengajuanIven implements TautanStaf {

	private static final Logger log = LoggerFactory.getLogger(PengajuanIven.class);

	/** What the reviewer checks, and names on a return. */
	static final List<String> PERSYARATAN = List.of("Judul dan deskripsi acara", "Tanggal dan jam di WITA", "Tempat dan titik peta",
			"Penyelenggara dan kontak", "Poster acara", "Izin keramaian dari kepolisian, bila perlu");

	private final MesinPermohonan mesin;

	private final RegisterIven register;

	private final AcaraRepository repo;

	private final IvenProperties properti;

	PengajuanIven(MesinPermohonan mesin, RegisterIven register, AcaraRepository repo, IvenProperties properti) {
		this.mesin = mesin;
		this.register = register;
		this.repo = repo;
		this.properti = properti;
	}

	/** Before any demo data (order 210 on) files submissions. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(150)
	public void tetapkanAlur() {
		Opd opd = register.opdPariwisata().orElse(null);
		if (opd == null) {
			log.warn("No agency '{}' (kc.iven.opd): event submissions are not open", properti.opd());
			return;
		}
		mesin.tetapkanAlur(AlurBaru.satuTahap(RegisterIven.ALUR, "Pengajuan acara kelurahan", "iven", "Persetujuan Dinas Pariwisata", opd.id(),
				properti.batasHariKerja(), PERSYARATAN));
	}

	@ApplicationModuleListener
	void berubah(PermohonanBerubah e) {
		if (!"iven".equals(e.konsumenModul())) {
			return;
		}
		switch (e.status()) {
			case SELESAI -> register.ikutiPermohonan(e.kode(), StatusAcara.DIJADWALKAN);
			case DITOLAK -> register.ikutiPermohonan(e.kode(), StatusAcara.DITOLAK);
			case DIBATALKAN -> register.ikutiPermohonan(e.kode(), StatusAcara.DITARIK);
			case DIPROSES, DIKEMBALIKAN -> {
			}
		}
	}

	/** The reviewer's view of the event on the engine's page. */
	@Override
	public List<TautanPemohon.Tautan> tautan(RingkasanPermohonan p) {
		if (!RegisterIven.ALUR.equals(p.alurKode())) {
			return List.of();
		}
		return repo.cariPermohonan(p.kode()).map(a -> List.of(new TautanPemohon.Tautan("iven.tautan-staf", "/staf/iven/" + a.id())))
			.orElse(List.of());
	}
}
