package id.kotacerdas.ekspor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import id.kotacerdas.ekspor.ImporBertahap.Status;
import id.kotacerdas.platform.PermintaanDitolakException;

/** The shared staged import: header found below a title, every row listed, what is stored compared once, all or nothing. */
class ImporBertahapTests {

	record Harga(int nomor, Status status, String komoditas, long rupiah) implements ImporBertahap.BarisPeriksa {
	}

	/** A small module: komoditas and harga columns, a price must be a whole positive number, "beras" is stored already. */
	private static final ImporBertahap.Aturan<int[], Harga> ATURAN = new ImporBertahap.Aturan<>() {

		@Override
		public int[] kepala(LembarMasuk.Baris baris) {
			LembarMasuk.Kepala k = LembarMasuk.Kepala.dari(baris);
			return k.awalan("komoditas").isEmpty() ? null
					: new int[] { k.awalan("komoditas").get(),
							k.awalan("harga").orElseThrow(() -> new PermintaanDitolakException("uji.kolom-hilang", "harga")) };
		}

		@Override
		public Harga periksa(int[] kolom, LembarMasuk.Baris b) {
			String harga = b.sel(kolom[1]);
			boolean sah = harga.matches("[1-9]\\d{0,8}");
			return new Harga(b.nomor(), sah ? Status.BARU : Status.DITOLAK, b.sel(kolom[0]), sah ? Long.parseLong(harga) : 0);
		}

		@Override
		public List<Harga> bandingkan(List<Harga> baris) {
			Set<String> tersimpan = Set.of("beras");
			return baris.stream()
				.map(h -> h.status() == Status.BARU && tersimpan.contains(h.komoditas()) ? new Harga(h.nomor(), Status.SUDAH_ADA, h.komoditas(), h.rupiah()) : h)
				.toList();
		}
	};

	private static byte[] csv(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void aRefusedRowIsListedWithTheSheetsNumberAndKeepsTheWholeFileFromBeingStored() {
		var p = ImporBertahap.periksa(csv("Harga pasar Oeba\n\nKomoditas;Harga (Rp)\nberas;12800\ncabai rawit;lima ribu\ntomat;15000\n"), 100, "uji.kosong",
				ATURAN);
		assertThat(p.baris()).extracting(Harga::nomor, Harga::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(4, Status.SUDAH_ADA), org.assertj.core.groups.Tuple.tuple(5, Status.DITOLAK),
					org.assertj.core.groups.Tuple.tuple(6, Status.BARU));
		assertThat(List.of(p.baru(), p.sudahAda(), p.ditolak())).containsExactly(1L, 1L, 1L);
		assertThat(p.bolehDiterapkan()).isFalse();
		assertThatThrownBy(() -> ImporBertahap.yangDisimpan(p, HttpStatus.CONFLICT, "uji.ada-yang-ditolak"))
			.isInstanceOfSatisfying(PermintaanDitolakException.class, ex -> {
				assertThat(ex.status()).isEqualTo(HttpStatus.CONFLICT);
				assertThat(ex.argumen()).containsExactly(1L);
			});
	}

	@Test
	void aCleanFileHandsOnlyItsNewRowsToBeStored() {
		var p = ImporBertahap.periksa(csv("komoditas,harga\nberas,12800\ntomat,15000\nbawang merah,42000\n"), 100, "uji.kosong", ATURAN);
		assertThat(p.bolehDiterapkan()).isTrue();
		assertThat(ImporBertahap.yangDisimpan(p, HttpStatus.CONFLICT, "uji.ada-yang-ditolak")).extracting(Harga::komoditas)
			.containsExactly("tomat", "bawang merah");
	}

	@Test
	void aSheetWithoutItsHeaderIsRefusedOrCheckedAsEmptyAndAMissingColumnIsRefused() {
		assertThatThrownBy(() -> ImporBertahap.periksa(csv("beras;12800\n"), 100, "uji.kosong", ATURAN))
			.isInstanceOfSatisfying(PermintaanDitolakException.class, ex -> assertThat(ex.kodePesan()).isEqualTo("uji.kosong"));
		assertThat(ImporBertahap.periksa(csv("beras;12800\n"), 100, null, ATURAN).baris()).isEmpty();
		assertThatThrownBy(() -> ImporBertahap.periksa(csv("komoditas;asal\nberas;Bima\n"), 100, "uji.kosong", ATURAN))
			.isInstanceOfSatisfying(PermintaanDitolakException.class, ex -> assertThat(ex.kodePesan()).isEqualTo("uji.kolom-hilang"));
	}

	@Test
	void theFilesNameIsKeptAsALabel() {
		assertThat(ImporBertahap.namaBerkas("  harga-maret.xlsx ", "harga")).isEqualTo("harga-maret.xlsx");
		assertThat(ImporBertahap.namaBerkas(" ", "harga")).isEqualTo("harga");
		assertThat(ImporBertahap.namaBerkas("a".repeat(300), "harga")).hasSize(ImporBertahap.PANJANG_NAMA_BERKAS);
	}
}
