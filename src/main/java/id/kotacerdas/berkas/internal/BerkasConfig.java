package id.kotacerdas.berkas.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.kotacerdas.berkas.BatasBerkas;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BerkasProperties.class)
class BerkasConfig {

	@Bean
	BatasBerkas batasBerkas(BerkasProperties properti) {
		return new BatasBerkas(properti.maksUkuran());
	}

	@Bean
	PengolahFoto pengolahFoto(BatasBerkas batas, BerkasProperties properti) {
		return new PengolahFoto(batas, properti.foto());
	}

	@Bean
	PemeriksaPdf pemeriksaPdf(BatasBerkas batas, BerkasProperties properti) {
		return new PemeriksaPdf(batas, properti.dokumen().maksMemori().toBytes());
	}

	/** The S3-compatible store when its URL is set, else the local folder. */
	@Bean
	Penyimpanan penyimpanan(BerkasProperties properti) {
		return properti.s3().aktif() ? new PenyimpananS3(properti.s3()) : new PenyimpananLokal(Path.of(properti.folder()));
	}
}
