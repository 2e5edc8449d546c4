package id.kotacerdas.evaluasi.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * The layouts in force: the ones shipped with the platform ({@code classpath:evaluasi/tata-letak/<form>-<year>.yaml})
 * and the ones Kominfo uploaded, which win for their year. A year without its own layout uses its form's newest
 * earlier one, so a form that did not change needs no new file.
 */
@Service
class KoleksiTataLetak {

	static final Pattern POLA_BERKAS = Pattern.compile("([a-z][a-z0-9-]{1,39})-(\\d{4})\\.yaml");

	static final Pattern POLA_KODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

	/** A layout in force. */
	record Berlaku(String kode, int tahun, TataLetak tataLetak, boolean diunggah) {
	}

	private final TataLetakRepository repo;

	private final Map<String, SumberBaris> sumber;

	private final AuditLog audit;

	private final Clock clock;

	/** The shipped layouts by form, then year; they do not change while the application runs. */
	private final Map<String, TreeMap<Integer, String>> bawaan;

	KoleksiTataLetak(TataLetakRepository repo, List<SumberBaris> sumber, AuditLog audit, Clock clock) {
		this.repo = repo;
		this.sumber = sumber.stream().collect(Collectors.toMap(SumberBaris::nama, Function.identity()));
		this.audit = audit;
		this.clock = clock;
		this.bawaan = bacaBawaan();
	}

	private static Map<String, TreeMap<Integer, String>> bacaBawaan() {
		Map<String, TreeMap<Integer, String>> hasil = new TreeMap<>();
		try {
			for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:evaluasi/tata-letak/*.yaml")) {
				Matcher m = POLA_BERKAS.matcher(String.valueOf(r.getFilename()));
				if (m.matches()) {
					hasil.computeIfAbsent(m.group(1), k -> new TreeMap<>()).put(Integer.parseInt(m.group(2)), r.getContentAsString(StandardCharsets.UTF_8));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return hasil;
	}

	/** Every form's layout in force for the year, by form code; forms with no layout that early are left out. */
	List<Berlaku> untukTahun(int tahun) {
		List<Berlaku> hasil = new ArrayList<>();
		for (String kode : semuaKode(repo.semua())) {
			cari(kode, tahun).ifPresent(hasil::add);
		}
		return hasil;
	}

	Berlaku untuk(String kode, int tahun) {
		return cari(kode, tahun).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("evaluasi.bundel.tidak-ada", kode, tahun));
	}

	private Optional<Berlaku> cari(String kode, int tahun) {
		TreeMap<Integer, String> teks = new TreeMap<>(bawaan.getOrDefault(kode, new TreeMap<>()));
		TreeMap<Integer, Boolean> diunggah = new TreeMap<>();
		for (TataLetakRepository.Unggahan u : repo.semua()) {
			if (u.kode().equals(kode)) {
				teks.put(u.tahun(), u.isi());
				diunggah.put(u.tahun(), true);
			}
		}
		Map.Entry<Integer, String> e = teks.floorEntry(tahun);
		if (e == null) {
			return Optional.empty();
		}
		return Optional.of(new Berlaku(kode, e.getKey(), TataLetak.baca(e.getValue(), sumber), diunggah.containsKey(e.getKey())));
	}

	private List<String> semuaKode(List<TataLetakRepository.Unggahan> unggahan) {
		return java.util.stream.Stream.concat(bawaan.keySet().stream(), unggahan.stream().map(TataLetakRepository.Unggahan::kode))
			.distinct()
			.sorted(Comparator.naturalOrder())
			.toList();
	}

	/** Kominfo uploads next year's form: checked against the row sources (400 with every problem, nothing stored), then kept and audited. */
	@Transactional
	Berlaku unggah(Staf staf, String kode, int tahun, byte[] isi) {
		if (!staf.adminKota()) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "evaluasi.bukan-kominfo");
		}
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		if (kode == null || !POLA_KODE.matcher(kode).matches()) {
			p.tolak("kode", "evaluasi.tata-letak.kode-salah");
		}
		if (tahun < PenilaianSpbe.TAHUN_AWAL || tahun > 9999) {
			p.tolak("tahun", "evaluasi.tata-letak.tahun", PenilaianSpbe.TAHUN_AWAL);
		}
		if (isi == null || isi.length == 0 || isi.length > TataLetak.UKURAN_MAKS) {
			p.tolak("berkas", "evaluasi.tata-letak.ukuran", TataLetak.UKURAN_MAKS / 1024);
		}
		p.lempar();
		String teks = new String(isi, StandardCharsets.UTF_8);
		TataLetak t = TataLetak.baca(teks, sumber);
		String oleh = staf.nama() == null ? staf.username() : staf.nama();
		repo.simpan(new TataLetakRepository.Unggahan(kode, tahun, teks, oleh, clock.instant()));
		audit.catat("evaluasi.tata-letak.diunggah", "tata_letak", kode + "/" + tahun, null, Map.of("judul", t.judul(), "lembar", t.lembar().size()));
		return new Berlaku(kode, tahun, t, true);
	}
}
