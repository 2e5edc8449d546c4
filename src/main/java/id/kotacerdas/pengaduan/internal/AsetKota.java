package id.kotacerdas.pengaduan.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import id.kotacerdas.pengaduan.Aset;
import id.kotacerdas.pengaduan.JenisAset;
import id.kotacerdas.pengaduan.Kategori;
import id.kotacerdas.platform.PermintaanDitolakException;

/** The kinds of city asset other modules contribute ({@link JenisAset} beans), by their code. */
@Component
class AsetKota {

	/** Assets the picker offers under the citizen's pin. */
	static final int PILIHAN_TERDEKAT = 5;

	/** The longest asset id a report stores ({@code pengaduan.aset_id varchar(60)}). */
	static final int PANJANG_ID_MAKS = 60;

	private final Map<String, JenisAset> jenis;

	AsetKota(List<JenisAset> jenis) {
		this.jenis = jenis.stream().collect(Collectors.toUnmodifiableMap(JenisAset::kode, Function.identity()));
	}

	Optional<JenisAset> jenis(String kode) {
		return kode == null ? Optional.empty() : Optional.ofNullable(jenis.get(kode));
	}

	/**
	 * The asset a report of the category names: none when no id was given, the asset when its kind
	 * knows the id (any case, spaces around ignored), else a refusal naming the field {@code aset}.
	 * A category that asks for no asset ignores the id.
	 */
	Optional<Aset> untukLaporan(Kategori kategori, String asetId) {
		if (kategori == null || kategori.asetJenis() == null || asetId == null || asetId.isBlank()) {
			return Optional.empty();
		}
		String id = asetId.strip();
		if (id.length() > PANJANG_ID_MAKS) {
			throw new PermintaanDitolakException("pengaduan.aset-tidak-dikenal", asetId.strip());
		}
		return Optional.of(jenis(kategori.asetJenis()).flatMap(j -> j.cari(id))
			.orElseThrow(() -> new PermintaanDitolakException("pengaduan.aset-tidak-dikenal", id)));
	}

	List<Aset> terdekat(String kode, double lat, double lon) {
		return jenis(kode).map(j -> j.terdekat(lat, lon, PILIHAN_TERDEKAT)).orElse(List.of());
	}

	/**
	 * A report's asset as staff see it: the kind's name key, the id, the asset's name (null when the
	 * registry no longer has it) and its page; null for a report about no asset.
	 */
	record Tampilan(String kodeNamaJenis, String id, String nama, String tautan) {
	}

	Tampilan tampilan(String kode, String id) {
		if (kode == null || id == null) {
			return null;
		}
		Optional<JenisAset> j = jenis(kode);
		return new Tampilan(j.map(JenisAset::kodeNama).orElse("staf.aset"), id,
				j.flatMap(x -> x.cari(id)).map(Aset::nama).orElse(null), j.map(x -> x.tautanStaf(id)).orElse(null));
	}
}
