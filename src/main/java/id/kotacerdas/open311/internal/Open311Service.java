package id.kotacerdas.open311.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.platform.Sidik;
import id.kotacerdas.pengaduan.Kategori;
import id.kotacerdas.pengaduan.LaporanBaru;
import id.kotacerdas.pengaduan.LayananPengaduan;
import id.kotacerdas.pengaduan.PembaruanPublik;
import id.kotacerdas.pengaduan.PengaduanPublik;
import id.kotacerdas.pengaduan.SaringanPengaduan;
import id.kotacerdas.pengaduan.TandaTerima;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;
import tools.jackson.databind.ObjectMapper;

/** Open311 on top of the complaint module: filing, finding, updates, and the discovery changeset. */
@Service
class Open311Service {

	/** The attribute naming the city asset a report is about, for categories that ask for one (GeoReport v2 {@code attribute[aset]}). */
	static final String ATRIBUT_ASET = "aset";

	/** The spec's cap on one answer of GET requests. */
	static final int BARIS_MAKS = 1000;

	/** A request as an Open311 client files it, already parsed. */
	record Pengajuan(String kategoriKode, String deskripsi, Double lat, Double lon, String alamat, String kelurahanKode,
			String nama, String telepon, String email, Map<String, List<String>> atribut, List<byte[]> foto, String mediaUrl) {
	}

	/** Filters of GET requests; {@code nomor} overrides the rest. {@code halaman} counts from 1. */
	record Pencarian(List<String> nomor, List<String> kategori, Boolean terbuka, Instant dari, Instant sampai,
			Instant diperbaruiSetelah, Instant diperbaruiSebelum, int halaman, int ukuran) {
	}

	private final LayananPengaduan pengaduan;

	private final Wilayah wilayah;

	private final Open311Repository repo;

	private final ObjectMapper json;

	private final Clock clock;

	Open311Service(LayananPengaduan pengaduan, Wilayah wilayah, Open311Repository repo, ObjectMapper json, Clock clock) {
		this.pengaduan = pengaduan;
		this.wilayah = wilayah;
		this.repo = repo;
		this.json = json;
		this.clock = clock;
	}

	List<Kategori> kategori() {
		return pengaduan.kategori();
	}

	Kategori kategori(String kode) {
		return pengaduan.kategori(kode).filter(Kategori::aktif)
			.orElseThrow(() -> Open311Exception.tidakDitemukan("open311.layanan-tidak-dikenal"));
	}

	/** The service a request is filed for, from the complaint module's copy in memory (no round trip). */
	Kategori kategoriUntukPengajuan(String kode) {
		return pengaduan.kategoriUntukPengajuan(kode).filter(Kategori::aktif)
			.orElseThrow(() -> Open311Exception.tidakDitemukan("open311.layanan-tidak-dikenal"));
	}

	/**
	 * When the published service list or a definition last changed: a fingerprint of what is
	 * published now is compared with the stored one, and the time moves only when it differs.
	 */
	@Transactional
	Instant changeset(List<Kategori> kategori) {
		String sidik = Sidik.sha256(json.writeValueAsString(kategori));
		return repo.changeset(sidik, clock.instant());
	}

	/**
	 * Files the report and what only Open311 knows about it in the complaint module's one
	 * transaction (photos are decoded before it): a 2xx means both are stored. A retry with the
	 * same {@code Idempotency-Key} answers with the first filing.
	 */
	TandaTerima ajukan(Pengajuan p, long kunciId, String kunciIdempotensi) {
		boolean anonim = p.nama() == null || p.nama().isBlank();
		return pengaduan.ajukan(new LaporanBaru(p.kategoriKode(), p.deskripsi(), p.lat(), p.lon(), p.kelurahanKode(),
				p.alamat(), p.nama(), p.telepon(), p.email(), anonim, false, p.atribut(), p.foto(), "open311",
				p.atribut().getOrDefault(ATRIBUT_ASET, List.of()).stream().findFirst().orElse(null)), kunciIdempotensi,
				t -> repo.tambahPermintaan(t.nomor(), kunciId, p.mediaUrl(), clock.instant()));
	}

