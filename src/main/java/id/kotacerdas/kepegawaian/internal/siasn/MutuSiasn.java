package id.kotacerdas.kepegawaian.internal.siasn;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;

import id.kotacerdas.kepegawaian.internal.JenisRiwayat;
import id.kotacerdas.kepegawaian.internal.KatalogReferensi;
import id.kotacerdas.kepegawaian.internal.Pegawai;
import id.kotacerdas.kepegawaian.internal.Riwayat;
import id.kotacerdas.kepegawaian.internal.RiwayatRepository;
import id.kotacerdas.kepegawaian.internal.siasn.SiasnRepository.Rujukan;
import id.kotacerdas.kepegawaian.internal.AturanPegawai;
import id.kotacerdas.platform.Nip;
import id.kotacerdas.platform.Waktu;

/**
 * The data-quality check against the SIASN reference, in BKN's four dimensions (the rules, as the
 * BKPPD page states them): completeness — the required fields present; timeliness — history
 * entered within N days of its TMT; accuracy — the NIP's digits match birth date and sex, the rank
 * matches the latest decree, the titles match the highest education; consistency — registered in
 * SIASN, the legal status matches SIASN's, no gaps or overlaps in the position history. Beside the
 * scores, each employee's fields that differ from SIASN, with the document that settles each.
 */
@Service
class MutuSiasn {

	enum Dimensi {
		KELENGKAPAN, KETEPATAN_WAKTU, AKURASI, KONSISTENSI
	}

	/** The documents that settle a difference (message keys siasn.dokumen.*). */
	static final String AKTA = "akta";

	static final String IJAZAH = "ijazah";

	static final String KTP = "ktp";

	static final String SK_CPNS = "sk-cpns";

	static final String SK_PNS = "sk-pns";

	static final String SK_PANGKAT = "sk-pangkat";

	static final String SK_JABATAN = "sk-jabatan";

	static final String SK_KEDUDUKAN = "sk-kedudukan";

	/** A compared field: how to read it on both sides, and the document to bring when they differ. */
	private record Bandingan(String isian, Function<Pegawai, Object> lokal, Function<PegawaiSiasn, Object> siasn, String dokumen) {
	}

	private static final List<Bandingan> BANDINGAN = List.of(
			new Bandingan("nama", Pegawai::nama, PegawaiSiasn::nama, AKTA),
			new Bandingan("gelarDepan", Pegawai::gelarDepan, PegawaiSiasn::gelarDepan, IJAZAH),
			new Bandingan("gelarBelakang", Pegawai::gelarBelakang, PegawaiSiasn::gelarBelakang, IJAZAH),
			new Bandingan("tempatLahir", Pegawai::tempatLahir, PegawaiSiasn::tempatLahir, AKTA),
			new Bandingan("tanggalLahir", Pegawai::tanggalLahir, PegawaiSiasn::tanggalLahir, AKTA),
			new Bandingan("jenisKelamin", Pegawai::jenisKelamin, PegawaiSiasn::jenisKelamin, AKTA),
			new Bandingan("agama", Pegawai::agama, PegawaiSiasn::agama, KTP),
			new Bandingan("nik", Pegawai::nik, PegawaiSiasn::nik, KTP),
			new Bandingan("jenisPegawai", Pegawai::jenisPegawai, PegawaiSiasn::jenisPegawai, SK_CPNS),
			new Bandingan("kedudukanHukum", Pegawai::kedudukanHukum, PegawaiSiasn::kedudukanHukum, SK_KEDUDUKAN),
			new Bandingan("tmtCpns", Pegawai::tmtCpns, PegawaiSiasn::tmtCpns, SK_CPNS),
			new Bandingan("tmtPns", Pegawai::tmtPns, PegawaiSiasn::tmtPns, SK_PNS),
			new Bandingan("golongan", Pegawai::golongan, PegawaiSiasn::golongan, SK_PANGKAT),
			new Bandingan("tmtGolongan", Pegawai::tmtGolongan, PegawaiSiasn::tmtGolongan, SK_PANGKAT),
			new Bandingan("pendidikan", Pegawai::pendidikan, PegawaiSiasn::pendidikan, IJAZAH),
			new Bandingan("jenisJabatan", Pegawai::jenisJabatan, PegawaiSiasn::jenisJabatan, SK_JABATAN),
			new Bandingan("namaJabatan", Pegawai::namaJabatan, PegawaiSiasn::namaJabatan, SK_JABATAN),
			new Bandingan("tmtJabatan", Pegawai::tmtJabatan, PegawaiSiasn::tmtJabatan, SK_JABATAN));

