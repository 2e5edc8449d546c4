package id.kotacerdas.umkm.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import id.kotacerdas.platform.DataCsv;

/**
 * Reference lists as files under {@code referensi/umkm/}: the KBLI 2020 codes Kupang's UMKM register under (a
 * subset of BPS's classification, grouped into the directory's sectors), and the payment points shown on the
 * directory's map (sample rows until Bank NTT's list is loaded).
 */
@Component
class ReferensiUmkm {

	/** A 5-digit KBLI 2020 code, its title, and the directory sector it belongs to ({@code kuliner}, {@code tenun-kriya}, …). */
	record Kbli(String kode, String judul, String sektor) {
	}

	/** A bank office or agent where people pay and withdraw. */
	record TitikBayar(String nama, String jenis, String penyelenggara, String alamat, double lat, double lon) {
	}

	private final Map<String, Kbli> kbli = new LinkedHashMap<>();

	private final List<TitikBayar> titikBayar;

	ReferensiUmkm() {
		DataCsv.baca(new ClassPathResource("referensi/umkm/kbli-2020.csv"))
			.forEach(r -> kbli.put(r.get("kode"), new Kbli(r.get("kode"), r.get("judul"), r.get("sektor"))));
		titikBayar = DataCsv.baca(new ClassPathResource("referensi/umkm/titik-bayar-contoh.csv")).stream()
			.map(r -> new TitikBayar(r.get("nama"), r.get("jenis"), r.get("penyelenggara"), r.get("alamat"), Double.parseDouble(r.get("lat")),
					Double.parseDouble(r.get("lon"))))
			.toList();
	}

	List<Kbli> kbli() {
		return List.copyOf(kbli.values());
	}

	Optional<Kbli> kbli(String kode) {
		return Optional.ofNullable(kode == null ? null : kbli.get(kode.strip()));
	}

	/** The sectors in the order of the file. */
	List<String> sektor() {
		return kbli.values().stream().map(Kbli::sektor).distinct().toList();
	}

	/** The codes of one sector. */
	List<String> kodeSektor(String sektor) {
		return kbli.values().stream().filter(k -> k.sektor().equals(sektor)).map(Kbli::kode).toList();
	}

	List<TitikBayar> titikBayar() {
		return titikBayar;
	}
}
