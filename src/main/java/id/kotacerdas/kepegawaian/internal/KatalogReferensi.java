package id.kotacerdas.kepegawaian.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reference lists, read once: they change with a migration, not at run time. */
@Repository
public class KatalogReferensi {

	public static final String GOLONGAN = "golongan";

	public static final String GOLONGAN_PPPK = "golongan-pppk";

	public static final String ESELON = "eselon";

	public static final String JENIS_JABATAN = "jenis-jabatan";

	static final String AGAMA = "agama";

	public static final String KELAMIN = "kelamin";

	static final String STATUS_KAWIN = "status-kawin";

	static final String JENIS_PEGAWAI = "jenis-pegawai";

	static final String KEDUDUKAN_HUKUM = "kedudukan-hukum";

	public static final String PENDIDIKAN = "pendidikan";

	/** Codes with a meaning in the rules: the position type that has an echelon, and "no echelon". */
	static final String STRUKTURAL = "1";

	static final String NON_ESELON = "99";

	public static final String PNS = "PNS";

	private final Map<String, List<Referensi>> perJenis;

	KatalogReferensi(JdbcClient jdbc) {
		this.perJenis = jdbc.sql("SELECT jenis, kode, singkatan, nama, nama_en, urutan FROM kepegawaian.referensi ORDER BY jenis, urutan")
			.query(Referensi.class)
			.list()
			.stream()
			.collect(Collectors.groupingBy(Referensi::jenis, LinkedHashMap::new, Collectors.toList()));
	}

	public List<Referensi> daftar(String jenis) {
		return perJenis.getOrDefault(jenis, List.of());
	}

	public Optional<Referensi> cari(String jenis, String kode) {
		return daftar(jenis).stream().filter(r -> r.kode().equals(kode)).findFirst();
	}
}
