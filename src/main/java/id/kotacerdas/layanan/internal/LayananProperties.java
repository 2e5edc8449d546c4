package id.kotacerdas.layanan.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * @param katalog the city's service catalogue to seed (JSON, see docs/layanan.md): services not yet stored are published at start-up
 */
@ConfigurationProperties("kc.layanan")
record LayananProperties(@DefaultValue("classpath:kota/kupang/layanan.json") Resource katalog) {
}
