package id.kotacerdas.armada.bbm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import id.kotacerdas.armada.geofence.JenisGeofence;
import id.kotacerdas.armada.kendaraan.GolonganKendaraan;
import id.kotacerdas.armada.kendaraan.JenisBbm;
import id.kotacerdas.armada.kendaraan.KondisiKendaraan;
import id.kotacerdas.armada.kendaraan.StatusKendaraan;

/** Every value of the fleet's enums has a word in both languages, so no constant reaches a page. */
class KataArmadaTests {

	static Stream<Arguments> kata() {
		return Stream.of(Arguments.of("armada.jenis-bbm.", JenisBbm.class), Arguments.of("armada.kondisi.", KondisiKendaraan.class),
				Arguments.of("armada.status.", StatusKendaraan.class), Arguments.of("armada.golongan.", GolonganKendaraan.class),
				Arguments.of("armada.anomali.", Anomali.class), Arguments.of("armada.geofence.", JenisGeofence.class))
			.flatMap(a -> Stream.of("armada", "armada_en").map(b -> Arguments.of(b, a.get()[0], a.get()[1])));
	}

	@ParameterizedTest(name = "{0}: {1}*")
	@MethodSource("kata")
	void everyConstantHasAWord(String berkas, String awalan, Class<? extends Enum<?>> jenis) throws IOException {
		Properties pesan = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/i18n/" + berkas + ".properties")) {
			pesan.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		for (Enum<?> e : jenis.getEnumConstants()) {
			assertThat(pesan.getProperty(awalan + e.name())).as("%s%s in %s", awalan, e.name(), berkas).isNotBlank();
		}
	}
}
