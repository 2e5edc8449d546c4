package id.kotacerdas.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits how often one client IP address may call a public write endpoint: at most
 * {@code kc.batas-laju.<value>} requests a minute (a burst of the same size), shared by every
 * handler with the same name. Over the limit the answer is 429 with {@code Retry-After}: a
 * friendly page for people, a problem document for programs. The setting must exist (defaults in
 * {@code application.yml}); a missing one stops the start.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface BatasLaju {

	/** The limit's name, e.g. {@code pengaduan} for {@code kc.batas-laju.pengaduan}. */
	String value();
}
