package id.kotacerdas.pasar.internal.lapak;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import id.kotacerdas.pasar.DaftarLapak;
import id.kotacerdas.pasar.LapakPedagang;
import id.kotacerdas.platform.Nik;

@Service
class LayananDaftarLapak implements DaftarLapak {

	private final LapakRepository repo;

	LayananDaftarLapak(LapakRepository repo) {
		this.repo = repo;
	}

	@Override
	public List<LapakPedagang> milikPedagang(String nik) {
		return nik == null || !Nik.sah(nik) ? List.of() : repo.lapakPedagang(nik).stream().map(LayananDaftarLapak::api).toList();
	}

	@Override
	public Optional<LapakPedagang> lapak(long id) {
		return repo.lapak(id).map(LayananDaftarLapak::api);
	}

	private static LapakPedagang api(Lapak l) {
		return new LapakPedagang(l.id(), l.namaPasar(), l.nomor(), l.dagangan(), l.terisi(), l.qris(), l.nmid(), l.qrisDiperiksa());
	}
}
