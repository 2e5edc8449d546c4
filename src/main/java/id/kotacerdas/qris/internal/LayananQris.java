package id.kotacerdas.qris.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;

import id.kotacerdas.qris.BiayaMdr;
import id.kotacerdas.qris.HasilPeriksaQris;
import id.kotacerdas.qris.KriteriaMerchant;
import id.kotacerdas.qris.Qris;

@Service
class LayananQris implements Qris {

	private final PembacaGambarQris pembacaGambar;

	private final TarifMdr tarifMdr;

	LayananQris(PembacaGambarQris pembacaGambar, TarifMdr tarifMdr) {
		this.pembacaGambar = pembacaGambar;
		this.tarifMdr = tarifMdr;
	}

	@Override
	public HasilPeriksaQris periksa(String payload) {
		return PemeriksaQris.periksa(payload);
	}

	@Override
	public Optional<String> bacaGambar(byte[] gambar) {
		return pembacaGambar.baca(gambar);
	}

	@Override
	public Optional<BiayaMdr> biayaMdr(KriteriaMerchant kriteria, long nominal, LocalDate tanggal) {
		return tarifMdr.biaya(kriteria, nominal, tanggal);
	}
}
