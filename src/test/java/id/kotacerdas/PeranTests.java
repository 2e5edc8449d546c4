package id.kotacerdas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;

import id.kotacerdas.akun.Peran;
import id.kotacerdas.platform.MenuStaf;

/**
 * Role names are strings in {@code @PreAuthorize}, menus and settings: a misspelt one would
 * silently shut everybody out (or in). Every name used anywhere must be a {@link Peran}.
 */
@IntegrationTest
class PeranTests {

	static final Set<String> PERAN = Arrays.stream(Peran.values()).map(Enum::name).collect(Collectors.toSet());

	/** The role names inside {@code hasRole('X')} and {@code hasAnyRole('X','Y')}. */
	static final Pattern DALAM_EKSPRESI = Pattern.compile("has(?:Any)?Role\\(([^)]*)\\)");

	static final Pattern NAMA = Pattern.compile("'([^']*)'");

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
	void everyMenuAndOperatorRoleIsARealRole() {
		assertThat(menu).isNotEmpty();
		menu.forEach(m -> assertThat(PERAN).as("roles of menu " + m.kodeJudul()).containsAll(m.peran()));
		assertThat(PERAN).as("kc.akun.peran-operator").containsAll(peranOperator);
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
}
