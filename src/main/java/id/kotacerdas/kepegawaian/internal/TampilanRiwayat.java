package id.kotacerdas.kepegawaian.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.Waktu;

/**
 * The history section of the employee page, in words: the fragment {@code kepegawaian/riwayat ::
 * bagian} asks for it (as {@code @tampilanRiwayat}), so the record page includes the section by one
 * line. Only called for a record the page has already let its reader see.
 */
@Component
public class TampilanRiwayat {

	private final RiwayatRepository repo;

	private final KatalogReferensi referensi;

	private final DaftarOpd daftarOpd;

	private final MessageSource pesan;

	TampilanRiwayat(RiwayatRepository repo, KatalogReferensi referensi, DaftarOpd daftarOpd, MessageSource pesan) {
		this.repo = repo;
		this.referensi = referensi;
		this.daftarOpd = daftarOpd;
		this.pesan = pesan;
	}

	/** One kind's rows, newest first; every kind is listed, an empty one too (so it can be added). */
	public record Kelompok(String kode, List<Baris> baris) {
	}

	/**
	 * One row as read.
	 *
	 * @param rincian the second line (level, unit, institution …), or null
	 * @param sk "SK 821/12/BKPPD/2025, 20 Januari 2025", or null when no number is known
	 */
	public record Baris(long id, String judul, String rincian, String tmt, String sk, boolean scan, String dicatat) {
	}

	public List<Kelompok> untuk(Pegawai p, Locale locale) {
		Map<JenisRiwayat, List<Baris>> perJenis = new EnumMap<>(JenisRiwayat.class);
		for (JenisRiwayat j : JenisRiwayat.values()) {
			perJenis.put(j, new ArrayList<>());
		}
		for (Riwayat r : repo.semua(p.id())) {
			perJenis.get(r.jenis()).add(baris(r, locale));
		}
		return perJenis.entrySet().stream().map(e -> new Kelompok(e.getKey().kode(), e.getValue())).toList();
	}

	private Baris baris(Riwayat r, Locale locale) {
		String judul;
		String rincian;
		switch (r.jenis()) {
			case GOLONGAN -> {
				judul = label(KatalogReferensi.GOLONGAN, r.golongan(), locale);
				if (judul == null) {
					judul = label(KatalogReferensi.GOLONGAN_PPPK, r.golongan(), locale);
				}
				rincian = null;
			}
			case JABATAN -> {
				judul = r.namaJabatan();
				rincian = gabung(label(KatalogReferensi.JENIS_JABATAN, r.jenisJabatan(), locale),
						KatalogReferensi.NON_ESELON.equals(r.eselon()) ? null : label(KatalogReferensi.ESELON, r.eselon(), locale), r.unor(),
						daftarOpd.cari(r.opdId()).map(Opd::nama).orElse(null));
			}
			case PENDIDIKAN -> {
				judul = gabung(label(KatalogReferensi.PENDIDIKAN, r.pendidikan(), locale), r.jurusan());
				rincian = gabung(r.namaSekolah(), gelar(r, locale));
			}
			case DIKLAT -> {
				judul = r.nama();
				rincian = gabung(r.penyelenggara(),
						r.jamPelajaran() == null ? null : pesan.getMessage("kepegawaian.riwayat.jp", new Object[] { r.jamPelajaran() }, locale),
						sampai(r.tmtSelesai(), locale));
			}
			case HUKUMAN -> {
				judul = r.jenisHukuman();
				rincian = gabung(label(RegisterRiwayat.TINGKAT_HUKUMAN, r.tingkatHukuman(), locale), sampai(r.tmtSelesai(), locale));
			}
			case PENGHARGAAN -> {
				judul = r.nama();
				rincian = r.penyelenggara();
			}
			case SKP -> {
				judul = pesan.getMessage("kepegawaian.riwayat.skp.tahun", new Object[] { String.valueOf(r.tahun()) }, locale);
				rincian = label(RegisterRiwayat.PREDIKAT_SKP, r.predikat(), locale);
			}
			default -> throw new IllegalStateException();
		}
		String sk = r.nomorSk() == null ? null
				: gabung(pesan.getMessage("kepegawaian.sk", new Object[] { r.nomorSk() }, locale),
						r.tanggalSk() == null ? null : Waktu.formatTanggal(r.tanggalSk(), locale));
		String dicatat = "migrasi".equals(r.dicatatOleh()) ? pesan.getMessage("kepegawaian.riwayat.dari-data-lama", null, locale)
				: pesan.getMessage("kepegawaian.riwayat.dicatat", new Object[] { Waktu.formatTanggal(r.dicatat()), r.dicatatOleh() }, locale);
		return new Baris(r.id(), judul, rincian, Waktu.formatTanggal(r.tmt(), locale), sk, r.berkasId() != null, dicatat);
	}

	private String label(String jenis, String kode, Locale locale) {
		return kode == null ? null : referensi.cari(jenis, kode).map(x -> x.label(locale)).orElse(null);
	}

	/** The titles the diploma gave: "gelar dr., M.Kes." */
	private String gelar(Riwayat r, Locale locale) {
		String g = Stream.of(r.gelarDepan(), r.gelarBelakang()).filter(Objects::nonNull).collect(Collectors.joining(", "));
		return g.isEmpty() ? null : pesan.getMessage("kepegawaian.riwayat.gelar-diperoleh", new Object[] { g }, locale);
	}

	private String sampai(LocalDate selesai, Locale locale) {
		return selesai == null ? null : pesan.getMessage("kepegawaian.riwayat.sampai", new Object[] { Waktu.formatTanggal(selesai, locale) }, locale);
	}

	private static String gabung(String... bagian) {
		String s = Stream.of(bagian).filter(b -> b != null && !b.isBlank()).collect(Collectors.joining(" · "));
		return s.isEmpty() ? null : s;
	}
}
