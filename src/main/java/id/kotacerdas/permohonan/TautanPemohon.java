package id.kotacerdas.permohonan;

import java.util.List;

/**
 * What a consumer module offers the applicant on the private page {@code /c/{kode}/{token}}: the
 * issued document to download, the satisfaction survey to fill in. Beans of this type are asked
 * for every private page view; each answers only for its own applications (by
 * {@link RingkasanPermohonan#alurKode()} or {@link RingkasanPermohonan#konsumenRef()}) and
 * returns nothing for the rest. The links carry the token where the target must be private too.
 */
public interface TautanPemohon {

	List<Tautan> tautan(RingkasanPermohonan permohonan, String token);

	/**
	 * @param kunciLabel the bundle key of the link text (e.g. {@code layanan.unduh-dokumen})
	 * @param url an address within the site, e.g. {@code /dokumen/…}
	 */
	record Tautan(String kunciLabel, String url) {

		public Tautan {
			if (kunciLabel == null || kunciLabel.isBlank() || url == null || !url.startsWith("/")) {
				throw new IllegalArgumentException("a link needs a label key and an address within the site");
			}
		}
	}
}
