package id.kotacerdas.whatsapp;

import java.time.Instant;
import java.util.List;

/**
 * The WhatsApp chat a report was filed and followed up in, for the staff page of a report. The
 * page shows it only where it shows the reporter's contact (never for an anonymous report); the
 * bean is named {@code transkripWhatsapp} for the template fragment {@code whatsapp/transkrip}.
 */
public interface TranskripWhatsapp {

	/** One message: from the citizen ({@code masuk}) or from the city. */
	record Baris(boolean masuk, String teks, Instant waktu) {
	}

	/** The report's chat, oldest first; empty for a report not filed by WhatsApp. */
	List<Baris> untuk(String nomor);
}
