package id.kotacerdas.pju.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.ekspor.ImporBertahap;
import id.kotacerdas.ekspor.ImporBertahap.Pemeriksaan;
import id.kotacerdas.ekspor.ImporBertahap.Status;
import id.kotacerdas.ekspor.LembarMasuk;
import id.kotacerdas.jalan.DaftarRuas;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/**
 * The registry's input: a sheet of poles (the export's own columns, so an export edited in a
 * spreadsheet comes back) is checked in full first — every refused cell named with its row — and
 * stored all or nothing. A pole's code is its key: a row with a known code replaces that pole's
 * registry data and keeps its status.
 */
@Service
class RegisterTiang {

	/** A city's registry is thousands of poles; more rows than this is not a registry sheet. */
	static final int BARIS_MAKS = 50_000;

	/** The columns, by the start of their Indonesian header (the export's, {@code pju.kolom.*}). */
	enum Kolom {
		KODE("kode"), LINTANG("lintang"), BUJUR("bujur"), RUAS("ruas"), TINGGI("tinggi"), LAMPU("lampu"), DAYA("daya"), PEMILIK("pemilik"),
		SAMBUNGAN("sambungan"), TANGGAL_PASANG("tanggal pasang"), KONTRAK("kontrak"), MUSRENBANG("usulan musrenbang"), STATUS("status"),
		TALQ("talq");

		final String awalan;

		Kolom(String awalan) {
			this.awalan = awalan;
		}
	}

	private static final Set<Kolom> WAJIB = Set.of(Kolom.KODE, Kolom.LINTANG, Kolom.BUJUR, Kolom.TINGGI, Kolom.LAMPU, Kolom.DAYA,
			Kolom.PEMILIK, Kolom.SAMBUNGAN);

	/** A refused cell or row, by the row number the spreadsheet shows. */
	record GalatBaris(int baris, String kodePesan, Object... argumen) {
	}

	/** A sheet checked: the poles it holds and what is wrong with it (empty when it may be stored). */
	record Hasil(List<Tiang> tiang, List<GalatBaris> galat, long baru) {
	}

	private final TiangRepository repo;

	private final Wilayah wilayah;

	private final DaftarOpd opd;

	private final AuditLog audit;

	private final Clock clock;

	private final DaftarRuas daftarRuas;

	RegisterTiang(TiangRepository repo, Wilayah wilayah, DaftarOpd opd, AuditLog audit, Clock clock, DaftarRuas daftarRuas) {
		this.daftarRuas = daftarRuas;
		this.repo = repo;
		this.wilayah = wilayah;
		this.opd = opd;
		this.audit = audit;
		this.clock = clock;
	}

	/** A checked row: the pole it holds, or every problem of it. */
	record BarisTiang(int nomor, Status status, Tiang tiang, List<GalatBaris> galat) implements ImporBertahap.BarisPeriksa {
	}

	/** Reads and checks the whole sheet; stores nothing. Only agencies this person administers may own its poles. */
	Hasil periksa(byte[] isi, Staf staf) {
		Set<String> kode = new HashSet<>();
		List<GalatBaris> galatKepala = new ArrayList<>();
		boolean[] adaKepala = { false };
		Pemeriksaan<BarisTiang> p = ImporBertahap.periksa(isi, BARIS_MAKS, null, new ImporBertahap.Aturan<Map<Kolom, Integer>, BarisTiang>() {

			@Override
			public Map<Kolom, Integer> kepala(LembarMasuk.Baris b) {
				adaKepala[0] = true;
				return RegisterTiang.kepala(LembarMasuk.Kepala.dari(b), b.nomor(), galatKepala);
			}

			@Override
			public BarisTiang periksa(Map<Kolom, Integer> kolom, LembarMasuk.Baris b) {
				if (kolom.isEmpty()) {
					return null;
				}
				List<GalatBaris> galat = new ArrayList<>();
				Optional<Tiang> t = baris(b, kolom, staf, galat);
				if (t.isPresent() && !kode.add(t.get().kode().toUpperCase(Locale.ROOT))) {
					galat.add(new GalatBaris(b.nomor(), "pju.impor.kode-ganda", t.get().kode()));
				}
				return galat.isEmpty() ? new BarisTiang(b.nomor(), Status.BARU, t.get(), List.of())
						: new BarisTiang(b.nomor(), Status.DITOLAK, null, List.copyOf(galat));
			}
		});
		List<GalatBaris> galat = new ArrayList<>(galatKepala);
		p.baris().forEach(b -> galat.addAll(b.galat()));
		if (!adaKepala[0]) {
			galat.add(new GalatBaris(1, "pju.impor.kosong"));
		}
		List<Tiang> tiang = p.dengan(Status.BARU, Integer.MAX_VALUE).stream().map(BarisTiang::tiang).toList();
		long baru = tiang.stream().filter(t -> repo.cari(t.kode()).isEmpty()).count();
		return new Hasil(tiang, galat, baru);
	}

