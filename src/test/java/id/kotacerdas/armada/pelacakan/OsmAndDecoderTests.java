package id.kotacerdas.armada.pelacakan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import id.kotacerdas.platform.Teks;
import id.kotacerdas.platform.Waktu;
import tools.jackson.databind.json.JsonMapper;

/** Recorded OsmAnd requests (as Traccar Client, OsmAnd and trackers send them) through the pure decoder. */
class OsmAndDecoderTests {

	private final OsmAndDecoder decoder = new OsmAndDecoder(JsonMapper.builder().build(), Waktu.WITA);

	private static final byte[] KOSONG = new byte[0];

	@Test
	void getQueryWithEveryStandardKey() {
		PosisiMasuk p = decoder.decode(
				"id=kupang-001&timestamp=1700000000&lat=-10.1772&lon=123.6070&speed=21.6&bearing=45&altitude=40&accuracy=5&batt=89&ignition=true&fuel=39.5&odometer=12345000",
				null, KOSONG);
		assertThat(p.perangkat()).isEqualTo("kupang-001");
		assertThat(p.waktu()).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
		assertThat(p.lat()).isEqualTo(-10.1772);
		assertThat(p.lon()).isEqualTo(123.6070);
		assertThat(p.kecepatanKnot()).isEqualTo(21.6);
		assertThat(p.arah()).isEqualTo(45.0);
		assertThat(p.ketinggian()).isEqualTo(40.0);
		assertThat(p.akurasi()).isEqualTo(5.0);
		assertThat(p.valid()).isTrue();
		assertThat(p.json()).isFalse();
		assertThat(p.atribut()).containsEntry("batteryLevel", 89.0)
			.containsEntry("ignition", true)
			.containsEntry("fuel", 39.5)
			.containsEntry("odometer", 12_345_000L);
	}

	@Test
	void formPostBodyWhenTheUrlHasNoQuery() {
		byte[] isi = "deviceid=kupang-002&timestamp=2026-11-22T08%3A15%3A00Z&location=-10.158%2C123.59&heading=90&valid=0&hdop=1.2&driverUniqueId=NIP%20123&rpm=2100"
			.getBytes(StandardCharsets.UTF_8);
		PosisiMasuk p = decoder.decode(null, "application/x-www-form-urlencoded", isi);
		assertThat(p.perangkat()).isEqualTo("kupang-002");
		assertThat(p.waktu()).isEqualTo(Instant.parse("2026-11-22T08:15:00Z"));
		assertThat(p.lat()).isEqualTo(-10.158);
		assertThat(p.lon()).isEqualTo(123.59);
		assertThat(p.arah()).isEqualTo(90.0);
		assertThat(p.valid()).isFalse();
		assertThat(p.atribut()).containsEntry("hdop", 1.2).containsEntry("driverUniqueId", "NIP 123").containsEntry("rpm", 2100L);
	}

	@Test
	void queryWinsOverBody() {
		PosisiMasuk p = decoder.decode("id=a&lat=1&lon=2", "application/x-www-form-urlencoded",
				"id=b&lat=3&lon=4".getBytes(StandardCharsets.UTF_8));
		assertThat(p.perangkat()).isEqualTo("a");
		assertThat(p.lat()).isEqualTo(1.0);
	}

