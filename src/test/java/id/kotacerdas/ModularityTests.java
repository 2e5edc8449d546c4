package id.kotacerdas;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.conditions.ArchConditions.be;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;


import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(KotaCerdasApplication.class);

	static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("id.kotacerdas");

	@Test
	void modulesOnlyUseEachOthersPublicApiAndDeclaredDependencies() {
		MODULES.verify();
	}

	/**
	 * A type in a module's subpackage that the module does not expose as a named interface: what
	 * other modules cannot see ({@code internal}, or a concern such as {@code armada.pelacakan}).
	 */
	static final DescribedPredicate<JavaClass> TERSEMBUNYI = DescribedPredicate.describe("hidden inside their module",
			type -> MODULES.getModuleByType(type.getName())
				.filter(m -> !type.getPackageName().equals(m.getBasePackage().getName()))
				.flatMap(m -> m.getType(type.getName()).map(t -> !m.isExposed(t)))
				.orElse(false));

	@Test
	void webAndPersistenceAdaptersAreModuleInternals() {
		classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
			.or().areAnnotatedWith(Repository.class)
			.and().resideOutsideOfPackage("id.kotacerdas.portal..")
			.should(be(TERSEMBUNYI))
			.check(CLASSES);
	}

	@Test
	void nothingDependsOnTheWebShell() {
		noClasses().that().resideOutsideOfPackage("id.kotacerdas.portal..")
			.should().dependOnClassesThat().resideInAPackage("id.kotacerdas.portal..")
			.check(CLASSES);
	}

	/** The concerns inside a module (e.g. armada's kendaraan, pelacakan, geofence, bbm, laporan) build on each other in one direction. */
	@Test
	void theConcernsInsideAModuleDoNotDependOnEachOtherInACircle() {
		slices().matching("id.kotacerdas.(*).(*)..").namingSlices("$1.$2").should().beFreeOfCycles().check(CLASSES);
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
			.should().dependOnClassesThat(TERSEMBUNYI.as("are hidden inside their module"))
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

	/**
	 * A handle on the database: Spring's JDBC access ({@code JdbcClient}, {@code JdbcTemplate},
	 * {@code NamedParameterJdbcTemplate}, row mappers), a {@code DataSource}, a raw connection,
	 * statement or result set, or the driver's own API.
	 */
	static final DescribedPredicate<JavaClass> SQL = resideInAPackage("org.springframework.jdbc.core..")
		.or(resideInAPackage("javax.sql..")).or(resideInAPackage("org.postgresql.."))
		.or(assignableTo(java.sql.Connection.class)).or(assignableTo(java.sql.Statement.class))
		.or(assignableTo(java.sql.ResultSet.class))
		.as("access the database (JDBC, DataSource, connections)");

	/**
	 * Technical infrastructure that needs the {@code DataSource} itself and is not a repository:
	 * the platform's configuration hands it to the bounded {@code db} health check, which runs
	 * Spring Boot's own check; {@code Siaran}'s channel, which sends through the data source and
	 * listens on a connection of its own; the start-up guard, which holds an advisory lock on one.
	 * Nothing else may join this list.
	 */
	static final Set<String> INFRASTRUKTUR_BASIS_DATA = Set.of("id.kotacerdas.platform.PlatformConfig",
			"id.kotacerdas.platform.KesehatanBasisData", "id.kotacerdas.platform.SaluranSiaran",
			"id.kotacerdas.platform.PenjagaMulai", "id.kotacerdas.platform.ReplikaConfig",
			"id.kotacerdas.platform.ReplikaConfig$Pembungkus",
			"id.kotacerdas.platform.DataSourceReplika", "id.kotacerdas.platform.DataSourceReplika$Rute",
			"id.kotacerdas.platform.PenjagaReplika");

	static final DescribedPredicate<JavaClass> BOLEH_SQL = DescribedPredicate.describe("are a repository or database infrastructure",
			type -> type.isAnnotatedWith(Repository.class) || INFRASTRUKTUR_BASIS_DATA.contains(type.getName()));

	static final ArchRule SQL_HANYA_DI_REPOSITORY = noClasses().that(not(BOLEH_SQL))
		.should().dependOnClassesThat(SQL)
		.because("SQL lives in repositories and query classes (@Repository); services and controllers call them");

	@Test
	void sqlStaysInRepositoriesAndQueryClasses() {
		SQL_HANYA_DI_REPOSITORY.check(CLASSES);
	}
}
