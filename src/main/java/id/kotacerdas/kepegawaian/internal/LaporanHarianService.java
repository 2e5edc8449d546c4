package id.kotacerdas.kepegawaian.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.berkas.BerkasBaru;
import id.kotacerdas.berkas.LayananBerkas;
import id.kotacerdas.berkas.Pemilik;
import id.kotacerdas.kepegawaian.internal.PenilaianPerilaku.NilaiBerakhlak;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;

/**
 * Daily work reports: the employee files them (once per id their phone made, however often the
 * phone sends), their direct superior from the organisation tree approves or returns them, and
 * rates the month's work behaviour. Photos go through {@code berkas}: stored before the
 * transaction, registered in it.
 */
@Service
class LaporanHarianService {

	static final Pemilik PEMILIK_FOTO = new Pemilik("kepegawaian", "laporan-harian");

	/** How many days back a report may be dated: a draft written offline is sent the next days. */
	static final int HARI_MUNDUR_MAKS = 7;

	/** The employee's own list shows this many of their latest reports. */
	static final int DAFTAR_SAYA = 30;

	/** What the employee's phone sends. */
	record LaporanBaru(UUID idKlien, LocalDate tanggal, JenisLaporan jenis, String uraian, Double lat, Double lon) {
	}

	private final LaporanHarianRepository repo;

	private final PenilaianPerilakuRepository penilaian;

	private final OrganisasiService organisasi;

	private final OrganisasiRepository orgRepo;

	private final LayananBerkas berkas;

	private final AuditLog audit;

	private final TransactionTemplate tx;

	private final Clock clock;

	LaporanHarianService(LaporanHarianRepository repo, PenilaianPerilakuRepository penilaian, OrganisasiService organisasi,
			OrganisasiRepository orgRepo, LayananBerkas berkas, AuditLog audit, TransactionTemplate tx, Clock clock) {
		this.repo = repo;
		this.penilaian = penilaian;
		this.organisasi = organisasi;
		this.orgRepo = orgRepo;
		this.berkas = berkas;
		this.audit = audit;
		this.tx = tx;
		this.clock = clock;
	}

	/** The signed-in person's employee record, by their account's NIP. */
	Optional<Pegawai> pegawaiSaya(Staf staf) {
		return staf.nip() == null || !staf.aktif() ? Optional.empty() : orgRepo.pegawaiNip(staf.nip().nilai());
	}

	private Pegawai wajibPegawai(Staf staf) {
		return pegawaiSaya(staf).orElseThrow(() -> new PermintaanDitolakException(HttpStatus.FORBIDDEN, "laporan-harian.belum-terhubung"));
	}

	LocalDate hariIni() {
		return LocalDate.now(clock.withZone(Waktu.WITA));
	}

	/**
	 * Files a report. The same {@code idKlien} sent again (the answer was lost on the way) gives the
	 * report stored the first time and stores nothing, not even the photo.
	 */
	LaporanHarian ajukan(Staf staf, LaporanBaru baru, List<byte[]> foto) {
		Pegawai p = wajibPegawai(staf);
		if (baru.idKlien() != null) {
			Optional<LaporanHarian> ada = sudahAda(p, baru.idKlien());
			if (ada.isPresent()) {
				return ada.get();
			}
		}
		IsianDitolakException.Pemeriksa periksa = new IsianDitolakException.Pemeriksa();
		if (baru.idKlien() == null) {
			periksa.tolak("idKlien", "laporan-harian.id-wajib");
		}
		if (baru.jenis() == null) {
			periksa.tolak("jenis", "laporan-harian.jenis-wajib");
		}
		periksaUraian(baru.uraian(), periksa);
		LocalDate hariIni = hariIni();
		LocalDate tanggal = baru.tanggal() == null ? hariIni : baru.tanggal();
		if (tanggal.isAfter(hariIni) || tanggal.isBefore(hariIni.minusDays(HARI_MUNDUR_MAKS))) {
			periksa.tolak("tanggal", "laporan-harian.tanggal-di-luar", HARI_MUNDUR_MAKS);
		}
		if ((baru.lat() == null) != (baru.lon() == null) || (baru.lat() != null && !(Math.abs(baru.lat()) <= 90 && Math.abs(baru.lon()) <= 180))) {
			periksa.tolak("lokasi", "laporan-harian.lokasi-tidak-sah");
		}
		if (foto.size() > 1) {
			periksa.tolak("foto", "laporan-harian.satu-foto");
		}
		periksa.lempar();
		BerkasBaru f = foto.isEmpty() ? null : berkas.simpanFoto(PEMILIK_FOTO, foto).get(0);
		LaporanHarian l = new LaporanHarian(null, baru.idKlien(), p.id(), p.opdId(), tanggal, baru.jenis(), baru.uraian().strip(),
				f == null ? null : f.berkas().id(), baru.lat(), baru.lon(), StatusLaporan.DIAJUKAN, null, 0, null, null, clock.instant());
		try {
			return tx.execute(s -> {
				long id = repo.tambah(l);
				if (f != null) {
					berkas.catat(f);
				}
				return repo.cari(id).orElseThrow();
			});
		}
		catch (DuplicateKeyException ex) {
			// the same report sent twice at once: the other request stored it (its photo copy is swept)
			return sudahAda(p, baru.idKlien()).orElseThrow(() -> ex);
		}
	}

