package id.kotacerdas.sms.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * SMS as Kupang citizens send them ({@code --demo}), through the same path as the gateway's
 * callbacks: two reports in the format (a kelurahan written "Naikoten 2", one of two words) and a
 * free-text message that gets the format help. The staff worklist then shows reports by SMS.
 */
@Component
@Profile("demo")
class DataDemoSms {

	private static final Logger log = LoggerFactory.getLogger(DataDemoSms.class);

	private static final List<PesanMasuk> PESAN = List.of(
			new PesanMasuk("demo-1", "081239110021", "KUPANG SAM Naikoten 2 sampah menumpuk di samping gereja, belum diangkut seminggu",
					"2026-11-30 07:12:40"),
			new PesanMasuk("demo-2", "6285237004512", "kupang jln oesapa barat jalan berlubang besar depan kios, motor sering jatuh",
					"2026-11-30 08:03:11"),
			new PesanMasuk("demo-3", "081353220917", "Selamat pagi, air PAM di rumah kami mati sejak kemarin", "2026-11-30 08:30:55"));

	private final LayananSms layanan;

	private final SmsRepository repo;

	DataDemoSms(LayananSms layanan, SmsRepository repo) {
		this.layanan = layanan;
		this.repo = repo;
	}

	/** After pengaduan's own demo reports (order 200), which it files only into an empty table. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(210)
	public void isi() {
		if (!repo.kosong()) {
			return;
		}
		PESAN.forEach(layanan::terima);
		log.warn("Demo: {} SMS received", PESAN.size());
	}
}
