package id.kotacerdas.pasar.internal.lapak;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.pasar.internal.KunjunganHarga;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Nik;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.qris.HasilPeriksaQris;
import id.kotacerdas.qris.Qris;

/**
 * The stall register of each market. The market agency's staff who may change things and
 * Kominfo administrators edit it (the same people who collect); every change is audited.
 */
@Service
class RegisterLapak {

	static final int NOMOR_MAKS = 20;

	static final int TEKS_MAKS = 100;

	/** No market stall pays a million rupiah a day: a longer number is a slip of the thumb. */
	static final long TARIF_MAKS = 1_000_000;

	/** What a new stall's tariff form proposes in a market that has no stall yet (Kupang's usual daily fee). */
	static final long TARIF_USULAN = 3_000;

	/** Bank Indonesia's National Merchant ID: "ID" and 10 to 15 digits. */
	private static final Pattern NMID = Pattern.compile("ID\\d{10,15}");

	private static final Pattern SPASI = Pattern.compile("\\s+");

	private final LapakRepository repo;

	private final KunjunganHarga harga;

	private final AuditLog audit;

	private final Clock clock;

	private final Qris qris;

	RegisterLapak(LapakRepository repo, KunjunganHarga harga, AuditLog audit, Clock clock, Qris qris) {
		this.qris = qris;
		this.repo = repo;
		this.harga = harga;
		this.audit = audit;
		this.clock = clock;
	}

	boolean bolehMengubah(Staf staf) {
		return harga.bolehMencatat(staf);
	}

	/** Registers and reports are for the market agency, Kominfo and leadership. */
	boolean bolehMelihat(Staf staf) {
		return harga.bolehMencatat(staf) || harga.bolehMengawasi(staf);
	}

