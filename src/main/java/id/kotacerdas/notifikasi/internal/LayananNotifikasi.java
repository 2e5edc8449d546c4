package id.kotacerdas.notifikasi.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.notifikasi.Notifikasi;
import id.kotacerdas.notifikasi.Pesan;
import id.kotacerdas.notifikasi.StatusPesan;
import id.kotacerdas.notifikasi.TeksPesan;

/** The module's API: queues in the caller's transaction, reads the outbox and its delivery record. */
@Service
class LayananNotifikasi implements Notifikasi {

	private final KotakKeluar kotak;

	private final PenyajiPesan penyaji;

	private final DaftarSaluran saluran;

	private final Pengirim pengirim;

	private final Clock clock;

	LayananNotifikasi(KotakKeluar kotak, PenyajiPesan penyaji, DaftarSaluran saluran, Pengirim pengirim, Clock clock) {
		this.kotak = kotak;
		this.penyaji = penyaji;
		this.saluran = saluran;
		this.pengirim = pengirim;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public OptionalLong antre(Pesan pesan) {
		if (pesan.tujuan() == null || pesan.tujuan().isBlank()) {
			return OptionalLong.empty();
		}
		penyaji.periksa(pesan.templat());
		Locale bahasa = pesan.bahasa() == null ? PenyajiPesan.INDONESIA : pesan.bahasa();
		return OptionalLong.of(kotak.tambah(pesan.saluran(), pesan.tujuan(), pesan.templat(), penyaji.simpan(pesan.parameter()), bahasa,
				clock.instant()));
	}

	@Override
	public Optional<StatusPesan> status(long id) {
		return kotak.status(id);
	}

	@Override
	public List<StatusPesan> untuk(String namaSaluran, String tujuan) {
		return kotak.untuk(namaSaluran, tujuan);
	}

	@Override
	public Optional<TeksPesan> teks(long id) {
		return kotak.bahan(id).map(b -> penyaji.sajikan(b.templat(), b.parameter(), Locale.forLanguageTag(b.bahasa())));
	}

	@Override
	public boolean tersedia(String namaSaluran) {
		return saluran.untuk(namaSaluran).isPresent();
	}

	@Override
	public int kirimTertunda() {
		return pengirim.kirimTertunda();
	}

	@Override
	public int kirimSekarang(String namaSaluran, String tujuan) {
		return pengirim.kirimSekarang(namaSaluran, tujuan);
	}
}
