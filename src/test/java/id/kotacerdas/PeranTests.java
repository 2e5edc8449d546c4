package id.kotacerdas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;

import id.kotacerdas.platform.MenuStaf;
import id.kotacerdas.platform.Peran;

/**
 * Role names in {@code @PreAuthorize} and settings are texts: a misspelt one would silently shut
 * everybody out (or in). They are written once, in {@link Peran}'s constants, which must agree with
 * the enum; every name used anywhere must be a {@link Peran}.
 */
@IntegrationTest
class PeranTests {

	static final Set<String> PERAN = Arrays.stream(Peran.values()).map(Enum::name).collect(Collectors.toSet());

	/** The role names inside {@code hasRole('X')} and {@code hasAnyRole('X','Y')}. */
	static final Pattern DALAM_EKSPRESI = Pattern.compile("has(?:Any)?Role\\(([^)]*)\\)");

	static final Pattern NAMA = Pattern.compile("'([^']*)'");

	/** A role's name written as a text of its own: {@code "ADMIN_OPD"} or {@code 'ADMIN_OPD'}. */
	static final Pattern NAMA_TERTULIS = Pattern.compile("[\"'](" + String.join("|", PERAN) + ")[\"']");

	@Autowired
	List<MenuStaf> menu;

	@Value("${kc.akun.peran-operator}")
	List<String> peranOperator;

	@Test
	void everyRoleInAnAccessRuleIsARealRole() {
		List<String> dipakai = new ArrayList<>();
		for (JavaClass kelas : ModularityTests.CLASSES) {
			kelas.tryGetAnnotationOfType(PreAuthorize.class).ifPresent(a -> dipakai.addAll(peranDalam(a.value())));
			for (JavaMethod metode : kelas.getMethods()) {
				metode.tryGetAnnotationOfType(PreAuthorize.class).ifPresent(a -> dipakai.addAll(peranDalam(a.value())));
			}
		}
		assertThat(dipakai).as("roles named in @PreAuthorize").isNotEmpty();
		assertThat(PERAN).containsAll(dipakai);
	}

	@Test
	void everyMenuIsForSomeoneAndTheOperatorRoleIsARealRole() {
		assertThat(menu).isNotEmpty().allSatisfy(m -> assertThat(m.peran()).as("roles of menu " + m.kodeJudul()).isNotEmpty());
		assertThat(PERAN).as("kc.akun.peran-operator").containsAll(peranOperator);
	}

	/** Renaming a role on one side only (the enum constant or its text) fails here. */
	@Test
	void eachRoleNameConstantIsItsRolesName() throws IllegalAccessException {
		Map<String, Object> nama = konstanta(Peran.Nama.class);
		assertThat(nama.keySet()).as("a constant in Peran.Nama for each role").containsExactlyInAnyOrderElementsOf(PERAN);
		nama.forEach((konstanta, nilai) -> assertThat(nilai).as("Peran.Nama." + konstanta).isEqualTo(konstanta));
	}

	@Test
	void everyReadyAccessRuleNamesRealRolesOnly() throws IllegalAccessException {
		Map<String, Object> akses = konstanta(Peran.Akses.class);
		assertThat(akses).isNotEmpty();
		akses.forEach((konstanta, ekspresi) -> {
			List<String> nama = peranDalam((String) ekspresi);
			assertThat(nama).as("Peran.Akses." + konstanta).isNotEmpty().doesNotHaveDuplicates();
			assertThat(PERAN).as("Peran.Akses." + konstanta).containsAll(nama);
		});
	}

	/** Pages, menus and security settings name roles through {@link Peran}, so a new rule cannot misspell one. */
	@Test
	void roleNamesAreWrittenOutOnlyInPeran() throws IOException {
		List<String> tertulis = new ArrayList<>();
		for (Path akar : List.of(Path.of("src/main/java"), Path.of("src/main/resources/templates"))) {
			try (Stream<Path> berkas = Files.walk(akar)) {
				for (Path b : berkas.filter(Files::isRegularFile).filter(b -> !b.endsWith(Path.of("platform/Peran.java"))).toList()) {
					List<String> baris = Files.readAllLines(b);
					for (int i = 0; i < baris.size(); i++) {
						if (NAMA_TERTULIS.matcher(baris.get(i)).find()) {
							tertulis.add(b + ":" + (i + 1) + ": " + baris.get(i).strip());
						}
					}
				}
			}
		}
		assertThat(tertulis).as("role names written as text outside Peran (use Peran.Akses, Peran.Nama or the enum)").isEmpty();
	}

	static List<String> peranDalam(String ekspresi) {
		List<String> nama = new ArrayList<>();
		Matcher m = DALAM_EKSPRESI.matcher(ekspresi);
		while (m.find()) {
			Matcher n = NAMA.matcher(m.group(1));
			while (n.find()) {
				nama.add(n.group(1));
			}
		}
		return nama;
	}

	/** The public constants of a holder class, by name. */
	private static Map<String, Object> konstanta(Class<?> kelas) throws IllegalAccessException {
		Map<String, Object> hasil = new LinkedHashMap<>();
		for (Field f : kelas.getDeclaredFields()) {
			if (Modifier.isPublic(f.getModifiers()) && Modifier.isStatic(f.getModifiers())) {
				hasil.put(f.getName(), f.get(null));
			}
		}
		return hasil;
	}
}
