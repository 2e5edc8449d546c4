package id.kotacerdas.kepegawaian.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;

/**
 * The agencies' organisation trees: who may read and keep them, their changes (audited), and the
 * direct superior of an employee. Read by those who may read the agency's employee register; kept
 * by the agency's administrator, the personnel agency (BKPPD) and Kominfo.
 */
@Service
class OrganisasiService {

	private static final int PANJANG_NAMA_MAKS = 200;

	private final OrganisasiRepository repo;

	private final AksesKepegawaian akses;

	private final KatalogReferensi referensi;

	private final DaftarOpd daftarOpd;

	private final AuditLog audit;

	private final Clock clock;

	OrganisasiService(OrganisasiRepository repo, AksesKepegawaian akses, KatalogReferensi referensi, DaftarOpd daftarOpd, AuditLog audit,
			Clock clock) {
		this.repo = repo;
		this.akses = akses;
		this.referensi = referensi;
		this.daftarOpd = daftarOpd;
		this.audit = audit;
		this.clock = clock;
	}

	LocalDate hariIni() {
		return LocalDate.now(clock.withZone(Waktu.WITA));
	}

	boolean bolehMelihat(Staf staf, long opdId) {
		Long lingkup = akses.lingkup(staf);
		return akses.bolehMelihatDaftar(staf) && (lingkup == null || lingkup == opdId);
	}

	boolean bolehMengubah(Staf staf, long opdId) {
		return staf.adminAtas(opdId) || akses.bolehMengubah(staf);
	}

	/** The tree of an agency the staff member may read; another agency's is as unknown as a missing one. */
	StrukturOrganisasi baca(Staf staf, long opdId) {
		if (daftarOpd.cari(opdId).isEmpty() || !bolehMelihat(staf, opdId)) {
			throw PermintaanDitolakException.tidakDitemukan("organisasi.opd-tidak-ada");
		}
		return repo.struktur(opdId);
	}

	/** The direct superior of the employee on the day, from the tree of their agency. */
	Optional<StrukturOrganisasi.Atasan> atasan(long pegawaiId, LocalDate hari) {
		return repo.opdPegawai(pegawaiId).flatMap(opd -> repo.struktur(opd).atasanLangsung(pegawaiId, hari));
	}

	@Transactional
	UnitKerja tambahUnit(Staf staf, long opdId, Long indukId, String nama) {
		StrukturOrganisasi s = untukDiubah(staf, opdId);
		IsianDitolakException.Pemeriksa periksa = new IsianDitolakException.Pemeriksa();
		String n = nama(nama, periksa);
		if (indukId != null && s.unit().stream().noneMatch(u -> u.id() == indukId)) {
			periksa.tolak("indukId", "organisasi.unit-tidak-ada");
		}
		periksa.lempar();
		try {
			long id = repo.tambahUnit(opdId, indukId, n);
			UnitKerja u = new UnitKerja(id, opdId, indukId, n);
			audit.catat("unit-kerja.dibuat", "unit-kerja", String.valueOf(id), null, u);
			return u;
		}
		catch (DuplicateKeyException ex) {
			new IsianDitolakException.Pemeriksa().bentrok("nama", "organisasi.unit-sudah-ada", n).lempar();
			throw ex;
		}
	}

