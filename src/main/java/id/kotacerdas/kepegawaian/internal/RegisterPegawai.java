package id.kotacerdas.kepegawaian.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.platform.Halaman;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * The employee register: the rules between fields (the NIP against the record's own birth date, sex
 * and appointment; each code in its reference list; an echelon only for a structural position),
 * unique NIP and NIK, who may see and change what ({@link AksesKepegawaian}), and the audit record of
 * every change and of every read of personal data by someone other than the employee.
 */
@Service
class RegisterPegawai {

	static final int UKURAN_HALAMAN = 20;

	private final PegawaiRepository repo;

	private final KatalogReferensi referensi;

	private final AksesKepegawaian akses;

	private final DaftarOpd daftarOpd;

	private final AuditLog audit;

	private final Clock clock;

	private final RiwayatRepository riwayat;

	private final KeluarDinas keluarDinas;

	private final AturanPegawai aturan;

	RegisterPegawai(PegawaiRepository repo, KatalogReferensi referensi, AksesKepegawaian akses, DaftarOpd daftarOpd, AuditLog audit,
			Clock clock, RiwayatRepository riwayat, KeluarDinas keluarDinas, AturanPegawai aturan) {
		this.aturan = aturan;
		this.riwayat = riwayat;
		this.keluarDinas = keluarDinas;
		this.repo = repo;
		this.referensi = referensi;
		this.akses = akses;
		this.daftarOpd = daftarOpd;
		this.audit = audit;
		this.clock = clock;
	}

	/** The records the staff member may see, filtered; another agency's are never among them. */
	Halaman<Pegawai> daftar(Staf staf, String cari, Long opdId, String jenisPegawai, String golongan, int halaman) {
		if (!akses.bolehMelihatDaftar(staf)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "kepegawaian.tidak-berwenang");
		}
		Long lingkup = akses.lingkup(staf);
		Long saring = lingkup != null ? lingkup : opdId;
		return repo.daftar(saring, kosongJadiNull(cari), kosongJadiNull(jenisPegawai), kosongJadiNull(golongan), Math.max(0, halaman),
				UKURAN_HALAMAN);
	}

	/** A record the staff member may see; one they may not is as unknown as a missing one. */
	Pegawai lihat(Staf staf, long id) {
		Pegawai p = repo.cari(id).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("kepegawaian.tidak-ada", id));
		if (!akses.bolehMelihat(staf, p)) {
			throw PermintaanDitolakException.tidakDitemukan("kepegawaian.tidak-ada", id);
		}
		return p;
	}

	/** The detail page's read: audited when someone other than the employee sees the personal data. */
	@Transactional
	Pegawai baca(Staf staf, long id) {
		Pegawai p = lihat(staf, id);
		if (akses.bolehMelihatPribadi(staf, p) && !akses.diriSendiri(staf, p)) {
			audit.catat("pegawai.dibaca", "pegawai", String.valueOf(id), null, Map.of("nip", p.nip()));
		}
		return p;
	}

	/** The full NIK, for those who need it; every look is audited, the employee's own too. */
	@Transactional
	String nikLengkap(Staf staf, long id) {
		Pegawai p = lihat(staf, id);
		if (!akses.bolehMelihatPribadi(staf, p)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "kepegawaian.tidak-berwenang");
		}
		audit.catat("pegawai.nik-dilihat", "pegawai", String.valueOf(id), null, Map.of("nip", p.nip()));
		return p.nik();
	}

	/** The staff member's own record, found by their account's NIP. */
	Optional<Pegawai> milik(Staf staf) {
		return staf.nip() == null ? Optional.empty() : repo.cariNip(staf.nip().nilai());
	}

	/** A new record, with its rank, position and education as its first history rows. */
	@Transactional
	Pegawai tambah(Staf staf, FormulirPegawai isian) {
		pengubah(staf);
		Pegawai data = periksa(isian, null);
		long id = repo.tambah(data, clock.instant());
		riwayat.tambahAwal(id, clock.instant(), staf.username());
		Pegawai baru = repo.cari(id).orElseThrow();
		audit.catat("pegawai.dibuat", "pegawai", String.valueOf(id), null, baru);
		return baru;
	}

	/** The values derived from the career history (rank, education, position, unit) stay as they are: a history row changes them. */
	@Transactional
	Pegawai ubah(Staf staf, long id, FormulirPegawai isian) {
		pengubah(staf);
		Pegawai lama = lihat(staf, id);
		isian.pakaiTurunan(lama);
		Pegawai data = periksa(isian, id);
		repo.ubah(id, data, clock.instant());
		Pegawai baru = repo.cari(id).orElseThrow();
		audit.catat("pegawai.diubah", "pegawai", String.valueOf(id), lama, baru);
		keluarDinas.periksa(lama, baru);
		return baru;
	}

	/** Every problem of the form at once, each under its field; the rules between fields are {@link AturanPegawai}'s. */
	private Pegawai periksa(FormulirPegawai f, Long id) {
		var pemeriksa = new IsianDitolakException.Pemeriksa();
		Pegawai p = f.jadi(id);
		for (AturanPegawai.Temuan t : aturan.periksa(p)) {
			pemeriksa.tolak(t.isian(), t.aturan().kunciFormulir(), t.argumen());
		}
		ada(pemeriksa, "jenisKelamin", KatalogReferensi.KELAMIN, f.getJenisKelamin());
		ada(pemeriksa, "agama", KatalogReferensi.AGAMA, f.getAgama());
		ada(pemeriksa, "statusKawin", KatalogReferensi.STATUS_KAWIN, f.getStatusKawin());
		ada(pemeriksa, "jenisPegawai", KatalogReferensi.JENIS_PEGAWAI, f.getJenisPegawai());
		ada(pemeriksa, "kedudukanHukum", KatalogReferensi.KEDUDUKAN_HUKUM, f.getKedudukanHukum());
		ada(pemeriksa, "pendidikan", KatalogReferensi.PENDIDIKAN, f.getPendidikan());
		ada(pemeriksa, "jenisJabatan", KatalogReferensi.JENIS_JABATAN, f.getJenisJabatan());
		ada(pemeriksa, "eselon", KatalogReferensi.ESELON, f.getEselon());
		if (daftarOpd.cari(f.getOpdId()).isEmpty()) {
			pemeriksa.tolak("opdId", "kepegawaian.opd-tidak-ada");
		}
		if (pemeriksa.sah("nip") && repo.dipakaiLain("nip", p.nip(), id == null ? 0 : id)) {
			pemeriksa.bentrok("nip", "kepegawaian.nip.ganda");
		}
		if (pemeriksa.sah("nik") && repo.dipakaiLain("nik", p.nik(), id == null ? 0 : id)) {
			pemeriksa.bentrok("nik", "kepegawaian.nik.ganda");
		}
		pemeriksa.lempar();
		return p;
	}

	private void ada(IsianDitolakException.Pemeriksa pemeriksa, String isian, String jenis, String kode) {
		if (referensi.cari(jenis, kode).isEmpty()) {
			pemeriksa.tolak(isian, "kepegawaian.pilihan-tidak-ada");
		}
	}

	private void pengubah(Staf staf) {
		if (!akses.bolehMengubah(staf)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "kepegawaian.tidak-berwenang");
		}
	}

	private static String kosongJadiNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
