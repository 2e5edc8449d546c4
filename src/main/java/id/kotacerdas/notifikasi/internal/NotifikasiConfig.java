package id.kotacerdas.notifikasi.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotifikasiProperties.class)
class NotifikasiConfig {
}