	/**
	 * The kelurahan a free-text address names (the longest name found as a whole word), for clients
	 * that send only {@code address_string}: the complaint module routes by kelurahan.
	 */
	Optional<Kelurahan> kelurahanDariAlamat(String alamat) {
		return wilayah.kelurahan().stream()
			.sorted(Comparator.comparingInt((Kelurahan k) -> k.nama().length()).reversed())
			.filter(k -> Pattern.compile("(?iu)(^|[^\\p{L}])" + Pattern.quote(k.nama()) + "($|[^\\p{L}])").matcher(alamat).find())
			.findFirst();
	}

	/**
	 * One page of public reports, newest first. The complaint module filters by one category, so
	 * several service codes are merged here from the first {@code halaman × ukuran} rows of each.
	 */
	List<PengaduanPublik> cari(Pencarian c) {
		if (!c.nomor().isEmpty()) {
			return pengaduan.cari(new SaringanPengaduan(c.nomor(), null, null, null, null, null, null, null, null, null, 0,
					BARIS_MAKS)).isi();
		}
		if (c.kategori().size() <= 1) {
			return pengaduan.cari(saringan(c, c.kategori().isEmpty() ? null : c.kategori().get(0), c.halaman() - 1, c.ukuran()))
				.isi();
		}
		long perlu = (long) c.halaman() * c.ukuran();
		if (perlu > BARIS_MAKS) {
			throw Open311Exception.tidakValid("open311.halaman-terlalu-dalam", BARIS_MAKS);
		}
		return c.kategori().stream()
			.flatMap(k -> pengaduan.cari(saringan(c, k, 0, (int) perlu)).isi().stream())
			.sorted(Comparator.comparing(PengaduanPublik::diterima).thenComparing(PengaduanPublik::nomor).reversed())
			.skip((long) (c.halaman() - 1) * c.ukuran())
			.limit(c.ukuran())
			.toList();
	}

	private static SaringanPengaduan saringan(Pencarian c, String kategori, int halaman, int ukuran) {
		return new SaringanPengaduan(null, kategori, null, null, null, c.terbuka(), c.dari(), c.sampai(), c.diperbaruiSetelah(),
				c.diperbaruiSebelum(), halaman, ukuran);
	}

	List<PembaruanPublik> pembaruanSetelah(Instant setelah, int batas) {
		return pengaduan.pembaruanSetelah(setelah, batas);
	}

	Optional<PengaduanPublik> publik(String nomor) {
		return pengaduan.publik(nomor);
	}

	/** Media URLs Open311 clients sent, for reports that have no photo of their own. */
	Map<String, String> mediaKlien(List<PengaduanPublik> daftar) {
		return repo.mediaUrl(daftar.stream().map(PengaduanPublik::nomor).toList());
	}

	Map<String, Kategori> kategoriMenurutKode() {
		Map<String, Kategori> peta = new HashMap<>();
		kategori().forEach(k -> peta.put(k.kode(), k));
		return peta;
	}

	/**
	 * A citizen's comment on a public report. The client's own {@code update_id} makes a retry
	 * return the first answer instead of adding the comment twice.
	 *
	 * @return our id of the update
	 */
	@Transactional
	String tambahPembaruan(long kunciId, String nomor, String teks, String updateIdKlien) {
		if (updateIdKlien != null) {
			Optional<Long> ada = repo.pembaruanWarga(kunciId, updateIdKlien);
			if (ada.isPresent()) {
				return idPembaruan(ada.get());
			}
		}
		pengaduan.tambahInformasi(nomor, teks);
		long id = repo.tambahPembaruanWarga(kunciId, nomor, updateIdKlien, clock.instant());
		return idPembaruan(id);
	}

	/** Citizen updates get their own id space, apart from the staff-side update ids of GET. */
	private static String idPembaruan(long id) {
		return "warga-" + id;
	}

	Instant sekarang() {
		return clock.instant();
	}

}
