package id.kotacerdas.umkm.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.kotacerdas.qris.KriteriaMerchant;
import id.kotacerdas.platform.UrlDasar;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;
import tools.jackson.databind.ObjectMapper;

/** A business in the words people read: place and sector by name, size class, hours, and schema.org's description for search engines. */
@Component
class PenyajiUmkm {

	private final ReferensiUmkm referensi;

	private final Wilayah wilayah;

	private final UkuranUsaha ukuran;

	private final MessageSource pesan;

	private final UrlDasar urlDasar;

	private final ObjectMapper json;

	PenyajiUmkm(ReferensiUmkm referensi, Wilayah wilayah, UkuranUsaha ukuran, MessageSource pesan, UrlDasar urlDasar, ObjectMapper json) {
		this.referensi = referensi;
		this.wilayah = wilayah;
		this.ukuran = ukuran;
		this.pesan = pesan;
		this.urlDasar = urlDasar;
		this.json = json;
	}

	/**
	 * @param kelas by PP 7/2021 (annual sales decide where known), or null
	 * @param kelasModal by capital alone, or null
	 * @param kelasPenjualan by annual sales alone, or null
	 * @param jamBuka the opening hours in words, one line per rule
	 */
	record Tampilan(Usaha usaha, String kelurahan, String kecamatan, String kbli, String sektor, KelasUsaha kelas, KelasUsaha kelasModal,
			KelasUsaha kelasPenjualan, KriteriaMerchant kriteriaQris, List<String> jamBuka) {
	}

	Tampilan tampilan(Usaha u, Locale bahasa) {
		Kelurahan k = wilayah.kelurahan(u.kelurahanKode()).orElse(null);
		ReferensiUmkm.Kbli kbli = referensi.kbli(u.kbli()).orElse(null);
		List<String> jam = u.jamBuka() == null ? List.of()
				: JamBuka.baca(u.jamBuka()).dalamKata(kunci -> pesan.getMessage("umkm.jam." + kunci, null, bahasa));
		return new Tampilan(u, k == null ? null : k.nama(), k == null ? null : k.kecamatan().nama(),
				kbli == null ? u.kbli() : kbli.judul(), kbli == null ? null : kbli.sektor(), ukuran.kelas(u.modal(), u.penjualanTahunan()),
				u.modal() == null ? null : ukuran.menurutModal(u.modal()),
				u.penjualanTahunan() == null ? null : ukuran.menurutPenjualan(u.penjualanTahunan()), ukuran.kriteriaQris(u.penjualanTahunan()),
				jam);
	}

	/** schema.org LocalBusiness (FoodEstablishment for food and drink) as JSON-LD, safe inside a script element. */
	String jsonLd(Tampilan t, List<Produk> produk, List<String> foto) {
		Usaha u = t.usaha();
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("@context", "https://schema.org");
		m.put("@type", "kuliner".equals(t.sektor()) ? "FoodEstablishment" : "LocalBusiness");
		m.put("name", u.nama());
		m.put("url", urlDasar.dariPermintaan() + "/umkm/" + u.id());
		Map<String, Object> alamat = new LinkedHashMap<>();
		alamat.put("@type", "PostalAddress");
		alamat.put("streetAddress", u.alamat());
		alamat.put("addressLocality", t.kelurahan());
		alamat.put("addressRegion", "Nusa Tenggara Timur");
		alamat.put("addressCountry", "ID");
		wilayah.kelurahan(u.kelurahanKode()).map(Kelurahan::kodepos).ifPresent(kp -> alamat.put("postalCode", kp));
		m.put("address", alamat);
		if (u.lat() != null) {
			m.put("geo", Map.of("@type", "GeoCoordinates", "latitude", u.lat(), "longitude", u.lon()));
		}
		if (u.jamBuka() != null) {
			m.put("openingHours", u.jamBuka());
		}
		if (u.whatsapp() != null) {
			m.put("telephone", "+" + u.whatsapp());
		}
		if (!foto.isEmpty()) {
			m.put("image", foto.stream().map(f -> urlDasar.dariPermintaan() + f).toList());
		}
		List<String> bayar = new ArrayList<>();
		u.kanal().forEach(k -> bayar.add(switch (k.jenis()) {
			case TUNAI -> "Cash";
			case QRIS -> "QRIS";
			case TRANSFER -> "Bank transfer";
			case TOKO_DARING -> "Online shop";
		}));
		m.put("paymentAccepted", String.join(", ", bayar.stream().distinct().toList()));
		m.put("currenciesAccepted", "IDR");
		if (!produk.isEmpty()) {
			long min = produk.stream().mapToLong(Produk::hargaMin).min().orElseThrow();
			long maks = produk.stream().mapToLong(Produk::hargaMaks).max().orElseThrow();
			m.put("priceRange", "Rp" + min + "–Rp" + maks);
		}
		// "</" would end the script element early
		return json.writeValueAsString(m).replace("</", "<\\/");
	}
}
