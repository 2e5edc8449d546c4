package id.kotacerdas.pasar.internal.lapak;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.pasar.internal.KunjunganHarga;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * The collector's visit to a stall: today's retribution and, in the same visit, a few prices.
 * One payment per stall and day: the same payment sent again changes nothing, a different one
 * replaces it and is audited. Prices go through the price collection's own service, with its
 * plausibility check and its one observation per collector and day.
 */
@Service
class PenagihanRetribusi {

	/** Prices a collector may note in one visit: a stall sells a few goods, the visit is short. */
	static final int BARIS_HARGA = 3;

	/** One price row of the form as typed; both empty = not used. */
	record BarisHarga(String komoditas, String harga, boolean dikonfirmasi) {

		boolean kosong() {
			return (komoditas == null || komoditas.isBlank()) && (harga == null || harga.isBlank());
		}
	}

	/** @param berubah the payment was stored or replaced now, not already there as sent */
	record HasilKunjungan(Retribusi retribusi, boolean berubah, List<KunjunganHarga.Hasil> harga) {

		boolean adaPertanyaan() {
			return harga.stream().anyMatch(h -> !h.tersimpan());
		}
	}

	private final LapakRepository repo;

	private final RegisterLapak register;

	private final KunjunganHarga harga;

	private final AuditLog audit;

	private final Clock clock;

	PenagihanRetribusi(LapakRepository repo, RegisterLapak register, KunjunganHarga harga, AuditLog audit, Clock clock) {
		this.repo = repo;
		this.register = register;
		this.harga = harga;
		this.audit = audit;
		this.clock = clock;
	}

	Optional<Retribusi> hariIni(long lapakId) {
		return repo.retribusi(lapakId, harga.hariIni());
	}

	@Transactional
	HasilKunjungan catat(Staf staf, long lapakId, String jumlahTeks, String caraTeks, List<BarisHarga> baris) {
		register.pastikanMengubah(staf);
		Lapak lapak = repo.lapakUntukDiubah(lapakId).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pasar.lapak.tidak-ditemukan"));
		IsianDitolakException.Pemeriksa periksa = new IsianDitolakException.Pemeriksa();
		Long jumlah = RegisterLapak.rupiah(jumlahTeks);
		CaraBayar cara = cara(caraTeks);
		lapak.periksaPembayaran(jumlah, cara, periksa);
		List<KunjunganHarga.Harga> entri = hargaSah(baris, periksa);
		periksa.lempar();

		var tanggal = harga.hariIni();
		Optional<Retribusi> lama = repo.retribusi(lapakId, tanggal);
		Retribusi retribusi;
		boolean berubah = lama.isEmpty() || !lama.get().sama(jumlah, cara);
		if (berubah) {
			repo.simpanRetribusi(lapakId, tanggal, jumlah, lapak.tarif(), cara, staf.username(), clock.instant());
			retribusi = repo.retribusi(lapakId, tanggal).orElseThrow();
			if (lama.isPresent()) {
				audit.catat("pasar.retribusi.dikoreksi", "retribusi", Long.toString(retribusi.id()), lama.get(), retribusi);
			}
		}
		else {
			retribusi = lama.get();
		}
		List<KunjunganHarga.Hasil> hasilHarga = entri.isEmpty() ? List.of() : harga.catat(staf, lapak.pasarId(), entri);
		return new HasilKunjungan(retribusi, berubah, hasilHarga);
	}

	private static CaraBayar cara(String teks) {
		for (CaraBayar c : CaraBayar.values()) {
			if (c.name().equals(teks)) {
				return c;
			}
		}
		return null;
	}

	/** The filled price rows, each problem under its own row's field. */
	private List<KunjunganHarga.Harga> hargaSah(List<BarisHarga> baris, IsianDitolakException.Pemeriksa periksa) {
		Set<Long> dikenal = new HashSet<>();
		harga.komoditas().forEach(k -> dikenal.add(k.id()));
		Set<Long> terlihat = new HashSet<>();
		List<KunjunganHarga.Harga> entri = new ArrayList<>();
		for (int i = 0; i < baris.size(); i++) {
			BarisHarga b = baris.get(i);
			if (b.kosong()) {
				continue;
			}
			Long komoditas = b.komoditas() != null && b.komoditas().matches("\\d{1,18}") ? Long.valueOf(b.komoditas()) : null;
			Long rp = RegisterLapak.rupiah(b.harga());
			String nomor = Integer.toString(i + 1);
			if (komoditas == null || !dikenal.contains(komoditas)) {
				periksa.tolak("komoditas" + nomor, "pasar.lapak.harga.komoditas-wajib");
			}
			else if (!terlihat.add(komoditas)) {
				periksa.tolak("komoditas" + nomor, "pasar.lapak.harga.komoditas-ganda");
			}
			if (rp == null || rp <= 0 || rp > KunjunganHarga.HARGA_MAKS) {
				periksa.tolak("harga" + nomor, "pasar.lapak.harga.harga-wajib");
			}
			if (komoditas != null && rp != null) {
				entri.add(new KunjunganHarga.Harga(komoditas, rp, b.dikonfirmasi()));
			}
		}
		return entri;
	}
}
