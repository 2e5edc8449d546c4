package id.kotacerdas.platform;

import java.time.Clock;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerCustomizer;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ViewResolver;

import tools.jackson.databind.ObjectMapper;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ KotaProperties.class, KetersediaanProperties.class, KatalogDataTerbuka.class })
class PlatformConfig {

	private static final Logger log = LoggerFactory.getLogger(PlatformConfig.class);

	/** All civil times are WITA; a single clock bean lets tests move time. */
	@Bean
	Clock clock() {
		return Clock.system(Waktu.WITA);
	}

	@Bean
	PekerjaanBerat pekerjaanBerat(KetersediaanProperties properti) {
		KetersediaanProperties.PekerjaanBerat p = properti.pekerjaanBerat();
		return new PekerjaanBerat(p.utas(), p.antrean(), p.tungguMaks());
	}

	@Bean
	PdfDariHtml pdfDariHtml(PekerjaanBerat pekerjaanBerat) {
		return new PdfDariHtml(pekerjaanBerat);
	}

	@Bean
	UrlDasar urlDasar(KetersediaanProperties properti, Environment env) {
		return new UrlDasar(properti.urlDasar(), env);
	}

	@Bean
	SaluranSiaran saluranSiaran(DataSource dataSource, DataSourceProperties basisData) {
		return new SaluranSiaran(dataSource, basisData.determineUrl(), basisData.determineUsername(),
				basisData.determinePassword());
	}

	@Bean
	Siaran siaran(SaluranSiaran saluran) {
		return new Siaran(saluran);
	}

	@Bean
	PenjagaMulai penjagaMulai(DataSource dataSource) {
		return new PenjagaMulai(dataSource);
	}

	/** Replaces Spring Boot's {@code db} check (same name) with one that answers within a bound. */
	@Bean
	KesehatanBasisData dbHealthIndicator(DataSource dataSource, KetersediaanProperties properti) {
		return new KesehatanBasisData(dataSource, properti.batasKesehatan());
	}

	/**
	 * A scheduled job that fails because the database is down logs one line and runs again at its
	 * next time (recovery needs no restart); any other failure is logged in full as before.
	 */
	@Bean
	ThreadPoolTaskSchedulerCustomizer penjadwalTangguh() {
		return penjadwal -> penjadwal.setErrorHandler(PlatformConfig::galatTerjadwal);
	}

	@Bean
	SimpleAsyncTaskSchedulerCustomizer penjadwalTangguhVirtual() {
		return penjadwal -> penjadwal.setErrorHandler(PlatformConfig::galatTerjadwal);
	}

	private static void galatTerjadwal(Throwable ex) {
		if (Gangguan.basisData(ex)) {
			log.warn("Scheduled job skipped, database unavailable: {}", ex.toString());
		}
		else {
			log.error("Scheduled job failed", ex);
		}
	}

	/** Outermost, so that it also sees what the security filters throw. */
	@Bean
	FilterRegistrationBean<GangguanFilter> gangguanFilter(@Qualifier("thymeleafViewResolver") ViewResolver tampilan,
			LocaleResolver localeResolver, MessageSource pesan, ObjectMapper json) {
		FilterRegistrationBean<GangguanFilter> registrasi = new FilterRegistrationBean<>(
				new GangguanFilter(tampilan, localeResolver, pesan, json));
		registrasi.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registrasi;
	}
}
