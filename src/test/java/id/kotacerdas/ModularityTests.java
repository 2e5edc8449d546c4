package id.kotacerdas;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(KotaCerdasApplication.class);

	static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("id.kotacerdas");

	@Test
	void modulesOnlyUseEachOthersPublicApiAndDeclaredDependencies() {
		MODULES.verify();
	}

	@Test
	void webAndPersistenceAdaptersAreModuleInternals() {
		classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
			.or().areAnnotatedWith(Repository.class)
			.should().resideInAPackage("id.kotacerdas.*.internal..")
			.orShould().resideInAPackage("id.kotacerdas.portal..")
			.check(CLASSES);
	}

	@Test
	void nothingDependsOnTheWebShell() {
		noClasses().that().resideOutsideOfPackage("id.kotacerdas.portal..")
			.should().dependOnClassesThat().resideInAPackage("id.kotacerdas.portal..")
			.check(CLASSES);
	}

	@Test
	void thePlatformKnowsNoBusinessModule() {
		noClasses().that().resideInAPackage("id.kotacerdas.platform..")
			.should().dependOnClassesThat(resideInAPackage("id.kotacerdas..").and(not(resideInAPackage("id.kotacerdas.platform.."))))
			.check(CLASSES);
	}

	@Test
	void domainApiDoesNotReachIntoInternals() {
		noClasses().that().resideInAPackage("id.kotacerdas.(*)")
			.should().dependOnClassesThat().resideInAPackage("id.kotacerdas.*.internal..")
			.check(CLASSES);
	}

	/** A query's {@code stream()} keeps its connection until the stream is closed; a forgotten close drains the pool. */
	@Test
	void queriesAreReadAsListsNotOpenStreams() {
		noClasses().should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
				com.tngtech.archunit.core.domain.properties.HasName.Predicates.name("stream"))
			.and(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
					com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
							resideInAPackage("org.springframework.jdbc.core.simple")))))
			.because("an unclosed query stream holds its database connection")
			.check(CLASSES);
	}
}