	/** Completeness: fields SIASN requires that the register may lack, and the document that has them. */
	private record Wajib(String isian, Function<Pegawai, Object> nilai, String dokumen, java.util.function.Predicate<Pegawai> berlaku) {
	}

	private static final List<Wajib> WAJIB = List.of(
			new Wajib("email", Pegawai::email, null, p -> true),
			new Wajib("telepon", Pegawai::telepon, null, p -> true),
			new Wajib("alamat", Pegawai::alamat, KTP, p -> true),
			new Wajib("tmtCpns", Pegawai::tmtCpns, SK_CPNS, p -> true),
			new Wajib("nomorSkCpns", Pegawai::nomorSkCpns, SK_CPNS, p -> true),
			new Wajib("tmtPns", Pegawai::tmtPns, SK_PNS, MutuSiasn::pns),
			new Wajib("nomorSkPns", Pegawai::nomorSkPns, SK_PNS, MutuSiasn::pns),
			new Wajib("jurusan", Pegawai::jurusan, IJAZAH, p -> AturanMutu.berjurusan(p.pendidikan())));

	/** A field that differs from SIASN. */
	record Beda(String isian, Object lokal, Object siasn, String dokumen) {
	}

	/** A failed rule: its dimension, what is wrong in words, the field it concerns (or null) and the document. */
	record Temuan(Dimensi dimensi, MessageSourceResolvable pesan, String isian, String dokumen) {
	}

	/** A dimension's score: checks passed of checks made (a check that cannot be made is not counted). */
	record Skor(Dimensi dimensi, long lulus, long diperiksa) {

		Double persen() {
			return diperiksa == 0 ? null : 100.0 * lulus / diperiksa;
		}
	}

	/** One employee's differences and failed rules; a rule on a field that already differs is not listed twice. */
	record HasilPegawai(Pegawai pegawai, boolean diSiasn, List<Beda> beda, List<Temuan> temuan) {

		int jumlah() {
			return beda.size() + temuan.size();
		}
	}

	/** The check of a scope (an agency or the city). */
	record Hasil(Optional<Rujukan> rujukan, Map<Dimensi, Skor> skor, int jumlahPegawai, List<HasilPegawai> bermasalah,
			Map<Long, long[]> perOpd) {

		/** The mean of the dimensions that could be measured, or null. */
		Double skorKota() {
			return skor.values().stream().map(Skor::persen).filter(Objects::nonNull).mapToDouble(Double::doubleValue).average().stream()
				.boxed().findFirst().orElse(null);
		}
	}

	/**
	 * Rows made from a record rather than entered from a decree (the history's migration, and the SIASN
	 * import's first rows of a new record): late by construction, so not counted for timeliness.
	 */
	static final String MIGRASI = "migrasi";

	/** What the history says of one employee, gathered from its rows in TMT order. */
	private static final class RiwayatPegawai {

		/** The rank of the latest rank decree (by TMT, then entry). */
		String golonganTerakhir;

		final List<LocalDate> tmtJabatan = new ArrayList<>();

		/** Whether anyone has entered a position decree (rows made from the record alone say nothing of gaps). */
		boolean jabatanDicatat;

		/** Rows checked for timeliness, and the late ones. */
		int diperiksaTepat;

		final List<MessageSourceResolvable> terlambat = new ArrayList<>();
	}

	private final SiasnRepository repo;

	private final RiwayatRepository riwayat;

	private final int batasHari;

	MutuSiasn(SiasnRepository repo, RiwayatRepository riwayat, @Value("${kc.kepegawaian.siasn-tepat-waktu-hari}") int batasHari) {
		this.repo = repo;
		this.riwayat = riwayat;
		this.batasHari = batasHari;
	}

	int batasHari() {
		return batasHari;
	}

