package id.kotacerdas.pju.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import id.kotacerdas.jalan.DaftarRuas;
import id.kotacerdas.jalan.RuasJalan;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/**
 * The street lights as citizens see them: each pole's code, road, kelurahan and status in words, and the link that
 * opens the complaint form with the pole filled in (as its sticker's QR does). Nothing internal: no owner, contract,
 * Musrenbang proposal, TALQ id or complaint number.
 */
@Component
class PetaPju {

	private final TiangRepository repo;

	private final Wilayah wilayah;

	private final DaftarRuas ruas;

	private final MessageSource pesan;

	PetaPju(TiangRepository repo, Wilayah wilayah, DaftarRuas ruas, MessageSource pesan) {
		this.repo = repo;
		this.wilayah = wilayah;
		this.ruas = ruas;
		this.pesan = pesan;
	}

	/** A pole in public words; {@code lapor} opens the complaint form about it. */
	record TiangPublik(String kode, double lat, double lon, String jalan, String kelurahan, String status, boolean gelap, String lapor) {
	}

	/** A kelurahan with poles: how many, how many dark or gone now. */
	record RingkasanKelurahan(String kode, String nama, String kecamatan, long tiang, long padam) {
	}

	/** The complaint form's address about one pole, the same as the sticker's QR opens. */
	static String tautanLapor(String kode) {
		return UriComponentsBuilder.fromPath("/pengaduan/baru").queryParam("jenisAset", AsetPju.KODE).queryParam("aset", kode).build()
			.toUriString();
	}

	/** Poles of one kelurahan (null: all), only the dark or gone ones when {@code padamSaja}, by code. */
	List<TiangPublik> tiang(String kelurahanKode, boolean padamSaja, Locale bahasa) {
		Map<String, String> namaRuas = ruas.semua().stream().collect(Collectors.toMap(RuasJalan::kode, RuasJalan::nama, (a, b) -> a));
		Map<String, String> namaKel = wilayah.kelurahan().stream().collect(Collectors.toMap(Kelurahan::kode, Kelurahan::nama));
		return repo.daftar(kelurahanKode, null, null, null, Integer.MAX_VALUE).stream().filter(t -> !padamSaja || t.status().gelap())
			.map(t -> new TiangPublik(t.kode(), t.lat(), t.lon(), namaRuas.get(t.ruasKode()), namaKel.get(t.kelurahanKode()),
					pesan.getMessage(t.status().kodePesan(), null, bahasa), t.status().gelap(), tautanLapor(t.kode())))
			.toList();
	}

	/** Every kelurahan that has poles, by kecamatan and name. */
	List<RingkasanKelurahan> perKelurahan() {
		Map<String, long[]> hitung = new LinkedHashMap<>();
		for (TiangRepository.Hitungan h : repo.hitungPerKelurahan()) {
			hitung.put(h.kelurahanKode(), new long[] { h.tiang(), h.padam() });
		}
		List<RingkasanKelurahan> hasil = new ArrayList<>();
		Map<String, Kelurahan> kel = wilayah.kelurahan().stream().collect(Collectors.toMap(Kelurahan::kode, Function.identity()));
		hitung.forEach((kode, n) -> {
			Kelurahan k = kel.get(kode);
			if (k != null) {
				hasil.add(new RingkasanKelurahan(kode, k.nama(), k.kecamatan().nama(), n[0], n[1]));
			}
		});
		hasil.sort(Comparator.comparing(RingkasanKelurahan::kecamatan).thenComparing(RingkasanKelurahan::nama));
		return hasil;
	}

	/** The poles as a GeoJSON FeatureCollection with {@code platform.LapisanPeta}'s properties. */
	Map<String, Object> geoJson(List<TiangPublik> daftar) {
		List<Object> fitur = new ArrayList<>(daftar.size());
		for (TiangPublik t : daftar) {
			Map<String, Object> p = new LinkedHashMap<>();
			p.put("nama", t.jalan() == null ? t.kode() : t.kode() + " · " + t.jalan());
			p.put("keterangan", t.status());
			p.put("kelurahan", t.kelurahan());
			p.put("peringatan", t.gelap());
			p.put("tautan", t.lapor());
			fitur.add(Map.of("type", "Feature", "geometry", Map.of("type", "Point", "coordinates", List.of(t.lon(), t.lat())), "properties", p));
		}
		return Map.of("type", "FeatureCollection", "features", fitur);
	}
}