	/** Stores a checked sheet, all or nothing; a sheet with any refused row is refused whole. */
	@Transactional
	Hasil impor(byte[] isi, Staf staf) {
		Hasil h = periksa(isi, staf);
		if (!h.galat().isEmpty()) {
			throw new PermintaanDitolakException("pju.impor.ditolak", h.galat().size());
		}
		h.tiang().forEach(this::simpan);
		Map<String, Object> ringkas = new LinkedHashMap<>();
		ringkas.put("tiang", h.tiang().size());
		ringkas.put("baru", h.baru());
		audit.catat("pju.impor", "pju.tiang", "-", null, ringkas);
		return h;
	}

	/** A pole as the registry keeps it: its kelurahan comes from its point. */
	void simpan(Tiang t) {
		String kelurahan = wilayah.temukan(t.lat(), t.lon()).map(Kelurahan::kode).orElse(null);
		Tiang dengan = new Tiang(t.kode(), t.lat(), t.lon(), kelurahan, t.ruasKode(), t.tinggiM(), t.jenisLampu(), t.dayaWatt(), t.opdId(),
				t.sambungan(), t.tanggalPasang(), t.kontrak(), t.usulanMusrenbang(), t.status(), t.statusSejak(), t.statusSumber(),
				t.pengaduanNomor(), t.talqId());
		boolean ada = repo.cari(t.kode()).isPresent();
		repo.simpan(dengan, clock.instant());
		if (!ada) {
			repo.catat(t.kode(), t.status(), SumberStatus.PENDATAAN, false, null, null, clock.instant());
		}
	}

	private static Map<Kolom, Integer> kepala(LembarMasuk.Kepala k, int nomor, List<GalatBaris> galat) {
		Map<Kolom, Integer> kolom = new LinkedHashMap<>();
		for (Kolom c : Kolom.values()) {
			k.awalan(c.awalan).ifPresent(i -> kolom.put(c, i));
		}
		List<String> kurang = WAJIB.stream().filter(c -> !kolom.containsKey(c)).map(c -> c.awalan).sorted().toList();
		if (!kurang.isEmpty()) {
			galat.add(new GalatBaris(nomor, "pju.impor.kolom-kurang", String.join(", ", kurang)));
			return Map.of();
		}
		return kolom;
	}

