package id.kotacerdas.iven.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import id.kotacerdas.platform.ElemenKotaCerdas;
import id.kotacerdas.platform.Indikator;
import id.kotacerdas.platform.Periode;
import id.kotacerdas.wilayah.Wilayah;

/**
 * Smart Branding's "a calendar of events in every kelurahan": the share of the city's kelurahan whose annual Event
 * Kelurahan took place in the period (scheduled or postponed, not cancelled, started by now). City-wide only: a
 * kelurahan's event belongs to no agency's performance.
 */
record IndikatorIven(Definisi definisi, AcaraRepository repo, Wilayah wilayah, Clock clock) implements Indikator {

	IndikatorIven(AcaraRepository repo, Wilayah wilayah, Clock clock) {
		this(new Definisi("iven.cakupan-event-kelurahan", "iven.indikator.cakupan.nama", ElemenKotaCerdas.EKOSISTEM_PARIWISATA,
				Satuan.PERSEN, Arah.NAIK_LEBIH_BAIK, "iven.indikator.cakupan.rumus", new Sumber("iven", "iven.indikator.cakupan.sumber")), repo,
				wilayah, clock);
	}

	@Override
	public Hasil hitung(Periode periode) {
		Instant sekarang = clock.instant();
		int berevent = repo.kelurahanBerevent(periode.mulai(), periode.selesai(), sekarang).size();
		int semua = wilayah.kelurahan().size();
		return new Hasil(definisi.kode(), periode, Nilai.persen(berevent, semua, berevent), List.of(), sekarang);
	}
}
