package id.kotacerdas.pelatihan.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.platform.Indikator;
import id.kotacerdas.platform.Periode;

/**
 * Smart Economy's "UMKM trained" (the city's claim of 6,000): distinct businesses that attended at least one session
 * started by the end of the period — a UMKM record counted once however many sessions it attended, a participant not
 * (yet) matched to one counted by phone number — against the target {@code kc.pelatihan.target-dilatih}.
 */
record IndikatorPelatihan(Definisi definisi, PelatihanRepository repo, long target, Clock clock) implements Indikator {

	IndikatorPelatihan(PelatihanRepository repo, long target, Clock clock) {
		this(new Definisi("pelatihan.umkm-dilatih", "pelatihan.indikator.nama", ElemenKotaCerdas.EKOSISTEM_INDUSTRI, Satuan.JUMLAH,
				Arah.NAIK_LEBIH_BAIK, "pelatihan.indikator.rumus", new Sumber("pelatihan", "pelatihan.indikator.sumber")), repo, target, clock);
	}

	@Override
	public Hasil hitung(Periode periode) {
		PelatihanRepository.Dilatih d = repo.dilatih(periode.selesai());
		Nilai nilai = d.kehadiran() == 0 ? new Nilai(null, new Rasio(0, target), 0)
				: new Nilai(BigDecimal.valueOf(d.usaha()), new Rasio(d.usaha(), target), d.kehadiran());
		return new Hasil(definisi.kode(), periode, nilai, List.of(), clock.instant());
	}
}
