package id.kotacerdas.pasar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.pasar.internal.Kewajaran.Penilaian;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;

/**
 * Daily price collection: who may enter prices, and a batch of an enumerator's prices for one
 * market and day, each checked for plausibility. Sending the same batch again changes nothing;
 * a different price for the same commodity replaces the earlier one and is audited.
 */
@Service
class LayananHarga {

	/** The four weeks a price is compared with. */
	static final int HARI_RIWAYAT = 28;

	/** No market good costs this much per unit: a longer number is a slip of the thumb. */
	static final long HARGA_MAKS = 100_000_000;

	static final int ASAL_MAKS = 100;

	/**
	 * One price of a batch.
	 *
	 * @param asal where the goods came from (Rote, Flores, Surabaya…), optional
	 * @param dikonfirmasi the enumerator confirmed a price the rule found implausible
	 */
	record Entri(Long komoditasId, Long harga, String asal, boolean dikonfirmasi) {
	}

	record Kiriman(Long pasarId, LocalDate tanggal, List<Entri> entri) {
	}

	/** The answer for one price: stored, or the rule's reasons to ask first. */
	record Hasil(long komoditasId, boolean tersimpan, Penilaian penilaian) {
	}

	private final HargaRepository repo;

	private final AuditLog audit;

	private final DaftarOpd daftarOpd;

	private final PasarProperties properti;

	private final Kewajaran kewajaran;

	private final Clock clock;

	LayananHarga(HargaRepository repo, AuditLog audit, DaftarOpd daftarOpd, PasarProperties properti, Clock clock) {
		this.repo = repo;
		this.audit = audit;
		this.daftarOpd = daftarOpd;
		this.properti = properti;
		this.kewajaran = properti.kewajaran();
		this.clock = clock;
	}

	/** The agency whose staff collect prices, if the configured short name is on the city's list. */
	Optional<Opd> opdPasar() {
		return daftarOpd.cariSingkatan(properti.opd());
	}

	/** Staff of the market agency who may change things, and Kominfo administrators. */
	boolean bolehMencatat(Staf staf) {
		return staf.adminKota() || (staf.bolehMengubah() && opdPasar().map(o -> Long.valueOf(o.id()).equals(staf.opdId())).orElse(false));
	}

	/** The supervisor's view: the market agency's staff, Kominfo and leadership. */
	boolean bolehMengawasi(Staf staf) {
		return staf.lingkupOpd() == null || opdPasar().map(o -> staf.bolehMelihat(o.id())).orElse(false);
	}

	LocalDate hariIni() {
		return LocalDate.now(clock.withZone(Waktu.WITA));
	}

	@Transactional
	List<Hasil> kirim(Staf staf, Kiriman kiriman) {
		if (!bolehMencatat(staf)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "pasar.catat.bukan-pencacah");
		}
		Map<Long, Komoditas> komoditas = repo.komoditas().stream().collect(Collectors.toMap(Komoditas::id, Function.identity()));
		periksa(kiriman, komoditas);
		long pasarId = kiriman.pasarId();
		LocalDate tanggal = kiriman.tanggal();
		List<Hasil> hasil = new ArrayList<>();
		for (Entri e : kiriman.entri()) {
			String asal = e.asal() == null || e.asal().isBlank() ? null : e.asal().strip();
			Optional<Observasi> lama = repo.cariUntukDiubah(pasarId, e.komoditasId(), tanggal, staf.username());
			if (lama.isPresent() && lama.get().harga() == e.harga() && java.util.Objects.equals(lama.get().asal(), asal)) {
				hasil.add(new Hasil(e.komoditasId(), true, null));
				continue;
			}
			Penilaian penilaian = kewajaran.nilai(e.harga(),
					repo.riwayat(pasarId, e.komoditasId(), tanggal.minusDays(HARI_RIWAYAT), tanggal),
					repo.het(e.komoditasId(), tanggal).orElse(null));
			if (penilaian.perluKonfirmasi() && !e.dikonfirmasi()) {
				hasil.add(new Hasil(e.komoditasId(), false, penilaian));
				continue;
			}
			long id = repo.simpan(pasarId, e.komoditasId(), tanggal, staf.username(), e.harga(), asal, penilaian.perluKonfirmasi(),
					clock.instant());
			if (lama.isPresent()) {
				Observasi o = lama.get();
				audit.catat("pasar.harga.dikoreksi", "harga", Long.toString(id), o,
						new Observasi(id, pasarId, e.komoditasId(), tanggal, staf.username(), e.harga(), asal, penilaian.perluKonfirmasi()));
			}
			hasil.add(new Hasil(e.komoditasId(), true, penilaian));
		}
		return hasil;
	}

	/** A batch is taken whole or not at all: one wrong entry refuses it before anything is stored. */
	private void periksa(Kiriman k, Map<Long, Komoditas> komoditas) {
		if (k.pasarId() == null || repo.pasar(k.pasarId()).isEmpty()) {
			throw new PermintaanDitolakException("pasar.catat.pasar-tidak-ada");
		}
		if (k.tanggal() == null || k.tanggal().isAfter(hariIni())) {
			throw new PermintaanDitolakException("pasar.catat.tanggal-tidak-sah");
		}
		if (k.entri() == null || k.entri().isEmpty() || k.entri().size() > komoditas.size()) {
			throw new PermintaanDitolakException("galat.data-tidak-valid");
		}
		Set<Long> terlihat = new HashSet<>();
		for (Entri e : k.entri()) {
			if (e == null || e.komoditasId() == null || !komoditas.containsKey(e.komoditasId()) || !terlihat.add(e.komoditasId())
					|| e.harga() == null || e.harga() <= 0 || e.harga() > HARGA_MAKS || (e.asal() != null && e.asal().length() > ASAL_MAKS)) {
				throw new PermintaanDitolakException("galat.data-tidak-valid");
			}
		}
	}
}
