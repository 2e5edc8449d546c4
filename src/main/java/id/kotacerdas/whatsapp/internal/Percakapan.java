package id.kotacerdas.whatsapp.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import id.kotacerdas.pengaduan.Kategori;
import id.kotacerdas.pengaduan.LayananPengaduan;
import id.kotacerdas.pengaduan.Pertanyaan;
import id.kotacerdas.platform.Waktu;

/**
 * One phone number's conversation: a state machine that takes one message at a time and answers
 * with replies, and at most once per confirmation with a report to file. What is asked next is
 * always the first thing still missing (category, description, place, photos, the category's extra
 * questions, anonymity, confidentiality), so a photo or a pin sent early is kept, and the summary to confirm is reached
 * only with a category and a place. "batal" cancels and "ulang" restarts at any point; a draft left
 * longer than the expiry is dropped when the next message comes (and swept by the repository).
 */
final class Percakapan {

	/** Where the conversation stands. MULAI: no draft; MENGAJUKAN: confirmed, the report is being filed. */
	enum Tahap {
		MULAI, KATEGORI, DESKRIPSI, LOKASI, FOTO, ATRIBUT, ANONIM, RAHASIA, KONFIRMASI, MENGAJUKAN
	}

	/** The web form's limit. */
	static final int MAKS_FOTO = 5;

	/** WhatsApp shows at most ten rows in a list: nine categories and "more" per page. */
	static final int BARIS_PER_HALAMAN = 9;

