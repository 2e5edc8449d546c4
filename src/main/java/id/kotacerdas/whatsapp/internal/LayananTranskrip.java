package id.kotacerdas.whatsapp.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import id.kotacerdas.whatsapp.TranskripWhatsapp;

@Component("transkripWhatsapp")
class LayananTranskrip implements TranskripWhatsapp {

	private final WhatsappRepository repo;

	LayananTranskrip(WhatsappRepository repo) {
		this.repo = repo;
	}

	@Override
	public List<Baris> untuk(String nomor) {
		return repo.transkrip(nomor);
	}
}
