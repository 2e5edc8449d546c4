package id.kotacerdas.pju.internal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings {@code kc.pju.*}.
 *
 * @param pemilik the short names of the agencies that own street lights (Kupang: Dishub and PUPR): the registry's
 * owner filter and the agencies whose administrators may import
 */
@ConfigurationProperties("kc.pju")
record PjuProperties(@DefaultValue({ "Dishub", "PUPR" }) List<String> pemilik) {
}