	/** A new position ({@code id} null) or a change of one: its unit, name, type, echelon and superior position. */
	@Transactional
	Jabatan simpanJabatan(Staf staf, long opdId, Long id, Long unitId, String nama, String jenisJabatan, String eselon, Long atasanId) {
		StrukturOrganisasi s = untukDiubah(staf, opdId);
		Jabatan sebelum = id == null ? null
				: s.jabatan(id).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("organisasi.jabatan-tidak-ada"));
		IsianDitolakException.Pemeriksa periksa = new IsianDitolakException.Pemeriksa();
		String n = nama(nama, periksa);
		if (unitId == null || s.unit().stream().noneMatch(u -> u.id() == unitId)) {
			periksa.tolak("unitId", "organisasi.unit-tidak-ada");
		}
		if (jenisJabatan == null || referensi.cari(KatalogReferensi.JENIS_JABATAN, jenisJabatan).isEmpty()) {
			periksa.tolak("jenisJabatan", "organisasi.jenis-wajib");
		}
		String es = eselon == null || eselon.isBlank() ? KatalogReferensi.NON_ESELON : eselon;
		if (referensi.cari(KatalogReferensi.ESELON, es).isEmpty()
				|| (!KatalogReferensi.STRUKTURAL.equals(jenisJabatan) && !KatalogReferensi.NON_ESELON.equals(es))) {
			periksa.tolak("eselon", "kepegawaian.eselon.hanya-struktural");
		}
		if (atasanId != null && (s.jabatan(atasanId).isEmpty() || (id != null && s.diBawah(atasanId, id)))) {
			periksa.tolak("atasanId", "organisasi.atasan-tidak-sah");
		}
		periksa.lempar();
		long jabatanId = id == null ? repo.tambahJabatan(opdId, unitId, n, jenisJabatan, es, atasanId) : id;
		if (id != null) {
			repo.ubahJabatan(id, unitId, n, jenisJabatan, es, atasanId);
		}
		Jabatan sesudah = new Jabatan(jabatanId, opdId, unitId, n, jenisJabatan, es, atasanId);
		audit.catat(id == null ? "jabatan.dibuat" : "jabatan.diubah", "jabatan", String.valueOf(jabatanId), sebelum, sesudah);
		return sesudah;
	}

	/**
	 * Gives a position to an employee of the agency: definitively from {@code mulai} (the position must
	 * be vacant then, and the employee holds no other definitively), or acting (Plt/Plh) for a period.
	 */
	@Transactional
	PemangkuJabatan angkat(Staf staf, long opdId, long jabatanId, String nip, JenisPemangku jenis, LocalDate mulai, LocalDate selesai,
			String nomorSk) {
		StrukturOrganisasi s = untukDiubah(staf, opdId);
		if (s.jabatan(jabatanId).isEmpty()) {
			throw PermintaanDitolakException.tidakDitemukan("organisasi.jabatan-tidak-ada");
		}
		IsianDitolakException.Pemeriksa periksa = new IsianDitolakException.Pemeriksa();
		Pegawai p = nip == null ? null : repo.pegawaiNip(nip.replaceAll("\\D", "")).filter(x -> x.opdId() != null && x.opdId() == opdId).orElse(null);
		if (p == null) {
			periksa.tolak("nip", "organisasi.pegawai-bukan-opd");
		}
		if (jenis == null) {
			periksa.tolak("jenis", "organisasi.jenis-pemangku-wajib");
		}
		if (mulai == null) {
			periksa.tolak("mulai", "organisasi.mulai-wajib");
		}
		else if (selesai != null && selesai.isBefore(mulai)) {
			periksa.tolak("selesai", "organisasi.selesai-sebelum-mulai");
		}
		if (jenis != null && !jenis.definitif() && selesai == null) {
			periksa.tolak("selesai", "organisasi.periode-wajib");
		}
		periksa.lempar();
		if (jenis.definitif()) {
			if (s.pemangkuPada(jabatanId, mulai).stream().anyMatch(x -> x.jenis().definitif())) {
				periksa.bentrok("jabatanId", "organisasi.sudah-ada-definitif");
			}
			if (s.jabatanDefinitif(p.id(), mulai).isPresent()) {
				periksa.bentrok("nip", "organisasi.pegawai-sudah-menjabat", p.namaLengkap());
			}
			periksa.lempar();
		}
		try {
			long id = repo.tambahPemangku(jabatanId, p.id(), jenis, mulai, selesai, kosong(nomorSk));
			PemangkuJabatan baru = new PemangkuJabatan(id, jabatanId, p.id(), jenis, mulai, selesai, kosong(nomorSk));
			audit.catat("jabatan.pemangku-diangkat", "jabatan", String.valueOf(jabatanId), null, baru);
			return baru;
		}
		catch (DuplicateKeyException ex) {
			new IsianDitolakException.Pemeriksa().bentrok("jabatanId", "organisasi.sudah-ada-definitif").lempar();
			throw ex;
		}
	}

	/** Ends a holding on {@code selesai} (the last day held). */
	@Transactional
	void akhiri(Staf staf, long opdId, long jabatanId, long pemangkuId, LocalDate selesai) {
		StrukturOrganisasi s = untukDiubah(staf, opdId);
		PemangkuJabatan p = s.riwayatPemangku(jabatanId).stream().filter(x -> x.id() == pemangkuId).findFirst()
			.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("organisasi.jabatan-tidak-ada"));
		if (selesai == null || selesai.isBefore(p.mulai())) {
			new IsianDitolakException.Pemeriksa().tolak("selesai", "organisasi.selesai-sebelum-mulai").lempar();
		}
		repo.akhiriPemangku(pemangkuId, selesai);
		audit.catat("jabatan.pemangku-berakhir", "jabatan", String.valueOf(jabatanId), p,
				new PemangkuJabatan(p.id(), p.jabatanId(), p.pegawaiId(), p.jenis(), p.mulai(), selesai, p.nomorSk()));
	}

	private StrukturOrganisasi untukDiubah(Staf staf, long opdId) {
		if (daftarOpd.cari(opdId).isEmpty()) {
			throw PermintaanDitolakException.tidakDitemukan("organisasi.opd-tidak-ada");
		}
		if (!bolehMengubah(staf, opdId)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "kepegawaian.tidak-berwenang");
		}
		return repo.struktur(opdId);
	}

	private static String nama(String nama, IsianDitolakException.Pemeriksa periksa) {
		String n = nama == null ? "" : nama.strip();
		if (n.isEmpty() || n.length() > PANJANG_NAMA_MAKS) {
			periksa.tolak("nama", "organisasi.nama-wajib", PANJANG_NAMA_MAKS);
		}
		return n;
	}

	private static String kosong(String teks) {
		return teks == null || teks.isBlank() ? null : teks.strip();
	}

	/** The employees of the agency by id, to name holders. */
	Map<Long, Pegawai> pegawai(long opdId) {
		return repo.pegawaiOpd(opdId).stream().collect(Collectors.toMap(Pegawai::id, p -> p));
	}
}