	private Optional<Tiang> baris(LembarMasuk.Baris b, Map<Kolom, Integer> k, Staf staf, List<GalatBaris> galat) {
		Function<Kolom, String> sel = c -> k.containsKey(c) ? b.sel(k.get(c)) : "";
		int sebelum = galat.size();
		String kode = sel.apply(Kolom.KODE);
		if (!kode.matches("[A-Za-z0-9][A-Za-z0-9-]{0,39}")) {
			galat.add(new GalatBaris(b.nomor(), "pju.impor.kode-salah", kode));
		}
		Double lat = angka(sel.apply(Kolom.LINTANG), -90, 90, b.nomor(), "pju.impor.lintang-salah", galat);
		Double lon = angka(sel.apply(Kolom.BUJUR), -180, 180, b.nomor(), "pju.impor.bujur-salah", galat);
		if (lat != null && lon != null && wilayah.temukan(lat, lon).isEmpty()) {
			galat.add(new GalatBaris(b.nomor(), "pju.impor.di-luar-kota", sel.apply(Kolom.LINTANG), sel.apply(Kolom.BUJUR)));
		}
		Double tinggi = angka(sel.apply(Kolom.TINGGI), 0, 100, b.nomor(), "pju.impor.tinggi-salah", galat);
		if (tinggi != null && (tinggi != Math.rint(tinggi) || !Tiang.tinggiSah(tinggi.intValue()))) {
			galat.add(new GalatBaris(b.nomor(), "pju.impor.tinggi-salah", sel.apply(Kolom.TINGGI)));
		}
		Optional<JenisLampu> lampu = JenisLampu.dari(sel.apply(Kolom.LAMPU));
		if (lampu.isEmpty()) {
			galat.add(new GalatBaris(b.nomor(), "pju.impor.lampu-salah", sel.apply(Kolom.LAMPU)));
		}
		Double daya = angka(sel.apply(Kolom.DAYA), 1, 2000, b.nomor(), "pju.impor.daya-salah", galat);
		Optional<Opd> pemilik = opd.cariSingkatan(sel.apply(Kolom.PEMILIK));
		if (pemilik.isEmpty()) {
			galat.add(new GalatBaris(b.nomor(), "pju.impor.pemilik-salah", sel.apply(Kolom.PEMILIK)));
		}
		else if (!staf.adminAtas(pemilik.get().id())) {
			galat.add(new GalatBaris(b.nomor(), "pju.impor.pemilik-bukan-anda", pemilik.get().namaPendek()));
		}
		Optional<Sambungan> sambungan = Sambungan.dari(sel.apply(Kolom.SAMBUNGAN));
		if (sambungan.isEmpty()) {
			galat.add(new GalatBaris(b.nomor(), "pju.impor.sambungan-salah", sel.apply(Kolom.SAMBUNGAN)));
		}
		LocalDate pasang = null;
		if (!sel.apply(Kolom.TANGGAL_PASANG).isEmpty()) {
			try {
				pasang = LocalDate.parse(sel.apply(Kolom.TANGGAL_PASANG));
			}
			catch (DateTimeParseException ex) {
				galat.add(new GalatBaris(b.nomor(), "pju.impor.tanggal-salah", sel.apply(Kolom.TANGGAL_PASANG)));
			}
		}
		StatusTiang status = StatusTiang.NYALA;
		if (!sel.apply(Kolom.STATUS).isEmpty()) {
			try {
				status = StatusTiang.valueOf(sel.apply(Kolom.STATUS).toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				galat.add(new GalatBaris(b.nomor(), "pju.impor.status-salah", sel.apply(Kolom.STATUS)));
			}
		}
		String kontrak = sel.apply(Kolom.KONTRAK);
		String usulan = sel.apply(Kolom.MUSRENBANG);
		String ruas = sel.apply(Kolom.RUAS);
		String talq = sel.apply(Kolom.TALQ);
		if (!ruas.isBlank() && daftarRuas.cari(ruas).isEmpty()) {
			galat.add(new GalatBaris(b.nomor(), "pju.impor.ruas-salah", ruas));
		}
		if (kontrak.length() > 200 || usulan.length() > 200 || ruas.length() > 40 || talq.length() > 200) {
			galat.add(new GalatBaris(b.nomor(), "pju.impor.teks-terlalu-panjang"));
		}
		if (galat.size() > sebelum) {
			return Optional.empty();
		}
		return Optional.of(new Tiang(kode, lat, lon, null, kosong(ruas), tinggi.intValue(), lampu.get(), daya.intValue(), pemilik.get().id(),
				sambungan.get(), pasang, kosong(kontrak), kosong(usulan), status, clock.instant(), SumberStatus.PENDATAAN, null, kosong(talq)));
	}

	private static Double angka(String teks, double min, double maks, int baris, String kodePesan, List<GalatBaris> galat) {
		try {
			double d = Double.parseDouble(teks.replace(',', '.'));
			if (d >= min && d <= maks) {
				return d;
			}
		}
		catch (NumberFormatException ex) {
			// refused below, with the cell as written
		}
		galat.add(new GalatBaris(baris, kodePesan, teks));
		return null;
	}

	private static String kosong(String teks) {
		return teks.isBlank() ? null : teks.strip();
	}
}
