package id.kotacerdas.umkm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** OSM opening hours read in the subset small businesses use, and said in Indonesian words. */
class JamBukaTests {

	private static final Map<String, String> KATA = Map.ofEntries(Map.entry("hari.Mo", "Senin"), Map.entry("hari.Tu", "Selasa"),
			Map.entry("hari.We", "Rabu"), Map.entry("hari.Th", "Kamis"), Map.entry("hari.Fr", "Jumat"), Map.entry("hari.Sa", "Sabtu"),
			Map.entry("hari.Su", "Minggu"), Map.entry("hari.PH", "Hari libur nasional"), Map.entry("setiap-hari", "Setiap hari"),
			Map.entry("tutup", "tutup"), Map.entry("24-jam", "Buka 24 jam setiap hari"));

	private static List<String> kata(String teks) {
		return JamBuka.baca(teks).dalamKata(KATA::get);
	}

	@Test
	void weekdaysSaturdayAndClosedSunday() {
		assertThat(kata("Mo-Fr 08:00-17:00; Sa 08:00-12:00; Su off"))
			.containsExactly("Senin–Jumat: 08.00–17.00", "Sabtu: 08.00–12.00", "Minggu: tutup");
	}

	@Test
	void splitShiftsListsAndNights() {
		assertThat(kata("Mo,We,Fr 07:00-11:00,16:00-22:00")).containsExactly("Senin, Rabu, Jumat: 07.00–11.00, 16.00–22.00");
		// the Palapa night stalls: from dusk past midnight
		assertThat(kata("Mo-Su 17:00-01:00; PH off")).containsExactly("Senin–Minggu: 17.00–01.00", "Hari libur nasional: tutup");
		assertThat(kata("10:00-24:00")).containsExactly("Setiap hari: 10.00–24.00");
		assertThat(kata("24/7")).containsExactly("Buka 24 jam setiap hari");
	}

	@Test
	void spacingIsTidied() {
		assertThat(JamBuka.baca("  Mo-Sa   08:00-21:00 ;Su off ").teks()).isEqualTo("Mo-Sa 08:00-21:00 ;Su off");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "Senin-Jumat 08:00-17:00", "Mo-Fr 8:00-17:00", "Mo-Fr 08:00-25:00", "Mo-Fr 08:60-17:00", "Jan-Mar Mo 08:00-12:00",
			"Mo-Fr sunrise-sunset", "Mo-PH 08:00-12:00", "Mo-Fr 08:00-17:00 \"ring the bell\"" })
	void outsideTheSubsetIsRefused(String teks) {
		assertThatThrownBy(() -> JamBuka.baca(teks)).isInstanceOf(IllegalArgumentException.class);
	}
}
