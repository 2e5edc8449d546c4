package id.kotacerdas.pasar.internal.lapak;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Nik;

/**
 * A stall of a market and the rules of its daily retribution.
 *
 * @param nomor as painted on the stall, in capitals
 * @param tarif the daily retribution in whole rupiah; 0 = exempt
 * @param terisi a trader uses it; a vacant stall owes nothing
 * @param nmid the trader's QRIS merchant id, when known
 * @param qrisDiperiksa the NMID was read from a correct QRIS code ({@code qris.Qris.periksa}), not only typed
 * @param nikPedagang the trader's NIK, when known: links the stall to the trader's business in the UMKM registry.
 *            Never in the audit log in full (its JSON carries the masked NIK)
 */
record Lapak(long id, long pasarId, String namaPasar, String nomor, String pedagang, String dagangan, long tarif, boolean terisi,
		boolean qris, String nmid, boolean qrisDiperiksa, @JsonIgnore String nikPedagang) {

	/** The NIK as the audit log and those who may not read it see it. */
	@JsonProperty("nikPedagang")
	public String nikPedagangTersamar() {
		return nikPedagang == null ? null : new Nik(nikPedagang).tersamar();
	}

	/** Whether a payment is expected today: an occupied stall that is not exempt. */
	public boolean wajibBayar() {
		return terisi && tarif > 0;
	}

	/**
	 * Checks a payment, every problem at once: only a stall that owes, a positive amount no higher
	 * than the tariff (a trader who cannot pay the whole may pay part; the shortfall shows in the
	 * day's view), and QRIS only from a trader who accepts it.
	 */
	void periksaPembayaran(Long jumlah, CaraBayar cara, IsianDitolakException.Pemeriksa periksa) {
		periksaJumlah(jumlah, periksa);
		if (cara == null) {
			periksa.tolak("cara", "pasar.lapak.bayar.cara-wajib");
		}
		else if (cara == CaraBayar.QRIS && !qris) {
			periksa.tolak("cara", "pasar.lapak.bayar.belum-qris");
		}
	}

	/** The amount alone, as for a payment the acquirer confirmed: only a stall that owes, positive, no higher than the tariff. */
	void periksaJumlah(Long jumlah, IsianDitolakException.Pemeriksa periksa) {
		if (!wajibBayar()) {
			periksa.tolak("jumlah", terisi ? "pasar.lapak.bayar.bebas" : "pasar.lapak.bayar.kosong");
		}
		else if (jumlah == null || jumlah <= 0) {
			periksa.tolak("jumlah", "pasar.lapak.bayar.jumlah-wajib");
		}
		else if (jumlah > tarif) {
			periksa.tolak("jumlah", "pasar.lapak.bayar.melebihi-tarif", tarif);
		}
	}

	/** The collection page's address, which the stall's QR card encodes. */
	static String jalur(long id) {
		return "/staf/pasar/lapak/" + id;
	}
}
