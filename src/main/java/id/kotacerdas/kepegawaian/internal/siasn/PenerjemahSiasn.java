package id.kotacerdas.kepegawaian.internal.siasn;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import id.kotacerdas.kepegawaian.internal.KatalogReferensi;
import id.kotacerdas.kepegawaian.internal.Referensi;
import id.kotacerdas.kepegawaian.internal.siasn.TataLetakSiasn.Kolom;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;

/**
 * A SIASN cell's text as the record's value: dates in the forms exports carry, reference codes
 * by code, short form or name ("33", "III/c" or "Penata"), the agency by name or short name. A
 * cell it cannot read is a reason in words, never a guess.
 */
@Component
class PenerjemahSiasn {

	/** The forms a date arrives in: ISO (our CSV, XLSX date cells) and the day-first forms staff type. */
	private static final List<DateTimeFormatter> BENTUK_TANGGAL = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

	/** Sex as SIASN and forms write it, beside the NIP digit codes of the reference list. */
	private static final Map<String, String> KELAMIN = Map.of("M", "1", "L", "1", "PRIA", "1", "F", "2", "P", "2", "WANITA", "2");

	private final Map<String, Map<String, String>> kodePerJenis = new HashMap<>();

	private final DaftarOpd daftarOpd;

	PenerjemahSiasn(KatalogReferensi referensi, DaftarOpd daftarOpd) {
		this.daftarOpd = daftarOpd;
		for (Kolom k : TataLetakSiasn.KOLOM) {
			if (k.kode()) {
				Map<String, String> kode = new HashMap<>();
				for (String jenis : jenis(k)) {
					for (Referensi r : referensi.daftar(jenis)) {
						kode.putIfAbsent(kunci(r.nama()), r.kode());
						if (r.singkatan() != null) {
							kode.putIfAbsent(kunci(r.singkatan()), r.kode());
						}
						kode.put(kunci(r.kode()), r.kode());
					}
				}
				kodePerJenis.put(k.isian(), kode);
			}
		}
		KELAMIN.forEach((teks, kode) -> kodePerJenis.get("jenisKelamin").putIfAbsent(teks, kode));
	}

	/** A rank may be a PNS one or a PPPK grade: which one fits the employee type is a rule, not a reading. */
	private static List<String> jenis(Kolom k) {
		return KatalogReferensi.GOLONGAN.equals(k.referensi()) ? List.of(KatalogReferensi.GOLONGAN, KatalogReferensi.GOLONGAN_PPPK)
				: List.of(k.referensi());
	}

	/** The agencies by name and short name (as {@link #kunci}), read once per sheet. */
	Map<String, Long> opd() {
		Map<String, Long> peta = new HashMap<>();
		for (Opd o : daftarOpd.semua()) {
			peta.putIfAbsent(kunci(o.nama()), o.id());
			if (o.singkatan() != null) {
				peta.putIfAbsent(kunci(o.singkatan()), o.id());
			}
		}
		return peta;
	}

	/** The value, or empty with the reason added to {@code alasan}. Null text is null. */
	Optional<Object> nilai(Kolom k, String teks, Map<String, Long> opd, List<MessageSourceResolvable> alasan) {
		if (teks == null) {
			return Optional.empty();
		}
		Object nilai = switch (k.bentuk()) {
			case TEKS -> TataLetakSiasn.NIP.equals(k.isian()) || "nik".equals(k.isian()) ? teks.replaceAll("[ .]", "") : teks;
			case TANGGAL -> tanggal(teks);
			case KODE -> kode(k, teks);
			case OPD -> opd.get(kunci(teks));
		};
		if (nilai == null) {
			alasan.add(alasan(k.bentuk() == TataLetakSiasn.Bentuk.TANGGAL ? "siasn.alasan.tanggal" : "siasn.alasan.kode", k.judul(), teks));
		}
		return Optional.ofNullable(nilai);
	}

	/** The code as written when it is no known code: a reference keeps what SIASN says. */
	Object nilaiAtauTeks(Kolom k, String teks, Map<String, Long> opd) {
		if (teks == null) {
			return null;
		}
		Object v = switch (k.bentuk()) {
			case TANGGAL -> tanggal(teks);
			case KODE -> Optional.<Object>ofNullable(kode(k, teks)).orElse(teks);
			default -> nilai(k, teks, opd, new ArrayList<>()).orElse(null);
		};
		return v;
	}

	static LocalDate tanggal(String teks) {
		for (DateTimeFormatter f : BENTUK_TANGGAL) {
			try {
				return LocalDate.parse(teks, f);
			}
			catch (DateTimeParseException ex) {
				// the next form
			}
		}
		return null;
	}

	private String kode(Kolom k, String teks) {
		Map<String, String> kode = kodePerJenis.get(k.isian());
		String hasil = kode.get(kunci(teks));
		if (hasil == null && KatalogReferensi.JENIS_PEGAWAI.equals(k.referensi())) {
			// SIASN names the type at length ("PNS Daerah Kabupaten/Kota", "PPPK")
			String besar = teks.toUpperCase(Locale.ROOT);
			hasil = besar.contains("PPPK") ? "PPPK" : besar.contains("PNS") ? KatalogReferensi.PNS : null;
		}
		return hasil;
	}

	static MessageSourceResolvable alasan(String kode, Object... argumen) {
		return new DefaultMessageSourceResolvable(new String[] { kode }, argumen);
	}

	private static String kunci(String s) {
		return s.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
	}
}
