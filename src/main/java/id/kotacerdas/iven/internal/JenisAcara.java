package id.kotacerdas.iven.internal;

/** What kind of event: the calendar's filter and the feeds' CATEGORIES. */
enum JenisAcara {

	FESTIVAL, KULINER, BUDAYA, KEAGAMAAN, OLAHRAGA, PAMERAN_UMKM;

	public String kodePesan() {
		return "iven.jenis." + name();
	}

	/** The lower-case form in URLs (/iven/ical/jenis/kuliner.ics). */
	public String slug() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	static java.util.Optional<JenisAcara> dariSlug(String slug) {
		for (JenisAcara j : values()) {
			if (j.slug().equals(slug)) {
				return java.util.Optional.of(j);
			}
		}
		return java.util.Optional.empty();
	}
}