	private Optional<LaporanHarian> sudahAda(Pegawai p, UUID idKlien) {
		Optional<LaporanHarian> ada = repo.cariIdKlien(idKlien);
		if (ada.isPresent() && ada.get().pegawaiId() != p.id()) {
			throw new PermintaanDitolakException(HttpStatus.CONFLICT, "laporan-harian.id-dipakai");
		}
		return ada;
	}

	/**
	 * The fixed report, filed again after a return. {@code revisi} is the refiling the phone read: if
	 * the report is past it already (the same refiling sent twice), that is the answer.
	 */
	LaporanHarian ajukanUlang(Staf staf, long id, int revisi, String uraian, List<byte[]> foto) {
		Pegawai p = wajibPegawai(staf);
		LaporanHarian l = repo.cari(id).filter(x -> x.pegawaiId() == p.id())
			.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("laporan-harian.tidak-ada"));
		if (l.revisi() > revisi) {
			return l;
		}
		IsianDitolakException.Pemeriksa periksa = new IsianDitolakException.Pemeriksa();
		periksaUraian(uraian, periksa);
		if (foto.size() > 1) {
			periksa.tolak("foto", "laporan-harian.satu-foto");
		}
		periksa.lempar();
		if (l.status() != StatusLaporan.DIKEMBALIKAN) {
			throw new PermintaanDitolakException(HttpStatus.CONFLICT, "laporan-harian.tidak-dikembalikan");
		}
		BerkasBaru f = foto.isEmpty() ? null : berkas.simpanFoto(PEMILIK_FOTO, foto).get(0);
		LaporanHarian sesudah = l.ajukanUlang(uraian.strip(), f == null ? null : f.berkas().id(), clock.instant());
		return tx.execute(s -> {
			if (!repo.ubah(l, sesudah)) {
				throw new PermintaanDitolakException(HttpStatus.CONFLICT, "laporan-harian.berubah");
			}
			if (f != null) {
				berkas.catat(f);
				if (l.foto() != null) {
					berkas.hapus(l.foto());
				}
			}
			return sesudah;
		});
	}

	LaporanHarian setujui(Staf staf, long id) {
		return nilai(staf, id, (l, penilai) -> l.setujui(penilai, clock.instant()), "laporan-harian.disetujui");
	}

	LaporanHarian kembalikan(Staf staf, long id, String alasan) {
		String a = alasan == null ? "" : alasan.strip();
		if (a.isEmpty() || a.length() > LaporanHarian.PANJANG_ALASAN_MAKS) {
			new IsianDitolakException.Pemeriksa().tolak("alasan", "laporan-harian.alasan-wajib", LaporanHarian.PANJANG_ALASAN_MAKS).lempar();
		}
		return nilai(staf, id, (l, penilai) -> l.kembalikan(penilai, a, clock.instant()), "laporan-harian.dikembalikan");
	}

	private LaporanHarian nilai(Staf staf, long id, BiFunction<LaporanHarian, Long, LaporanHarian> langkah, String aksi) {
		Pegawai penilai = wajibPegawai(staf);
		LaporanHarian l = repo.cari(id).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("laporan-harian.tidak-ada"));
		if (!atasanDari(penilai, l.pegawaiId())) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "laporan-harian.bukan-atasan");
		}
		LaporanHarian sesudah = langkah.apply(l, penilai.id());
		return tx.execute(s -> {
			if (!repo.ubah(l, sesudah)) {
				throw new PermintaanDitolakException(HttpStatus.CONFLICT, "laporan-harian.sudah-dinilai");
			}
			audit.catat(aksi, "laporan-harian", String.valueOf(id), l, sesudah);
			return sesudah;
		});
	}

	/** Whether {@code penilai} is the employee's direct superior today. */
	private boolean atasanDari(Pegawai penilai, long pegawaiId) {
		return organisasi.atasan(pegawaiId, hariIni()).map(a -> a.pegawaiId() == penilai.id()).orElse(false);
	}

	List<LaporanHarian> milikSaya(Staf staf) {
		return pegawaiSaya(staf).map(p -> repo.milik(p.id(), DAFTAR_SAYA)).orElse(List.of());
	}

	/** The signed-in person's direct subordinates today (from their agency's tree). */
	Set<Long> bawahan(Staf staf) {
		return pegawaiSaya(staf).filter(p -> p.opdId() != null)
			.map(p -> orgRepo.struktur(p.opdId()).bawahanLangsung(p.id(), hariIni()))
			.orElse(Set.of());
	}

	/** Reports waiting for the signed-in person's approval, the oldest first. */
	List<LaporanHarian> menungguPersetujuan(Staf staf) {
		return repo.menunggu(bawahan(staf));
	}

	/** A report, for its author, their superior and those who may read the agency's register. */
	LaporanHarian lihat(Staf staf, long id) {
		LaporanHarian l = repo.cari(id).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("laporan-harian.tidak-ada"));
		Optional<Pegawai> saya = pegawaiSaya(staf);
		boolean sendiri = saya.map(p -> p.id() == l.pegawaiId()).orElse(false);
		if (!sendiri && !saya.map(p -> atasanDari(p, l.pegawaiId())).orElse(false) && !organisasi.bolehMelihat(staf, l.opdId())) {
			throw PermintaanDitolakException.tidakDitemukan("laporan-harian.tidak-ada");
		}
		return l;
	}

	/** The month's behaviour rating of a subordinate, by their direct superior; replaces one given before. */
	PenilaianPerilaku nilaiPerilaku(Staf staf, long pegawaiId, YearMonth bulan, Map<NilaiBerakhlak, Integer> nilai) {
		Pegawai penilai = wajibPegawai(staf);
		if (!atasanDari(penilai, pegawaiId)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "laporan-harian.bukan-atasan");
		}
		IsianDitolakException.Pemeriksa periksa = new IsianDitolakException.Pemeriksa();
		Map<NilaiBerakhlak, Integer> sah = new EnumMap<>(NilaiBerakhlak.class);
		for (NilaiBerakhlak n : NilaiBerakhlak.values()) {
			Integer v = nilai.get(n);
			if (v == null || v < PenilaianPerilaku.DI_BAWAH || v > PenilaianPerilaku.DI_ATAS) {
				periksa.tolak(n.kunci(), "laporan-harian.nilai-wajib");
			}
			sah.put(n, v);
		}
		if (bulan.isAfter(YearMonth.from(hariIni()))) {
			periksa.tolak("bulan", "laporan-harian.bulan-depan");
		}
		periksa.lempar();
		PenilaianPerilaku p = new PenilaianPerilaku(pegawaiId, bulan, sah, penilai.id(), clock.instant());
		tx.executeWithoutResult(s -> {
			Optional<PenilaianPerilaku> sebelum = penilaian.cari(pegawaiId, bulan);
			penilaian.simpan(p);
			audit.catat("perilaku.dinilai", "pegawai", String.valueOf(pegawaiId), sebelum.orElse(null), p);
		});
		return p;
	}

	Optional<PenilaianPerilaku> penilaian(long pegawaiId, YearMonth bulan) {
		return penilaian.cari(pegawaiId, bulan);
	}

	Optional<Pegawai> pegawai(long id) {
		return orgRepo.pegawai(id);
	}

	/** The employee's reports of the month by where they stand. */
	LaporanHarianRepository.Jumlah jumlahBulan(Pegawai p, YearMonth bulan) {
		return repo.jumlahBulan(p.opdId(), bulan).getOrDefault(p.id(), new LaporanHarianRepository.Jumlah(p.id(), 0, 0, 0));
	}

	private static void periksaUraian(String uraian, IsianDitolakException.Pemeriksa periksa) {
		if (uraian == null || uraian.isBlank() || uraian.strip().length() > LaporanHarian.PANJANG_URAIAN_MAKS) {
			periksa.tolak("uraian", "laporan-harian.uraian-wajib", LaporanHarian.PANJANG_URAIAN_MAKS);
		}
	}
}
