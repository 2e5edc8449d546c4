package id.kotacerdas.layanan.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.permohonan.MesinPermohonan;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * The catalogue's use cases: reading, and publishing a service's standard. Publishing checks the
 * whole definition at once, stores it, records it in the audit log and defines its flow in the
 * engine: a changed flow that applications already run in gets a new flow code (they keep theirs).
 */
@Service
class KatalogLayanan {

	private final LayananRepository repo;

	private final PengajuanRepository pengajuan;

	private final MesinPermohonan mesin;

	private final DaftarOpd opd;

	private final AuditLog audit;

	KatalogLayanan(LayananRepository repo, PengajuanRepository pengajuan, MesinPermohonan mesin, DaftarOpd opd, AuditLog audit) {
		this.repo = repo;
		this.pengajuan = pengajuan;
		this.mesin = mesin;
		this.opd = opd;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Optional<JenisLayanan> cari(String kode) {
		return repo.cari(kode);
	}

	@Transactional(readOnly = true)
	public Optional<JenisLayanan> cariId(long id) {
		return repo.cari(id);
	}

	/** An active service, or 404. */
	@Transactional(readOnly = true)
	public JenisLayanan muatAktif(String kode) {
		return repo.cari(kode).filter(JenisLayanan::aktif)
			.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("layanan.tidak-ditemukan", kode));
	}

	@Transactional(readOnly = true)
	public List<JenisLayanan> katalog(String kata, Tingkat tingkat, Long opdId) {
		return repo.katalog(kata, tingkat, opdId);
	}

	@Transactional(readOnly = true)
	public List<JenisLayanan> semua() {
		return repo.semua();
	}

	/**
	 * A new service or a new version of one (by its code), by Kominfo's administrator or the
	 * owning agency's (of the stored and of the new owner). {@code versi} is the version the editor
	 * saw; an outdated one answers 409.
	 */
	@Transactional
	public JenisLayanan simpan(JenisLayanan l, Staf staf) {
		Optional<JenisLayanan> lama = l.kode() == null ? Optional.empty() : repo.cari(l.kode());
		if (!staf.adminAtas(l.opdId()) || lama.isPresent() && !staf.adminAtas(lama.get().opdId())) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "layanan.galat.tidak-berwenang");
		}
		return terbitkan(l, lama);
	}

	/** The city's seed file: a service not stored yet is published; stored ones keep their later edits. */
	@Transactional
	public boolean muatBila(JenisLayanan l) {
		if (repo.cari(l.kode()).isPresent()) {
			return false;
		}
		terbitkan(l, Optional.empty());
		return true;
	}

	private JenisLayanan terbitkan(JenisLayanan l, Optional<JenisLayanan> lama) {
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		p.tambah(l.periksa());
		if (!opdAktif(l.opdId())) {
			p.tolak("opdId", "layanan.galat.opd");
		}
		for (int i = 0; i < l.langkah().size(); i++) {
			if (!opdAktif(l.langkah().get(i).opdId())) {
				p.tolak("langkah[" + i + "]", "layanan.galat.opd-langkah", i + 1);
			}
		}
		p.lempar();
		long id;
		if (lama.isPresent()) {
			JenisLayanan baru = new JenisLayanan(lama.get().id(), l.kode(), l.nama(), l.ringkasan(), l.tingkat(), l.opdId(), l.unit(),
					l.klasifikasi(), l.standar(), l.isian(), l.dokumen(), l.langkah(), lama.get().alurKode(), lama.get().alurVersi(), l.aktif(),
					l.versi());
			if (!repo.ubah(baru)) {
				throw new PermintaanDitolakException(HttpStatus.CONFLICT, "layanan.galat.versi");
			}
			id = baru.id();
		}
		else {
			id = repo.tambah(l);
		}
		JenisLayanan tersimpan = repo.cari(id).orElseThrow();
		tetapkanAlur(tersimpan, lama);
		audit.catat(lama.isPresent() ? "layanan.diubah" : "layanan.dibuat", "layanan", l.kode(), lama.orElse(null), tersimpan);
		return repo.cari(id).orElseThrow();
	}

	/**
	 * The engine's flow for new applications: the same code while its definition is unchanged or no
	 * application was filed in it (the engine then replaces it), else the next version's code.
	 * Deciding here, before calling, keeps the engine's 409 from spoiling this transaction.
	 */
	private void tetapkanAlur(JenisLayanan l, Optional<JenisLayanan> lama) {
		int versi = Math.max(1, l.alurVersi());
		boolean sama = lama.isPresent() && l.alurKode() != null
				&& lama.get().alur(l.alurKode()).equals(l.alur(l.alurKode()));
		if (l.alurKode() != null && !sama && pengajuan.alurDipakai(l.alurKode())) {
			versi++;
		}
		String kode = l.kodeAlur(versi);
		mesin.tetapkanAlur(l.alur(kode));
		repo.tetapkanAlur(l.id(), kode, versi);
	}

	private boolean opdAktif(long id) {
		return opd.cari(id).map(Opd::aktif).orElse(false);
	}

	/** The agencies that may own a service or a step, for forms. */
	List<Opd> opdAktif() {
		return new ArrayList<>(opd.semua().stream().filter(Opd::aktif).toList());
	}
}
