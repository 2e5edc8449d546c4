package id.kotacerdas.pasar.internal;

import java.time.Clock;
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
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.ekspor.ImporBertahap;
import id.kotacerdas.ekspor.ImporBertahap.Pemeriksaan;
import id.kotacerdas.ekspor.ImporBertahap.Status;
import id.kotacerdas.ekspor.LembarMasuk;
import id.kotacerdas.pasar.internal.BacaTabelHarga.BarisMentah;
import id.kotacerdas.pasar.internal.ImporRepository.Berkas;
import id.kotacerdas.pasar.internal.ImporRepository.Kunci;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Sidik;

/**
 * Historical prices from the city's spreadsheets: checked row by row first (what would be stored,
 * what is already there, why a row is refused), then applied as a whole only when no row is
 * refused. Prices are stored under the enumerator {@code impor}, one per market, commodity and
 * day, so the same file applied twice — or a second file repeating rows — stores nothing twice.
 * A row that repeats a stored day with another price is refused rather than overwriting it.
 */
@Component
class ImporHarga {

	/** A few years of every market and commodity; a larger file is split. */
	static final int BARIS_MAKS = 200_000;

	private static final List<DateTimeFormatter> FORMAT_TANGGAL = List.of(DateTimeFormatter.ofPattern("uuuu-MM-dd"),
			DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"))
		.stream().map(f -> f.withResolverStyle(ResolverStyle.STRICT)).toList();

	/** Whole rupiah as written: 12500, 12.500, Rp 12.500, 12.500,00; a minus sign is read to say why it is refused. */
	private static final Pattern HARGA = Pattern.compile("-?(\\d+|\\d{1,3}(\\.\\d{3})+)(,0+)?");

	private final ImporRepository impor;

	private final HargaRepository harga;

	private final LayananHarga layanan;

	private final AuditLog audit;

	private final Clock clock;

	ImporHarga(ImporRepository impor, HargaRepository harga, LayananHarga layanan, AuditLog audit, Clock clock) {
		this.impor = impor;
		this.harga = harga;
		this.layanan = layanan;
		this.audit = audit;
		this.clock = clock;
	}

	/** Why a row is refused: a message key of the bundle and its arguments. */
	record Alasan(String kode, Object... argumen) {
	}

	/**
	 * A row of the check.
	 *
	 * @param tanggal the day, when it was understood
	 * @param kunci market, commodity and day, when all three were understood
	 */
	record Baris(BarisMentah mentah, Status status, String pasar, String komoditas, LocalDate tanggal, Kunci kunci, Long harga, String asal,
			List<Alasan> alasan) implements ImporBertahap.BarisPeriksa {

		@Override
		public int nomor() {
			return mentah.nomor();
		}

		Baris dengan(Status status, List<Alasan> alasan) {
			return new Baris(mentah, status, pasar, komoditas, tanggal, kunci, harga, asal, alasan);
		}
	}

	/** The market agency's administrators and Kominfo. */
	boolean boleh(Staf staf) {
		return layanan.opdPasar().map(o -> staf.adminAtas(o.id())).orElse(staf.adminKota());
	}

	/** Keeps the file and returns its id; the page checks it again when shown. Refuses an unreadable file. */
	@Transactional
	long unggah(Staf staf, String namaBerkas, byte[] isi) {
		wajibBoleh(staf);
		periksa(isi);
		return impor.simpan(ImporBertahap.namaBerkas(namaBerkas, "harga"), Sidik.sha256(isi), isi, staf.username(), clock.instant());
	}

	Optional<Berkas> berkas(long id) {
		return impor.cari(id);
	}

	/** Stores every price of the checked file, or nothing when a row is refused (409, the check tells which). */
	@Transactional
	int terapkan(Staf staf, long id) {
		wajibBoleh(staf);
		Berkas b = impor.cariUntukDiterapkan(id).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pasar.impor.tidak-ditemukan"));
		if (b.diterapkan() != null) {
			return 0;
		}
		Pemeriksaan<Baris> p = periksa(b.isi());
		List<ImporRepository.Baru> baru = ImporBertahap.yangDisimpan(p, HttpStatus.CONFLICT, "pasar.impor.ada-yang-ditolak").stream()
			.map(r -> new ImporRepository.Baru(r.kunci(), r.harga(), r.asal()))
			.toList();
		int jumlah = baru.isEmpty() ? 0 : impor.tambah(id, baru, clock.instant());
		impor.tandaiDiterapkan(id, jumlah, clock.instant());
		audit.catat("pasar.harga.diimpor", "impor", Long.toString(id), null,
				Map.of("berkas", b.namaBerkas(), "sidik", b.sidik(), "disimpan", jumlah, "sudahAda", p.sudahAda()));
		return jumlah;
	}

	private void wajibBoleh(Staf staf) {
		if (!boleh(staf)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "pasar.impor.bukan-admin");
		}
	}

