package id.kotacerdas.pju.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.kotacerdas.pengaduan.Aset;
import id.kotacerdas.pengaduan.JenisAset;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/** Street-light poles as the complaint form picks them: "lampu jalan mati" asks for one. */
@Component
class AsetPju implements JenisAset {

	static final String KODE = "pju";

	private final TiangRepository repo;

	private final Wilayah wilayah;

	AsetPju(TiangRepository repo, Wilayah wilayah) {
		this.repo = repo;
		this.wilayah = wilayah;
	}

	@Override
	public String kode() {
		return KODE;
	}

	@Override
	public String kodeNama() {
		return "pju.aset";
	}

	@Override
	public Optional<Aset> cari(String id) {
		return repo.cari(id).map(this::aset);
	}

	@Override
	public List<Aset> terdekat(double lat, double lon, int batas) {
		return repo.terdekat(lat, lon, batas).stream().map(this::aset).toList();
	}

	@Override
	public String tautanStaf(String id) {
		return "/staf/pju/" + id;
	}

	/** The pole's code and where it stands, proper names only, so it reads the same in every language. */
	private Aset aset(Tiang t) {
		String kelurahan = t.kelurahanKode() == null ? "" : wilayah.kelurahan(t.kelurahanKode()).map(Kelurahan::nama).orElse("");
		return new Aset(KODE, t.kode(), kelurahan.isEmpty() ? t.kode() : t.kode() + " · " + kelurahan, t.lat(), t.lon());
	}
}
