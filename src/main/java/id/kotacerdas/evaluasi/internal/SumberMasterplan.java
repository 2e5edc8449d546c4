package id.kotacerdas.evaluasi.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.kotacerdas.akun.DaftarStaf;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.berkas.Berkas;
import id.kotacerdas.berkas.LayananBerkas;
import id.kotacerdas.masterplan.RegisterMasterplan;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Waktu;

/**
 * The masterplan register for the year ({@link RegisterMasterplan}): every programme's indicator with baseline, target,
 * actual value and achievement, and where the value comes from — the module and when it was computed for a live one,
 * the proof files, their date and the Kominfo verifier for an entered one. Kominfo's smart-city self-assessment reads it.
 */
@Component
class SumberMasterplan implements SumberBaris {

	static final String PARAMETER_PROGRAM = "program";

	private final RegisterMasterplan register;

	private final LayananBerkas berkas;

	private final DaftarStaf daftarStaf;

	private final MessageSource pesan;

	SumberMasterplan(RegisterMasterplan register, LayananBerkas berkas, DaftarStaf daftarStaf, MessageSource pesan) {
		this.register = register;
		this.berkas = berkas;
		this.daftarStaf = daftarStaf;
		this.pesan = pesan;
	}

	@Override
	public String nama() {
		return "masterplan";
	}

	@Override
	public Set<String> isian() {
		return Set.of("dimensi", "elemen", "program", "opd", "quick-win", "kode", "indikator", "satuan", "baseline", "target", "aktual", "capaian",
				BUKTI, SUMBER);
	}

	@Override
	public List<Baris> baris(int tahun, Map<String, Object> parameter, Locale bahasa) {
		List<Baris> hasil = new ArrayList<>();
		Set<String> program = program(parameter);
		for (RegisterMasterplan.Dimensi d : register.untukTahun(tahun).dimensi()) {
			for (RegisterMasterplan.Elemen e : d.elemen()) {
				for (RegisterMasterplan.Program p : e.program()) {
					if (program != null && !program.contains(p.kode())) {
						continue;
					}
					for (RegisterMasterplan.Butir b : p.indikator()) {
						Map<String, Object> isi = new LinkedHashMap<>();
						isi.put("dimensi", teks(d.dimensi().kodePesan(), bahasa));
						isi.put("elemen", teks(e.elemen().kodePesan(), bahasa));
						isi.put("program", p.nama());
						isi.put("opd", p.opd());
						isi.put("quick-win", teks(p.quickWin() ? "evaluasi.ya" : "evaluasi.tidak", bahasa));
						isi.put("kode", b.kode());
						isi.put("indikator", b.nama());
						isi.put("satuan", teks(b.satuan().kodePesan(), bahasa));
						isi.put("baseline", b.baselineNilai());
						isi.put("target", b.target());
						isi.put("aktual", b.aktual());
						isi.put("capaian", teks(b.capaian().kodePesan(), bahasa));
						List<Bukti> bukti = bukti(b);
						isi.put(SUMBER, sumber(b, bahasa));
						hasil.add(new Baris(b.kode() + " " + b.nama(), isi, bukti));
					}
				}
			}
		}
		return hasil;
	}

	/** A layout may ask for some programmes only ({@code parameter: {program: [codes]}}); null for all. */
	private static Set<String> program(Map<String, Object> parameter) {
		return parameter.get(PARAMETER_PROGRAM) instanceof List<?> kode ? kode.stream().map(String::valueOf).collect(Collectors.toSet()) : null;
	}

	@Override
	public List<IsianDitolakException.Galat> periksa(Map<String, Object> parameter) {
		Set<String> program = program(parameter);
		if (program == null) {
			return parameter.containsKey(PARAMETER_PROGRAM)
					? List.of(new IsianDitolakException.Galat("berkas", "evaluasi.program.tidak-ada", parameter.get(PARAMETER_PROGRAM))) : List.of();
		}
		Set<String> ada = register.kodeProgram();
		List<String> tidakAda = program.stream().filter(k -> !ada.contains(k)).sorted().toList();
		return tidakAda.isEmpty() ? List.of()
				: List.of(new IsianDitolakException.Galat("berkas", "evaluasi.program.tidak-ada", String.join(", ", tidakAda)));
	}

	/** The verified proof's files, named by the indicator and their place, with the stored file's extension. */
	private List<Bukti> bukti(RegisterMasterplan.Butir b) {
		if (b.bukti() == null) {
			return List.of();
		}
		List<Bukti> hasil = new ArrayList<>();
		int n = 1;
		for (java.util.UUID id : b.bukti().berkas()) {
			String akhiran = berkas.cari(id).map(Berkas::akhiran).orElse("");
			hasil.add(new Bukti(id, b.kode() + "-bukti-" + n++ + akhiran));
		}
		return hasil;
	}

	private String sumber(RegisterMasterplan.Butir b, Locale bahasa) {
		if (b.sumber() != null) {
			RegisterMasterplan.Sumber s = b.sumber();
			return s.dihitungPada() == null
					? pesan.getMessage("evaluasi.masterplan.belum-dihitung", new Object[] { s.modul(), teks(s.kodeKeterangan(), bahasa) }, bahasa)
					: pesan.getMessage("evaluasi.indikator.sumber", new Object[] { s.modul(), teks(s.kodeKeterangan(), bahasa),
							Waktu.formatTanggalJam(s.dihitungPada()), s.jumlahCatatan() }, bahasa);
		}
		if (b.bukti() != null) {
			RegisterMasterplan.Bukti k = b.bukti();
			String verifikator = k.diverifikasiOleh() == null ? "-" : daftarStaf.cari(k.diverifikasiOleh()).map(Staf::nama).orElse("-");
			return pesan.getMessage("evaluasi.masterplan.bukti", new Object[] { k.diajukanOleh(), Waktu.formatTanggal(k.tanggal()), verifikator,
					k.diverifikasiPada() == null ? "-" : Waktu.formatTanggalJam(k.diverifikasiPada()), k.berkas().size() }, bahasa);
		}
		return pesan.getMessage("evaluasi.masterplan.tanpa-nilai", null, bahasa);
	}

	private String teks(String kode, Locale bahasa) {
		return pesan.getMessage(kode, null, kode, bahasa);
	}
}
