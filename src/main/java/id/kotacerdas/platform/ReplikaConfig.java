package id.kotacerdas.platform;

import java.time.Clock;

import javax.sql.DataSource;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.transaction.interceptor.MatchAlwaysTransactionAttributeSource;
import org.springframework.transaction.interceptor.RuleBasedTransactionAttribute;
import org.springframework.transaction.interceptor.TransactionInterceptor;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The optional read replica (docs/skala.md, "Read replica"). Without {@code kc.basis-data.replika.url}
 * none of this exists and the one database serves everything.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = ReplikaProperties.PREFIX, name = "url")
class ReplikaConfig {

	/** Wraps the pool Spring Boot built for the primary; Flyway, sessions and writes keep using it. */
	@Bean
	static BeanPostProcessor dataSourceReplika(Environment env) {
		return new Pembungkus(env);
	}

	private record Pembungkus(Environment env) implements BeanPostProcessor {

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (!"dataSource".equals(beanName) || !(bean instanceof DataSource utama)
					|| bean instanceof DataSourceReplika) {
				return bean;
			}
			ReplikaProperties p = Binder.get(env).bindOrCreate(ReplikaProperties.PREFIX, ReplikaProperties.class);
			HikariDataSource replika = new HikariDataSource();
			replika.setPoolName("replika");
			replika.setJdbcUrl(p.url());
			replika.setUsername(p.username());
			replika.setPassword(p.password());
			replika.setMaximumPoolSize(p.ukuranKolam());
			replika.setReadOnly(true);
			// a replica that is down at start-up must not stop the application
			replika.setInitializationFailTimeout(-1);
			replika.setConnectionTimeout(1000);
			replika.setValidationTimeout(500);
			return new DataSourceReplika(utama, replika,
					new PenjagaReplika(replika, p.kueriLag(), p.batasBasi(), Clock.systemUTC()));
		}
	}

	/**
	 * Marks the thread while a {@link BacaanPublik} method runs and runs it in a read-only transaction,
	 * so its statements share one replica connection; the routing reads both. Registered only here, so
	 * without a replica the annotation costs nothing.
	 */
	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor bacaanPublikAdvisor(BeanFactory beanFactory) {
		RuleBasedTransactionAttribute bacaSaja = new RuleBasedTransactionAttribute();
		bacaSaja.setReadOnly(true);
		MatchAlwaysTransactionAttributeSource sumber = new MatchAlwaysTransactionAttributeSource();
		sumber.setTransactionAttribute(bacaSaja);
		// the transaction manager is looked up at the first call, not while advisors are being built
		TransactionInterceptor transaksi = new TransactionInterceptor();
		transaksi.setTransactionAttributeSource(sumber);
		transaksi.setBeanFactory(beanFactory);
		transaksi.afterPropertiesSet();
		MethodInterceptor tandai = invocation -> DataSourceReplika
			.sebagaiBacaanPublik(() -> transaksi.invoke(invocation));
		DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
				AnnotationMatchingPointcut.forMethodAnnotation(BacaanPublik.class), tandai);
		advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return advisor;
	}
}
