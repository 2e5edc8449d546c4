package id.kotacerdas.platform;

/**
 * A map layer a module offers to the masterplan dashboard's map (complaints per kelurahan, Wi-Fi points,
 * dark street lights). A module declares one bean per layer, like {@link Indikator}; the dashboard reads
 * them all and knows nothing of the module's internals.
 * <p>
 * The layer is a public GeoJSON FeatureCollection ({@code application/geo+json}) at {@link #url()}: no
 * personal data, no exact point of a citizen's report. Each feature's properties hold {@code nama} (words
 * for people) and {@code keterangan} (the value or status in words, in the request's language), and may
 * hold {@code nilai} (a number for shading) and {@code tautan} (a site-relative page about the feature).
 */
public interface LapisanPeta {

	/** Stable code, {@code <module>.<layer>}. */
	String kode();

	/** Message key of the layer's name in the map's legend. */
	String kodeNama();

	/** The masterplan element the layer belongs to; the dimension follows from it. */
	ElemenKotaCerdas elemen();

	/** Site-relative URL of the GeoJSON, e.g. {@code /wifi/peta.json}. */
	String url();
}
