package id.kotacerdas.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.transaction.annotation.Transactional;

/**
 * A public, read-heavy read (statistics, maps, feeds, open data) that may be served by the read
 * replica when one is configured ({@code kc.basis-data.replika.url}, docs/skala.md). The method runs
 * in a read-only transaction in every setup, so a write slipped into it fails with or without a
 * replica. Inside an outer read-write transaction it joins that one and stays on the primary.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(readOnly = true)
public @interface BacaanPublik {
}
