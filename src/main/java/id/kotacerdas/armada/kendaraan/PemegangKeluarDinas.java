package id.kotacerdas.armada.kendaraan;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.kotacerdas.kepegawaian.PegawaiKeluarDinas;

/**
 * Vehicle holders who left the city's service. Listens to the personnel records in the transaction
 * that recorded the leaving (so the flag commits with it); the flag is kept by NIP, so it shows on
 * every vehicle that holder has and disappears from a vehicle once another holder is recorded.
 */
@Repository
class PemegangKeluarDinas {

	private final JdbcClient jdbc;

	PemegangKeluarDinas(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void tandai(PegawaiKeluarDinas keluar) {
		jdbc.sql("INSERT INTO armada.pemegang_keluar (nip, sejak) VALUES (?, ?) ON CONFLICT (nip) DO NOTHING")
			.params(keluar.nip(), keluar.tanggal())
			.update();
	}

	/** Since when each flagged vehicle's holder is out of service, by vehicle id. */
	Map<Long, LocalDate> kendaraan() {
		return jdbc.sql("SELECT k.id, p.sejak FROM armada.kendaraan k JOIN armada.pemegang_keluar p ON p.nip = k.nip_pemegang")
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getObject(2, LocalDate.class)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}
}
