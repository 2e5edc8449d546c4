package id.kotacerdas.pasar.internal;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Alerts to the city's inflation-control team (TPID), {@code kc.pasar.peringatan.*}.
 *
 * @param batasNaikPersen a commodity's weekly average rising more than this, in percent against
 * the week before, is alerted
 * @param penerima the team's e-mail addresses; empty sends nothing
 */
@ConfigurationProperties("kc.pasar.peringatan")
record PeringatanProperties(@DefaultValue("10") BigDecimal batasNaikPersen, @DefaultValue List<String> penerima) {
}
