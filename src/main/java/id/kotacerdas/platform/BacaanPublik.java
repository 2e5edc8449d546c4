package id.kotacerdas.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public, read-heavy read (statistics, maps, feeds, open data) that may be served by the read
 * replica when one is configured ({@code kc.basis-data.replika.url}, docs/skala.md). Without a
 * replica this is only a marker: no advice, no proxy, no transaction. With one, the method runs in a
 * read-only transaction on the replica (a write slipped into it fails there); inside an outer
 * transaction it joins that one and stays on the primary. Mark only reads that tolerate the
 * staleness bound and never write.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface BacaanPublik {
}