	/** Adds a history row (rows arrive per employee in TMT order, oldest first). */
	private void tambah(Map<Long, RiwayatPegawai> peta, Riwayat r) {
		if (r.tmt() == null) {
			return;
		}
		RiwayatPegawai rp = peta.computeIfAbsent(r.pegawaiId(), k -> new RiwayatPegawai());
		if (r.jenis() == JenisRiwayat.GOLONGAN) {
			rp.golonganTerakhir = r.golongan();
		}
		if (r.jenis() == JenisRiwayat.JABATAN) {
			rp.tmtJabatan.add(r.tmt());
			rp.jabatanDicatat |= !MIGRASI.equals(r.dicatatOleh());
		}
		if (!MIGRASI.equals(r.dicatatOleh())) {
			rp.diperiksaTepat++;
			long hari = ChronoUnit.DAYS.between(r.tmt(), r.dicatat().atZone(Waktu.WITA).toLocalDate());
			if (hari > batasHari) {
				rp.terlambat.add(PenerjemahSiasn.alasan("siasn.temuan.terlambat", PenerjemahSiasn.alasan("siasn.riwayat." + r.jenis().kode()),
						Waktu.formatTanggal(r.tmt()), hari));
			}
		}
	}

	private Map<Long, RiwayatPegawai> riwayatKota() {
		Map<Long, RiwayatPegawai> peta = new HashMap<>();
		for (JenisRiwayat j : JenisRiwayat.values()) {
			riwayat.setiap(j, r -> tambah(peta, r));
		}
		return peta;
	}

