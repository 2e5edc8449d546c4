package id.kotacerdas.evaluasi.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.kotacerdas.layanan.StandarPelayanan;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;

/** The published service standards (PEKPPP and the Ombudsman's survey ask which of the 14 components each service shows). */
@Component
class SumberStandarLayanan implements SumberBaris {

	private final StandarPelayanan standar;

	private final DaftarOpd daftarOpd;

	private final MessageSource pesan;

	SumberStandarLayanan(StandarPelayanan standar, DaftarOpd daftarOpd, MessageSource pesan) {
		this.standar = standar;
		this.daftarOpd = daftarOpd;
		this.pesan = pesan;
	}

	@Override
	public String nama() {
		return "standar-layanan";
	}

	@Override
	public Set<String> isian() {
		return Set.of("layanan", "opd", "unit", "komponen-ada", "komponen-kurang", "lengkap", BUKTI, SUMBER);
	}

	/** The catalogue as it is now: a standard is published, not kept per year. */
	@Override
	public List<Baris> baris(int tahun, Map<String, Object> parameter, Locale bahasa) {
		String sumber = pesan.getMessage("evaluasi.standar.sumber", new Object[] { StandarPelayanan.JUMLAH_KOMPONEN }, bahasa);
		return standar.semua().stream().map(k -> {
			Map<String, Object> isi = new LinkedHashMap<>();
			isi.put("layanan", k.nama());
			isi.put("opd", daftarOpd.cari(k.opdId()).map(Opd::namaPendek).orElse(""));
			isi.put("unit", k.unit());
			isi.put("komponen-ada", (long) k.ada());
			isi.put("komponen-kurang", k.kurang().stream().map(c -> pesan.getMessage("evaluasi.komponen." + c, null, bahasa))
				.collect(Collectors.joining(", ")));
			isi.put("lengkap", pesan.getMessage(k.lengkap() ? "evaluasi.ya" : "evaluasi.tidak", null, bahasa));
			isi.put(SUMBER, sumber);
			return new Baris(k.nama(), isi, List.of());
		}).toList();
	}
}