	/** The follow-up commands: "status KPG-2026-000123", "nilai KPG-2026-000123 5", … (the number may be left out for the latest report). */
	private static final Pattern PERINTAH = Pattern.compile(
			"^(status|info|tambah|selesai|buka|nilai)(?:\\s+([a-z]{2,8}-\\d{4}-\\d{1,9}))?(?:\\s+(.+))?$",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Set<String> YA = Set.of("ya", "y", "iya", "yes", "1", "ok", "boleh");

	private static final Set<String> TIDAK = Set.of("tidak", "t", "tdk", "no", "2", "enggak", "nggak", "ga", "gak", "jangan");

	private static final Set<String> LEWATI = Set.of("lewati", "lewat", "skip", "selesai", "cukup", "tidak", "tidak ada");

	private static final Set<String> KIRIM = Set.of("kirim", "ya", "y", "iya", "ok");

	/** Skips an optional extra question (not "tidak": that may be the answer). */
	private static final Set<String> LEWATI_PERTANYAAN = Set.of("lewati", "lewat", "skip");

	/** A date as people type it: 30/11/2026, 30-11-2026, 30.11.2026. */
	private static final Pattern TANGGAL = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

	/**
	 * The draft of a report, as stored between messages. {@code atribut}: the answers to the
	 * category's extra questions by question code (an empty list: an optional one skipped).
	 */
	record Draf(String kategoriKode, String deskripsi, Double lat, Double lon, String kelurahanKode, String tempat, String alamat,
			List<String> foto, boolean fotoSelesai, Map<String, List<String>> atribut, Boolean anonim, Boolean rahasia) {

		static final Draf KOSONG = new Draf(null, null, null, null, null, null, null, List.of(), false, Map.of(), null, null);

		Draf {
			foto = List.copyOf(foto == null ? List.of() : foto);
			atribut = Map.copyOf(atribut == null ? Map.of() : atribut);
		}

		boolean adaLokasi() {
			return lat != null || kelurahanKode != null;
		}
	}

	/** A place the conversation understood: the kelurahan and how to name it to the citizen. */
	record Tempat(String kelurahanKode, String nama) {
	}

	/** What the conversation needs from outside: the categories and the city's map. */
	interface Konteks {

		List<Kategori> kategori();

		/** The kelurahan a point lies in; empty outside the city. */
		Optional<Tempat> tempat(double lat, double lon);

		/** The kelurahan a text names; empty when it names none. */
		Optional<Tempat> tempat(String teks);

		/** Why an answer to a category's extra question is refused, by the web form's rules; empty when it is taken. */
		Optional<MessageSourceResolvable> tolakJawaban(String kategoriKode, String pertanyaanKode, List<String> jawaban);
	}

	enum JenisPerintah {
		STATUS, TAMBAH, SELESAI, BUKA, NILAI
	}

	/** A follow-up command for a filed report; the report's own rules decide whether it is allowed. */
	record Perintah(JenisPerintah jenis, String nomor, String teks, Integer bintang) {
	}

	/** The answer to one message: replies, and possibly the draft to file or a command to carry out. */
	record Hasil(List<Balasan> balasan, Draf ajukan, Perintah perintah, boolean sesiBaru) {
	}

	private Tahap tahap;

	private Draf draf;

	private Instant diperbarui;

	private final String nomorTerakhir;

	private Percakapan(Tahap tahap, Draf draf, Instant diperbarui, String nomorTerakhir) {
		this.tahap = tahap;
		this.draf = draf == null ? Draf.KOSONG : draf;
		this.diperbarui = diperbarui;
		this.nomorTerakhir = nomorTerakhir;
	}

	static Percakapan baru() {
		return new Percakapan(Tahap.MULAI, Draf.KOSONG, null, null);
	}

	static Percakapan dari(Tahap tahap, Draf draf, Instant diperbarui, String nomorTerakhir) {
		return new Percakapan(tahap, draf, diperbarui, nomorTerakhir);
	}

	Tahap tahap() {
		return tahap;
	}

	Draf draf() {
		return draf;
	}

	Instant diperbarui() {
		return diperbarui;
	}

	/** Takes one message. */
	Hasil terima(Masukan m, Konteks k, Instant sekarang, Duration kedaluwarsa) {
		List<Balasan> balasan = new ArrayList<>();
		boolean sesiBaru = false;
		if (tahap != Tahap.MULAI && tahap != Tahap.MENGAJUKAN && diperbarui != null && diperbarui.plus(kedaluwarsa).isBefore(sekarang)) {
			balasan.add(new Balasan.Teks("whatsapp.kedaluwarsa"));
			reset();
		}
		diperbarui = sekarang;
		String teks = m instanceof Masukan.Teks t ? t.isi().strip() : null;
		String kata = teks == null ? null : teks.toLowerCase(Locale.ROOT);
		if (tahap == Tahap.MENGAJUKAN) {
			balasan.add(new Balasan.Teks("whatsapp.sedang-diajukan"));
			return new Hasil(balasan, null, null, false);
		}
		Optional<Perintah> perintah = teks == null ? Optional.empty() : perintah(teks);
		if (perintah.isPresent()) {
			return new Hasil(balasan, null, perintah.get(), false);
		}
		if ("batal".equals(kata) || m instanceof Masukan.Pilih p && "batal".equals(p.id())) {
			balasan.add(new Balasan.Teks(tahap == Tahap.MULAI ? "whatsapp.tidak-ada-draf" : "whatsapp.dibatalkan"));
			reset();
			return new Hasil(balasan, null, null, false);
		}
		if ("ulang".equals(kata) || m instanceof Masukan.Pilih p && "ulang".equals(p.id())) {
			reset();
			tahap = Tahap.KATEGORI;
			balasan.add(new Balasan.Teks("whatsapp.diulang"));
			balasan.add(tanyaKategori(k, 1));
			return new Hasil(balasan, null, null, true);
		}
		if (tahap == Tahap.MULAI) {
			sesiBaru = true;
			balasan.add(new Balasan.Teks("whatsapp.salam"));
			tahap = Tahap.KATEGORI;
			if (!serap(m, k, balasan)) {
				balasan.add(tanyaKategori(k, 1));
				return new Hasil(balasan, null, null, true);
			}
		}
		else if (!serap(m, k, balasan)) {
			Draf ajukan = langkah(m, teks, kata, k, balasan);
			if (ajukan != null || !balasan.isEmpty() && balasan.get(balasan.size() - 1) instanceof Balasan.Daftar) {
				return new Hasil(balasan, ajukan, null, sesiBaru);
			}
		}
		tahap = berikut(k);
		balasan.add(tanya(k));
		return new Hasil(balasan, null, null, sesiBaru);
	}

	/** After the report was filed (or refused): the draft is gone. */
	void selesai() {
		reset();
	}

	/**
	 * A photo or a pin is kept whenever it comes during a draft (people send the photo first);
	 * answers whether the message was one of those.
	 */
	private boolean serap(Masukan m, Konteks k, List<Balasan> balasan) {
		if (m instanceof Masukan.Gambar g) {
			if (draf.foto().size() >= MAKS_FOTO) {
				balasan.add(new Balasan.Teks("whatsapp.foto-penuh", MAKS_FOTO));
			}
			else {
				List<String> foto = new ArrayList<>(draf.foto());
				foto.add(g.mediaId());
				draf = new Draf(draf.kategoriKode(), draf.deskripsi(), draf.lat(), draf.lon(), draf.kelurahanKode(), draf.tempat(),
						draf.alamat(), foto, draf.fotoSelesai(), draf.atribut(), draf.anonim(), draf.rahasia());
				balasan.add(new Balasan.Teks("whatsapp.foto-diterima", foto.size(), MAKS_FOTO));
			}
			return true;
		}
		if (m instanceof Masukan.Lokasi l) {
			Optional<Tempat> tempat = k.tempat(l.lat(), l.lon());
			if (tempat.isEmpty()) {
				balasan.add(new Balasan.Teks("whatsapp.lokasi-di-luar"));
			}
			else {
				String alamat = String.join(", ", java.util.stream.Stream.of(l.nama(), l.alamat())
					.filter(s -> s != null && !s.isBlank()).toList());
				draf = new Draf(draf.kategoriKode(), draf.deskripsi(), l.lat(), l.lon(), null, tempat.get().nama(), alamat,
						draf.foto(), draf.fotoSelesai(), draf.atribut(), draf.anonim(), draf.rahasia());
				balasan.add(new Balasan.Teks("whatsapp.lokasi-diterima", tempat.get().nama()));
			}
			return true;
		}
		return false;
	}

	/** Text or a tap at the current step; answers the draft to file when it was confirmed. */
	private Draf langkah(Masukan m, String teks, String kata, Konteks k, List<Balasan> balasan) {
		String id = m instanceof Masukan.Pilih p ? p.id() : null;
		switch (tahap) {
			case KATEGORI -> {
				if (id != null && id.startsWith("hal:")) {
					balasan.add(tanyaKategori(k, Integer.parseInt(id.substring(4))));
					return null;
				}
				Optional<Kategori> dipilih = kategori(k, id, kata);
				if (dipilih.isEmpty()) {
					balasan.add(new Balasan.Teks("whatsapp.kategori-tidak-dikenal"));
				}
				else {
					ubah(dipilih.get().kode(), draf.deskripsi(), draf.fotoSelesai(), draf.anonim(), draf.rahasia());
				}
			}
			case DESKRIPSI -> {
				if (teks == null || teks.isEmpty()) {
					balasan.add(new Balasan.Teks("whatsapp.deskripsi-wajib"));
				}
				else if (teks.length() > LayananPengaduan.PANJANG_TEKS_MAKS) {
					balasan.add(new Balasan.Teks("whatsapp.deskripsi-panjang", LayananPengaduan.PANJANG_TEKS_MAKS));
				}
				else {
					ubah(draf.kategoriKode(), teks, draf.fotoSelesai(), draf.anonim(), draf.rahasia());
				}
			}
			case LOKASI -> {
				Optional<Tempat> tempat = teks == null ? Optional.empty() : k.tempat(teks);
				if (tempat.isEmpty()) {
					balasan.add(new Balasan.Teks("whatsapp.kelurahan-tidak-dikenal"));
				}
				else {
					draf = new Draf(draf.kategoriKode(), draf.deskripsi(), null, null, tempat.get().kelurahanKode(), tempat.get().nama(),
							teks, draf.foto(), draf.fotoSelesai(), draf.atribut(), draf.anonim(), draf.rahasia());
				}
			}
			case FOTO -> {
				if ("lewati".equals(id) || kata != null && LEWATI.contains(kata)) {
					ubah(draf.kategoriKode(), draf.deskripsi(), true, draf.anonim(), draf.rahasia());
				}
			}
			case ATRIBUT -> pertanyaanBerikut(k).ifPresent(q -> jawabPertanyaan(q, id, teks, kata, k, balasan));
			case ANONIM -> jawabYaTidak(id, kata).ifPresent(ya -> ubah(draf.kategoriKode(), draf.deskripsi(), draf.fotoSelesai(), ya,
					draf.rahasia()));
			case RAHASIA -> jawabYaTidak(id, kata).ifPresent(ya -> ubah(draf.kategoriKode(), draf.deskripsi(), draf.fotoSelesai(),
					draf.anonim(), ya));
			case KONFIRMASI -> {
				if (("kirim".equals(id) || kata != null && KIRIM.contains(kata)) && lengkap()) {
					tahap = Tahap.MENGAJUKAN;
					return draf;
				}
			}
			case MULAI, MENGAJUKAN -> throw new IllegalStateException("handled before: " + tahap);
		}
		return null;
	}

	/** Filing needs what the report cannot do without; the steps ensure it, this makes sure. */
	private boolean lengkap() {
		return draf.kategoriKode() != null && draf.deskripsi() != null && draf.adaLokasi();
	}

	private void ubah(String kategoriKode, String deskripsi, boolean fotoSelesai, Boolean anonim, Boolean rahasia) {
		draf = new Draf(kategoriKode, deskripsi, draf.lat(), draf.lon(), draf.kelurahanKode(), draf.tempat(), draf.alamat(), draf.foto(),
				fotoSelesai, draf.atribut(), anonim, rahasia);
	}

	private Tahap berikut(Konteks k) {
		if (draf.kategoriKode() == null) {
			return Tahap.KATEGORI;
		}
		if (draf.deskripsi() == null) {
			return Tahap.DESKRIPSI;
		}
		if (!draf.adaLokasi()) {
			return Tahap.LOKASI;
		}
		if (!draf.fotoSelesai() && draf.foto().size() < MAKS_FOTO) {
			return Tahap.FOTO;
		}
		if (pertanyaanBerikut(k).isPresent()) {
			return Tahap.ATRIBUT;
		}
		if (draf.anonim() == null) {
			return Tahap.ANONIM;
		}
		return draf.rahasia() == null ? Tahap.RAHASIA : Tahap.KONFIRMASI;
	}

	private Balasan tanya(Konteks k) {
		List<Balasan.Pilihan> yaTidak = List.of(new Balasan.Pilihan("ya", "whatsapp.tombol.ya"),
				new Balasan.Pilihan("tidak", "whatsapp.tombol.tidak"));
		return switch (tahap) {
			case KATEGORI -> tanyaKategori(k, 1);
			case DESKRIPSI -> new Balasan.Teks("whatsapp.tanya.deskripsi", namaKategori(k));
			case LOKASI -> new Balasan.Teks("whatsapp.tanya.lokasi");
			case FOTO -> new Balasan.Tombol("whatsapp.tanya.foto", new Object[] { draf.foto().size(), MAKS_FOTO },
					List.of(new Balasan.Pilihan("lewati", "whatsapp.tombol.lewati")));
			case ATRIBUT -> tanyaPertanyaan(pertanyaanBerikut(k).orElseThrow());
			case ANONIM -> new Balasan.Tombol("whatsapp.tanya.anonim", new Object[0], yaTidak);
			case RAHASIA -> new Balasan.Tombol("whatsapp.tanya.rahasia", new Object[0], yaTidak);
			case KONFIRMASI -> new Balasan.Tombol("whatsapp.ringkasan",
					new Object[] { namaKategori(k), draf.deskripsi(), tempat(), draf.foto().size(), yaTidak(draf.anonim()),
							yaTidak(draf.rahasia()), jawabanRingkas(k) },
					List.of(new Balasan.Pilihan("kirim", "whatsapp.tombol.kirim"), new Balasan.Pilihan("ulang", "whatsapp.tombol.ulang"),
							new Balasan.Pilihan("batal", "whatsapp.tombol.batal")));
			case MULAI, MENGAJUKAN -> throw new IllegalStateException("nothing to ask in " + tahap);
		};
	}

	/** The chosen category's first extra question not yet answered or skipped. */
	private Optional<Pertanyaan> pertanyaanBerikut(Konteks k) {
		return kategoriDipilih(k).stream().flatMap(x -> x.pertanyaan().stream()).filter(q -> !draf.atribut().containsKey(q.kode()))
			.findFirst();
	}

	private Optional<Kategori> kategoriDipilih(Konteks k) {
		return k.kategori().stream().filter(x -> x.kode().equals(draf.kategoriKode())).findFirst();
	}

	/**
	 * An extra question in the chat: choices as a list (single choice) or numbered in the text, and
	 * for an optional one how to skip it. Typed answers are read as the web form's fields send them.
	 */
	private static Balasan tanyaPertanyaan(Pertanyaan q) {
		StringBuilder pilihan = new StringBuilder();
		for (int i = 0; i < q.pilihan().size(); i++) {
			pilihan.append('\n').append(i + 1).append(". ").append(q.pilihan().get(i).nama());
		}
		Object[] argumen = { q.teks(), pilihan.toString(),
				new DefaultMessageSourceResolvable(q.wajib() ? "whatsapp.atribut.wajib" : "whatsapp.atribut.boleh-lewati") };
		String kunci = "whatsapp.tanya.atribut." + q.jenis().name().toLowerCase(Locale.ROOT).replace('_', '-');
		if (q.jenis() == Pertanyaan.JenisJawaban.PILIHAN_TUNGGAL) {
			// a list holds ten rows; the text numbers every choice anyway
			List<Balasan.Baris> baris = q.pilihan().stream().limit(BARIS_PER_HALAMAN + 1L)
				.map(p -> new Balasan.Baris("opsi:" + p.kunci(), p.nama(), null)).toList();
			return new Balasan.Daftar(kunci, argumen, "whatsapp.tombol.pilih", baris);
		}
		return q.wajib() ? new Balasan.Teks(kunci, argumen)
				: new Balasan.Tombol(kunci, argumen, List.of(new Balasan.Pilihan("lewati", "whatsapp.tombol.lewati")));
	}

	/** Takes an answer (or a skip) when the report's rules take it; else says why and asks again. */
	private void jawabPertanyaan(Pertanyaan q, String id, String teks, String kata, Konteks k, List<Balasan> balasan) {
		List<String> jawaban;
		if ("lewati".equals(id) || kata != null && LEWATI_PERTANYAAN.contains(kata)) {
			jawaban = List.of();
		}
		else if (id != null && id.startsWith("opsi:")) {
			jawaban = List.of(id.substring(5));
		}
		else if (teks == null || teks.isEmpty()) {
			return;
		}
		else {
			jawaban = switch (q.jenis()) {
				case PILIHAN_TUNGGAL -> List.of(pilihan(q, teks));
				case PILIHAN_GANDA -> java.util.Arrays.stream(teks.split("\\s*[,;]\\s*|\\s+dan\\s+")).filter(x -> !x.isBlank())
					.map(x -> pilihan(q, x.strip())).toList();
				case TANGGAL -> List.of(tanggal(teks));
				// a decimal comma, as Indonesians write it
				case ANGKA -> List.of(teks.matches("\\d+,\\d+") ? teks.replace(',', '.') : teks);
				case TEKS -> List.of(teks);
			};
		}
		Optional<MessageSourceResolvable> tolak = k.tolakJawaban(draf.kategoriKode(), q.kode(), jawaban);
		if (tolak.isPresent()) {
			balasan.add(new Balasan.Teks("whatsapp.jawaban-ditolak", tolak.get()));
			return;
		}
		Map<String, List<String>> atribut = new LinkedHashMap<>(draf.atribut());
		atribut.put(q.kode(), jawaban);
		draf = new Draf(draf.kategoriKode(), draf.deskripsi(), draf.lat(), draf.lon(), draf.kelurahanKode(), draf.tempat(), draf.alamat(),
				draf.foto(), draf.fotoSelesai(), atribut, draf.anonim(), draf.rahasia());
	}

	/** A choice by its number in the list or its name; anything else as typed (the check refuses it). */
	private static String pilihan(Pertanyaan q, String diketik) {
		if (diketik.matches("\\d{1,2}")) {
			int n = Integer.parseInt(diketik);
			if (n >= 1 && n <= q.pilihan().size()) {
				return q.pilihan().get(n - 1).kunci();
			}
		}
		return q.pilihan().stream().filter(p -> p.nama().equalsIgnoreCase(diketik) || p.kunci().equalsIgnoreCase(diketik))
			.map(Pertanyaan.Pilihan::kunci).findFirst().orElse(diketik);
	}

	/** A typed day/month/year as the form's date field sends it (ISO); anything else as typed. */
	private static String tanggal(String diketik) {
		Matcher m = TANGGAL.matcher(diketik);
		return m.matches() ? "%s-%02d-%02d".formatted(m.group(3), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))) : diketik;
	}

	/** The answered extra questions for the summary, a line each; the choices in words. */
	private String jawabanRingkas(Konteks k) {
		StringBuilder s = new StringBuilder();
		kategoriDipilih(k).stream().flatMap(x -> x.pertanyaan().stream()).forEach(q -> {
			List<String> j = draf.atribut().getOrDefault(q.kode(), List.of());
			if (!j.isEmpty()) {
				s.append(q.teks()).append(": ").append(String.join(", ", j.stream().map(v -> kata(q, v)).toList())).append('\n');
			}
		});
		return s.toString();
	}

	/** An answer in words: a choice by its name, a date written out. */
	private static String kata(Pertanyaan q, String v) {
		if (q.jenis() == Pertanyaan.JenisJawaban.TANGGAL) {
			return Waktu.formatTanggal(java.time.LocalDate.parse(v), PenyajiBalasan.INDONESIA);
		}
		return q.pilihan().stream().filter(p -> p.kunci().equals(v)).map(Pertanyaan.Pilihan::nama).findFirst().orElse(v);
	}

	/** A page of the category list, with every category numbered in the text for phones without lists or people who type. */
	static Balasan tanyaKategori(Konteks k, int halaman) {
		List<Kategori> semua = k.kategori();
		StringBuilder menu = new StringBuilder();
		for (int i = 0; i < semua.size(); i++) {
			menu.append(i + 1).append(". ").append(semua.get(i).nama()).append('\n');
		}
		int awal = Math.max(0, Math.min((halaman - 1) * BARIS_PER_HALAMAN, semua.size() - 1));
		int akhir = Math.min(semua.size(), awal + BARIS_PER_HALAMAN);
		List<Balasan.Baris> baris = new ArrayList<>(semua.subList(awal, akhir).stream()
			.map(x -> new Balasan.Baris("kat:" + x.kode(), x.nama(), x.keterangan())).toList());
		if (akhir < semua.size()) {
			baris.add(new Balasan.Baris("hal:" + (halaman + 1), "…", null));
		}
		return new Balasan.Daftar("whatsapp.tanya.kategori", new Object[] { menu.toString().strip() }, "whatsapp.tombol.kategori", baris);
	}

	private Optional<Kategori> kategori(Konteks k, String id, String kata) {
		List<Kategori> semua = k.kategori();
		if (id != null) {
			return id.startsWith("kat:") ? semua.stream().filter(x -> x.kode().equals(id.substring(4))).findFirst() : Optional.empty();
		}
		if (kata == null) {
			return Optional.empty();
		}
		if (kata.matches("\\d{1,3}")) {
			int n = Integer.parseInt(kata);
			return n >= 1 && n <= semua.size() ? Optional.of(semua.get(n - 1)) : Optional.empty();
		}
		return semua.stream().filter(x -> x.nama().equalsIgnoreCase(kata) || x.kode().equalsIgnoreCase(kata)).findFirst();
	}

	private String namaKategori(Konteks k) {
		return kategoriDipilih(k).map(Kategori::nama).orElse(draf.kategoriKode());
	}

	private String tempat() {
		return draf.alamat() == null || draf.alamat().isBlank() ? draf.tempat() : draf.tempat() + " — " + draf.alamat();
	}

	private static DefaultMessageSourceResolvable yaTidak(Boolean ya) {
		return new DefaultMessageSourceResolvable(Boolean.TRUE.equals(ya) ? "whatsapp.tombol.ya" : "whatsapp.tombol.tidak");
	}

	private static Optional<Boolean> jawabYaTidak(String id, String kata) {
		String j = id != null ? id : kata;
		if (j == null) {
			return Optional.empty();
		}
		return YA.contains(j) ? Optional.of(true) : TIDAK.contains(j) ? Optional.of(false) : Optional.empty();
	}

	private Optional<Perintah> perintah(String teks) {
		Matcher m = PERINTAH.matcher(teks);
		if (!m.matches()) {
			return Optional.empty();
		}
		String nomor = m.group(2) == null ? null : m.group(2).toUpperCase(Locale.ROOT);
		// without a number a word like "selesai" is an answer inside a draft, and a command only outside one
		if (nomor == null && (tahap != Tahap.MULAI || nomorTerakhir == null)) {
			return Optional.empty();
		}
		String sisa = m.group(3) == null ? null : m.group(3).strip();
		JenisPerintah jenis = switch (m.group(1).toLowerCase(Locale.ROOT)) {
			case "status" -> JenisPerintah.STATUS;
			case "info", "tambah" -> JenisPerintah.TAMBAH;
			case "selesai" -> JenisPerintah.SELESAI;
			case "buka" -> JenisPerintah.BUKA;
			default -> JenisPerintah.NILAI;
		};
		Integer bintang = null;
		if (jenis == JenisPerintah.NILAI) {
			if (sisa == null || !sisa.matches("\\d")) {
				return Optional.empty();
			}
			bintang = Integer.parseInt(sisa);
		}
		return Optional.of(new Perintah(jenis, nomor == null ? nomorTerakhir : nomor, sisa, bintang));
	}

	private void reset() {
		tahap = Tahap.MULAI;
		draf = Draf.KOSONG;
	}
}
