package id.kotacerdas.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Message bundles found by convention: {@code messages.properties} for the shell and one bundle
 * per module at {@code i18n/<module>.properties} (English in {@code _en}). A new module adds
 * its file and nothing else; no list to keep in step.
 */
@Configuration(proxyBeanMethods = false)
class PesanConfig {

	static final String POLA_MODUL = "classpath*:i18n/*.properties";

	/** {@code pengaduan_en.properties} is a translation of {@code pengaduan}, not a bundle of its own. */
	private static final Pattern TERJEMAHAN = Pattern.compile(".+_[a-z]{2}(_[A-Z]{2})?\\.properties");

	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource pesan = new ResourceBundleMessageSource();
		pesan.setBasenames(namaBundel());
		pesan.setDefaultEncoding(StandardCharsets.UTF_8.name());
		// a missing English key falls back to Indonesian, never to the server's own locale
		pesan.setFallbackToSystemLocale(false);
		return pesan;
	}

	static String[] namaBundel() {
		try {
			Resource[] berkas = new PathMatchingResourcePatternResolver().getResources(POLA_MODUL);
			TreeSet<String> modul = new TreeSet<>();
			Arrays.stream(berkas)
				.map(Resource::getFilename)
				.filter(Objects::nonNull)
				.filter(nama -> !TERJEMAHAN.matcher(nama).matches())
				.forEach(nama -> modul.add("i18n/" + nama.substring(0, nama.length() - ".properties".length())));
			return Stream.concat(Stream.of("messages"), modul.stream()).toArray(String[]::new);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list message bundles", ex);
		}
	}
}
