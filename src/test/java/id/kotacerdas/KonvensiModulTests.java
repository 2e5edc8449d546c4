package id.kotacerdas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.docs.Documenter;

/**
 * The conventions that let a module be added without touching a shared list: its migrations in
 * its own folder with versions no other module uses, its message bundle found by name, and the
 * module documentation regenerated from the code.
 */
class KonvensiModulTests {

	/** {@code V2026_11_22_30__pengaduan.sql}: a date and a two-to-four-digit sequence of that day. */
	static final Pattern MIGRASI = Pattern.compile("V(\\d{4}_\\d{2}_\\d{2}_\\d{2,4})__[a-z0-9_]+\\.sql");

	final PathMatchingResourcePatternResolver berkas = new PathMatchingResourcePatternResolver();

	@Test
	void everyMigrationLivesInItsModulesFolderWithAVersionOfItsOwn() throws IOException {
		Set<String> modul = ModularityTests.MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString)
			.collect(Collectors.toSet());
		Map<String, List<String>> perVersi = new HashMap<>();
		List<String> salah = new ArrayList<>();
		for (Resource r : berkas.getResources("classpath*:db/migration/**/*.sql")) {
			String jalur = r.getURL().getPath();
			String folder = jalur.substring(0, jalur.lastIndexOf('/'));
			folder = folder.substring(folder.lastIndexOf('/') + 1);
			Matcher m = MIGRASI.matcher(r.getFilename());
			if (!modul.contains(folder) || !m.matches()) {
				salah.add(folder + "/" + r.getFilename());
				continue;
			}
			perVersi.computeIfAbsent(m.group(1), v -> new ArrayList<>()).add(folder + "/" + r.getFilename());
		}
		assertThat(salah).as("migrations outside a module folder or not named V<yyyy_mm_dd_nn>__<name>.sql").isEmpty();
		assertThat(perVersi.values()).as("versions used twice").allSatisfy(daftar -> assertThat(daftar).hasSize(1));
		assertThat(perVersi).isNotEmpty();
	}

	@Test
	void everyModuleBundleHasTheSameKeysInEnglish() throws IOException {
		Resource[] bundel = berkas.getResources("classpath*:i18n/*.properties");
		Map<String, Properties> perNama = new HashMap<>();
		for (Resource r : bundel) {
			Properties p = new Properties();
			try (InputStream in = r.getInputStream()) {
				p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
			}
			perNama.put(r.getFilename(), p);
		}
		perNama.put("messages.properties", muat("messages.properties"));
		perNama.put("messages_en.properties", muat("messages_en.properties"));
		perNama.forEach((nama, isi) -> {
			if (nama.endsWith("_en.properties")) {
				return;
			}
			Properties inggris = perNama.get(nama.replace(".properties", "_en.properties"));
			assertThat(inggris).as("English bundle beside " + nama).isNotNull();
			assertThat(inggris.stringPropertyNames()).as("keys of " + nama + " in English").containsAll(isi.stringPropertyNames());
		});
	}

	/**
	 * Diagrams only: the module canvases read the Javadoc index, which Spring Boot 4's fallback
	 * JSON parser cannot read (escaped quotes), so they would fail the build. The Documenter lists
	 * modules in no stable order, so a diagram is copied into docs/ only when its lines changed,
	 * not when they merely moved.
	 */
	@Test
	void moduleDocumentationIsGeneratedIntoDocs() throws IOException {
		Path baru = Path.of("target", "modul");
		new Documenter(ModularityTests.MODULES, Documenter.Options.defaults().withOutputFolder(baru.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		Path docs = Path.of("docs", "modul");
		Files.createDirectories(docs);
		try (Stream<Path> diagram = Files.list(baru)) {
			for (Path p : diagram.toList()) {
				Path tujuan = docs.resolve(p.getFileName());
				if (!Files.exists(tujuan) || !baris(tujuan).equals(baris(p))) {
					Files.copy(p, tujuan, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		assertThat(docs.resolve("components.puml")).exists();
	}

	private static List<String> baris(Path p) throws IOException {
		return Files.readAllLines(p).stream().sorted().toList();
	}

	private Properties muat(String nama) throws IOException {
		Properties p = new Properties();
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(nama)) {
			p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		return p;
	}
}
