package id.kotacerdas.evaluasi.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.kotacerdas.evaluasi.internal.SpbeRepository.Penilaian;
import id.kotacerdas.platform.Waktu;

/** The 47 SPBE indicators with Kominfo's assessment of the year: level, explanation, evidence, who entered it when. */
@Component
class SumberSpbe implements SumberBaris {

	private final SpbeRepository repo;

	private final MessageSource pesan;

	SumberSpbe(SpbeRepository repo, MessageSource pesan) {
		this.repo = repo;
		this.pesan = pesan;
	}

	@Override
	public String nama() {
		return "spbe";
	}

	@Override
	public Set<String> isian() {
		return Set.of("nomor", "domain", "aspek", "indikator", "tingkat", "penjelasan", BUKTI, SUMBER);
	}

	@Override
	public List<Baris> baris(int tahun, Map<String, Object> parameter, Locale bahasa) {
		Map<Integer, Penilaian> nilai = repo.penilaian(tahun);
		return repo.indikator().stream().map(i -> {
			Penilaian p = nilai.get(i.nomor());
			Map<String, Object> isi = new LinkedHashMap<>();
			isi.put("nomor", (long) i.nomor());
			isi.put("domain", i.domain());
			isi.put("aspek", i.aspek());
			isi.put("indikator", i.nama());
			isi.put("tingkat", p == null ? null : (long) p.tingkat());
			isi.put("penjelasan", p == null ? null : p.penjelasan());
			isi.put(SUMBER, p == null ? pesan.getMessage("evaluasi.spbe.belum-dinilai", null, bahasa)
					: pesan.getMessage("evaluasi.spbe.sumber", new Object[] { p.diisiOleh(), Waktu.formatTanggalJam(p.diisiPada()) }, bahasa));
			return new Baris(i.nomor() + " " + i.nama(), isi, p == null ? List.of() : p.bukti());
		}).toList();
	}
}
