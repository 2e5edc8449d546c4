package id.kotacerdas.pju.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.kotacerdas.jalan.DaftarRuas;
import id.kotacerdas.pengaduan.Aset;
import id.kotacerdas.pengaduan.JenisAset;
import id.kotacerdas.wilayah.Wilayah;

/** Street-light poles as the complaint form picks them: "lampu jalan mati" asks for one. */
@Component
class AsetPju implements JenisAset {

	static final String KODE = "pju";

	private final TiangRepository repo;

	private final Wilayah wilayah;

	private final DaftarRuas ruas;

	AsetPju(TiangRepository repo, Wilayah wilayah, DaftarRuas ruas) {
		this.repo = repo;
		this.wilayah = wilayah;
		this.ruas = ruas;
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

	/** The pole's code, its road and kelurahan: proper names only, so it reads the same in every language. */
	private Aset aset(Tiang t) {
		StringBuilder nama = new StringBuilder(t.kode());
		ruas.cari(t.ruasKode()).ifPresent(r -> nama.append(" · ").append(r.nama()));
		if (t.kelurahanKode() != null) {
			wilayah.kelurahan(t.kelurahanKode()).ifPresent(k -> nama.append(" · ").append(k.nama()));
		}
		return new Aset(KODE, t.kode(), nama.toString(), t.lat(), t.lon());
	}
}
