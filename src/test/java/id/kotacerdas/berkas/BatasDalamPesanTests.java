package id.kotacerdas.berkas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * An upload limit is a setting ({@code kc.berkas.maks-ukuran}) and the messages that tell people
 * the limit take it as an argument: no bundle writes a size of its own that would go stale.
 */
class BatasDalamPesanTests {

	private static final Pattern UKURAN = Pattern.compile("\\d+\\s*[KMG]B\\b");

	@Test
	void noMessageWritesAnUploadLimitOfItsOwn() throws IOException {
		List<String> tertulis = new ArrayList<>();
		PathMatchingResourcePatternResolver berkas = new PathMatchingResourcePatternResolver();
		List<Resource> bundel = new ArrayList<>(List.of(berkas.getResources("classpath*:i18n/*.properties")));
		bundel.addAll(List.of(berkas.getResources("classpath*:messages*.properties")));
		for (Resource r : bundel) {
			try (InputStream in = r.getInputStream()) {
				for (String baris : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
					if (UKURAN.matcher(baris).find()) {
						tertulis.add(r.getFilename() + ": " + baris);
					}
				}
			}
		}
		assertThat(bundel).hasSizeGreaterThan(4);
		assertThat(tertulis).isEmpty();
	}
}
