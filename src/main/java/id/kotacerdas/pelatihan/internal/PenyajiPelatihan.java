package id.kotacerdas.pelatihan.internal;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.Waktu;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/** Sessions and programmes in words for pages: topic, agency, kelurahan and times (WITA) instead of codes. */
@Component
class PenyajiPelatihan {

	private final MessageSource pesan;

	private final Wilayah wilayah;

	private final DaftarOpd opd;

	PenyajiPelatihan(MessageSource pesan, Wilayah wilayah, DaftarOpd opd) {
		this.pesan = pesan;
		this.wilayah = wilayah;
		this.opd = opd;
	}

	record TampilanSesi(Rekaman.Sesi sesi, String topik, String penyelenggara, String kelurahan, String waktu, String tanggal) {
	}

	TampilanSesi sesi(Rekaman.Sesi s, Locale bahasa) {
		// hours as the platform writes them: 09.00 in Indonesian, 09:00 in English
		DateTimeFormatter jam = DateTimeFormatter.ofPattern("en".equals(bahasa.getLanguage()) ? "HH:mm" : "HH.mm");
		String waktu = Waktu.formatTanggal(s.mulai()) + ", " + jam.format(Waktu.wita(s.mulai())) + "–" + jam.format(Waktu.wita(s.selesai()))
				+ " WITA";
		return new TampilanSesi(s, topik(s.topik(), bahasa), namaOpd(s.opdId()), namaKelurahan(s.kelurahanKode()), waktu,
				Waktu.formatTanggal(s.mulai()));
	}

	List<TampilanSesi> sesi(List<Rekaman.Sesi> daftar, Locale bahasa) {
		return daftar.stream().map(s -> sesi(s, bahasa)).toList();
	}

	String topik(Topik t, Locale bahasa) {
		return pesan.getMessage(t.kodePesan(), null, bahasa);
	}

	Map<String, String> pilihanTopik(Locale bahasa) {
		Map<String, String> m = new LinkedHashMap<>();
		for (Topik t : Topik.values()) {
			m.put(t.name(), topik(t, bahasa));
		}
		return m;
	}

	Map<String, String> pilihanKelurahan() {
		Map<String, String> m = new LinkedHashMap<>();
		wilayah.kelurahan().stream().sorted(java.util.Comparator.comparing(Kelurahan::nama)).forEach(k -> m.put(k.kode(), k.nama()));
		return m;
	}

	String namaOpd(long id) {
		return opd.cari(id).map(Opd::nama).orElse("");
	}

	List<Opd> semuaOpd() {
		return opd.semua().stream().filter(Opd::aktif).toList();
	}

	String namaKelurahan(String kode) {
		return wilayah.kelurahan(kode).map(Kelurahan::nama).orElse(kode);
	}
}