	private RiwayatPegawai riwayatPegawai(long pegawaiId) {
		Map<Long, RiwayatPegawai> peta = new HashMap<>();
		riwayat.semua(pegawaiId).stream().sorted(Comparator.comparing(Riwayat::tmt, Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(Riwayat::id)).forEach(r -> tambah(peta, r));
		return peta.get(pegawaiId);
	}

	Optional<Rujukan> rujukan() {
		return repo.rujukanTerbaru();
	}

	/**
	 * @param opdId an agency, or null for the city
	 */
	Hasil periksaLingkup(Long opdId) {
		Optional<Rujukan> rujukan = repo.rujukanTerbaru();
		Map<String, PegawaiSiasn> siasn = rujukan.map(r -> repo.isiRujukan(r.id())).orElse(Map.of());
		Map<Dimensi, long[]> hitung = new EnumMap<>(Dimensi.class);
		for (Dimensi d : Dimensi.values()) {
			hitung.put(d, new long[2]);
		}
		List<HasilPegawai> bermasalah = new ArrayList<>();
		Map<Long, long[]> perOpd = new LinkedHashMap<>();
		int[] jumlah = { 0 };
		Map<Long, RiwayatPegawai> sejarah = riwayatKota();
		repo.pegawai(opdId, p -> {
			jumlah[0]++;
			HasilPegawai h = periksa(p, rujukan.isPresent(), siasn.get(p.nip()), sejarah.get(p.id()), hitung);
			long[] opd = perOpd.computeIfAbsent(p.opdId(), k -> new long[2]);
			opd[0]++;
			if (h.jumlah() > 0) {
				bermasalah.add(h);
				opd[1]++;
			}
		});
		bermasalah.sort(Comparator.comparingInt(HasilPegawai::jumlah).reversed().thenComparing(h -> h.pegawai().nama()));
		Map<Dimensi, Skor> skor = new EnumMap<>(Dimensi.class);
		hitung.forEach((d, n) -> skor.put(d, new Skor(d, n[0], n[1])));
		return new Hasil(rujukan, skor, jumlah[0], bermasalah, perOpd);
	}

	/** One employee's record against the reference in force (the record page's box). */
	HasilPegawai periksaPegawai(Pegawai p) {
		Optional<Rujukan> rujukan = repo.rujukanTerbaru();
		PegawaiSiasn s = rujukan.flatMap(r -> repo.isiRujukan(r.id(), p.nip())).orElse(null);
		return periksa(p, rujukan.isPresent(), s, riwayatPegawai(p.id()), new EnumMap<>(Dimensi.class));
	}

	private HasilPegawai periksa(Pegawai p, boolean adaRujukan, PegawaiSiasn s, RiwayatPegawai rp, Map<Dimensi, long[]> hitung) {
		List<Beda> beda = new ArrayList<>();
		if (s != null) {
			for (Bandingan b : BANDINGAN) {
				Object siasn = b.siasn().apply(s);
				Object lokal = b.lokal().apply(p);
				if (siasn != null && !sama(lokal, siasn)) {
					beda.add(new Beda(b.isian(), lokal, siasn, b.dokumen()));
				}
			}
		}
		List<Temuan> temuan = new ArrayList<>();
		for (Wajib w : WAJIB) {
			if (w.berlaku().test(p)) {
				Object v = w.nilai().apply(p);
				cek(hitung, temuan, v != null && !(v instanceof String t && t.isBlank()), Dimensi.KELENGKAPAN,
						PenerjemahSiasn.alasan("siasn.temuan.kosong", PenerjemahSiasn.alasan("siasn.isian." + w.isian())), w.isian(), w.dokumen());
			}
		}
		boolean nipSesuai = Nip.sah(p.nip()) && Nip.dari(p.nip()).tanggalLahir().equals(p.tanggalLahir())
				&& AturanPegawai.kelaminNip(Nip.dari(p.nip())).equals(p.jenisKelamin());
		cek(hitung, temuan, nipSesuai, Dimensi.AKURASI, PenerjemahSiasn.alasan("siasn.temuan.nip"), "tanggalLahir", AKTA);
		// the latest rank decree: the history's, or SIASN's record of it while the history has none
		String golonganSk = rp != null && rp.golonganTerakhir != null ? rp.golonganTerakhir : s == null ? null : s.golongan();
		if (golonganSk != null) {
			cek(hitung, temuan, Objects.equals(p.golongan(), golonganSk), Dimensi.AKURASI, PenerjemahSiasn.alasan("siasn.temuan.golongan"),
					"golongan", SK_PANGKAT);
		}
		if (rp != null) {
			for (int i = 0; i < rp.diperiksaTepat; i++) {
				boolean lulus = i >= rp.terlambat.size();
				cek(hitung, temuan, lulus, Dimensi.KETEPATAN_WAKTU, lulus ? null : rp.terlambat.get(i), null, null);
			}
			if (rp.jabatanDicatat) {
				LocalDate pertama = rp.tmtJabatan.get(0);
				cek(hitung, temuan, p.tmtCpns() == null || !pertama.isAfter(p.tmtCpns()), Dimensi.KONSISTENSI,
						PenerjemahSiasn.alasan("siasn.temuan.celah", Waktu.formatTanggal(pertama)), null, SK_JABATAN);
				LocalDate ganda = null;
				for (int i = 1; i < rp.tmtJabatan.size(); i++) {
					if (rp.tmtJabatan.get(i).equals(rp.tmtJabatan.get(i - 1))) {
						ganda = rp.tmtJabatan.get(i);
					}
				}
				cek(hitung, temuan, ganda == null, Dimensi.KONSISTENSI,
						PenerjemahSiasn.alasan("siasn.temuan.tumpang", ganda == null ? null : Waktu.formatTanggal(ganda)), null, SK_JABATAN);
			}
		}
		cek(hitung, temuan, AturanMutu.tingkatGelar(p.gelarDepan(), p.gelarBelakang()) == AturanMutu.tingkatPendidikan(p.pendidikan()),
				Dimensi.AKURASI, PenerjemahSiasn.alasan("siasn.temuan.gelar"), "gelarBelakang", IJAZAH);
		if (adaRujukan) {
			cek(hitung, temuan, s != null, Dimensi.KONSISTENSI, PenerjemahSiasn.alasan("siasn.temuan.tidak-di-siasn"), null, SK_CPNS);
		}
		if (s != null && s.kedudukanHukum() != null) {
			cek(hitung, temuan, Objects.equals(p.kedudukanHukum(), s.kedudukanHukum()), Dimensi.KONSISTENSI,
					PenerjemahSiasn.alasan("siasn.temuan.kedudukan"), "kedudukanHukum", SK_KEDUDUKAN);
		}
		List<String> bedaIsian = beda.stream().map(Beda::isian).toList();
		List<Temuan> tampil = temuan.stream().filter(t -> t.isian() == null || !bedaIsian.contains(t.isian())).toList();
		return new HasilPegawai(p, s != null, beda, tampil);
	}

	private static void cek(Map<Dimensi, long[]> hitung, List<Temuan> temuan, boolean lulus, Dimensi d, MessageSourceResolvable pesan,
			String isian, String dokumen) {
		long[] n = hitung.computeIfAbsent(d, k -> new long[2]);
		n[1]++;
		if (lulus) {
			n[0]++;
		}
		else {
			temuan.add(new Temuan(d, pesan, isian, dokumen));
		}
	}

	/** Names and titles as SIASN writes them (capitals, spacing) are the same names. */
	private static boolean sama(Object lokal, Object siasn) {
		if (lokal instanceof String a && siasn instanceof String b) {
			return normal(a).equals(normal(b));
		}
		return Objects.equals(lokal, siasn);
	}

	private static String normal(String s) {
		return s.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
	}

	private static boolean pns(Pegawai p) {
		return KatalogReferensi.PNS.equals(p.jenisPegawai());
	}
}
