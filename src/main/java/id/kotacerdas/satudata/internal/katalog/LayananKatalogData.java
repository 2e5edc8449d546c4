package id.kotacerdas.satudata.internal.katalog;

import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.DataTerbuka;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.KatalogDataTerbuka;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.satudata.Dataset;
import id.kotacerdas.satudata.DatasetBaru;
import id.kotacerdas.satudata.HasilPencarian;
import id.kotacerdas.satudata.KatalogData;
import id.kotacerdas.satudata.Organisasi;
import id.kotacerdas.satudata.Pencarian;
import id.kotacerdas.satudata.StatusDataset;
import id.kotacerdas.satudata.SumberDataset;
import id.kotacerdas.satudata.SumberDaya;

@Service
class LayananKatalogData implements KatalogData {

	/** CKAN's rule for a package name (as {@link DataTerbuka.Metadata}). */
	private static final Pattern NAMA = Pattern.compile("[a-z0-9_-]{2,100}");

	private static final int PANJANG_JUDUL_MAKS = 300;

	private final KatalogRepository repo;

	private final DaftarOpd opd;

	private final KatalogDataTerbuka kota;

	private final Map<String, DataTerbuka> modul;

	private final Clock clock;

	LayananKatalogData(KatalogRepository repo, DaftarOpd opd, KatalogDataTerbuka kota, List<DataTerbuka> modul, Clock clock) {
		this.repo = repo;
		this.opd = opd;
		this.kota = kota;
		this.modul = modul.stream().collect(Collectors.toUnmodifiableMap(d -> d.metadata().kode(), Function.identity()));
		this.clock = clock;
	}

	@Override
	@Transactional
	public Dataset simpan(DatasetBaru baru) {
		periksa(baru);
		Organisasi org = organisasi(baru.opdId());
		DatasetBaru lengkap = lengkapi(baru);
		if (baru.sumber() == SumberDataset.MODUL) {
			repo.simpanModul(lengkap, org.id(), clock.instant());
		}
		else if (repo.simpanUnggahan(lengkap, org.id(), clock.instant()).isEmpty()) {
			throw new PermintaanDitolakException(HttpStatus.CONFLICT, "satudata.nama-dipakai", baru.nama());
		}
		return repo.cari(baru.nama(), false).orElseThrow();
	}

	/** The city's licence and walidata where the producer named none. */
	private DatasetBaru lengkapi(DatasetBaru b) {
		return new DatasetBaru(b.nama(), b.judul().strip(), b.catatan().strip(), b.opdId(), b.tema(),
				b.tag().stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty()).toList(),
				kosong(b.lisensi()) ? kota.lisensi() : b.lisensi().strip(), b.satuData(), kosong(b.walidata()) ? kota.walidata() : b.walidata(),
				b.sumber(), b.kodeModul(), b.cakupan());
	}

	private static void periksa(DatasetBaru b) {
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		if (!NAMA.matcher(b.nama()).matches()) {
			p.tolak("nama", "satudata.isian.nama");
		}
		if (b.judul().isBlank() || b.judul().length() > PANJANG_JUDUL_MAKS) {
			p.tolak("judul", "satudata.isian.judul", PANJANG_JUDUL_MAKS);
		}
		if (b.tema().isEmpty()) {
			p.tolak("tema", "satudata.isian.tema");
		}
		p.lempar();
	}

	/** The agency as a CKAN organisation; its name from its short name, made unique with its id if two collide. */
	Organisasi organisasi(long opdId) {
		Opd o = opd.cari(opdId).orElseThrow(() -> new PermintaanDitolakException("satudata.isian.produsen"));
		String nama = slug(o.namaPendek());
		if (nama.length() < 2 || repo.namaOrganisasiDipakai(nama, opdId)) {
			nama = nama + "-" + opdId;
		}
		return repo.organisasi(opdId, nama, o.nama());
	}

	static String slug(String teks) {
		String tanpaAksen = Normalizer.normalize(teks, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String s = tanpaAksen.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		return s.length() > 90 ? s.substring(0, 90) : s;
	}

	@Override
	@Transactional
	public SumberDaya simpanSumberDaya(UUID datasetId, String nama, String format, long ukuran, UUID berkasId) {
		FormatData f = FormatData.dari(format).orElseThrow(() -> new PermintaanDitolakException("satudata.isian.format", format));
		Dataset d = repo.cari(datasetId.toString(), false)
			.orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("satudata.tidak-ada", datasetId));
		if (d.sumber() != SumberDataset.UNGGAHAN) {
			throw new PermintaanDitolakException(HttpStatus.CONFLICT, "satudata.bukan-unggahan", d.nama());
		}
		return repo.simpanSumberDaya(d.id(), nama, f.name(), f.jenisMedia(), KatalogData.alamat(d.nama(), f.ekstensi()), ukuran, berkasId,
				f.ordinal(), clock.instant());
	}

	@Override
	@Transactional
	public Dataset ajukan(String nama) {
		return pindah(nama, StatusDataset::ajukan, null);
	}

	@Override
	@Transactional
	public Dataset terbitkan(String nama) {
		return pindah(nama, StatusDataset::terbitkan, null);
	}

	@Override
	@Transactional
	public Dataset kembalikan(String nama, String alasan) {
		if (kosong(alasan)) {
			throw new IsianDitolakException(List.of(new IsianDitolakException.Galat("alasan", "satudata.isian.alasan")));
		}
		return pindah(nama, StatusDataset::kembalikan, alasan.strip());
	}

	private Dataset pindah(String nama, Function<StatusDataset, StatusDataset> aturan, String catatan) {
		Dataset d = repo.cari(nama, false).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("satudata.tidak-ada", nama));
		StatusDataset ke = aturan.apply(d.status());
		if (!repo.ubahStatus(d.id(), d.status(), ke, catatan, clock.instant())) {
			throw new PermintaanDitolakException(HttpStatus.CONFLICT, "satudata.status.berubah", nama);
		}
		return repo.cari(d.id().toString(), false).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Dataset> cari(String idAtauNama) {
		return repo.cari(idAtauNama, false);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Dataset> cariTerbit(String idAtauNama) {
		return repo.cari(idAtauNama, true);
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> namaTerbit(int batas, int lewati) {
		return repo.namaTerbit(batas, lewati);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Dataset> cariTerbitMenurutSumberDaya(UUID sumberDayaId) {
		return repo.datasetSumberDaya(sumberDayaId).flatMap(id -> repo.cari(id.toString(), true));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Dataset> dalamStatus(StatusDataset status, int batas) {
		return repo.dalamStatus(status, batas);
	}

	@Override
	@Transactional(readOnly = true)
	public HasilPencarian cari(Pencarian pencarian) {
		return repo.cari(pencarian);
	}

	@Override
	public Optional<DataTerbuka> dataModul(String nama) {
		return repo.kodeModul(nama).map(modul::get);
	}

	@Override
	public long baris(String nama, long lewati, long batas, Consumer<List<Object>> tujuan) {
		return dataModul(nama).map(d -> d.baris(lewati, batas, tujuan)).orElse(0L);
	}

	@Override
	@Transactional
	public void catatUnduhan(String nama) {
		repo.tambahUnduhan(nama);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Organisasi> organisasi() {
		return repo.organisasiTerbit();
	}

	private static boolean kosong(String s) {
		return s == null || s.isBlank();
	}
}
