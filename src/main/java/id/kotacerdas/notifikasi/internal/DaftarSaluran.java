package id.kotacerdas.notifikasi.internal;

import id.kotacerdas.notifikasi.Saluran;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.kotacerdas.notifikasi.Notifikasi;

/**
 * The channels of this instance by name: the built-in ones (e-mail), one per configured HTTP
 * gateway, and the development log where {@code kc.notifikasi.saluran-log} lets it stand in for a
 * channel that has no real one.
 */
@Component
class DaftarSaluran {

	private static final Logger log = LoggerFactory.getLogger(DaftarSaluran.class);

	private final Map<String, Saluran> nyata = new LinkedHashMap<>();

	private final Map<String, Saluran> penggantiLog = new LinkedHashMap<>();

	DaftarSaluran(List<Saluran> bawaan, NotifikasiProperties properti) {
		Stream.concat(bawaan.stream(), properti.gateway().stream().map(SaluranGateway::new)).forEach(s -> {
			if (nyata.putIfAbsent(s.nama(), s) != null || SaluranLog.NAMA.equals(s.nama())) {
				throw new IllegalStateException("kc.notifikasi.gateway: the channel name " + s.nama() + " is taken");
			}
		});
		properti.saluranLog().forEach(nama -> penggantiLog.put(nama, new SaluranLog(nama)));
	}

	/** The channel that delivers messages queued for {@code nama} now, if any. */
	Optional<Saluran> untuk(String nama) {
		Saluran s = nyata.get(nama);
		return s != null && s.siap() ? Optional.of(s) : Optional.ofNullable(penggantiLog.get(nama));
	}

	/** The names of the channels messages can be delivered on now. */
	Set<String> siap() {
		Set<String> nama = new TreeSet<>(penggantiLog.keySet());
		nyata.values().stream().filter(Saluran::siap).map(Saluran::nama).forEach(nama::add);
		return nama;
	}

	/** Said once at start, not as a failure per message every minute. */
	@EventListener(ApplicationReadyEvent.class)
	void laporkan() {
		Saluran email = nyata.get(Notifikasi.EMAIL);
		if (email != null && !email.siap() && !penggantiLog.containsKey(Notifikasi.EMAIL)) {
			log.warn("No SMTP server configured (spring.mail.host): e-mail notifications wait in the outbox until one is");
		}
		penggantiLog.keySet().stream().filter(nama -> !nyata.containsKey(nama) || !nyata.get(nama).siap())
			.forEach(nama -> log.warn("Notifications on channel {} are written to the log, NOT delivered (kc.notifikasi.saluran-log: development only)",
					nama));
	}
}
