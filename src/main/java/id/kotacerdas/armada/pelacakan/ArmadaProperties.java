package id.kotacerdas.armada.pelacakan;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The tracker port and the position store (the fuel gate's settings share the prefix: {@code BbmProperties}).
 *
 * @param osmandPort the tracker port (Traccar's OsmAnd default 5055; 0 picks a free one)
 * @param osmandThreads threads decoding tracker requests (they never wait for the commit)
 * @param batchMaks most positions written in one statement
 * @param retensiHari days positions are kept
 * @param masaDepanMaks a fix further ahead of the server clock gets the receive time
 */
@ConfigurationProperties("kc.armada")
record ArmadaProperties(@DefaultValue("5055") int osmandPort, @DefaultValue("4") int osmandThreads,
		@DefaultValue("4000") int batchMaks, @DefaultValue("365") int retensiHari, @DefaultValue("5m") Duration masaDepanMaks) {
}
