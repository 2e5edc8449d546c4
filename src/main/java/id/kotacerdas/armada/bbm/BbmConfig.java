package id.kotacerdas.armada.bbm;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BbmProperties.class)
class BbmConfig {
}
