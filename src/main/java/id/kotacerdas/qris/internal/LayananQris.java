package id.kotacerdas.qris.internal;

import java.util.Optional;

import org.springframework.stereotype.Service;

import id.kotacerdas.qris.HasilPeriksaQris;
import id.kotacerdas.qris.Qris;

@Service
class LayananQris implements Qris {

	private final PembacaGambarQris pembacaGambar;

	LayananQris(PembacaGambarQris pembacaGambar) {
		this.pembacaGambar = pembacaGambar;
	}

	@Override
	public HasilPeriksaQris periksa(String payload) {
		return PemeriksaQris.periksa(payload);
	}

	@Override
	public Optional<String> bacaGambar(byte[] gambar) {
		return pembacaGambar.baca(gambar);
	}
}
