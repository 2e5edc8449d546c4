package id.kotacerdas.kepegawaian.internal.siasn;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.kepegawaian.internal.AksesKepegawaian;
import id.kotacerdas.kepegawaian.internal.AturanPegawai;
import id.kotacerdas.kepegawaian.internal.JenisRiwayat;
import id.kotacerdas.kepegawaian.internal.KeluarDinas;
import id.kotacerdas.kepegawaian.internal.Riwayat;
import id.kotacerdas.kepegawaian.internal.RiwayatImpor;
import id.kotacerdas.kepegawaian.internal.Pegawai;
import id.kotacerdas.kepegawaian.internal.siasn.TataLetakSiasn.Kolom;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Sidik;
import id.kotacerdas.platform.Waktu;

/**
 * Import and bulk update of the register from a sheet in the SIASN layout, keyed by NIP. A dry run
 * reads the whole sheet and says per row: new, what changes (field: old → new), unchanged, or
 * refused with every reason in words. Applying reads the same stored bytes again inside one
 * transaction and writes everything only when no row is refused: all or nothing, audited. A new
 * record gets its first history rows; a changed rank, position or education goes in as a history row
 * and the record's current values are derived from the history again.
 */
@Service
class ImporSiasn {

	/** Rows shown in detail per kind; the counts are always complete, and every refused row is shown. */
	static final int BATAS_RINCI = 500;

	/** A checked sheet not applied within this time is deleted with the next upload. */
	private static final Duration SIMPAN_UNGGAHAN = Duration.ofDays(1);

	enum Status {
		BARU, DIUBAH, SAMA, DITOLAK
	}

	record Perubahan(String isian, Object lama, Object baru) {
	}

	record HasilBaris(int baris, String nip, String nama, Status status, List<Perubahan> perubahan, List<MessageSourceResolvable> alasan) {
	}

	/** The dry run's (or the apply's) account of the sheet. */
	record Laporan(UUID unggahan, String namaBerkas, int jumlah, Map<Status, Integer> hitung, List<HasilBaris> ditolak,
			List<HasilBaris> berubah, boolean diterapkan) {

		public int hitung(Status s) {
			return hitung.getOrDefault(s, 0);
		}

		public boolean bersih() {
			return hitung(Status.DITOLAK) == 0;
		}
	}

	private static final RecordComponent[] KOMPONEN = Pegawai.class.getRecordComponents();

	private static final Map<String, Integer> INDEKS = new HashMap<>();

	private static final Constructor<Pegawai> KANONIK;

