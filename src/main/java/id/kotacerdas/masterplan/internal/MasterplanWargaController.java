package id.kotacerdas.masterplan.internal;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import id.kotacerdas.berkas.LayananBerkas;
import id.kotacerdas.platform.PermintaanDitolakException;

/** The citizens' masterplan dashboard: only values with a source or a verified proof, each shown with it. */
@Controller
class MasterplanWargaController {

	private static final Duration SIMPAN_BUKTI = Duration.ofDays(1);

	private final TampilanMasterplan tampilan;

	private final MasterplanRepository repo;

	private final LayananBerkas berkas;

	MasterplanWargaController(TampilanMasterplan tampilan, MasterplanRepository repo, LayananBerkas berkas) {
		this.tampilan = tampilan;
		this.repo = repo;
		this.berkas = berkas;
	}

	@GetMapping("/masterplan")
	String dasbor(@RequestParam(required = false) String tahun, Model model) {
		tampilan.dasbor(tahun, false, model);
		return "masterplan/dasbor";
	}

	@GetMapping("/masterplan/indikator/{kode}")
	String indikator(@PathVariable String kode, @RequestParam(required = false) String tahun, Model model) {
		tampilan.indikator(kode, tahun, false, model);
		return "masterplan/indikator";
	}

	/** A verified value's proof; one not verified (yet) is not public. */
	@GetMapping("/masterplan/bukti/{id}")
	ResponseEntity<byte[]> bukti(@PathVariable long id) {
		NilaiIsian n = repo.cariIsian(id).filter(i -> i.status() == NilaiIsian.Status.TERVERIFIKASI)
			.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("masterplan.isian.tidak-ada"));
		return berkas.baca(n.berkasId()).jawaban(CacheControl.maxAge(SIMPAN_BUKTI).cachePublic());
	}
}
