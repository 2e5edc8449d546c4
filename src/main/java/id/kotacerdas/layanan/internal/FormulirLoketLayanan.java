package id.kotacerdas.layanan.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import id.kotacerdas.permohonan.FormulirLoket;

/**
 * The engine's counter page sends a service's flows (every version) to the service's own counter
 * form: its answers and documents cannot be taken there.
 */
@Component
class FormulirLoketLayanan implements FormulirLoket {

	@Override
	public Optional<String> alamat(String alurKode) {
		if (alurKode == null || !alurKode.startsWith(JenisLayanan.AWALAN_ALUR)) {
			return Optional.empty();
		}
		String kode = alurKode.substring(JenisLayanan.AWALAN_ALUR.length()).replaceFirst("\\.v\\d+$", "");
		return Optional.of("/staf/layanan/" + kode + "/loket");
	}
}