	static {
		for (int i = 0; i < KOMPONEN.length; i++) {
			INDEKS.put(KOMPONEN[i].getName(), i);
		}
		try {
			KANONIK = Pegawai.class.getDeclaredConstructor(java.util.Arrays.stream(KOMPONEN).map(RecordComponent::getType).toArray(Class[]::new));
		}
		catch (NoSuchMethodException ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	private final SiasnRepository repo;

	private final PenerjemahSiasn penerjemah;

	private final AturanPegawai aturanPegawai;

	private final AksesKepegawaian akses;

	private final AuditLog audit;

	private final Clock clock;

	private final RiwayatImpor riwayat;

	private final KeluarDinas keluarDinas;

	ImporSiasn(SiasnRepository repo, PenerjemahSiasn penerjemah, AturanPegawai aturanPegawai, AksesKepegawaian akses, AuditLog audit,
			Clock clock, RiwayatImpor riwayat, KeluarDinas keluarDinas) {
		this.riwayat = riwayat;
		this.keluarDinas = keluarDinas;
		this.repo = repo;
		this.penerjemah = penerjemah;
		this.aturanPegawai = aturanPegawai;
		this.akses = akses;
		this.audit = audit;
		this.clock = clock;
	}

	/** The dry run: the sheet is kept (for the apply to read the very same bytes) and nothing else changes. */
	@Transactional
	Laporan periksa(Staf staf, String namaBerkas, byte[] isi) {
		pengelola(staf);
		repo.hapusUnggahanLama(clock.instant().minus(SIMPAN_UNGGAHAN));
		UUID id = UUID.randomUUID();
		Pemeriksaan p = periksa(isi);
		repo.simpanUnggahan(id, namaBerkas, LembarSiasn.Jenis.dari(isi).kode(), isi, Sidik.sha256(isi), staf.username(), clock.instant());
		return p.laporan(id, namaBerkas, false);
	}

	/**
	 * Applies a checked sheet: checked again against the register as it is now, then all rows written
	 * in batches, or none.
	 *
	 * @throws PermintaanDitolakException 409 when a row is refused now (the report says which) or the sheet was applied already
	 */
	@Transactional
	Laporan terapkan(Staf staf, UUID id) {
		pengelola(staf);
		SiasnRepository.Unggahan u = repo.unggahan(id).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("siasn.unggahan.tidak-ada"));
		if (u.diterapkan() != null || !repo.tandaiDiterapkan(id, clock.instant())) {
			throw new PermintaanDitolakException(HttpStatus.CONFLICT, "siasn.unggahan.sudah");
		}
		Pemeriksaan p = periksa(u.isi());
		if (!p.laporan(id, u.namaBerkas(), false).bersih()) {
			throw new ImporDitolakException(p.laporan(id, u.namaBerkas(), false));
		}
		Instant waktu = clock.instant();
		repo.tambahPegawai(p.baru, waktu);
		Map<String, Long> idBaru = repo.idNip(p.baru.stream().map(Pegawai::nip).toList());
		for (Pegawai baru : p.baru) {
			riwayat.tambahAwal(idBaru.get(baru.nip()), waktu, MutuSiasn.MIGRASI);
			keluarDinas.periksa(null, baru);
		}
		repo.ubahPegawai(p.berubah, waktu);
		LocalDate hariIni = LocalDate.now(clock.withZone(Waktu.WITA));
		for (Pegawai baru : p.berubah) {
			Pegawai lama = p.ada.get(baru.nip());
			riwayatBaru(lama, baru, hariIni).forEach(r -> riwayat.tambah(r, waktu, staf.username()));
			keluarDinas.periksa(lama, baru);
		}
		Map<String, Object> ringkas = new LinkedHashMap<>();
		ringkas.put("berkas", u.namaBerkas());
		ringkas.put("sidik", u.sidik());
		ringkas.put("baru", p.baru.stream().map(Pegawai::nip).toList());
		ringkas.put("diubah", p.rincianUbah);
		audit.catat("pegawai.impor-siasn", "siasn-unggahan", id.toString(), null, ringkas);
		return p.laporan(id, u.namaBerkas(), true);
	}

	/**
	 * The history rows a change brings (the record's rank, position and education derive from the
	 * history): a rank row at the new TMT, a position row at the new TMT, an education row dated the
	 * day it became known (SIASN's export has no diploma date). The decree number is not in the export.
	 */
	private static List<Riwayat> riwayatBaru(Pegawai lama, Pegawai baru, LocalDate hariIni) {
		List<Riwayat> hasil = new ArrayList<>();
		if (!Objects.equals(lama.golongan(), baru.golongan()) || !Objects.equals(lama.tmtGolongan(), baru.tmtGolongan())) {
			hasil.add(new Riwayat(null, lama.id(), JenisRiwayat.GOLONGAN, baru.tmtGolongan(), null, null, null, baru.golongan(), null, null, null,
					null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));
		}
		if (!Objects.equals(List.of(lama.jenisJabatan(), lama.namaJabatan(), lama.tmtJabatan(), lama.eselon(), lama.opdId(), lama.unor()),
				List.of(baru.jenisJabatan(), baru.namaJabatan(), baru.tmtJabatan(), baru.eselon(), baru.opdId(), baru.unor()))) {
			hasil.add(new Riwayat(null, lama.id(), JenisRiwayat.JABATAN, baru.tmtJabatan(), null, null, null, null, baru.jenisJabatan(),
					baru.namaJabatan(), baru.eselon(), baru.opdId(), baru.unor(), null, null, null, null, null, null, null, null, null, null, null,
					null, null, null, null, null, null));
		}
		if (!Objects.equals(lama.pendidikan(), baru.pendidikan()) || !Objects.equals(lama.jurusan(), baru.jurusan())) {
			hasil.add(new Riwayat(null, lama.id(), JenisRiwayat.PENDIDIKAN, hariIni, null, null, null, null, null, null, null, null, null,
					baru.pendidikan(), null, baru.jurusan(), null, null, null, null, null, null, null, null, null, null, null, null, null, null));
		}
		return hasil;
	}

	/** The refusal of an apply, carrying the report that names each refused row. */
	static final class ImporDitolakException extends PermintaanDitolakException {

		private static final long serialVersionUID = 1L;

		private final transient Laporan laporan;

		ImporDitolakException(Laporan laporan) {
			super(HttpStatus.CONFLICT, "siasn.impor.ada-ditolak", laporan.hitung(Status.DITOLAK));
			this.laporan = laporan;
		}

		Laporan laporan() {
			return laporan;
		}
	}

	private void pengelola(Staf staf) {
		if (!akses.bolehMengubah(staf)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "kepegawaian.tidak-berwenang");
		}
	}

	private Pemeriksaan periksa(byte[] isi) {
		Pemeriksaan p = new Pemeriksaan(penerjemah.opd());
		repo.pegawai(null, pg -> {
			p.ada.put(pg.nip(), pg);
			p.nikDb.put(pg.nik(), pg.nip());
		});
		p.jumlah = LembarSiasn.baca(new ByteArrayInputStream(isi), p::baris);
		return p;
	}

	/** One pass over a sheet: the register as it is, what the sheet has shown so far, and the outcome. */
	private final class Pemeriksaan {

		final Map<String, Pegawai> ada = new HashMap<>();

		final Map<String, String> nikDb = new HashMap<>();

		final Map<String, Integer> nipLembar = new HashMap<>();

		final Map<String, Integer> nikLembar = new HashMap<>();

		final Map<String, Long> opd;

		final Map<Status, Integer> hitung = new java.util.EnumMap<>(Status.class);

		final List<HasilBaris> ditolak = new ArrayList<>();

		final List<HasilBaris> rinci = new ArrayList<>();