	void pastikanMelihat(Staf staf) {
		if (!bolehMelihat(staf)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "pasar.lapak.bukan-petugas");
		}
	}

	void pastikanMengubah(Staf staf) {
		if (!bolehMengubah(staf)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "pasar.lapak.bukan-petugas");
		}
	}

	LapakRepository.PasarLapak pasar(long id) {
		return repo.pasar(id).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pasar.tidak-ditemukan"));
	}

	Lapak lapak(long id) {
		return repo.lapak(id).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pasar.lapak.tidak-ditemukan"));
	}

	/** The tariff most stalls of the market pay, as a new stall's proposal. */
	long tarifUsulan(long pasarId) {
		return repo.daftar(pasarId).stream()
			.collect(Collectors.groupingBy(Lapak::tarif, Collectors.counting()))
			.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(TARIF_USULAN);
	}

	@Transactional
	Lapak tambah(Staf staf, long pasarId, FormulirLapak f) {
		pastikanMengubah(staf);
		LapakRepository.PasarLapak pasar = pasar(pasarId);
		Lapak l = periksa(0, pasar, f);
		Optional<Long> id = repo.tambah(l, clock.instant());
		if (id.isEmpty()) {
			nomorTerpakai(l.nomor());
		}
		Lapak baru = lapak(id.get());
		audit.catat("pasar.lapak.ditambah", "lapak", Long.toString(baru.id()), null, baru);
		return baru;
	}

	@Transactional
	Lapak ubah(Staf staf, long id, FormulirLapak f) {
		pastikanMengubah(staf);
		Lapak lama = repo.lapakUntukDiubah(id).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pasar.lapak.tidak-ditemukan"));
		Lapak l = periksa(id, pasar(lama.pasarId()), f);
		if (!repo.ubah(l, clock.instant())) {
			nomorTerpakai(l.nomor());
		}
		Lapak baru = lapak(id);
		if (!baru.equals(lama)) {
			audit.catat("pasar.lapak.diubah", "lapak", Long.toString(id), lama, baru);
		}
		return baru;
	}

	/** Refuses with a clash (409): the number belongs to another stall of the market. */
	private static void nomorTerpakai(String nomor) {
		new IsianDitolakException.Pemeriksa().bentrok("nomor", "pasar.lapak.isian.nomor-terpakai", nomor).lempar();
	}

	/** Every problem of the form at once; the stall as it will be stored. */
	private Lapak periksa(long id, LapakRepository.PasarLapak pasar, FormulirLapak f) {
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		String nomor = nomor(f.getNomor());
		if (nomor.isEmpty() || nomor.length() > NOMOR_MAKS) {
			p.tolak("nomor", "pasar.lapak.isian.nomor-wajib", NOMOR_MAKS);
		}
		String pedagang = teks(f.getPedagang());
		if (f.isTerisi() && pedagang == null) {
			p.tolak("pedagang", "pasar.lapak.isian.pedagang-wajib");
		}
		if (pedagang != null && pedagang.length() > TEKS_MAKS) {
			p.tolak("pedagang", "pasar.lapak.isian.terlalu-panjang", TEKS_MAKS);
		}
		String dagangan = teks(f.getDagangan());
		if (dagangan != null && dagangan.length() > TEKS_MAKS) {
			p.tolak("dagangan", "pasar.lapak.isian.terlalu-panjang", TEKS_MAKS);
		}
		Long tarif = rupiah(f.getTarif());
		if (tarif == null || tarif < 0 || tarif > TARIF_MAKS) {
			p.tolak("tarif", "pasar.lapak.isian.tarif-tidak-sah", TARIF_MAKS);
		}
		String nik = teks(f.getNikPedagang());
		if (nik != null) {
			nik = nik.replaceAll("[ .]", "");
			if (!Nik.sah(nik)) {
				p.tolak("nikPedagang", "pasar.lapak.isian.nik-tidak-sah");
			}
		}
		String nmid = teks(f.getNmid());
		if (nmid != null) {
			nmid = nmid.replace(" ", "").toUpperCase(Locale.ROOT);
			if (!NMID.matcher(nmid).matches()) {
				p.tolak("nmid", "pasar.lapak.isian.nmid-tidak-sah");
			}
		}
		// the code's text, as the QRIS sticker holds it: checked by module qris, its reasons in words at the field
		String payload = f.getQrisPayload() == null || f.getQrisPayload().isBlank() ? null : f.getQrisPayload().strip();
		boolean diperiksa = false;
		if (payload != null) {
			HasilPeriksaQris hasil = qris.periksa(payload);
			hasil.galat().forEach(a -> p.tolak("qrisPayload", a.kunci(), a.argumenArray()));
			if (hasil.sah()) {
				if (nmid != null && !nmid.equals(hasil.nmid())) {
					p.tolak("nmid", "pasar.lapak.isian.nmid-beda", hasil.nmid());
				}
				nmid = hasil.nmid();
				diperiksa = true;
			}
		}
		boolean menerimaQris = f.isQris() || payload != null;
		if (nmid != null && !menerimaQris) {
			p.tolak("nmid", "pasar.lapak.isian.nmid-tanpa-qris");
		}
		p.lempar();
		return new Lapak(id, pasar.id(), pasar.nama(), nomor, pedagang, dagangan, tarif, f.isTerisi(), menerimaQris, nmid, diperiksa, nik);
	}

	/** A stall number as stored: trimmed, single spaces, capitals ("a-12 " is "A-12"). */
	static String nomor(String s) {
		return s == null ? "" : SPASI.matcher(s.strip()).replaceAll(" ").toUpperCase(Locale.ROOT);
	}

	/** The stall by market and number as typed, the collector's fallback when the camera fails; every problem at once. */
	Lapak cari(Long pasarId, String nomorDiketik) {
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		if (pasarId == null || repo.pasar(pasarId).isEmpty()) {
			p.tolak("pasar", "pasar.catat.pilih-pasar");
		}
		String nomor = nomor(nomorDiketik);
		if (nomor.isEmpty()) {
			p.tolak("nomor", "pasar.lapak.cari.nomor-wajib");
		}
		p.lempar();
		return repo.cari(pasarId, nomor)
			.orElseThrow(() -> new IsianDitolakException(List.of(new IsianDitolakException.Galat("nomor", "pasar.lapak.cari.tidak-ada", nomor))));
	}

	private static String teks(String s) {
		return s == null || s.isBlank() ? null : SPASI.matcher(s.strip()).replaceAll(" ");
	}

	/** Whole rupiah as people type it: "3000", "3.000" or "Rp3.000". */
	static Long rupiah(String s) {
		if (s == null) {
			return null;
		}
		String angka = s.strip().replaceFirst("^(?i)rp\\s*", "").replace(".", "");
		if (!angka.matches("\\d{1,12}")) {
			return null;
		}
		return Long.valueOf(angka);
	}

	List<Lapak> daftar(long pasarId) {
		return repo.daftar(pasarId);
	}
}
