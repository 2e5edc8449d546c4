package id.kotacerdas.kepegawaian.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.platform.DataCsv;

/** The reference lists come from the city's CSV file, as the regions do: another city or a BKN change edits the file. */
@IntegrationTest
class KatalogReferensiTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KatalogReferensi katalog;

	@Value("${kc.kepegawaian.referensi-csv}")
	Resource berkas;

	@Test
	void everyRowOfTheShippedFileIsWhatTheScreensShow() {
		var baris = DataCsv.baca(berkas);
		assertThat(baris).hasSizeGreaterThan(90);
		for (var b : baris) {
			Referensi r = katalog.cari(b.get("jenis"), b.get("kode")).orElseThrow(() -> new AssertionError(b.toString()));
			assertThat(r.nama()).isEqualTo(b.get("nama"));
			assertThat(r.namaEn()).isEqualTo(b.get("nama_en"));
		}
		assertThat(katalog.cari(KatalogReferensi.GOLONGAN, "34").orElseThrow().singkatan()).isEqualTo("III/d");
	}

	@Test
	void anEditedFileRenamesAndAddsCodesAtTheNextStartAndKeepsTheOthers() {
		String lama = """
				jenis,kode,singkatan,nama,nama_en,urutan
				uji-referensi,A,,Lama,Old,1
				uji-referensi,B,,Tetap,Kept,2
				""";
		new KatalogReferensi(jdbc, csv(lama));
		String baru = """
				jenis,kode,singkatan,nama,nama_en,urutan
				uji-referensi,A,A1,"Baru, diganti",Renamed,1
				uji-referensi,C,,Tambahan,Added,3
				""";
		KatalogReferensi katalogBaru = new KatalogReferensi(jdbc, csv(baru));

		assertThat(katalogBaru.daftar("uji-referensi")).extracting(Referensi::kode, Referensi::nama, Referensi::singkatan)
			.containsExactly(Tuple.tuple("A", "Baru, diganti", "A1"), Tuple.tuple("B", "Tetap", null),
					Tuple.tuple("C", "Tambahan", null));
	}

	private static Resource csv(String isi) {
		return new ByteArrayResource(isi.getBytes(StandardCharsets.UTF_8));
	}
}
