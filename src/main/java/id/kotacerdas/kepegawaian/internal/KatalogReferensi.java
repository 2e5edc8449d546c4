package id.kotacerdas.kepegawaian.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.kotacerdas.platform.DataCsv;

/**
 * The reference lists (BKN codes and their words). They are the city's file
 * {@code kc.kepegawaian.referensi-csv}, loaded like the regions: at start-up every row of the file is
 * written over the stored one (a code added or renamed takes effect; a code left out of the file stays,
 * since records may still carry it). Read once: they change with the file and a restart.
 */
@Repository
public class KatalogReferensi {

	public static final String GOLONGAN = "golongan";

	public static final String GOLONGAN_PPPK = "golongan-pppk";

	public static final String ESELON = "eselon";

	public static final String JENIS_JABATAN = "jenis-jabatan";

	public static final String AGAMA = "agama";

	public static final String KELAMIN = "kelamin";

	public static final String STATUS_KAWIN = "status-kawin";

	public static final String JENIS_PEGAWAI = "jenis-pegawai";

	public static final String KEDUDUKAN_HUKUM = "kedudukan-hukum";

	public static final String PENDIDIKAN = "pendidikan";

	/** Codes with a meaning in the rules: the position type that has an echelon, and "no echelon". */
	public static final String STRUKTURAL = "1";

	public static final String NON_ESELON = "99";

	public static final String PNS = "PNS";

	private final Map<String, List<Referensi>> perJenis;

	KatalogReferensi(JdbcClient jdbc, @Value("${kc.kepegawaian.referensi-csv}") Resource csv) {
		List<CSVRecord> berkas = DataCsv.baca(csv);
		// one round trip at start-up; unchanged rows are not rewritten (no dead rows, no locks between instances)
		jdbc.sql("""
				INSERT INTO kepegawaian.referensi (jenis, kode, singkatan, nama, nama_en, urutan)
				SELECT * FROM unnest(CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
				  CAST(? AS integer[]))
				ON CONFLICT (jenis, kode) DO UPDATE SET singkatan = EXCLUDED.singkatan, nama = EXCLUDED.nama,
				  nama_en = EXCLUDED.nama_en, urutan = EXCLUDED.urutan
				WHERE (referensi.singkatan, referensi.nama, referensi.nama_en, referensi.urutan)
				  IS DISTINCT FROM (EXCLUDED.singkatan, EXCLUDED.nama, EXCLUDED.nama_en, EXCLUDED.urutan)""")
			.params(kolom(berkas, "jenis"), kolom(berkas, "kode"),
					berkas.stream().map(b -> b.get("singkatan").isBlank() ? null : b.get("singkatan")).toArray(String[]::new),
					kolom(berkas, "nama"), kolom(berkas, "nama_en"),
					berkas.stream().map(b -> Integer.valueOf(b.get("urutan"))).toArray(Integer[]::new))
			.update();
		this.perJenis = jdbc.sql("SELECT jenis, kode, singkatan, nama, nama_en, urutan FROM kepegawaian.referensi ORDER BY jenis, urutan")
			.query(Referensi.class)
			.list()
			.stream()
			.collect(Collectors.groupingBy(Referensi::jenis, LinkedHashMap::new, Collectors.toList()));
	}

	private static String[] kolom(List<CSVRecord> berkas, String nama) {
		return berkas.stream().map(b -> b.get(nama)).toArray(String[]::new);
	}

	public List<Referensi> daftar(String jenis) {
		return perJenis.getOrDefault(jenis, List.of());
	}

	public Optional<Referensi> cari(String jenis, String kode) {
		return daftar(jenis).stream().filter(r -> r.kode().equals(kode)).findFirst();
	}
}
