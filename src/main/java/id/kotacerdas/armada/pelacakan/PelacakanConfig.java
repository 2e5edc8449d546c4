package id.kotacerdas.armada.pelacakan;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ArmadaProperties.class)
class PelacakanConfig {
}