		final List<Pegawai> baru = new ArrayList<>();

		final List<Pegawai> berubah = new ArrayList<>();

		/** NIP → changed fields, for the audit record. */
		final Map<String, List<String>> rincianUbah = new LinkedHashMap<>();

		int jumlah;

		Pemeriksaan(Map<String, Long> opd) {
			this.opd = opd;
		}

		Laporan laporan(UUID id, String nama, boolean diterapkan) {
			return new Laporan(id, nama, jumlah, hitung, ditolak, rinci, diterapkan);
		}

		void baris(LembarSiasn.Baris b) {
			List<MessageSourceResolvable> alasan = new ArrayList<>();
			Kolom kolomNip = TataLetakSiasn.kolomIsian(TataLetakSiasn.NIP);
			String nip = (String) penerjemah.nilai(kolomNip, b.teks(kolomNip), opd, alasan).orElse(null);
			Pegawai lama = nip == null ? null : ada.get(nip);
			Object[] nilai = new Object[KOMPONEN.length];
			if (lama != null) {
				for (int i = 0; i < KOMPONEN.length; i++) {
					nilai[i] = baca(KOMPONEN[i], lama);
				}
			}
			for (Kolom k : TataLetakSiasn.KOLOM) {
				int i = INDEKS.get(k.isian());
				if (b.ada(k)) {
					nilai[i] = penerjemah.nilai(k, b.teks(k), opd, alasan).orElse(null);
				}
				if (nilai[i] == null && k.wajib() && (b.ada(k) || lama == null)) {
					alasan.add(PenerjemahSiasn.alasan("siasn.alasan.kosong", k.judul()));
				}
			}
			Pegawai p = buat(nilai);
			if (alasan.isEmpty()) {
				aturan(p, b.nomor(), alasan);
			}
			String nama = p.nama();
			if (!alasan.isEmpty()) {
				catat(new HasilBaris(b.nomor(), b.teks(kolomNip), nama, Status.DITOLAK, List.of(), alasan));
				return;
			}
			if (lama == null) {
				baru.add(p);
				catat(new HasilBaris(b.nomor(), nip, nama, Status.BARU, List.of(), List.of()));
				return;
			}
			List<Perubahan> ubah = new ArrayList<>();
			for (Kolom k : TataLetakSiasn.KOLOM) {
				RecordComponent c = KOMPONEN[INDEKS.get(k.isian())];
				Object a = baca(c, lama);
				Object z = baca(c, p);
				if (!Objects.equals(a, z)) {
					ubah.add(new Perubahan(k.isian(), a, z));
				}
			}
			if (ubah.isEmpty()) {
				catat(new HasilBaris(b.nomor(), nip, nama, Status.SAMA, List.of(), List.of()));
				return;
			}
			berubah.add(p);
			rincianUbah.put(nip, ubah.stream().map(Perubahan::isian).toList());
			catat(new HasilBaris(b.nomor(), nip, nama, Status.DIUBAH, ubah, List.of()));
		}

		private void catat(HasilBaris h) {
			hitung.merge(h.status(), 1, Integer::sum);
			if (h.status() == Status.DITOLAK) {
				ditolak.add(h);
			}
			else if (h.status() != Status.SAMA && rinci.size() < BATAS_RINCI) {
				rinci.add(h);
			}
		}

		/** The register's rules between fields ({@link AturanPegawai}, as on the form), and the NIP and NIK unique across the register and the sheet. */
		private void aturan(Pegawai p, int baris, List<MessageSourceResolvable> alasan) {
			Integer nipSebelum = nipLembar.putIfAbsent(p.nip(), baris);
			if (nipSebelum != null) {
				alasan.add(PenerjemahSiasn.alasan("siasn.alasan.nip-ganda-lembar", nipSebelum));
			}
			boolean nikSah = true;
			for (AturanPegawai.Temuan t : aturanPegawai.periksa(p)) {
				nikSah &= t.aturan() != AturanPegawai.Aturan.NIK_TIDAK_SAH;
				// the sheet names the column where the form names the field
				Object[] argumen = t.aturan() == AturanPegawai.Aturan.TMT_SEBELUM_LAHIR
						? new Object[] { TataLetakSiasn.kolomIsian(t.isian()).judul() }
						: t.argumen();
				alasan.add(PenerjemahSiasn.alasan(t.aturan().kunciImpor(), argumen));
			}
			if (nikSah) {
				String pemilik = nikDb.get(p.nik());
				if (pemilik != null && !pemilik.equals(p.nip())) {
					alasan.add(PenerjemahSiasn.alasan("siasn.alasan.nik-ganda", pemilik));
				}
				Integer nikSebelum = nikLembar.putIfAbsent(p.nik(), baris);
				if (nikSebelum != null) {
					alasan.add(PenerjemahSiasn.alasan("siasn.alasan.nik-ganda-lembar", nikSebelum));
				}
			}
		}
	}

	private static Object baca(RecordComponent c, Pegawai p) {
		try {
			return c.getAccessor().invoke(p);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Pegawai buat(Object[] nilai) {
		try {
			return KANONIK.newInstance(nilai);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
