package id.kotacerdas.jalan.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.kotacerdas.pengaduan.Aset;
import id.kotacerdas.pengaduan.JenisAset;

/** Road segments as "jalan rusak" complaints pick them: the nearest by distance to the segment's line. */
@Component
class AsetJalan implements JenisAset {

	static final String KODE = "jalan";

	private final RuasRepository repo;

	AsetJalan(RuasRepository repo) {
		this.repo = repo;
	}

	@Override
	public String kode() {
		return KODE;
	}

	@Override
	public String kodeNama() {
		return "jalan.aset";
	}

	@Override
	public Optional<Aset> cari(String id) {
		return repo.cari(id).map(AsetJalan::aset);
	}

	/** A city has hundreds of segments, not millions: measured here against each line, not in SQL against a point. */
	@Override
	public List<Aset> terdekat(double lat, double lon, int batas) {
		return repo.semua().stream().sorted(Comparator.comparingDouble(r -> r.jarakM(lat, lon))).limit(batas).map(AsetJalan::aset).toList();
	}

	@Override
	public String tautanStaf(String id) {
		return "/staf/jalan/" + id;
	}

	/** The road's name and the segment's code, proper names only. */
	private static Aset aset(Ruas r) {
		return new Aset(KODE, r.kode(), r.nama() + " · " + r.kode(), r.tengahLat(), r.tengahLon());
	}
}
