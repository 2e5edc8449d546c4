package id.kotacerdas.kepegawaian.internal.kalender;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of the calendars ({@code kc.kepegawaian.kalender.*}, docs/kepegawaian.md).
 *
 * @param masaPangkatTahun years in a rank before a regular promotion
 * @param masaKgbTahun years between periodic salary increases (KGB)
 * @param periodePangkat how many promotion periods ahead are listed (six a year)
 * @param bulanKgb months ahead the KGB calendar lists
 * @param bulanPensiun months ahead the retirement calendar lists (the paperwork starts then)
 * @param bupBawaan the retirement age (batas usia pensiun) when no rule of {@code bup} applies
 * @param bup the retirement age by position: the first rule that matches wins
 */
@ConfigurationProperties("kc.kepegawaian.kalender")
public record PengaturanKalender(@DefaultValue("4") int masaPangkatTahun, @DefaultValue("2") int masaKgbTahun,
		@DefaultValue("6") int periodePangkat, @DefaultValue("3") int bulanKgb, @DefaultValue("12") int bulanPensiun,
		@DefaultValue("58") int bupBawaan, @DefaultValue List<AturanBup> bup) {

	public PengaturanKalender {
		bup = bup == null ? List.of() : List.copyOf(bup);
	}

	/**
	 * A retirement age for the positions it matches; each condition left empty matches any.
	 *
	 * @param jenisJabatan position type code (1 structural, 2 functional, 4 executor)
	 * @param eselon echelon codes, e.g. {@code [11, 12, 21, 22]}
	 * @param kataJabatan words in the position's name, any of them, case-insensitive (the level of a
	 *            functional position, "Ahli Utama", lives only there)
	 */
	public record AturanBup(String jenisJabatan, List<String> eselon, List<String> kataJabatan, int usia) {

		public AturanBup {
			eselon = eselon == null ? List.of() : List.copyOf(eselon);
			kataJabatan = kataJabatan == null ? List.of() : List.copyOf(kataJabatan);
		}
	}
}
