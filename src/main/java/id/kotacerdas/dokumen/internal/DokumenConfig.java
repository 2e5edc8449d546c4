package id.kotacerdas.dokumen.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.kotacerdas.platform.PdfDariHtml;
import id.kotacerdas.platform.AksesPublik;
import id.kotacerdas.platform.KotaProperties;
import id.kotacerdas.platform.MenuStaf;
import id.kotacerdas.platform.Peran;
import tools.jackson.databind.ObjectMapper;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DokumenProperties.class)
class DokumenConfig {

	/** The verification page is for anyone holding the document (its QR code). */
	@Bean
	AksesPublik aksesDokumen() {
		return () -> List.of("/v/**");
	}

	@Bean
	MenuStaf menuDokumen() {
		return new MenuStaf("menu.dokumen", "/staf/dokumen", 16, Peran.staf(), MenuStaf.Kelompok.LAYANAN);
	}

	@Bean
	PenyajiPdf penyajiPdf(MessageSource pesan, PdfDariHtml pdfDariHtml) {
		return new PenyajiPdf(pesan, pdfDariHtml);
	}

	@Bean
	SertifikatKota sertifikatKota(DokumenProperties properti, @Value("${kc.data-dir:./data}") Path dataDir, KotaProperties kota, Clock clock) {
		Path folder = properti.folder() != null ? properti.folder() : dataDir.resolve("dokumen");
		return SertifikatKota.muat(properti.keystore(), folder, kota, clock);
	}

	@Bean
	KunciUnduh kunciUnduh(SertifikatKota sertifikat) {
		return new KunciUnduh(sertifikat);
	}

	@Bean
	PenandaTanganLokal penandaTanganLokal(SertifikatKota sertifikat, Clock clock) {
		return new PenandaTanganLokal(sertifikat, clock);
	}

	@Bean
	PenandaTanganBsre penandaTanganBsre(DokumenProperties properti, ObjectMapper json) {
		return new PenandaTanganBsre(properti.bsre(), json);
	}

	@Bean
	TanpaTandaTangan tanpaTandaTangan() {
		return new TanpaTandaTangan();
	}
}