	@Test
	void jsonFormOfTraccarClient() {
		String isi = """
				{"device_id":"kupang-002",
				 "location":{"timestamp":"2026-01-01T00:00:00.000Z",
				   "coords":{"latitude":-10.158,"longitude":123.59,"accuracy":5,"speed":8.3,"heading":90,"altitude":30},
				   "is_moving":true,"odometer":15000,"event":"motionchange",
				   "battery":{"level":0.8,"is_charging":false},"activity":{"type":"in_vehicle"},"extras":{"alarm":"sos","suhu":31.5}}}""";
		PosisiMasuk p = decoder.decode(null, "application/json; charset=utf-8", isi.getBytes(StandardCharsets.UTF_8));
		assertThat(p.perangkat()).isEqualTo("kupang-002");
		assertThat(p.json()).isTrue();
		assertThat(p.waktu()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
		assertThat(p.lat()).isEqualTo(-10.158);
		assertThat(p.lon()).isEqualTo(123.59);
		// 8.3 m/s = 16.134 knots
		assertThat(p.kecepatanKnot()).isCloseTo(16.134, within(0.001));
		assertThat(p.arah()).isEqualTo(90.0);
		assertThat(p.ketinggian()).isEqualTo(30.0);
		assertThat(p.akurasi()).isEqualTo(5.0);
		assertThat(p.atribut()).containsEntry("odometer", 15000.0)
			.containsEntry("motion", true)
			.containsEntry("event", "motionchange")
			.containsEntry("batteryLevel", 80.0)
			.containsEntry("charge", false)
			.containsEntry("activity", "in_vehicle")
			.containsEntry("alarm", "sos")
			.containsKey("suhu");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			1700000000               | 2023-11-14T22:13:20Z
			1700000000123            | 2023-11-14T22:13:20.123Z
			1700000000.5             | 2023-11-14T22:13:20.500Z
			2026-11-22T10:00:00Z     | 2026-11-22T10:00:00Z
			2026-11-22T10:00:00+08:00| 2026-11-22T02:00:00Z
			2026-11-22T10:00:00      | 2026-11-22T02:00:00Z
			2026-11-22 10:00:00      | 2026-11-22T02:00:00Z
			""")
	void everyTimestampForm(String dikirim, String diharapkan) {
		assertThat(decoder.waktu(dikirim)).isEqualTo(Instant.parse(diharapkan));
	}

	@Test
	void missingTimestampAndLocationAreLeftForTheServer() {
		PosisiMasuk p = decoder.decode("id=kupang-001&batt=50", null, KOSONG);
		assertThat(p.waktu()).isNull();
		assertThat(p.lat()).isNull();
		assertThat(p.lon()).isNull();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			no id                 | lat=1&lon=2
			empty                 | ''
			lat not a number      | id=a&lat=utara&lon=2
			lat out of range      | id=a&lat=91&lon=2
			lon out of range      | id=a&lat=1&lon=181
			lat without lon       | id=a&lat=1
			bad location          | id=a&location=1
			bad timestamp         | id=a&lat=1&lon=2&timestamp=kemarin
			bad percent encoding  | id=a&lat=%ZZ&lon=2
			speed not a number    | id=a&lat=1&lon=2&speed=cepat
			""")
	void malformedIsRejectedWith400(String kasus, String query) {
		assertThatThrownBy(() -> decoder.decode(query, null, KOSONG)).isInstanceOfSatisfying(OsmAndDitolak.class,
				ex -> assertThat(ex.status()).isEqualTo(400));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			not json             | {device_id:
			array                | []
			no device            | {"location":{"coords":{"latitude":1,"longitude":2}}}
			latitude as text     | {"device_id":"a","location":{"coords":{"latitude":"x","longitude":2}}}
			""")
	void malformedJsonIsRejectedWith400(String kasus, String isi) {
		assertThatThrownBy(() -> decoder.decode(null, "application/json", isi.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(OsmAndDitolak.class, ex -> assertThat(ex.status()).isEqualTo(400));
	}

	@ParameterizedTest
	@CsvSource({ "12, 12", "-3, -3", "1.5, 1.5", "true, true", "FALSE, false", "abc, abc", "12ab, 12ab" })
	void otherKeysAreTyped(String nilai, String diharapkan) {
		assertThat(String.valueOf(OsmAndDecoder.bertipe(nilai))).isEqualTo(diharapkan);
		assertThat(OsmAndDecoder.bertipe("12")).isInstanceOf(Long.class);
		assertThat(OsmAndDecoder.bertipe("1.5")).isInstanceOf(Double.class);
	}

	static final String[] NILAI_LIAR = { "1e39", "-1e39", "1e-50", "1e309", "-0", "NaN", "Infinity", "4e38", "360.0001", "-720",
			"99999999999999999999", "0x1p3", "1.5e999", "%00", "a%00b", "%ED%A0%80", "%C3%28", "%0D%0A", "%09", "x".repeat(300) };

	/** Whatever a tracker sends, what the decoder accepts can be stored: finite, in range, clean text, bounded. */
	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8 })
	void whatIsAcceptedCanAlwaysBeStored(long benih) {
		Random acak = new Random(benih);
		for (int i = 0; i < 500; i++) {
			StringBuilder q = new StringBuilder("id=kupang-").append(i).append("&lat=-10.1&lon=123.6");
			for (String kunci : new String[] { "speed", "bearing", "altitude", "accuracy", "batt", "hdop", "fuel", "driver" + (char) ('a' + acak.nextInt(3)),
					NILAI_LIAR[acak.nextInt(NILAI_LIAR.length)] }) {
				if (acak.nextBoolean()) {
					q.append('&').append(kunci).append('=').append(NILAI_LIAR[acak.nextInt(NILAI_LIAR.length)]);
				}
			}
			PosisiMasuk p;
			try {
				p = decoder.decode(q.toString(), null, KOSONG);
			}
			catch (OsmAndDitolak ex) {
				assertThat(ex.status()).as(q.toString()).isEqualTo(400);
				continue;
			}
			assertThat(p.kecepatanKnot()).as(q.toString()).satisfiesAnyOf(v -> assertThat(v).isNull(),
					v -> assertThat(v).isBetween(0.0, OsmAndDecoder.KECEPATAN_MAKS_KNOT));
			assertThat(p.arah()).as(q.toString()).satisfiesAnyOf(v -> assertThat(v).isNull(), v -> assertThat(v).isGreaterThanOrEqualTo(0.0).isLessThan(360.0));
			assertThat(p.ketinggian()).as(q.toString()).satisfiesAnyOf(v -> assertThat(v).isNull(),
					v -> assertThat(v).isBetween(OsmAndDecoder.KETINGGIAN_MIN_M, OsmAndDecoder.KETINGGIAN_MAKS_M));
			assertThat(p.akurasi()).as(q.toString()).satisfiesAnyOf(v -> assertThat(v).isNull(),
					v -> assertThat(v).isBetween(0.0, OsmAndDecoder.AKURASI_MAKS_M));
			p.atribut().forEach((k, v) -> {
				assertThat(Teks.sah(k) && !k.chars().anyMatch(Character::isISOControl) && k.length() <= OsmAndDecoder.KUNCI_MAKS).as(q + " key " + k).isTrue();
				if (v instanceof Double d) {
					assertThat(d).as(q.toString()).isFinite();
				}
				if (v instanceof String t) {
					assertThat(Teks.sah(t) && !t.chars().anyMatch(Character::isISOControl)).as(q + " value " + t).isTrue();
					assertThat(t.codePointCount(0, t.length())).isLessThanOrEqualTo(OsmAndDecoder.TEKS_MAKS);
				}
			});
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc%00", "a%00b", "a b", "%ED%A0%80", "kupang/001", "<script>" })
	void anIdNoVehicleCanHaveIsRefusedWithoutALookup(String id) {
		assertThatThrownBy(() -> decoder.decode("id=" + id + "&lat=1&lon=2", null, KOSONG))
			.isInstanceOfSatisfying(OsmAndDitolak.class, ex -> assertThat(ex.status()).isEqualTo(400));
	}

	@Test
	void jsonExtrasAreCleanedAndBounded() {
		StringBuilder extras = new StringBuilder("{\"a\\u0000b\":\"x\\u0000y\\ud800\",\"besar\":1e400,\"objek\":{\"c\":[1,2]}");
		for (int i = 0; i < 100; i++) {
			extras.append(",\"k").append(i).append("\":").append(i);
		}
		String isi = "{\"device_id\":\"kupang-003\",\"location\":{\"coords\":{\"latitude\":1,\"longitude\":2,\"speed\":1e39,"
				+ "\"heading\":-90},\"extras\":" + extras + "}}}";
		PosisiMasuk p = decoder.decode(null, "application/json", isi.getBytes(StandardCharsets.UTF_8));
		assertThat(p.kecepatanKnot()).isNull();
		assertThat(p.arah()).isEqualTo(270.0);
		assertThat(p.atribut()).containsEntry("ab", "xy").containsEntry("objek", "{\"c\":[1,2]}").doesNotContainKey("besar")
			.hasSize(OsmAndDecoder.ATRIBUT_MAKS);
	}
}
