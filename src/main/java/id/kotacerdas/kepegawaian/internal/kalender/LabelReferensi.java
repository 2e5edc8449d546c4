package id.kotacerdas.kepegawaian.internal.kalender;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import id.kotacerdas.kepegawaian.internal.KatalogReferensi;
import id.kotacerdas.kepegawaian.internal.Referensi;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;

/** The words people read for the codes of a record and for agencies, in the reader's language. */
@Component
public class LabelReferensi {

	private final KatalogReferensi referensi;

	private final DaftarOpd daftarOpd;

	LabelReferensi(KatalogReferensi referensi, DaftarOpd daftarOpd) {
		this.referensi = referensi;
		this.daftarOpd = daftarOpd;
	}

	/** A reference list as code → words, in the list's order. */
	public Map<String, String> daftar(String jenis, Locale bahasa) {
		return referensi.daftar(jenis).stream()
			.collect(Collectors.toMap(Referensi::kode, r -> r.label(bahasa), (a, b) -> a, LinkedHashMap::new));
	}

	/** PNS ranks and PPPK grades together: an employee's golongan is one or the other. */
	public Map<String, String> golongan(Locale bahasa) {
		Map<String, String> hasil = daftar(KatalogReferensi.GOLONGAN, bahasa);
		hasil.putAll(daftar(KatalogReferensi.GOLONGAN_PPPK, bahasa));
		return hasil;
	}

	/** Agency id → the name staff say (short name where there is one). */
	public Map<Long, String> opd() {
		return daftarOpd.semua().stream().collect(Collectors.toMap(Opd::id, Opd::namaPendek, (a, b) -> a, LinkedHashMap::new));
	}

	/** The active agencies, for a filter. */
	public java.util.List<Opd> opdAktif() {
		return daftarOpd.semua().stream().filter(Opd::aktif).toList();
	}
}
