package id.kotacerdas.satudata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.kotacerdas.IntegrationTest;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.platform.DataTerbuka;
import id.kotacerdas.platform.DataTerbuka.Frekuensi;
import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.PermintaanDitolakException;

/** The catalogue on the real database: the modules' datasets on start, an upload's walidata workflow, search. */
@IntegrationTest
class KatalogDataTests {

	@Autowired
	KatalogData katalog;

	@Autowired
	List<DataTerbuka> modul;

	@Autowired
	DaftarOpd opd;

	@Test
	void everyModuleDatasetIsPublishedWithItsProducerSatuDataMetadataAndThreeFiles() {
		assertThat(modul).hasSizeGreaterThanOrEqualTo(8);
		for (DataTerbuka d : modul) {
			Dataset ds = katalog.cariTerbit(d.metadata().kode()).orElseThrow(() -> new AssertionError(d.metadata().kode()));
			assertThat(ds.sumber()).isEqualTo(SumberDataset.MODUL);
			assertThat(ds.tanggalRilis()).isNotNull();
			assertThat(ds.grup()).containsExactly(GrupData.nama(d.metadata().tema()));
			assertThat(ds.tag()).containsExactlyElementsOf(d.metadata().kataKunci());
			assertThat(ds.judul()).doesNotContain(".data-terbuka.");
			assertThat(ds.satuData().definisi()).isEqualTo(ds.catatan()).isNotBlank();
			assertThat(ds.satuData().periode()).isEqualTo(d.metadata().frekuensi());
			assertThat(ds.sumberDaya()).extracting(SumberDaya::format).containsExactly("CSV", "XLSX", "JSON");
			assertThat(ds.sumberDaya().get(0).alamat()).isEqualTo("/data/" + ds.nama() + "/unduh.csv");
		}
		Dataset umkm = katalog.cariTerbit("umkm-terdaftar").orElseThrow();
		assertThat(umkm.organisasi().nama()).isEqualTo("dinas-koperasi-dan-ukm");
		assertThat(umkm.organisasi().judul()).isEqualTo("Dinas Koperasi, Usaha Kecil dan Menengah Kota Kupang");
		assertThat(umkm.satuData().klasifikasi()).isEqualTo("KBLI 2020");
		assertThat(umkm.satuData().tingkatWilayah()).isEqualTo(TingkatWilayah.KELURAHAN);
		assertThat(katalog.cariTerbit(umkm.id().toString())).map(Dataset::nama).contains("umkm-terdaftar");
	}

	@Test
	void anUploadIsPublicOnlyOnceTheWalidataPublishesIt() {
		String nama = "rumah-ibadah-ktr-" + UUID.randomUUID().toString().substring(0, 8);
		Dataset draf = katalog.simpan(unggahan(nama, "Jumlah rumah ibadah per kelurahan"));
		assertThat(draf.status()).isEqualTo(StatusDataset.DRAF);
		assertThat(draf.lisensi()).isEqualTo("CC-BY-4.0");
		assertThat(draf.walidata()).isEqualTo("Dinas Kominfo");
		katalog.simpanSumberDaya(draf.id(), nama + ".csv", "csv", 2048, UUID.randomUUID());
		assertThat(katalog.cariTerbit(nama)).isEmpty();
		assertThat(cariTeks("ibadah", nama)).isZero();

		assertThatThrownBy(() -> katalog.terbitkan(nama)).isInstanceOf(PermintaanDitolakException.class);
		katalog.ajukan(nama);
		assertThatThrownBy(() -> katalog.kembalikan(nama, " ")).isInstanceOf(IsianDitolakException.class);
		Dataset kembali = katalog.kembalikan(nama, "Sebutkan sumber data Kemenag");
		assertThat(kembali.status()).isEqualTo(StatusDataset.DIKEMBALIKAN);
		assertThat(kembali.catatanWalidata()).isEqualTo("Sebutkan sumber data Kemenag");
		// the producer corrects it and submits again
		katalog.simpan(unggahan(nama, "Jumlah rumah ibadah per kelurahan (sumber: Kemenag Kota Kupang)"));
		katalog.ajukan(nama);
		Dataset terbit = katalog.terbitkan(nama);
		assertThat(terbit.status()).isEqualTo(StatusDataset.TERBIT);
		assertThat(terbit.tanggalRilis()).isNotNull();
		assertThat(terbit.sumberDaya()).singleElement().satisfies(s -> {
			assertThat(s.format()).isEqualTo("CSV");
			assertThat(s.ukuran()).isEqualTo(2048L);
		});
		assertThat(cariTeks("ibadah", nama)).isEqualTo(1);
		assertThat(cariTeks("kemenag", nama)).isEqualTo(1);
		// a published dataset's name is taken: an upload under it is refused, the published one unchanged
		assertThatThrownBy(() -> katalog.simpan(unggahan(nama, "Lain"))).isInstanceOf(PermintaanDitolakException.class);
		assertThat(katalog.cariTerbit(nama).orElseThrow().judul()).startsWith("Jumlah rumah ibadah");
		katalog.catatUnduhan(nama);
		assertThat(katalog.cariTerbit(nama).orElseThrow().jumlahUnduhan()).isEqualTo(1);
	}

	@Test
	void aBadNameIsRefusedAndNothingStored() {
		assertThatThrownBy(() -> katalog.simpan(unggahan("Data Rumah Ibadah!", "Rumah ibadah"))).isInstanceOf(IsianDitolakException.class);
		assertThat(katalog.cari("Data Rumah Ibadah!")).isEmpty();
	}

	private long cariTeks(String teks, String nama) {
		return katalog.cari(new Pencarian(teks, List.of(), List.of(), 1000, 0, List.of(), 0)).dataset().stream()
			.filter(d -> d.nama().equals(nama)).count();
	}

	private DatasetBaru unggahan(String nama, String judul) {
		long kesbangpol = opd.cariSingkatan("Kesbangpol").orElseThrow().id();
		MetadataSatuData m = new MetadataSatuData("Rumah ibadah", "Jumlah rumah ibadah yang terdaftar per kelurahan", "Agama", "unit", null,
				null, TingkatWilayah.KELURAHAN, "53.71", Frekuensi.TAHUNAN, "Setiap Januari");
		return new DatasetBaru(nama, judul, "Data rumah ibadah per kelurahan di Kota Kupang.", kesbangpol, List.of(ElemenKotaCerdas.KOMUNITAS),
				List.of("Rumah Ibadah", "agama"), null, m, null, SumberDataset.UNGGAHAN, null, null);
	}
}
