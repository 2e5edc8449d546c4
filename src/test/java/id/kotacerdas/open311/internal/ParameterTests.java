package id.kotacerdas.open311.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ParameterTests {

	private static Parameter p(String nama, String... nilai) {
		return new Parameter(Map.of(nama, nilai));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "2026-11-22T08:00:00+08:00|2026-11-22T00:00:00Z",
			"2026-11-22T08:00:00 08:00|2026-11-22T00:00:00Z", "2026-11-22T00:00:00Z|2026-11-22T00:00:00Z",
			"2026-11-22T08:00+08:00|2026-11-22T00:00:00Z", "2026-11-22T08:00:00|2026-11-22T00:00:00Z",
			"2026-11-22|2026-11-21T16:00:00Z", "2026-11-21T19:00:00-05:00|2026-11-22T00:00:00Z" })
	void readsW3cDateTimesWithWitaForMissingOffsets(String teks, String instan) {
		assertThat(p("start_date", teks).waktu("start_date")).isEqualTo(Instant.parse(instan));
	}

	@ParameterizedTest
	@ValueSource(strings = { "kemarin", "2026-13-01", "2026-11-22T25:00:00Z", "1700000000", "2026-11-22T08:00:00+25:00" })
	void refusesWhatIsNoDate(String teks) {
		assertThatThrownBy(() -> p("start_date", teks).waktu("start_date")).isInstanceOfSatisfying(Open311Exception.class,
				ex -> assertThat(ex.status().value()).isEqualTo(400));
	}

	@ParameterizedTest
	@ValueSource(strings = { "a\u0000b", "a\u0007b", "a\uFFFDb", "a\uD800b", "a\u007Fb" })
	void refusesControlCharactersAndBrokenEncodings(String teks) {
		assertThatThrownBy(() -> p("description", teks)).isInstanceOf(Open311Exception.class);
	}

	@Test
	void acceptsLineBreaksEmojiAndScripts() {
		assertThat(p("description", "baris satu\r\nbaris dua\t\uD83D\uDE00 ǅ ж").teks("description")).contains("\uD83D\uDE00");
	}

	@Test
	void emptyEqualsAbsentAndConflictingRepeatsAreRefused() {
		assertThat(p("service_code", "").teks("service_code")).isNull();
		assertThat(p("service_code", "sampah", "sampah").teks("service_code")).isEqualTo("sampah");
		assertThatThrownBy(() -> p("service_code", "sampah", "drainase").teks("service_code")).isInstanceOf(Open311Exception.class);
	}

	@Test
	void attributesInBothFormEncodings() {
		Parameter p = new Parameter(Map.of("attribute[volume]", new String[] { "banyak" }, "attribute[bahaya][]",
				new String[] { "motor", "macet" }, "attribute[]", new String[] { "x" }, "lain", new String[] { "y" }));
		assertThat(p.atribut()).containsOnly(Map.entry("volume", List.of("banyak")), Map.entry("bahaya", List.of("motor", "macet")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "NaN", "Infinity", "1e999", "0x10", "12,5", "--1" })
	void decimalsAreStrict(String teks) {
		assertThatThrownBy(() -> p("lat", teks).desimal("lat")).isInstanceOf(Open311Exception.class);
	}
}
