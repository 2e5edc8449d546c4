package id.kotacerdas.pasar;

import java.util.List;
import java.util.Optional;

/**
 * The stall register for other modules: a trader's stalls by NIK (the UMKM registry shows where its business sells)
 * and one stall by id. No personal data leaves: a stall is its market, number, goods and QRIS.
 */
public interface DaftarLapak {

	/** The stalls whose trader has this NIK (16 digits), in the order of markets and numbers; empty for none or a bad NIK. */
	List<LapakPedagang> milikPedagang(String nik);

	Optional<LapakPedagang> lapak(long id);
}
