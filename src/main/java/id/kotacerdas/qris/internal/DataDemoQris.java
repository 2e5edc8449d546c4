package id.kotacerdas.qris.internal;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.qris.KriteriaMerchant;

/**
 * Two fictitious city retribution points for {@code --demo} (acquirer GUI {@code ID.CO.EXAMPLE.WWW},
 * not payable), run by the revenue agency, so the staff page, its stickers and the dynamic code
 * show something real.
 */
@Component
@Profile("demo")
class DataDemoQris {

	private final AkunKotaRepository repo;

	private final DaftarOpd opd;

	DataDemoQris(AkunKotaRepository repo, DaftarOpd opd) {
		this.repo = repo;
		this.opd = opd;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void isi() {
		var bapenda = opd.semua().stream().filter(o -> "Bapenda".equals(o.singkatan())).findFirst();
		if (bapenda.isEmpty() || repo.adaNmid("ID1026000000017")) {
			return;
		}
		long id = bapenda.get().id();
		repo.simpan(id, new DataMerchant("ID.CO.EXAMPLE.WWW", "936099990000000017", "000000000000017", "ID1026000000017", KriteriaMerchant.UMI, "9399",
				"Retribusi Pasar Oebobo", "KOTA KUPANG", "85111", "A01"));
		repo.simpan(id, new DataMerchant("ID.CO.EXAMPLE.WWW", "936099990000000025", "000000000000025", "ID1026000000025", KriteriaMerchant.UMI, "9399",
				"Retribusi Parkir Kota", "KOTA KUPANG", "85228", "A01"));
	}
}
