package id.kotacerdas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Rules every page template keeps, checked on the sources so a new page cannot slip past them. */
class TemplatTests {

	/** The content security policy allows no inline style: a style attribute or element would be ignored by the browser. */
	private static final Pattern GAYA_SEBARIS = Pattern.compile("\\s(th:)?style\\s*=|<style[\\s>]", Pattern.CASE_INSENSITIVE);

	@Test
	void noTemplateHasInlineStyles() throws IOException {
		List<String> pelanggar;
		try (Stream<Path> berkas = Files.walk(Path.of("src/main/resources/templates"))) {
			pelanggar = berkas.filter(p -> p.toString().endsWith(".html")).filter(p -> {
				try {
					return GAYA_SEBARIS.matcher(Files.readString(p)).find();
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}).map(Path::toString).toList();
		}
		assertThat(pelanggar).as("templates with style attributes; use a class in kota.css").isEmpty();
	}
}