	/** The dry run: each row as it would be stored, or why not. */
	Pemeriksaan<Baris> periksa(byte[] isi) {
		Map<String, Pasar> pasar = petaPasar(harga.pasar());
		Map<String, Komoditas> komoditas = petaKomoditas(harga.komoditas());
		LocalDate hariIni = layanan.hariIni();
		Map<Kunci, Integer> barisPertama = new HashMap<>();
		return ImporBertahap.periksa(isi, BARIS_MAKS, "pasar.impor.kosong", new ImporBertahap.Aturan<int[], Baris>() {

			@Override
			public int[] kepala(LembarMasuk.Baris baris) {
				return BacaTabelHarga.kepala(baris);
			}

			@Override
			public Baris periksa(int[] kolom, LembarMasuk.Baris baris) {
				BarisMentah m = BacaTabelHarga.mentah(kolom, baris);
				List<Alasan> alasan = new ArrayList<>();
				LocalDate tanggal = tanggal(m.tanggal(), hariIni, alasan);
				Pasar p = cocok(pasar, m.pasar());
				if (p == null) {
					alasan.add(new Alasan("pasar.impor.pasar-tidak-dikenal", m.pasar()));
				}
				Komoditas k = cocok(komoditas, m.komoditas());
				if (k == null) {
					alasan.add(new Alasan("pasar.impor.komoditas-tidak-dikenal", m.komoditas()));
				}
				Long h = harga(m.harga(), alasan);
				String asal = m.asal().isBlank() ? null : m.asal();
				if (asal != null && asal.length() > LayananHarga.ASAL_MAKS) {
					alasan.add(new Alasan("pasar.impor.asal-terlalu-panjang", LayananHarga.ASAL_MAKS));
				}
				Kunci kc = null;
				if (tanggal != null && p != null && k != null) {
					kc = new Kunci(p.id(), k.id(), tanggal);
					Integer pertama = barisPertama.putIfAbsent(kc, m.nomor());
					if (pertama != null) {
						alasan.add(new Alasan("pasar.impor.duplikat", pertama));
					}
				}
				return new Baris(m, alasan.isEmpty() ? Status.BARU : Status.DITOLAK, p == null ? null : p.nama(), k == null ? null : k.namaLengkap(),
						tanggal, kc, h, asal, alasan);
			}

			@Override
			public List<Baris> bandingkan(List<Baris> baris) {
				return denganYangTersimpan(baris);
			}
		});
	}

	/** Rows already stored by an earlier import: the same price is nothing to do, another price is refused. */
	private List<Baris> denganYangTersimpan(List<Baris> baris) {
		List<LocalDate> hari = baris.stream().filter(b -> b.status() == Status.BARU).map(b -> b.kunci().tanggal()).sorted().toList();
		if (hari.isEmpty()) {
			return baris;
		}
		Map<Kunci, Long> tersimpan = impor.tersimpan(hari.get(0), hari.get(hari.size() - 1));
		return baris.stream().map(b -> {
			Long lama = b.status() == Status.BARU ? tersimpan.get(b.kunci()) : null;
			if (lama == null) {
				return b;
			}
			return lama.equals(b.harga()) ? b.dengan(Status.SUDAH_ADA, List.of())
					: b.dengan(Status.DITOLAK, List.of(new Alasan("pasar.impor.bertentangan", lama)));
		}).toList();
	}

	private static LocalDate tanggal(String teks, LocalDate hariIni, List<Alasan> alasan) {
		for (DateTimeFormatter f : FORMAT_TANGGAL) {
			try {
				LocalDate d = LocalDate.parse(teks, f);
				if (d.isAfter(hariIni)) {
					alasan.add(new Alasan("pasar.impor.tanggal-masa-depan", teks));
					return null;
				}
				return d;
			}
			catch (DateTimeParseException ex) {
				// the next layout
			}
		}
		alasan.add(new Alasan("pasar.impor.tanggal-tidak-sah", teks));
		return null;
	}

	private static Long harga(String teks, List<Alasan> alasan) {
		String bersih = teks.replaceFirst("(?i)^rp\\.?", "").replace(" ", "").replace("\u00a0", "");
		if (!HARGA.matcher(bersih).matches()) {
			alasan.add(new Alasan("pasar.impor.harga-tidak-sah", teks));
			return null;
		}
		String angka = bersih.replaceFirst(",0+$", "").replace(".", "");
		long h;
		try {
			h = Long.parseLong(angka);
		}
		catch (NumberFormatException ex) {
			alasan.add(new Alasan("pasar.impor.harga-tidak-sah", teks));
			return null;
		}
		if (h <= 0) {
			alasan.add(new Alasan("pasar.impor.harga-tidak-positif", teks));
			return null;
		}
		if (h > LayananHarga.HARGA_MAKS) {
			alasan.add(new Alasan("pasar.impor.harga-tidak-sah", teks));
			return null;
		}
		return h;
	}

	/** Names as people type them: case, repeated spaces and hyphens do not matter. */
	static String normal(String s) {
		return s == null ? "" : s.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ").strip();
	}

	private static <T> T cocok(Map<String, T> peta, String nama) {
		String n = normal(nama);
		T t = peta.get(n);
		return t != null || !n.startsWith("pasar ") ? t : peta.get(n.substring("pasar ".length()));
	}

	/** A market by its name, its short code, or its name without "Pasar" (Pasar Oeba, oeba, OEBA). */
	private static Map<String, Pasar> petaPasar(List<Pasar> pasar) {
		Map<String, Pasar> peta = new HashMap<>();
		for (Pasar p : pasar) {
			peta.put(normal(p.nama()), p);
			peta.put(normal(p.kode()), p);
			String n = normal(p.nama());
			if (n.startsWith("pasar ")) {
				peta.putIfAbsent(n.substring("pasar ".length()), p);
			}
		}
		return peta;
	}

	/** A commodity by its full name (name and variant), its code, or its name alone where only one commodity has it. */
	private static Map<String, Komoditas> petaKomoditas(List<Komoditas> komoditas) {
		Map<String, Komoditas> peta = new HashMap<>();
		komoditas.forEach(k -> {
			peta.put(normal(k.namaLengkap()), k);
			peta.put(normal(k.kode()), k);
		});
		komoditas.stream().collect(Collectors.groupingBy(k -> normal(k.nama()), Collectors.toList())).forEach((nama, daftar) -> {
			if (daftar.size() == 1) {
				peta.putIfAbsent(nama, daftar.get(0));
			}
		});
		return peta;
	}
}
